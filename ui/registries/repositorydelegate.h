// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

// Paints a RegistryTreeModel's rows by kind: repositories plainly (typed ones with a marker),
// the "type a repository name" hint in italics, failure messages in the error colour and
// wrapped.
class RepositoryDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit RepositoryDelegate(QObject *parent = nullptr);

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
