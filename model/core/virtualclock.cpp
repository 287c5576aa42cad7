// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/core/virtualclock.h"

VirtualClock::VirtualClock(QDateTime epoch, QObject *parent)
    : Clock(parent)
    , m_epoch(std::move(epoch))
{}

Clock::TimerId VirtualClock::callAfter(qint64 delayMs, QObject *context, std::function<void()> fn)
{
    const TimerId id = m_nextId++;
    m_queue.emplace(std::make_pair(m_now + qMax<qint64>(0, delayMs), id),
                    Task{context, context != nullptr, std::move(fn)});
    return id;
}

void VirtualClock::cancel(TimerId id)
{
    for (auto it = m_queue.begin(); it != m_queue.end(); ++it) {
        if (it->first.second == id) {
            m_queue.erase(it);
            return;
        }
    }
}

int VirtualClock::advanceTo(qint64 t)
{
    int fired = 0;
    // A callback may schedule more work; anything due by t runs in this same call.
    while (!m_queue.empty() && m_queue.begin()->first.first <= t) {
        auto node = m_queue.extract(m_queue.begin());
        m_now = node.key().first;
        Task &task = node.mapped();
        if (task.hadContext && task.context.isNull())
            continue; // its owner is gone
        task.fn();
        ++fired;
    }
    if (t > m_now)
        m_now = t;
    Q_EMIT advanced(m_now);
    return fired;
}

int VirtualClock::advanceBy(qint64 deltaMs)
{
    return advanceTo(m_now + qMax<qint64>(0, deltaMs));
}

qint64 VirtualClock::nextDueMs() const
{
    return m_queue.empty() ? -1 : m_queue.begin()->first.first;
}
