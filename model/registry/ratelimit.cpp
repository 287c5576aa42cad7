// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/registry/ratelimit.h"

#include "model/core/tr.h"

#include <QLocale>

namespace {
// "100;w=21600" or "100, 100;w=21600": the number before the first ';' is the value; the
// window comes from a "w=" parameter of any policy element (regclient GetRateLimit).
void parseOne(const QByteArray &header, int *value, int *window)
{
    const QList<QByteArray> elements = header.split(',');
    bool ok = false;
    const int v = elements.value(0).split(';').value(0).trimmed().toInt(&ok);
    if (ok)
        *value = v;
    for (const QByteArray &element : elements) {
        for (const QByteArray &p : element.split(';').mid(1)) {
            const QByteArray t = p.trimmed();
            if (t.startsWith("w=")) {
                const int w = t.mid(2).toInt(&ok);
                if (ok)
                    *window = w;
            }
        }
    }
}
} // namespace

RateLimit RateLimit::fromHeaders(const QByteArray &limitHeader,
                                 const QByteArray &remainingHeader,
                                 const QByteArray &sourceHeader)
{
    RateLimit r;
    if (!limitHeader.isEmpty())
        parseOne(limitHeader, &r.limit, &r.windowSeconds);
    if (!remainingHeader.isEmpty())
        parseOne(remainingHeader, &r.remaining, &r.windowSeconds);
    r.source = QString::fromLatin1(sourceHeader.trimmed());
    return r;
}

QString RateLimit::describe() const
{
    if (!isKnown())
        return {};
    QString window;
    if (windowSeconds > 0) {
        window = windowSeconds % 3600 == 0 ? Tr::tr("%n h", nullptr, windowSeconds / 3600)
                                           : Tr::tr("%n s", nullptr, windowSeconds);
    }
    if (limit >= 0 && remaining >= 0)
        return window.isEmpty()
            ? Tr::tr("%1 of %2 pulls left").arg(remaining).arg(limit)
            : Tr::tr("%1 of %2 pulls left in %3").arg(remaining).arg(limit).arg(window);
    if (remaining >= 0)
        return Tr::tr("%1 pulls left").arg(remaining);
    return window.isEmpty() ? Tr::tr("limit %1 pulls").arg(limit)
                            : Tr::tr("limit %1 pulls per %2").arg(limit).arg(window);
}

int RateLimit::parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return -1;
    bool ok = false;
    const int seconds = v.toInt(&ok);
    if (ok)
        return seconds < 0 ? -1 : seconds;
    // HTTP-date, IMF-fixdate: "Wed, 21 Oct 2015 07:28:00 GMT"
    QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(v),
                                             QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return -1;
    when.setTimeSpec(Qt::UTC);
    return int(qMax<qint64>(0, now.secsTo(when)));
}
