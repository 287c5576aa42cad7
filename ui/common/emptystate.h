// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;
class QHBoxLayout;

// The first thing a page shows before it has content: an icon, a title, one paragraph on what
// the page is for, and the buttons that start it. Buttons belong to the widget; connect to
// their clicked() signals.
class EmptyState : public QWidget
{
    Q_OBJECT
public:
    // iconPath: an SVG in the resources (":/icons/registries.svg"), drawn at 96 px.
    EmptyState(const QString &iconPath,
               const QString &title,
               const QString &description,
               QWidget *parent = nullptr);

    // Adds a button under the description; the first one added is the default action.
    QPushButton *addButton(const QString &text);

    QString title() const;
    QString description() const;

    const QList<QPushButton *> &buttons() const { return m_buttons; }

private:
    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_description;
    QHBoxLayout *m_buttonRow;
    QList<QPushButton *> m_buttons;
};
