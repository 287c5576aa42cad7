// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/errorbanner.h"

#include <QEvent>
#include <QPainter>

namespace {
QColor mix(const QColor &a, const QColor &b, qreal amountOfB)
{
    const qreal k = 1.0 - amountOfB;
    return QColor::fromRgbF(float(a.redF() * k + b.redF() * amountOfB),
                            float(a.greenF() * k + b.greenF() * amountOfB),
                            float(a.blueF() * k + b.blueF() * amountOfB));
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

constexpr int kAccentWidth = 3;
} // namespace

ErrorBanner::ErrorBanner(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setContentsMargins(kAccentWidth + 6, 6, 8, 6);
    // The text is drawn in BrightText, a role the banner sets itself, so the inherited
    // Window and WindowText stay inherited and a theme change reaches it.
    setForegroundRole(QPalette::BrightText);
    restyle();
    hide();
}

void ErrorBanner::setError(const QString &text)
{
    showText(Kind::Error, text);
}

void ErrorBanner::setWarning(const QString &text)
{
    showText(Kind::Warning, text);
}

void ErrorBanner::setMessage(const QString &text)
{
    showText(Kind::Message, text);
}

void ErrorBanner::setStatus(const QString &text, bool problem)
{
    showText(problem ? Kind::Error : Kind::Message, text);
}

void ErrorBanner::clear()
{
    QLabel::clear();
    hide();
}

void ErrorBanner::showText(Kind kind, const QString &text)
{
    if (text.isEmpty()) {
        clear();
        return;
    }
    m_kind = kind;
    restyle();
    setText(text);
    QLabel::show();
    update();
}

QColor ErrorBanner::hue(Kind kind, const QPalette &palette)
{
    // Red and amber that read on either background: deeper on a light window, softer on a
    // dark one.
    const bool dark = isDark(palette);
    switch (kind) {
    case Kind::Error:
        return dark ? QColor(0xf2, 0x8b, 0x82) : QColor(0xd9, 0x30, 0x25);
    case Kind::Warning:
        return dark ? QColor(0xfd, 0xd6, 0x63) : QColor(0xe3, 0x74, 0x00);
    case Kind::Message:
        break;
    }
    return palette.color(QPalette::WindowText);
}

QColor ErrorBanner::backgroundColor() const
{
    if (m_kind == Kind::Message)
        return QColor(Qt::transparent);
    return mix(palette().color(QPalette::Window),
               hue(m_kind, palette()),
               isDark(palette()) ? 0.22 : 0.12);
}

QColor ErrorBanner::textColor() const
{
    return palette().color(foregroundRole());
}

void ErrorBanner::restyle()
{
    if (m_restyling)
        return;
    m_restyling = true;
    const QColor windowText = palette().color(QPalette::WindowText);
    // Text keeps the theme's contrast and takes a little of the hue; a plain message is the
    // window's text.
    const QColor text =
        m_kind == Kind::Message ? windowText : mix(windowText, hue(m_kind, palette()), 0.45);
    if (palette().color(QPalette::BrightText) != text) {
        QPalette pal = palette();
        pal.setColor(QPalette::BrightText, text);
        setPalette(pal);
    }
    m_restyling = false;
}

void ErrorBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        restyle();
    QLabel::changeEvent(event);
}

void ErrorBanner::paintEvent(QPaintEvent *event)
{
    if (m_kind != Kind::Message) {
        QPainter p(this);
        p.fillRect(rect(), backgroundColor());
        p.fillRect(QRect(0, 0, kAccentWidth, height()), hue(m_kind, palette()));
    }
    QLabel::paintEvent(event);
}
