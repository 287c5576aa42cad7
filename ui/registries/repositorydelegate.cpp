// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/registries/repositorydelegate.h"

#include "model/items/registrytreemodel.h"

RepositoryDelegate::RepositoryDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

void RepositoryDelegate::initStyleOption(QStyleOptionViewItem *option,
                                         const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const auto kind = RegistryTreeModel::Kind(index.data(RegistryTreeModel::KindRole).toInt());
    switch (kind) {
    case RegistryTreeModel::Kind::Hint:
        option->font.setItalic(true);
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
        //: The hint row under a registry that has no repository list
        option->text = tr("No repository list here: type a name below");
        break;
    case RegistryTreeModel::Kind::Message:
        option->palette.setColor(QPalette::Text, QColor(0xb4, 0x23, 0x18));
        option->features |= QStyleOptionViewItem::WrapText;
        break;
    case RegistryTreeModel::Kind::Repository:
        if (index.data(RegistryTreeModel::UserAddedRole).toBool())
            option->text += QStringLiteral("  ·  ") + tr("typed");
        break;
    case RegistryTreeModel::Kind::Registry:
        option->font.setWeight(QFont::DemiBold);
        break;
    }
}

QSize RepositoryDelegate::sizeHint(const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const auto kind = RegistryTreeModel::Kind(index.data(RegistryTreeModel::KindRole).toInt());
    if (kind == RegistryTreeModel::Kind::Message)
        size.setHeight(size.height() * 3); // room for a wrapped engine message
    else
        size.setHeight(size.height() + 6);
    return size;
}
