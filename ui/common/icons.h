// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QPixmap>
#include <QSize>

// Icons drawn from the SVGs embedded under :/icons, rendered with QtSvg directly so they stay
// sharp at any size and do not depend on the SVG icon-engine plugin being installed.
namespace Icons {
// ":/icons/<name>.svg" for a short name such as "registries".
QString path(const QString &name);
// A pixmap of the SVG at size (device-independent pixels) for the given device pixel ratio.
QPixmap pixmap(const QString &svgPath, QSize size, qreal devicePixelRatio = 1.0);
// An icon with the common sizes pre-rendered.
QIcon icon(const QString &name);
// Like icon(), plus a Selected-mode version painted in selectedColor, for items drawn on the
// palette's highlight colour.
QIcon navigationIcon(const QString &name, const QColor &selectedColor);
} // namespace Icons
