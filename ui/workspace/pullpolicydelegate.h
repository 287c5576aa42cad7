// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

// Edits a pull-policy cell with a combo box of the API's three values (Always, IfNotPresent,
// Never); the model's EditRole gives the current (written or defaulted) value.
class PullPolicyDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit PullPolicyDelegate(QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent,
                          const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor,
                      QAbstractItemModel *model,
                      const QModelIndex &index) const override;
};
