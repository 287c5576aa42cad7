// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/icons.h"

#include <QPainter>
#include <QSvgRenderer>

QString Icons::path(const QString &name)
{
    return QStringLiteral(":/icons/%1.svg").arg(name);
}

QPixmap Icons::pixmap(const QString &svgPath, QSize size, qreal devicePixelRatio)
{
    QSvgRenderer renderer(svgPath);
    QPixmap pixmap(size * devicePixelRatio);
    pixmap.fill(Qt::transparent);
    if (renderer.isValid()) {
        QPainter painter(&pixmap);
        renderer.render(&painter);
    }
    pixmap.setDevicePixelRatio(devicePixelRatio);
    return pixmap;
}

QIcon Icons::icon(const QString &name)
{
    QIcon icon;
    for (int side : {16, 20, 24, 32, 48, 64, 128, 256})
        icon.addPixmap(pixmap(path(name), QSize(side, side)));
    return icon;
}

QIcon Icons::navigationIcon(const QString &name, const QColor &selectedColor)
{
    QIcon icon;
    for (int side : {16, 20, 24, 32, 40, 48}) {
        const QPixmap normal = pixmap(path(name), QSize(side, side));
        icon.addPixmap(normal, QIcon::Normal);
        QPixmap selected(normal.size());
        selected.fill(Qt::transparent);
        QPainter painter(&selected);
        painter.drawPixmap(0, 0, normal);
        painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
        painter.fillRect(selected.rect(), selectedColor);
        painter.end();
        icon.addPixmap(selected, QIcon::Selected);
    }
    return icon;
}
