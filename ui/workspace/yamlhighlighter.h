// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

// Colours Kubernetes YAML: keys, quoted strings, block scalars (| and >), comments, anchors and
// aliases, tags, document markers and plain literals (numbers, true/false/null), from a light or
// dark palette. A block scalar's body is carried across lines in the block state.
class YamlHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    // dark: pick colours that read on a dark base.
    YamlHighlighter(QTextDocument *document, bool dark);

    // Where a comment starts in a line at or after from: a '#' at the start or after white
    // space, outside quotes (YAML 1.2 §6.6); line.size() when there is none.
    static int commentStart(const QString &line, int from = 0);

protected:
    void highlightBlock(const QString &text) override;

private:
    QTextCharFormat m_key;
    QTextCharFormat m_string;
    QTextCharFormat m_literal;
    QTextCharFormat m_comment;
    QTextCharFormat m_anchor;
    QTextCharFormat m_tag;
    QTextCharFormat m_marker;
};
