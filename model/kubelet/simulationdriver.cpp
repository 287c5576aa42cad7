// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/kubelet/simulationdriver.h"

#include "model/core/virtualclock.h"
#include "model/kubelet/pendingwork.h"

SimulationDriver::SimulationDriver(Clock *clock, PendingWork *pending, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_virtual(qobject_cast<VirtualClock *>(clock))
    , m_pending(pending)
{
    connect(m_pending, &PendingWork::settled, this, &SimulationDriver::scheduleStep);
}

void SimulationDriver::runUntil(qint64 endMs)
{
    m_end = endMs;
    m_running = true;
    m_endReached = false;
    if (!m_virtual) {
        m_endTimer = m_clock->callAfter(endMs - m_clock->nowMs(), this, [this] {
            m_endTimer = 0;
            m_endReached = true;
            scheduleStep();
        });
    }
    scheduleStep();
}

void SimulationDriver::stop()
{
    if (!m_running)
        return;
    if (m_endTimer) {
        m_clock->cancel(m_endTimer);
        m_endTimer = 0;
    }
    m_end = m_clock->nowMs();
    m_endReached = true;
    scheduleStep();
}

void SimulationDriver::scheduleStep()
{
    // Never step inside the callback that settled the work: the caller may still be busy.
    if (!m_running || m_stepQueued)
        return;
    m_stepQueued = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_stepQueued = false;
            step();
        },
        Qt::QueuedConnection);
}

void SimulationDriver::step()
{
    if (!m_running)
        return;
    if (!m_virtual) {
        if (m_endReached && m_pending->pending() == 0)
            finish();
        return;
    }
    // Fire timers one due time at a time while nothing real is in flight; a timer that
    // starts real work stops the loop until that work settles.
    while (m_pending->pending() == 0) {
        const qint64 next = m_virtual->nextDueMs();
        if (next < 0 || next > m_end || m_endReached) {
            m_virtual->advanceTo(qMax(m_virtual->nowMs(), m_end));
            if (m_pending->pending() == 0)
                finish();
            return;
        }
        m_virtual->advanceTo(next);
    }
}

void SimulationDriver::finish()
{
    if (!m_running)
        return;
    m_running = false;
    Q_EMIT finished();
}
