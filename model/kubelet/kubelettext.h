// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Go's formatting as the kubelet and kubectl print it: %q, time.Duration.String and
// apimachinery's HumanDuration. Stateless.
class KubeletText
{
public:
    // Go's %q for an image string: double quotes, backslash and quote escaped.
    static QString quote(const QString &s);
    // time.Duration(ms).String(): "0s", "345ms", "1.5s", "2m3.456s", "1h0m0s".
    static QString goDuration(qint64 ms);
    // apimachinery pkg/util/duration HumanDuration (kubectl's Age column): "45s", "3m20s",
    // "15m", "2h30m", "20h", "3d4h", "30d", "2y"...
    static QString humanDuration(qint64 ms);
};
