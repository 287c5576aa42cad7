// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/workspace/severitystyle.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace SeverityStyle {

QColor color(Finding::Severity severity, bool dark)
{
    // The editor-diagnostic colours VS Code and Qt Creator users know: red, amber, blue.
    switch (severity) {
    case Finding::Severity::Error:
        return dark ? QColor(0xf4, 0x87, 0x71) : QColor(0xe5, 0x14, 0x00);
    case Finding::Severity::Warning:
        return dark ? QColor(0xcc, 0xa7, 0x00) : QColor(0xbf, 0x88, 0x03);
    case Finding::Severity::Info:
        break;
    }
    return dark ? QColor(0x75, 0xbe, 0xff) : QColor(0x1a, 0x85, 0xff);
}

QIcon icon(Finding::Severity severity)
{
    QIcon result;
    for (const int size : {12, 16, 20, 24, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(color(severity));
        const QRectF r(0.5, 0.5, size - 1.0, size - 1.0);
        if (severity == Finding::Severity::Warning) {
            QPainterPath triangle;
            triangle.moveTo(r.center().x(), r.top());
            triangle.lineTo(r.right(), r.bottom());
            triangle.lineTo(r.left(), r.bottom());
            triangle.closeSubpath();
            p.drawPath(triangle);
        } else {
            p.drawEllipse(r);
        }
        QPen pen(Qt::white, qMax(1.2, size / 9.0), Qt::SolidLine, Qt::RoundCap);
        p.setPen(pen);
        const qreal c = size / 2.0;
        const qreal a = size * 0.22;
        switch (severity) {
        case Finding::Severity::Error:
            p.drawLine(QPointF(c - a, c - a), QPointF(c + a, c + a));
            p.drawLine(QPointF(c + a, c - a), QPointF(c - a, c + a));
            break;
        case Finding::Severity::Warning:
            p.drawLine(QPointF(c, size * 0.38), QPointF(c, size * 0.66));
            p.drawPoint(QPointF(c, size * 0.82));
            break;
        case Finding::Severity::Info:
            p.drawPoint(QPointF(c, size * 0.3));
            p.drawLine(QPointF(c, size * 0.46), QPointF(c, size * 0.74));
            break;
        }
        p.end();
        result.addPixmap(pixmap);
    }
    return result;
}

QString name(Finding::Severity severity)
{
    switch (severity) {
    case Finding::Severity::Error:
        //: Severity of a problem found in a YAML file
        return QCoreApplication::translate("SeverityStyle", "Error");
    case Finding::Severity::Warning:
        //: Severity of a problem found in a YAML file
        return QCoreApplication::translate("SeverityStyle", "Warning");
    case Finding::Severity::Info:
        break;
    }
    //: Severity of a problem found in a YAML file: a hint, nothing is wrong
    return QCoreApplication::translate("SeverityStyle", "Info");
}

int rank(Finding::Severity severity)
{
    switch (severity) {
    case Finding::Severity::Error:
        return 0;
    case Finding::Severity::Warning:
        return 1;
    case Finding::Severity::Info:
        break;
    }
    return 2;
}

} // namespace SeverityStyle
