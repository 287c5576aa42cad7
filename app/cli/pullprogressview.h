// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class Output;
class PullJob;

// Shows a PullJob's progress: on a terminal, one live line per blob plus a total line, redrawn
// at most ten times a second (ANSI cursor movement); elsewhere, one plain line per blob when
// it finishes, is reused, or retries, so logs stay readable.
class PullProgressView : public QObject
{
    Q_OBJECT
public:
    PullProgressView(PullJob *job, Output &out, bool live, QObject *parent = nullptr);

    // The last frame (terminal) so the final state stays on screen.
    void finish();

private:
    void onBlobChanged(int index);
    void redraw(bool force);

    PullJob *m_job;
    Output &m_out;
    bool m_live;
    int m_linesDrawn = 0;
    qint64 m_lastDrawMs = 0;
    QList<int> m_reported; // blob states already printed in plain mode
};
