// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

// Counts real work in flight (network pulls, credential plugin processes) so the simulation
// knows when virtual time may move: only while nothing real is pending. One thread.
class PendingWork : public QObject
{
    Q_OBJECT
public:
    explicit PendingWork(QObject *parent = nullptr);

    // One more piece of work started.
    void begin() { ++m_pending; }

    // One piece of work ended; settled() is emitted when none is left.
    void end();

    int pending() const { return m_pending; }

Q_SIGNALS:
    // Nothing real is in flight any more.
    void settled();

private:
    int m_pending = 0;
};
