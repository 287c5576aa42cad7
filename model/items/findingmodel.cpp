// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/items/findingmodel.h"

#include "model/core/redaction.h"
#include "model/core/tr.h"

#include <QFileInfo>

FindingModel::FindingModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void FindingModel::setFindings(const QList<Finding> &findings)
{
    beginResetModel();
    m_findings = findings;
    endResetModel();
}

Finding FindingModel::finding(int row) const
{
    return m_findings.value(row);
}

int FindingModel::count(Finding::Severity severity) const
{
    return int(std::count_if(m_findings.cbegin(), m_findings.cend(), [severity](const Finding &f) {
        return f.severity == severity;
    }));
}

int FindingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int FindingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Finding &f = m_findings.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case MessageColumn:
            // Messages may quote values from the file; a list is no place for a secret.
            return Redaction::redact(f.message);
        case ObjectColumn:
            return f.object;
        case LocationColumn: {
            const QString name = QFileInfo(f.at.file).fileName();
            if (f.at.line <= 0)
                return name;
            return f.at.column > 0
                ? QStringLiteral("%1:%2:%3").arg(name).arg(f.at.line).arg(f.at.column)
                : QStringLiteral("%1:%2").arg(name).arg(f.at.line);
        }
        case RuleColumn:
            return f.rule;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == LocationColumn)
            return f.at.toString();
        if (index.column() == MessageColumn)
            return Redaction::redact(f.message);
        return {};
    case SeverityRole:
        return int(f.severity);
    case RuleRole:
        return f.rule;
    case FileRole:
        return f.at.file;
    case LineRole:
        return f.at.line;
    case ColumnRole:
        return f.at.column;
    case OffsetRole:
        return f.at.offset;
    case FixCountRole:
        return int(f.fixes.size());
    case FindingRole:
        return QVariant::fromValue(f);
    default:
        return {};
    }
}

QVariant FindingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case MessageColumn:
        //: Column of the Problems list: what is wrong
        return Tr::tr("Problem");
    case ObjectColumn:
        //: Column of the Problems list: the Kubernetes object, such as Pod/web
        return Tr::tr("Object");
    case LocationColumn:
        //: Column of the Problems list: file, line and column
        return Tr::tr("Location");
    case RuleColumn:
        //: Column of the Problems list: the lint rule's id
        return Tr::tr("Rule");
    }
    return {};
}
