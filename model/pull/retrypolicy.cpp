// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/pull/retrypolicy.h"

#include <QtGlobal>

bool RetryPolicy::shouldRetry(int attempt, const Error &error) const
{
    if (attempt >= maxAttempts || !error.retryable)
        return false;
    // A digest mismatch is retried once: a flipped byte in transit deserves a second try, a
    // registry that serves wrong content every time does not deserve five.
    if (error.code == ErrorCode::DigestMismatch)
        return attempt < 2;
    return true;
}

qint64 RetryPolicy::delayMs(int attempt, int retryAfterSeconds) const
{
    if (retryAfterSeconds >= 0)
        return qMin<qint64>(qint64(retryAfterSeconds) * 1000, maxRetryAfterMs);
    qint64 delay = initialDelayMs;
    for (int i = 1; i < attempt && delay < maxDelayMs; ++i)
        delay *= 2;
    return qMin(delay, maxDelayMs);
}
