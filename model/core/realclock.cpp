// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/core/realclock.h"

#include <QTimer>

#include <algorithm>
#include <limits>

RealClock::RealClock(QObject *parent)
    : Clock(parent)
    , m_started(QDateTime::currentDateTimeUtc())
{
    m_elapsed.start();
}

qint64 RealClock::nowMs() const
{
    return m_elapsed.elapsed();
}

QDateTime RealClock::wallTime() const
{
    return m_started.addMSecs(m_elapsed.elapsed());
}

Clock::TimerId RealClock::callAfter(qint64 delayMs, QObject *context, std::function<void()> fn)
{
    const TimerId id = m_nextId++;
    // The timer is a child of the context, so destroying the context cancels it.
    auto *timer = new QTimer(context ? context : this);
    timer->setSingleShot(true);
    timer->setTimerType(Qt::PreciseTimer);
    connect(timer, &QTimer::timeout, timer, [this, id, timer, fn = std::move(fn)] {
        m_timers.remove(id);
        timer->deleteLater();
        fn();
    });
    m_timers.insert(id, timer);
    timer->start(int(std::clamp<qint64>(delayMs, 0, std::numeric_limits<int>::max())));
    return id;
}

void RealClock::cancel(TimerId id)
{
    if (QPointer<QTimer> timer = m_timers.take(id)) {
        timer->stop();
        timer->deleteLater();
    }
}
