// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/reference/pathpattern.h"

#include "model/core/tr.h"

#include <QStringView>

// A port of Go's path/match.go (Match, scanChunk, matchChunk, getEsc), working on UTF-16 code
// units instead of runes (references are ASCII).
namespace {
Error badPattern()
{
    //: Go path.ErrBadPattern; keep the English identical
    return Error(ErrorCode::InvalidArgument, Tr::tr("syntax error in pattern"));
}

struct Chunk
{
    bool star = false;
    QStringView chunk;
    QStringView rest;
};

// path/match.go scanChunk
Chunk scanChunk(QStringView pattern)
{
    Chunk c;
    while (!pattern.isEmpty() && pattern.front() == QLatin1Char('*')) {
        pattern = pattern.mid(1);
        c.star = true;
    }
    bool inRange = false;
    qsizetype i = 0;
    for (; i < pattern.size(); ++i) {
        const QChar ch = pattern.at(i);
        if (ch == QLatin1Char('\\')) {
            if (i + 1 < pattern.size())
                ++i;
        } else if (ch == QLatin1Char('[')) {
            inRange = true;
        } else if (ch == QLatin1Char(']')) {
            inRange = false;
        } else if (ch == QLatin1Char('*') && !inRange) {
            break;
        }
    }
    c.chunk = pattern.left(i);
    c.rest = pattern.mid(i);
    return c;
}

// path/match.go getEsc
bool getEsc(QStringView &chunk, QChar &r)
{
    if (chunk.isEmpty() || chunk.front() == QLatin1Char('-') || chunk.front() == QLatin1Char(']'))
        return false;
    if (chunk.front() == QLatin1Char('\\')) {
        chunk = chunk.mid(1);
        if (chunk.isEmpty())
            return false;
    }
    r = chunk.front();
    chunk = chunk.mid(1);
    return !chunk.isEmpty();
}

struct ChunkMatch
{
    bool ok = false;
    bool error = false;
    QStringView rest;
};

// path/match.go matchChunk: after a failure it keeps reading the chunk to report bad syntax.
ChunkMatch matchChunk(QStringView chunk, QStringView s)
{
    bool failed = false;
    while (!chunk.isEmpty()) {
        if (!failed && s.isEmpty())
            failed = true;
        const QChar c = chunk.front();
        if (c == QLatin1Char('[')) {
            QChar r;
            if (!failed) {
                r = s.front();
                s = s.mid(1);
            }
            chunk = chunk.mid(1);
            bool negated = false;
            if (!chunk.isEmpty() && chunk.front() == QLatin1Char('^')) {
                negated = true;
                chunk = chunk.mid(1);
            }
            bool matched = false;
            int ranges = 0;
            for (;;) {
                if (!chunk.isEmpty() && chunk.front() == QLatin1Char(']') && ranges > 0) {
                    chunk = chunk.mid(1);
                    break;
                }
                QChar lo;
                if (!getEsc(chunk, lo))
                    return {false, true, {}};
                QChar hi = lo;
                if (chunk.front() == QLatin1Char('-')) {
                    chunk = chunk.mid(1);
                    if (!getEsc(chunk, hi))
                        return {false, true, {}};
                }
                if (lo <= r && r <= hi)
                    matched = true;
                ++ranges;
            }
            if (matched == negated)
                failed = true;
        } else if (c == QLatin1Char('?')) {
            if (!failed) {
                if (s.front() == QLatin1Char('/'))
                    failed = true;
                s = s.mid(1);
            }
            chunk = chunk.mid(1);
        } else {
            if (c == QLatin1Char('\\')) {
                chunk = chunk.mid(1);
                if (chunk.isEmpty())
                    return {false, true, {}};
            }
            if (!failed) {
                if (chunk.front() != s.front())
                    failed = true;
                s = s.mid(1);
            }
            chunk = chunk.mid(1);
        }
    }
    if (failed)
        return {};
    return {true, false, s};
}
} // namespace

Result<bool> PathPattern::match(const QString &patternText, const QString &nameText)
{
    // path/match.go Match
    QStringView pattern(patternText);
    QStringView name(nameText);
    while (!pattern.isEmpty()) {
        const Chunk c = scanChunk(pattern);
        pattern = c.rest;
        if (c.star && c.chunk.isEmpty())
            return !name.contains(QLatin1Char('/')); // a trailing * stops at '/'
        const ChunkMatch m = matchChunk(c.chunk, name);
        // The last chunk must use up the name; otherwise the star may still match.
        if (m.ok && (m.rest.isEmpty() || !pattern.isEmpty())) {
            name = m.rest;
            continue;
        }
        if (m.error)
            return badPattern();
        bool advanced = false;
        if (c.star) {
            for (qsizetype i = 0; i < name.size() && name.at(i) != QLatin1Char('/'); ++i) {
                const ChunkMatch t = matchChunk(c.chunk, name.mid(i + 1));
                if (t.ok) {
                    if (pattern.isEmpty() && !t.rest.isEmpty())
                        continue;
                    name = t.rest;
                    advanced = true;
                    break;
                }
                if (t.error)
                    return badPattern();
            }
        }
        if (advanced)
            continue;
        // Before answering false, check that the rest of the pattern is well-formed.
        while (!pattern.isEmpty()) {
            const Chunk rest = scanChunk(pattern);
            pattern = rest.rest;
            if (matchChunk(rest.chunk, QStringView()).error)
                return badPattern();
        }
        return false;
    }
    return name.isEmpty();
}
