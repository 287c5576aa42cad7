// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>

// A place in a YAML or JSON file: the file, the 1-based line and column (0 = unknown) and the
// QChar offset into QString::fromUtf8(file text) (-1 = unknown). Columns count QChars.
struct SourceLocation
{
    QString file;
    int line = 0;
    int column = 0;
    int offset = -1;

    // True when the line is known.
    bool isValid() const { return line > 0; }

    // "file:line:col", "file:line" when the column is unknown, the file alone when nothing is.
    QString toString() const;

    friend bool operator==(const SourceLocation &a, const SourceLocation &b)
    {
        return a.file == b.file && a.line == b.line && a.column == b.column && a.offset == b.offset;
    }

    friend bool operator!=(const SourceLocation &a, const SourceLocation &b) { return !(a == b); }
};

Q_DECLARE_METATYPE(SourceLocation)
