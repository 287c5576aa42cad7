// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

// The kubelet's registry pull limiter: client-go flowcontrol.NewTokenBucketRateLimiter(qps,
// burst) used with the non-blocking TryAccept() (docs/reference/kubelet-image-pull.md §2.7). The
// bucket starts full (golang.org/x/time/rate), refills at qps tokens a second up to burst; qps 0
// means no limit. One bucket per kubelet. A value type; one thread.
class PullTokenBucket
{
public:
    // The error text a throttled pull fails with (k/k pkg/kubelet/images/helpers.go).
    static constexpr const char *throttledMessage = "pull QPS exceeded";

    PullTokenBucket(double qps = 5, int burst = 10, qint64 startMs = 0);

    // Takes a token at nowMs if there is one; false means throttled. Always true when qps is 0.
    bool tryAccept(qint64 nowMs);
    // Tokens available at nowMs (for views); burst-capped.
    double tokensAt(qint64 nowMs) const;

    bool isUnlimited() const { return m_qps <= 0; }

private:
    double m_qps;
    int m_burst;
    double m_tokens;
    qint64 m_lastMs;
};
