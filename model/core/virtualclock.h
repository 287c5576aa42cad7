// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/core/clock.h"

#include <QPointer>

#include <map>
#include <utility>

// A clock that moves only when told to. advanceBy()/advanceTo() fire every due callback in
// time order (ties in the order they were scheduled), with nowMs() equal to the callback's
// due time while it runs, so simulated spans of hours take no real time and tests are exact.
class VirtualClock : public Clock
{
    Q_OBJECT
public:
    explicit VirtualClock(QDateTime epoch = QDateTime::fromSecsSinceEpoch(0, Qt::UTC),
                          QObject *parent = nullptr);

    qint64 nowMs() const override { return m_now; }

    QDateTime wallTime() const override { return m_epoch.addMSecs(m_now); }

    TimerId callAfter(qint64 delayMs, QObject *context, std::function<void()> fn) override;
    void cancel(TimerId id) override;

    // Moves time forward by deltaMs, firing due callbacks; returns how many fired.
    int advanceBy(qint64 deltaMs);
    // Moves time forward to t (no-op if t is in the past), firing due callbacks.
    int advanceTo(qint64 t);
    // Due time of the next pending callback, or -1 when none is pending.
    qint64 nextDueMs() const;

    int pendingCount() const { return int(m_queue.size()); }

Q_SIGNALS:
    // Emitted after each advance with the new time.
    void advanced(qint64 nowMs);

private:
    struct Task
    {
        QPointer<QObject> context;
        bool hadContext = false;
        std::function<void()> fn;
    };

    qint64 m_now = 0;
    QDateTime m_epoch;
    TimerId m_nextId = 1;
    // Key: (due time, id). Ids grow, so ties fire in scheduling order.
    std::map<std::pair<qint64, TimerId>, Task> m_queue;
};
