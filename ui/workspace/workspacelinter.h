// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/kube/finding.h"

#include <QList>
#include <QObject>

class QTimer;
class WorkspaceDocuments;

// Lints the Workspace: reads again the documents whose text changed since their last read and
// lints every document together (the findings of one file depend on the others), a moment after
// typing stops (the pause stretches for slow lints, so a big workspace is not linted on every
// key) or at once (lintNow()). linted() announces the findings. GUI thread.
class WorkspaceLinter : public QObject
{
    Q_OBJECT
public:
    // documents: not owned, must outlive this.
    explicit WorkspaceLinter(WorkspaceDocuments *documents, QObject *parent = nullptr);

    // Lints after the typing pause (restarting the pause).
    void schedule();
    // Re-reads changed documents and lints now instead of after the pause.
    void lintNow();

    // The findings of the last lint.
    const QList<Finding> &findings() const { return m_findings; }

    // How long the last lint took (reading and linting every open file), in milliseconds.
    qint64 lastLintMs() const { return m_lastLintMs; }

Q_SIGNALS:
    // A lint ended; the documents hold the reads it made.
    void linted(const QList<Finding> &findings);

private:
    WorkspaceDocuments *m_documents;
    QTimer *m_timer;
    QList<Finding> m_findings;
    qint64 m_lastLintMs = 0;
};
