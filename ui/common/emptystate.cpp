// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/emptystate.h"

#include "ui/common/icons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
constexpr int kBadgeSize = 112;
constexpr int kIconSize = 60;
constexpr int kMinTextWidth = 360;
constexpr int kMaxTextWidth = 600;

// The page icon centred on a soft disc of the palette's highlight colour.
QPixmap badge(const QString &iconPath, const QPalette &palette, qreal dpr)
{
    QPixmap out(QSize(kBadgeSize, kBadgeSize) * dpr);
    out.setDevicePixelRatio(dpr);
    out.fill(Qt::transparent);
    QPainter painter(&out);
    painter.setRenderHint(QPainter::Antialiasing);
    QColor disc = palette.color(QPalette::Highlight);
    disc.setAlphaF(0.10);
    painter.setPen(Qt::NoPen);
    painter.setBrush(disc);
    painter.drawEllipse(QRectF(0, 0, kBadgeSize, kBadgeSize));
    const int offset = (kBadgeSize - kIconSize) / 2;
    painter.drawPixmap(offset, offset, Icons::pixmap(iconPath, QSize(kIconSize, kIconSize), dpr));
    return out;
}
} // namespace

EmptyState::EmptyState(const QString &iconPath,
                       const QString &title,
                       const QString &description,
                       QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(title, this))
    , m_description(new QLabel(description, this))
    , m_buttonRow(new QHBoxLayout)
{
    setObjectName(QStringLiteral("emptyState"));
    m_icon->setPixmap(badge(iconPath, palette(), devicePixelRatioF()));
    m_icon->setAlignment(Qt::AlignCenter);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    m_title->setObjectName(QStringLiteral("emptyStateTitle"));
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);

    m_description->setObjectName(QStringLiteral("emptyStateDescription"));
    m_description->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_description->setWordWrap(true);
    m_description->setTextFormat(Qt::PlainText);
    QPalette pal = m_description->palette();
    // Secondary text: the text colour at reduced strength keeps contrast on light and dark.
    QColor secondary = pal.color(QPalette::WindowText);
    secondary.setAlphaF(0.7);
    pal.setColor(QPalette::WindowText, secondary);
    m_description->setPalette(pal);
    QFont bodyFont = m_description->font();
    bodyFont.setPointSizeF(bodyFont.pointSizeF() * 1.05);
    m_description->setFont(bodyFont);

    m_buttonRow->setSpacing(12);
    m_buttonRow->addStretch();
    m_buttonRow->addStretch();

    // The labels fill a column of bounded width with no alignment flags, so the layout asks
    // them for height-for-width and wrapped text is never cut off; the column is centred.
    auto *column = new QWidget(this);
    column->setMinimumWidth(kMinTextWidth);
    column->setMaximumWidth(kMaxTextWidth);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->setSpacing(0);
    columnLayout->addWidget(m_icon);
    columnLayout->addSpacing(20);
    columnLayout->addWidget(m_title);
    columnLayout->addSpacing(12);
    columnLayout->addWidget(m_description);
    columnLayout->addSpacing(28);
    columnLayout->addLayout(m_buttonRow);

    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column, 100);
    row->addStretch(1);

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(32, 24, 32, 24);
    outer->setSpacing(0);
    outer->addStretch(3);
    outer->addLayout(row);
    outer->addStretch(4);
}

QPushButton *EmptyState::addButton(const QString &text)
{
    auto *button = new QPushButton(text, this);
    button->setMinimumHeight(34);
    button->setMinimumWidth(qMax(140, button->sizeHint().width() + 28));
    if (m_buttons.isEmpty()) {
        button->setDefault(true);
        button->setAutoDefault(true);
    }
    // Insert before the trailing stretch so the row stays centred.
    m_buttonRow->insertWidget(m_buttonRow->count() - 1, button);
    m_buttons.append(button);
    return button;
}

QString EmptyState::title() const
{
    return m_title->text();
}

QString EmptyState::description() const
{
    return m_description->text();
}
