// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/registries/registrydelegate.h"

#include "model/items/registrylistmodel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace {
constexpr int kPadX = 14;
constexpr int kPadY = 9;
constexpr int kLineGap = 3;
constexpr int kBadgePadX = 8;
constexpr int kBadgePadY = 2;

QFont nameFont(const QFont &base)
{
    QFont f = base;
    f.setWeight(QFont::DemiBold);
    return f;
}

QFont urlFont(const QFont &base)
{
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() * 0.92);
    return f;
}

QFont badgeFont(const QFont &base)
{
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() * 0.82);
    f.setWeight(QFont::DemiBold);
    return f;
}
} // namespace

QString RegistryDelegate::insecureBadgeText()
{
    //: Badge on a registry that allows plain HTTP or unverified TLS; keep it short.
    return tr("Insecure");
}

void RegistryDelegate::paint(QPainter *painter,
                             const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();

    // Background and selection from the style; text drawn here.
    opt.text.clear();
    opt.icon = QIcon();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = (opt.state & QStyle::State_Enabled)
        ? (opt.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive)
        : QPalette::Disabled;
    const QColor textColor =
        opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor secondary = textColor;
    secondary.setAlphaF(selected ? 0.85 : 0.6);

    const QString name = index.data(RegistryListModel::NameRole).toString();
    const QString url = index.data(RegistryListModel::UrlRole).toString();
    const bool insecure = index.data(RegistryListModel::InsecureRole).toBool();

    painter->save();
    QRect content = opt.rect.adjusted(kPadX, kPadY, -kPadX, -kPadY);

    if (insecure) {
        const QFont bf = badgeFont(opt.font);
        const QFontMetrics bfm(bf);
        const QString badge = insecureBadgeText();
        const int w = bfm.horizontalAdvance(badge) + 2 * kBadgePadX;
        const int h = bfm.height() + 2 * kBadgePadY;
        const QRect badgeRect(content.right() - w + 1, content.center().y() - h / 2, w, h);
        // Amber: a warning, not an error. Readable on light and dark palettes.
        const QColor fill = selected ? QColor(255, 255, 255, 60) : QColor(245, 158, 11, 40);
        const QColor ink = selected ? textColor : QColor(180, 83, 9);
        QPainterPath path;
        path.addRoundedRect(QRectF(badgeRect).adjusted(0.5, 0.5, -0.5, -0.5), h / 2.0, h / 2.0);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->fillPath(path, fill);
        painter->setPen(selected ? textColor : QColor(217, 119, 6));
        painter->drawPath(path);
        painter->setFont(bf);
        painter->setPen(ink);
        painter->drawText(badgeRect, Qt::AlignCenter, badge);
        content.setRight(badgeRect.left() - 10);
    }

    const QFont nf = nameFont(opt.font);
    const QFont uf = urlFont(opt.font);
    const QFontMetrics nfm(nf);
    const QFontMetrics ufm(uf);
    const QRect nameRect(content.left(), content.top(), content.width(), nfm.height());
    const QRect urlRect(content.left(),
                        nameRect.bottom() + 1 + kLineGap,
                        content.width(),
                        ufm.height());

    painter->setFont(nf);
    painter->setPen(textColor);
    painter->drawText(nameRect,
                      Qt::AlignLeft | Qt::AlignVCenter,
                      nfm.elidedText(name, Qt::ElideRight, nameRect.width()));
    painter->setFont(uf);
    painter->setPen(secondary);
    painter->drawText(urlRect,
                      Qt::AlignLeft | Qt::AlignVCenter,
                      ufm.elidedText(url, Qt::ElideMiddle, urlRect.width()));
    painter->restore();
}

QSize RegistryDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Q_UNUSED(index);
    const QFontMetrics nfm(nameFont(option.font));
    const QFontMetrics ufm(urlFont(option.font));
    return QSize(240, 2 * kPadY + nfm.height() + kLineGap + ufm.height());
}
