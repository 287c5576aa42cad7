// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Human-readable byte counts, transfer rates and times left, for the pull and store models.
// Locale-aware (QLocale()); strings through Tr. Any thread.
class PullFormat
{
public:
    // "12.3 MiB"; empty for a negative (unknown) count.
    static QString bytes(qint64 bytes);
    // "4.5 MiB/s"; empty when the rate is not known yet (<= 0).
    static QString rate(double bytesPerSecond);
    // "less than a second", "45 s", "3 min 05 s", "2 h 10 min"; empty for a negative (unknown)
    // time.
    static QString eta(qint64 milliseconds);
    // How long something took: "0.4 s", "12.5 s", then as eta(); empty when negative.
    static QString duration(qint64 milliseconds);
    // "12.3 MiB of 40 MiB", or "12.3 MiB" when the total is unknown.
    static QString progress(qint64 received, qint64 total);
};
