// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/items/pullformat.h"

#include "model/core/tr.h"

#include <QLocale>

QString PullFormat::bytes(qint64 bytes)
{
    // IEC units (KiB, MiB) with two decimals, as the tag table and the Inspector show sizes.
    return bytes < 0 ? QString() : QLocale().formattedDataSize(bytes);
}

QString PullFormat::rate(double bytesPerSecond)
{
    if (bytesPerSecond <= 0)
        return {};
    //: A transfer rate, %1 is a size such as "4.5 MiB"
    return Tr::tr("%1/s").arg(bytes(qint64(bytesPerSecond)));
}

QString PullFormat::eta(qint64 milliseconds)
{
    if (milliseconds < 0)
        return {};
    const qint64 seconds = (milliseconds + 999) / 1000;
    if (seconds < 1)
        return Tr::tr("less than a second");
    if (seconds < 60)
        //: Time left, in seconds
        return Tr::tr("%1 s").arg(seconds);
    if (seconds < 3600) {
        //: Time left, minutes and seconds
        return Tr::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    }
    //: Time left, hours and minutes
    return Tr::tr("%1 h %2 min")
        .arg(seconds / 3600)
        .arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
}

QString PullFormat::duration(qint64 milliseconds)
{
    if (milliseconds < 0)
        return {};
    if (milliseconds < 10'000)
        //: A duration in seconds with one decimal
        return Tr::tr("%1 s").arg(QLocale().toString(double(milliseconds) / 1000.0, 'f', 1));
    return eta(milliseconds);
}

QString PullFormat::progress(qint64 received, qint64 total)
{
    if (total <= 0)
        return bytes(qMax<qint64>(received, 0));
    //: Bytes downloaded of the total, such as "12.3 MiB of 40 MiB"
    return Tr::tr("%1 of %2").arg(bytes(received), bytes(total));
}
