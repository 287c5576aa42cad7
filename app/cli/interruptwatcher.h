// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QSocketNotifier;

// Turns SIGINT and SIGTERM into a Qt signal on the main thread (self-pipe), so a command can
// cancel its job and exit cleanly instead of dying mid-write. One per process; main thread.
class InterruptWatcher : public QObject
{
    Q_OBJECT
public:
    explicit InterruptWatcher(QObject *parent = nullptr);
    ~InterruptWatcher() override;

    // True once a signal arrived.
    bool wasInterrupted() const { return m_interrupted; }

Q_SIGNALS:
    // Emitted on the event loop after Ctrl-C (or SIGTERM).
    void interrupted();

private:
    QSocketNotifier *m_notifier = nullptr;
    bool m_interrupted = false;
};
