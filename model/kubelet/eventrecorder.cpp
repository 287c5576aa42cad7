// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/kubelet/eventrecorder.h"

#include "model/core/clock.h"

EventRecorder::EventRecorder(Clock *clock)
    : m_clock(clock)
    , m_origin(clock->nowMs())
{}

void EventRecorder::setListener(std::function<void(const KubeletEvent &)> listener)
{
    m_listener = std::move(listener);
}

qint64 EventRecorder::elapsedMs() const
{
    return m_clock->nowMs() - m_origin;
}

void EventRecorder::record(const QString &pod,
                           const QString &container,
                           const QString &fieldPath,
                           const QString &type,
                           const QString &reason,
                           const QString &message)
{
    KubeletEvent e;
    e.timeMs = elapsedMs();
    e.type = type;
    e.reason = reason;
    e.message = message;
    e.pod = pod;
    e.container = container;
    e.fieldPath = fieldPath;
    m_events.append(e);
    if (m_listener)
        m_listener(e);
}
