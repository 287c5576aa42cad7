// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QLabel>

// The inline message a page or dialog shows under what failed: word-wrapped plain text the user
// can select and copy, on a band tinted red (error) or amber (warning), or untinted for a plain
// status line. The colours are mixed from the widget's palette and re-mixed whenever the
// palette changes, so a dark theme gets a dark band with light text. Hidden while empty.
class ErrorBanner : public QLabel
{
    Q_OBJECT
public:
    enum class Kind { Message, Warning, Error };
    Q_ENUM(Kind)

    explicit ErrorBanner(QWidget *parent = nullptr);

    // Shows text on a red band; an empty text clears the banner.
    void setError(const QString &text);
    // Shows text on an amber band; an empty text clears the banner.
    void setWarning(const QString &text);
    // Shows text as a plain status line in the palette's own colours.
    void setMessage(const QString &text);
    // An error when problem is true, otherwise a plain status line.
    void setStatus(const QString &text, bool problem);
    // Empties and hides the banner.
    void clear();

    Kind kind() const { return m_kind; }

    // The band's fill (transparent for a plain message) and the text's colour, as painted.
    QColor backgroundColor() const;
    QColor textColor() const;

    // The red or amber of kind for a palette (its WindowText for a plain message): also for
    // marking a field that holds the error.
    static QColor hue(Kind kind, const QPalette &palette);

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void showText(Kind kind, const QString &text);
    void restyle();

    Kind m_kind = Kind::Message;
    bool m_restyling = false;
};
