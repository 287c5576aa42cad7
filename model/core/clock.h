// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QObject>

#include <functional>

// Where engine code gets the time and schedules work. The kubelet simulation runs on a
// VirtualClock so an hour of backoff passes in microseconds; everything else uses RealClock.
// Lives on one thread; callbacks run on that thread.
class Clock : public QObject
{
    Q_OBJECT
public:
    using TimerId = quint64;

    explicit Clock(QObject *parent = nullptr);

    // Milliseconds on a monotonic scale; differences are what matter.
    virtual qint64 nowMs() const = 0;
    // Wall time matching nowMs() (for event timestamps and "Age" columns).
    virtual QDateTime wallTime() const = 0;
    // Runs fn once, delayMs from now, unless context is destroyed or the timer is cancelled.
    // Never runs fn synchronously inside callAfter.
    virtual TimerId callAfter(qint64 delayMs, QObject *context, std::function<void()> fn) = 0;
    // Cancels a pending timer; a no-op for unknown or already fired ids.
    virtual void cancel(TimerId id) = 0;
};
