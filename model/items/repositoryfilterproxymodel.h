// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

// Filters a RegistryTreeModel's repositories by a case-insensitive substring as the user types.
// Registries, Hint and Message rows always stay, so a view rooted at a registry keeps its root
// and its "type a repository name" row. Order is the source's. GUI thread.
class RepositoryFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit RepositoryFilterProxyModel(QObject *parent = nullptr);

    void setFilterText(const QString &text);

    QString filterText() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
};
