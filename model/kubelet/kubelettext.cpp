// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/kubelet/kubelettext.h"

#include "model/core/gotext.h"

QString KubeletText::quote(const QString &s)
{
    return GoText::quoted(s);
}

QString KubeletText::goDuration(qint64 ms)
{
    // Go time.Duration.String for whole milliseconds.
    if (ms == 0)
        return QStringLiteral("0s");
    const bool negative = ms < 0;
    qint64 v = negative ? -ms : ms;
    QString out;
    if (v < 1000) {
        out = QStringLiteral("%1ms").arg(v);
    } else {
        const qint64 hours = v / 3'600'000;
        v %= 3'600'000;
        const qint64 minutes = v / 60'000;
        v %= 60'000;
        QString seconds = QString::number(v / 1000);
        if (const qint64 frac = v % 1000) {
            QString f = QStringLiteral("%1").arg(frac, 3, 10, QLatin1Char('0'));
            while (f.endsWith(QLatin1Char('0')))
                f.chop(1);
            seconds += QLatin1Char('.') + f;
        }
        if (hours > 0)
            out = QStringLiteral("%1h%2m%3s").arg(hours).arg(minutes).arg(seconds);
        else if (minutes > 0)
            out = QStringLiteral("%1m%2s").arg(minutes).arg(seconds);
        else
            out = seconds + QLatin1Char('s');
    }
    return negative ? QLatin1Char('-') + out : out;
}

QString KubeletText::humanDuration(qint64 ms)
{
    // k8s.io/apimachinery/pkg/util/duration/duration.go HumanDuration.
    const qint64 seconds = ms / 1000;
    if (seconds < -1)
        return QStringLiteral("<invalid>");
    if (seconds < 0)
        return QStringLiteral("0s");
    if (seconds < 60 * 2)
        return QStringLiteral("%1s").arg(seconds);
    const qint64 minutes = seconds / 60;
    if (minutes < 10) {
        const qint64 s = seconds % 60;
        return s == 0 ? QStringLiteral("%1m").arg(minutes)
                      : QStringLiteral("%1m%2s").arg(minutes).arg(s);
    }
    if (minutes < 60 * 3)
        return QStringLiteral("%1m").arg(minutes);
    const qint64 hours = minutes / 60;
    if (hours < 8) {
        const qint64 m = minutes % 60;
        return m == 0 ? QStringLiteral("%1h").arg(hours)
                      : QStringLiteral("%1h%2m").arg(hours).arg(m);
    }
    if (hours < 48)
        return QStringLiteral("%1h").arg(hours);
    if (hours < 24 * 8) {
        const qint64 h = hours % 24;
        return h == 0 ? QStringLiteral("%1d").arg(hours / 24)
                      : QStringLiteral("%1d%2h").arg(hours / 24).arg(h);
    }
    if (hours < 24 * 365 * 2)
        return QStringLiteral("%1d").arg(hours / 24);
    if (hours < 24 * 365 * 8) {
        const qint64 dy = (hours / 24) % 365;
        return dy == 0 ? QStringLiteral("%1y").arg(hours / 24 / 365)
                       : QStringLiteral("%1y%2d").arg(hours / 24 / 365).arg(dy);
    }
    return QStringLiteral("%1y").arg(hours / 24 / 365);
}
