// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

// Docker Hub style rate-limit headers (ratelimit-limit: 100;w=21600, ratelimit-remaining,
// docker-ratelimit-source), read as regclient does: the integer before ';' is the value, w=
// the window in seconds. Absent headers mean the request is not rate limited.
struct RateLimit
{
    int limit = -1; // -1 when not given
    int remaining = -1;
    int windowSeconds = 0;
    QString source;

    bool isKnown() const { return limit >= 0 || remaining >= 0; }

    // "20 of 100 pulls left in 6 h" for people; empty when unknown.
    QString describe() const;
    // Reads the headers; each argument is the raw header value, empty when absent.
    static RateLimit fromHeaders(const QByteArray &limitHeader,
                                 const QByteArray &remainingHeader,
                                 const QByteArray &sourceHeader);
    // Retry-After: delta seconds or an HTTP date (RFC 9110 10.2.3); -1 when absent or
    // unparseable; 0 when the date is in the past.
    static int parseRetryAfter(const QByteArray &value, const QDateTime &now);
};
