// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QPushButton;

// The band at the top of a page with content: a title, one line of explanation, and the
// page's actions on the right.
class PageHeader : public QWidget
{
    Q_OBJECT
public:
    PageHeader(const QString &title, const QString &subtitle, QWidget *parent = nullptr);

    // Adds an action button at the right end.
    QPushButton *addButton(const QString &text);

    QString title() const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QLabel *m_title;
    QLabel *m_subtitle;
    QHBoxLayout *m_buttons;
};
