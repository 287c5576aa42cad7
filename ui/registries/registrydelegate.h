// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

// Draws a RegistryListModel row as two lines, name over URL, with an "Insecure" badge on the
// right when the registry allows plain HTTP. Colours come from the palette.
class RegistryDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter,
               const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The badge text, translated; exposed so tests and accessibility use the same words.
    static QString insecureBadgeText();
};
