// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/workspace/pullpolicydelegate.h"

#include <QComboBox>

PullPolicyDelegate::PullPolicyDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

QWidget *PullPolicyDelegate::createEditor(QWidget *parent,
                                          const QStyleOptionViewItem &,
                                          const QModelIndex &) const
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("pullPolicyCombo"));
    // API values, never translated: they are what the file says (core/v1 PullPolicy).
    combo->addItems(
        {QStringLiteral("Always"), QStringLiteral("IfNotPresent"), QStringLiteral("Never")});
    //: Accessible name of the pull-policy combo box in the containers table
    combo->setAccessibleName(tr("Image pull policy"));
    // Commit as soon as a value is picked, as a combo in a table is expected to.
    connect(combo, &QComboBox::activated, this, [this, combo] {
        Q_EMIT const_cast<PullPolicyDelegate *>(this)->commitData(combo);
        Q_EMIT const_cast<PullPolicyDelegate *>(this)->closeEditor(combo);
    });
    return combo;
}

void PullPolicyDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    const int i = combo->findText(index.data(Qt::EditRole).toString());
    combo->setCurrentIndex(qMax(0, i));
}

void PullPolicyDelegate::setModelData(QWidget *editor,
                                      QAbstractItemModel *model,
                                      const QModelIndex &index) const
{
    model->setData(index, static_cast<QComboBox *>(editor)->currentText(), Qt::EditRole);
}
