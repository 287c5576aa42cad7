// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/kubelet/imagebackoff.h"

ImageBackoff::ImageBackoff(qint64 initial, qint64 max)
    : m_initial(initial)
    , m_max(max)
{}

QString ImageBackoff::key(const QString &podUid, const QString &image)
{
    // k/k image_manager.go pullImage: the image exactly as written in the Pod.
    return podUid + QLatin1Char('_') + image;
}

void ImageBackoff::next(const QString &id, qint64 nowMs)
{
    // client-go util/flowcontrol/backoff.go Next (jitter 0 for NewBackOff).
    auto it = m_entries.find(id);
    if (it == m_entries.end() || hasExpired(nowMs, it->lastUpdate)) {
        it = m_entries.insert(id, Entry{m_initial, nowMs});
    } else {
        it->backoff = qMin(it->backoff * 2, m_max);
    }
    it->lastUpdate = nowMs;
}

bool ImageBackoff::isInBackOffSinceUpdate(const QString &id, qint64 eventTimeMs) const
{
    const auto it = m_entries.constFind(id);
    if (it == m_entries.constEnd() || hasExpired(eventTimeMs, it->lastUpdate))
        return false;
    return eventTimeMs - it->lastUpdate < it->backoff;
}

qint64 ImageBackoff::period(const QString &id) const
{
    return m_entries.value(id).backoff;
}

qint64 ImageBackoff::windowEndMs(const QString &id) const
{
    const auto it = m_entries.constFind(id);
    return it == m_entries.constEnd() ? -1 : it->lastUpdate + it->backoff;
}

void ImageBackoff::gc(qint64 nowMs)
{
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (hasExpired(nowMs, it->lastUpdate))
            it = m_entries.erase(it);
        else
            ++it;
    }
}
