// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/kubelet/pulltokenbucket.h"

PullTokenBucket::PullTokenBucket(double qps, int burst, qint64 startMs)
    : m_qps(qps)
    , m_burst(burst)
    , m_tokens(burst)
    , m_lastMs(startMs)
{}

double PullTokenBucket::tokensAt(qint64 nowMs) const
{
    // rate.Limiter.advance: tokens grow with elapsed time, capped at burst; time going
    // backwards adds nothing.
    const qint64 elapsed = qMax<qint64>(0, nowMs - m_lastMs);
    return qMin<double>(m_burst, m_tokens + m_qps * double(elapsed) / 1000.0);
}

bool PullTokenBucket::tryAccept(qint64 nowMs)
{
    // throttleImagePulling: qps == 0 means no throttling at all (helpers.go).
    if (isUnlimited())
        return true;
    const double available = tokensAt(nowMs);
    m_lastMs = qMax(m_lastMs, nowMs);
    // rate.Limiter.AllowN(now, 1): a reservation that would have to wait is not taken.
    if (available >= 1.0) {
        m_tokens = available - 1.0;
        return true;
    }
    m_tokens = available;
    return false;
}
