// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/kube/yamltext.h"

int YamlText::lineStart(const QString &text, int offset)
{
    if (offset <= 0)
        return 0;
    const int nl = int(text.lastIndexOf(QLatin1Char('\n'), offset - 1));
    return nl + 1;
}

int YamlText::lineEnd(const QString &text, int offset)
{
    int nl = int(text.indexOf(QLatin1Char('\n'), offset));
    if (nl < 0)
        return int(text.size());
    if (nl > offset && text.at(nl - 1) == QLatin1Char('\r'))
        --nl;
    return nl;
}

QString YamlText::newline(const QString &text)
{
    const int nl = int(text.indexOf(QLatin1Char('\n')));
    return nl > 0 && text.at(nl - 1) == QLatin1Char('\r') ? QStringLiteral("\r\n")
                                                          : QStringLiteral("\n");
}

bool YamlText::onlyIndentBefore(const QString &text, int offset, bool allowDash)
{
    for (int i = lineStart(text, offset); i < offset; ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char(' ') || (allowDash && c == QLatin1Char('-')))
            continue;
        return false;
    }
    return true;
}

YamlText::Span YamlText::scalarAt(const QString &text, int offset, const QString &value, bool flow)
{
    Span span;
    if (offset < 0 || offset >= text.size())
        return span;
    const int end = lineEnd(text, offset);
    const QChar first = text.at(offset);
    if (first == QLatin1Char('"') || first == QLatin1Char('\'')) {
        // YAML 1.2 §7.3: a quote inside single quotes is doubled, inside double quotes escaped;
        // either form differs from the decoded value, so such scalars are declined below.
        const int close = int(text.indexOf(first, offset + 1));
        if (close < 0 || close >= end)
            return span;
        span.quote = first;
        span.innerStart = offset + 1;
        span.innerLength = close - offset - 1;
        span.start = offset;
        span.length = close - offset + 1;
    } else {
        // A plain scalar ends at " #" (a comment), at the line's end and, in flow context, at
        // a flow indicator (YAML 1.2 §7.3.3); trailing white space is not part of it.
        int stop = end;
        for (int i = offset; i < end; ++i) {
            const QChar c = text.at(i);
            if (c == QLatin1Char('#') && i > offset && text.at(i - 1).isSpace()) {
                stop = i;
                break;
            }
            if (flow && (c == QLatin1Char(',') || c == QLatin1Char('}') || c == QLatin1Char(']'))) {
                stop = i;
                break;
            }
        }
        while (stop > offset && text.at(stop - 1).isSpace())
            --stop;
        span.start = span.innerStart = offset;
        span.length = span.innerLength = stop - offset;
    }
    if (text.mid(span.innerStart, span.innerLength) != value)
        return Span{};
    return span;
}

int YamlText::blockEnd(const QString &text, int offset, int indent)
{
    int end = lineEnd(text, offset);
    int result = end < text.size() ? end + (text.at(end) == QLatin1Char('\r') ? 2 : 1) : end;
    int pos = result;
    while (pos < text.size()) {
        const int le = lineEnd(text, pos);
        const int next = le < text.size() ? le + (text.at(le) == QLatin1Char('\r') ? 2 : 1) : le;
        int first = pos;
        while (first < le && text.at(first) == QLatin1Char(' '))
            ++first;
        const bool blankOrComment = first == le || text.at(first) == QLatin1Char('#');
        if (!blankOrComment) {
            if (first - pos <= indent)
                break;
            result = next; // a continuation line: the block reaches at least this far
        }
        pos = next;
    }
    return result;
}
