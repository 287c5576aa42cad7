// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/kube/finding.h"

#include <QAbstractTableModel>
#include <QList>

// The Problems list: one row per Finding (YAML syntax errors included, as the caller makes them
// findings), in the order given. Meaning goes out through roles; views pick icons and colours.
class FindingModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { MessageColumn, ObjectColumn, LocationColumn, RuleColumn, ColumnCount };

    enum Role {
        SeverityRole = Qt::UserRole + 1, // int(Finding::Severity)
        RuleRole, // QString rule id
        FileRole, // QString the file as the finding names it
        LineRole, // int, 1-based, 0 unknown
        ColumnRole, // int, 1-based, 0 unknown
        OffsetRole, // int QChar offset, -1 unknown
        FixCountRole, // int number of quick fixes
        FindingRole, // QVariant::fromValue(Finding)
    };

    explicit FindingModel(QObject *parent = nullptr);

    // Replaces every row.
    void setFindings(const QList<Finding> &findings);

    const QList<Finding> &findings() const { return m_findings; }

    // The finding of a row; a default Finding for a bad row.
    Finding finding(int row) const;
    // How many findings have this severity.
    int count(Finding::Severity severity) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<Finding> m_findings;
};
