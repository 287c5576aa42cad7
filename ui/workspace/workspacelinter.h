// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/kube/finding.h"

#include <QList>
#include <QObject>

class QTimer;
class WorkspaceDocuments;

// Lints the Workspace on a worker thread: reads again the documents whose text changed since
// their last read and lints every document together (the findings of one file depend on the
// others), a moment after typing stops (the pause stretches for slow lints, so a big workspace
// is not linted on every key) or at once (lintNow()). One lint runs at a time; a result for
// text that changed while it ran is dropped (a generation count), and the next lint follows.
// The reads go back into the documents, linted() announces the findings. GUI thread.
class WorkspaceLinter : public QObject
{
    Q_OBJECT
public:
    // documents: not owned, must outlive this.
    explicit WorkspaceLinter(WorkspaceDocuments *documents, QObject *parent = nullptr);

    // Lints after the typing pause (restarting the pause).
    void schedule();
    // Starts a lint now instead of after the pause (after the running one, if any).
    void lintNow();

    // A lint is running (or one more is due after it).
    bool isBusy() const { return m_running; }

    // The findings of the last lint.
    const QList<Finding> &findings() const { return m_findings; }

    // How long the last lint took (reading and linting every open file), in milliseconds.
    qint64 lastLintMs() const { return m_lastLintMs; }

Q_SIGNALS:
    // A lint ended; the documents hold the reads it made.
    void linted(const QList<Finding> &findings);
    // isBusy() changed.
    void busyChanged(bool busy);

private:
    struct Outcome;
    void start();
    void finish(const Outcome &outcome, quint64 generation);

    WorkspaceDocuments *m_documents;
    QTimer *m_timer;
    QList<Finding> m_findings;
    qint64 m_lastLintMs = 0;
    // Bumped by every change of a text or of the set of documents.
    quint64 m_generation = 0;
    bool m_running = false;
    bool m_again = false;
};
