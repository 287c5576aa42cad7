// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/registries/digestdelegate.h"

#include "model/items/tagtablemodel.h"

#include <QApplication>
#include <QPainter>

DigestDelegate::DigestDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

QColor DigestDelegate::groupColor(int group, bool dark)
{
    if (group < 0)
        return {};
    // Golden-angle steps keep neighbouring groups far apart in hue.
    const int hue = int(std::fmod(group * 137.508, 360.0));
    return QColor::fromHsl(hue, dark ? 150 : 170, dark ? 150 : 120);
}

void DigestDelegate::paint(QPainter *painter,
                           const QStyleOptionViewItem &option,
                           const QModelIndex &index) const
{
    const int group = index.data(TagTableModel::DigestGroupRole).toInt();
    if (index.column() != TagTableModel::DigestColumn || group < 0) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const bool dark = opt.palette.color(QPalette::Base).lightness() < 128;
    const QColor color = groupColor(group, dark);
    const int shared = index.data(TagTableModel::DigestShareCountRole).toInt();

    // Background and selection as the style draws them, then the chip, then the text after it.
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QRect r = opt.rect.adjusted(6, 0, -4, 0);
    const int d = qMin(10, r.height() - 6);
    const QRect chip(r.left(), r.center().y() - d / 2, d, d);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (shared > 1) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
    } else {
        painter->setPen(QPen(color, 1.5));
        painter->setBrush(Qt::NoBrush);
    }
    painter->drawRoundedRect(QRectF(chip).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
    painter->restore();

    const QRect textRect = r.adjusted(d + 6, 0, 0, 0);
    const QPalette::ColorRole role =
        opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text;
    style->drawItemText(painter,
                        textRect,
                        Qt::AlignLeft | Qt::AlignVCenter,
                        opt.palette,
                        true,
                        opt.fontMetrics.elidedText(text, Qt::ElideRight, textRect.width()),
                        role);
}
