// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

// Colours JSON text: keys, strings, numbers, and true/false/null, from the palette of the
// widget it is created for (so dark themes stay readable). Line by line; no state across lines
// (manifests and configs are pretty-printed, one value per line).
class JsonHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    // dark: pick colours that read on a dark base.
    JsonHighlighter(QTextDocument *document, bool dark);

protected:
    void highlightBlock(const QString &text) override;

private:
    QTextCharFormat m_key;
    QTextCharFormat m_string;
    QTextCharFormat m_number;
    QTextCharFormat m_literal;
};
