// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/kubelet/kubeletevent.h"

#include <QList>

#include <functional>

class Clock;

// Records the simulated kubelet's events with the time they happened on the simulation's
// clock (milliseconds since the recorder started) and hands each to a listener. One thread.
class EventRecorder
{
public:
    explicit EventRecorder(Clock *clock);

    // Called for every recorded event, after it is stored.
    void setListener(std::function<void(const KubeletEvent &)> listener);

    // The clock time that counts as 0.
    void setOrigin(qint64 originMs) { m_origin = originMs; }

    // Records an event now (type "Normal" or "Warning").
    void record(const QString &pod,
                const QString &container,
                const QString &fieldPath,
                const QString &type,
                const QString &reason,
                const QString &message);

    // Milliseconds since the origin.
    qint64 elapsedMs() const;

    const QList<KubeletEvent> &events() const { return m_events; }

    void clear() { m_events.clear(); }

private:
    Clock *m_clock;
    qint64 m_origin = 0;
    QList<KubeletEvent> m_events;
    std::function<void(const KubeletEvent &)> m_listener;
};
