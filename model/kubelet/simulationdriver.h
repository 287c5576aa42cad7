// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class Clock;
class PendingWork;
class VirtualClock;

// Moves the simulation's time to an end point. On a VirtualClock it fires the clock's timers
// in order, but only while no real work (pulls, plugins) is in flight: it waits for that work
// to settle, then jumps to the next timer, so an hour of backoff takes as long as its real
// pulls. On any other clock it waits for the end time and then for pending work. finished()
// is emitted once per runUntil(). One thread.
class SimulationDriver : public QObject
{
    Q_OBJECT
public:
    SimulationDriver(Clock *clock, PendingWork *pending, QObject *parent = nullptr);

    // Runs until the clock reaches endMs (clock time) and nothing real is pending.
    void runUntil(qint64 endMs);
    // Stops early: finished() follows once pending work settled.
    void stop();

    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void finished();

private:
    void step();
    void scheduleStep();
    void finish();

    Clock *m_clock;
    VirtualClock *m_virtual;
    PendingWork *m_pending;
    qint64 m_end = 0;
    bool m_running = false;
    bool m_stepQueued = false;
    bool m_endReached = false;
    quint64 m_endTimer = 0;
};
