// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/core/error.h"

// When and how often a failed transfer is tried again: only transient failures (Error::
// retryable: cut connections, timeouts, 5xx gateway errors, 429), at most maxAttempts in all,
// waiting initialDelay doubling to maxDelay, or the registry's Retry-After (capped, as
// containers/image caps it at 60 s). A value type; the waiting itself uses the Clock.
struct RetryPolicy
{
    int maxAttempts = 5;
    qint64 initialDelayMs = 1'000;
    qint64 maxDelayMs = 30'000;
    qint64 maxRetryAfterMs = 60'000;

    // Whether attempt (1-based, the one that just failed with error) may be followed by another.
    bool shouldRetry(int attempt, const Error &error) const;
    // How long to wait before attempt + 1. retryAfterSeconds: the registry's Retry-After, or -1.
    qint64 delayMs(int attempt, int retryAfterSeconds) const;
};
