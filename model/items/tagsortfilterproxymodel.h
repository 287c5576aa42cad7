// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

// Sorts a TagTableModel by version (TagVersion: `latest` first, newest version next, tags that
// are not versions last), by creation date (newest first, unknown dates last) or by name, and
// filters by a case-insensitive substring of the tag as the user types. GUI thread.
class TagSortFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class SortMode { Version, Date, Name };
    Q_ENUM(SortMode)

    explicit TagSortFilterProxyModel(QObject *parent = nullptr);

    // Re-sorts the whole table in this mode, in its natural order (see the class comment).
    void setSortMode(SortMode mode);

    SortMode sortMode() const { return m_mode; }

    // Shows only tags containing text (case-insensitive); empty shows all.
    void setFilterText(const QString &text);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    SortMode m_mode = SortMode::Version;
};
