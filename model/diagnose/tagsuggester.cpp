// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/diagnose/tagsuggester.h"

#include <QList>
#include <QRegularExpression>

#include <algorithm>
#include <optional>
#include <tuple>

namespace {
// "v1.2.3-alpine" -> {1, 2, 3}; nullopt when the tag does not start with a dotted number.
std::optional<QList<qint64>> versionParts(const QString &tag)
{
    static const QRegularExpression pattern(QStringLiteral("^[vV]?(\\d+(?:\\.\\d+)*)"));
    const QRegularExpressionMatch m = pattern.match(tag);
    if (!m.hasMatch())
        return std::nullopt;
    QList<qint64> parts;
    for (const QString &p : m.captured(1).split(QLatin1Char('.')))
        parts.append(p.left(15).toLongLong());
    return parts;
}

// The suffix after the version ("-alpine"), so 1.2-alpine prefers 1.1-alpine over 1.1.
QString versionSuffix(const QString &tag)
{
    static const QRegularExpression pattern(QStringLiteral("^[vV]?\\d+(?:\\.\\d+)*"));
    return tag.mid(pattern.match(tag).capturedLength());
}

int sharedPrefix(const QString &a, const QString &b)
{
    int n = 0;
    while (n < a.size() && n < b.size() && a.at(n) == b.at(n))
        ++n;
    return n;
}

// Smaller is nearer. The components, in order of importance: not a version while wanted is
// one, a different suffix, fewer shared leading components, a bigger step at the first
// difference, a step down after a step up, the edit distance, a shorter shared prefix.
using Score = std::tuple<int, int, int, qint64, int, int, int>;

Score score(const QString &wanted, const std::optional<QList<qint64>> &want, const QString &tag)
{
    const int distance = TagSuggester::editDistance(wanted, tag);
    const int prefix = -sharedPrefix(wanted, tag);
    if (!want)
        return {0, 0, 0, 0, 0, distance, prefix};
    const std::optional<QList<qint64>> have = versionParts(tag);
    if (!have)
        return {1, 0, 0, 0, 0, distance, prefix};
    const int suffix = versionSuffix(wanted) == versionSuffix(tag) ? 0 : 1;
    qsizetype shared = 0;
    while (shared < want->size() && shared < have->size() && want->at(shared) == have->at(shared))
        ++shared;
    qint64 step = 0;
    int higher = 0;
    if (shared < want->size() || shared < have->size()) {
        const qint64 w = want->value(shared, 0);
        const qint64 h = have->value(shared, 0);
        step = std::abs(w - h);
        higher = h > w ? 1 : 0;
    }
    return {0, suffix, -int(shared), step, higher, distance, prefix};
}
} // namespace

int TagSuggester::editDistance(const QString &a, const QString &b)
{
    QList<int> previous(b.size() + 1);
    QList<int> current(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int substitution = previous[j - 1] + (a.at(i - 1) == b.at(j - 1) ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

QStringList TagSuggester::nearest(const QString &wanted, const QStringList &existing, int limit)
{
    const std::optional<QList<qint64>> want = versionParts(wanted);
    QList<std::pair<Score, QString>> ranked;
    for (const QString &tag : existing) {
        if (tag != wanted)
            ranked.append({score(wanted, want, tag), tag});
    }
    std::sort(ranked.begin(), ranked.end());
    QStringList result;
    for (const auto &entry : ranked) {
        if (result.size() >= limit)
            break;
        if (!result.contains(entry.second))
            result.append(entry.second);
    }
    return result;
}
