// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/workspace/yamlhighlighter.h"

#include <QRegularExpression>

namespace {
// Block state: -1 for ordinary lines; otherwise the indentation of the line that opened a block
// scalar, plus one (YAML 1.2 §8.1: the body is every following line indented more than it).
constexpr int kNoBlock = -1;

int indentationOf(const QString &text)
{
    int i = 0;
    while (i < text.size() && text.at(i) == QLatin1Char(' '))
        ++i;
    return i;
}

} // namespace

int YamlHighlighter::commentStart(const QString &line, int from)
{
    QChar quote;
    for (int i = from; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (!quote.isNull()) {
            // '' inside single quotes and \" inside double quotes do not end the string.
            if (c == quote && (quote == QLatin1Char('\'') || line.at(i - 1) != QLatin1Char('\\')))
                quote = QChar();
        } else if ((c == QLatin1Char('"') || c == QLatin1Char('\''))
                   && (i == from || line.at(i - 1).isSpace()
                       || QStringLiteral(":-[{,").contains(line.at(i - 1)))) {
            quote = c;
        } else if (c == QLatin1Char('#') && (i == 0 || line.at(i - 1).isSpace())) {
            return i;
        }
    }
    return int(line.size());
}

YamlHighlighter::YamlHighlighter(QTextDocument *document, bool dark)
    : QSyntaxHighlighter(document)
{
    // The same hues as the Inspector's JSON, so the two views read alike.
    m_key.setForeground(dark ? QColor(0x9c, 0xdc, 0xfe) : QColor(0x00, 0x4f, 0x9e));
    m_string.setForeground(dark ? QColor(0xce, 0x91, 0x78) : QColor(0xa3, 0x15, 0x15));
    m_literal.setForeground(dark ? QColor(0xb5, 0xce, 0xa8) : QColor(0x09, 0x86, 0x58));
    m_comment.setForeground(dark ? QColor(0x6a, 0x99, 0x55) : QColor(0x00, 0x80, 0x00));
    m_comment.setFontItalic(true);
    m_anchor.setForeground(dark ? QColor(0xc5, 0x86, 0xc0) : QColor(0xaf, 0x00, 0xdb));
    m_tag.setForeground(dark ? QColor(0x4e, 0xc9, 0xb0) : QColor(0x26, 0x7f, 0x99));
    m_marker.setForeground(dark ? QColor(0x56, 0x9c, 0xd6) : QColor(0x00, 0x00, 0xff));
    m_marker.setFontWeight(QFont::Bold);
}

void YamlHighlighter::highlightBlock(const QString &text)
{
    const int indent = indentationOf(text);
    const int open = previousBlockState();
    // Inside a block scalar: blank lines and deeper lines are its content.
    if (open != kNoBlock && open > 0 && (text.trimmed().isEmpty() || indent >= open)) {
        setFormat(0, int(text.size()), m_string);
        setCurrentBlockState(open);
        return;
    }
    setCurrentBlockState(kNoBlock);

    static const QRegularExpression marker(QStringLiteral("^(---|\\.\\.\\.)(?=\\s|$)"));
    if (const auto m = marker.match(text); m.hasMatch())
        setFormat(0, 3, m_marker);

    const int comment = commentStart(text);
    const QString code = text.left(comment);
    if (comment < text.size())
        setFormat(comment, int(text.size()) - comment, m_comment);

    // A key: optional "- " sequence entries, then a plain or quoted scalar followed by ':'.
    static const QRegularExpression key(QStringLiteral(
        "^(\\s*(?:-\\s+)*)((?:\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^']|'')*'|[^\\s#'\"\\-?:,\\[\\]{}]"
        "[^#]*?))\\s*:(?=\\s|$)"));
    int valueFrom = 0;
    if (const auto m = key.match(code); m.hasMatch()) {
        setFormat(int(m.capturedStart(2)), int(m.capturedLength(2)), m_key);
        valueFrom = int(m.capturedEnd(0));
    }

    // Tokens in the value part: quoted strings, anchors/aliases, tags, literals, block openers.
    static const QRegularExpression token(QStringLiteral(
        "(\"(?:[^\"\\\\]|\\\\.)*\"?|'(?:[^']|'')*'?)|([&*][^\\s,\\[\\]{}]+)|(![^\\s]*)|"
        "(?<![\\w.-])(-?\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?|true|false|null|True|False|Null|~)"
        "(?![\\w.-])|(?:^|\\s)([|>][+-]?\\d?)\\s*$"));
    auto it = token.globalMatch(code, valueFrom);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (m.capturedStart(1) >= 0) {
            setFormat(int(m.capturedStart(1)), int(m.capturedLength(1)), m_string);
        } else if (m.capturedStart(2) >= 0) {
            setFormat(int(m.capturedStart(2)), int(m.capturedLength(2)), m_anchor);
        } else if (m.capturedStart(3) >= 0) {
            setFormat(int(m.capturedStart(3)), int(m.capturedLength(3)), m_tag);
        } else if (m.capturedStart(4) >= 0) {
            setFormat(int(m.capturedStart(4)), int(m.capturedLength(4)), m_literal);
        } else if (m.capturedStart(5) >= 0) {
            setFormat(int(m.capturedStart(5)), int(m.capturedLength(5)), m_marker);
            // The body is every following line indented more than this one.
            setCurrentBlockState(indent + 1);
        }
    }
}
