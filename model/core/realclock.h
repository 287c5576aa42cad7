// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/core/clock.h"

#include <QElapsedTimer>
#include <QHash>
#include <QPointer>

class QTimer;

// The real time: a monotonic QElapsedTimer for nowMs(), QTimer for callAfter().
class RealClock : public Clock
{
    Q_OBJECT
public:
    explicit RealClock(QObject *parent = nullptr);

    qint64 nowMs() const override;
    QDateTime wallTime() const override;
    TimerId callAfter(qint64 delayMs, QObject *context, std::function<void()> fn) override;
    void cancel(TimerId id) override;

private:
    QElapsedTimer m_elapsed;
    QDateTime m_started;
    TimerId m_nextId = 1;
    QHash<TimerId, QPointer<QTimer>> m_timers;
};
