// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Small facts about YAML source text that text edits need: line bounds, indentation, the
// extent of a one-line scalar, where a block ends. Offsets are QChar offsets into the text.
class YamlText
{
public:
    // A scalar as written: [start, start + length) including quotes; inner excludes them.
    struct Span
    {
        int start = -1;
        int length = 0;
        int innerStart = -1;
        int innerLength = 0;
        QChar quote; // '"', '\'' or null for a plain scalar

        bool isValid() const { return start >= 0; }
    };

    // The offset where offset's line starts.
    static int lineStart(const QString &text, int offset);
    // The offset of offset's line break ('\r' of "\r\n", or '\n'), or text.size().
    static int lineEnd(const QString &text, int offset);
    // The line break the text uses: "\r\n" when its first line ends so, else "\n".
    static QString newline(const QString &text);
    // True when the text before offset on its line is white space only (or "- " sequence
    // indicators, when allowDash).
    static bool onlyIndentBefore(const QString &text, int offset, bool allowDash = false);
    // The one-line scalar starting at offset whose decoded value is value; invalid when the
    // text there is not that value on one line (multi-line, block scalar, escapes).
    static Span scalarAt(const QString &text, int offset, const QString &value, bool flow);
    // The offset just past the block that starts on offset's line and whose continuation lines
    // are indented more than indent columns (blank and comment lines inside it included, the
    // trailing ones not).
    static int blockEnd(const QString &text, int offset, int indent);
};
