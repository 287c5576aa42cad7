// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/items/tagversion.h"

#include <QRegularExpression>
#include <QStringList>

namespace {
// semver.org 2.0.0 with the relaxations image tags need: a "v" prefix, fewer or more than
// three numbers (busybox:1.36, postgres:16), and no "+" in tags (the distribution spec's tag
// grammar forbids it, so "+build" only appears in version strings people type).
const QRegularExpression &versionPattern()
{
    static const QRegularExpression re(
        QStringLiteral("^[vV]?(\\d{1,18})(?:\\.(\\d{1,18}))?(?:\\.(\\d{1,18}))?(?:\\.(\\d{1,18}))?"
                       "(?:-([0-9A-Za-z.-]+))?(?:\\+[0-9A-Za-z.-]+)?$"));
    return re;
}

QString padded(const QString &digits)
{
    QString n = digits;
    while (n.size() > 1 && n.startsWith(QLatin1Char('0')))
        n.remove(0, 1);
    return n.rightJustified(18, QLatin1Char('0'));
}
} // namespace

TagVersion::Category TagVersion::category(const QString &tag)
{
    if (tag == QLatin1String("latest"))
        return Category::Latest;
    return versionPattern().match(tag).hasMatch() ? Category::Version : Category::Other;
}

QString TagVersion::sortKey(const QString &tag)
{
    if (tag == QLatin1String("latest"))
        return QStringLiteral("0");
    const QRegularExpressionMatch m = versionPattern().match(tag);
    if (!m.hasMatch())
        return QLatin1Char('2') + tag.toLower();
    QString key(QLatin1Char('1'));
    for (int i = 1; i <= 4; ++i)
        key += padded(m.captured(i).isEmpty() ? QStringLiteral("0") : m.captured(i));
    const QString pre = m.captured(5);
    if (pre.isEmpty()) {
        // A release sorts after every pre-release of the same numbers (semver §11.3).
        key += QLatin1Char('~');
        return key;
    }
    // semver §11.4: identifiers left to right; numeric ones compare as numbers and before
    // alphanumeric ones; a longer list wins when the shorter is a prefix. '!' (0x21) separates
    // identifiers and sorts before every character an identifier can hold, so "alpha" <
    // "alpha.1" < "alpha.beta"; '#' marks numeric and '%' alphanumeric identifiers.
    key += QLatin1Char('-');
    const QStringList parts = pre.split(QLatin1Char('.'));
    for (int i = 0; i < parts.size(); ++i) {
        const QString &part = parts.at(i);
        if (i > 0)
            key += QLatin1Char('!');
        bool numeric = !part.isEmpty();
        for (const QChar c : part)
            numeric = numeric && c.isDigit();
        if (numeric && part.size() <= 18)
            key += QLatin1Char('#') + padded(part);
        else
            key += QLatin1Char('%') + part;
    }
    return key;
}

bool TagVersion::lessThan(const QString &a, const QString &b)
{
    const QString ka = sortKey(a);
    const QString kb = sortKey(b);
    if (ka != kb)
        return ka < kb;
    return a < b;
}
