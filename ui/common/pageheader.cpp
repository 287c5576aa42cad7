// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/pageheader.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

PageHeader::PageHeader(const QString &title, const QString &subtitle, QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(title, this))
    , m_subtitle(new QLabel(subtitle, this))
    , m_buttons(new QHBoxLayout)
{
    setObjectName(QStringLiteral("pageHeader"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.45);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::PlainText);
    m_subtitle->setTextFormat(Qt::PlainText);
    m_subtitle->setWordWrap(true);
    QPalette pal = m_subtitle->palette();
    // Secondary text: the text colour at reduced strength keeps contrast on light and dark.
    QColor secondary = pal.color(QPalette::WindowText);
    secondary.setAlphaF(0.7);
    pal.setColor(QPalette::WindowText, secondary);
    m_subtitle->setPalette(pal);

    auto *text = new QVBoxLayout;
    text->setSpacing(4);
    text->addWidget(m_title);
    text->addWidget(m_subtitle);

    m_buttons->setSpacing(8);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(24, 18, 24, 16);
    row->setSpacing(24);
    row->addLayout(text, 1);
    row->addLayout(m_buttons);
}

QPushButton *PageHeader::addButton(const QString &text)
{
    auto *button = new QPushButton(text, this);
    button->setMinimumHeight(30);
    button->setMinimumWidth(qMax(96, button->sizeHint().width() + 20));
    m_buttons->addWidget(button, 0, Qt::AlignVCenter);
    return button;
}

QString PageHeader::title() const
{
    return m_title->text();
}

void PageHeader::paintEvent(QPaintEvent *event)
{
    QWidget::paintEvent(event);
    // A hairline under the header separates it from the content without a heavy frame.
    QPainter painter(this);
    QColor line = palette().color(QPalette::WindowText);
    line.setAlphaF(0.12);
    painter.setPen(line);
    painter.drawLine(0, height() - 1, width(), height() - 1);
}
