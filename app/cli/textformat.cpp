// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/textformat.h"

#include <algorithm>

namespace TextFormat {

QString humanSize(qint64 bytes)
{
    // docker's go-units HumanSize: decimal units, three significant digits.
    static const char *const units[] = {"B", "kB", "MB", "GB", "TB", "PB"};
    double value = double(bytes);
    int unit = 0;
    while (value >= 1000.0 && unit < 5) {
        value /= 1000.0;
        ++unit;
    }
    if (unit == 0)
        return QStringLiteral("%1 B").arg(bytes);
    return QStringLiteral("%1 %2").arg(QString::number(value, 'g', 3),
                                       QString::fromLatin1(units[unit]));
}

QStringList table(const QList<QStringList> &rows, const QString &indent)
{
    QList<qsizetype> widths;
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (widths.size() <= i)
                widths.append(0);
            widths[i] = std::max(widths[i], row.at(i).size());
        }
    }
    QStringList lines;
    for (const QStringList &row : rows) {
        QString line = indent;
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (i + 1 < row.size())
                line += row.at(i).leftJustified(widths.at(i)) + QStringLiteral("  ");
            else
                line += row.at(i);
        }
        lines.append(line);
    }
    return lines;
}

QString shortDigest(const QString &digest)
{
    const qsizetype colon = digest.indexOf(QLatin1Char(':'));
    return colon < 0 ? digest : digest.left(colon + 13);
}

} // namespace TextFormat
