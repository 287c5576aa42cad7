// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/workspace/severitydelegate.h"

#include "model/items/findingmodel.h"
#include "ui/workspace/severitystyle.h"

SeverityDelegate::SeverityDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

void SeverityDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.column() != FindingModel::MessageColumn)
        return;
    const auto severity = Finding::Severity(index.data(FindingModel::SeverityRole).toInt());
    option->icon = SeverityStyle::icon(severity);
    option->features |= QStyleOptionViewItem::HasDecoration;
    option->decorationSize = QSize(16, 16);
}
