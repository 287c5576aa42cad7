// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/workspace/workspacelinter.h"

#include "model/kube/kubelinter.h"
#include "model/kube/kubeworkspace.h"
#include "ui/workspace/workspacedocument.h"
#include "ui/workspace/workspacedocuments.h"

#include <QElapsedTimer>
#include <QTimer>

namespace {
// Lint after typing pauses this long; slower lints stretch the pause (see lintNow()).
constexpr int kLintDelayMs = 300;
} // namespace

WorkspaceLinter::WorkspaceLinter(WorkspaceDocuments *documents, QObject *parent)
    : QObject(parent)
    , m_documents(documents)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(kLintDelayMs);
    connect(m_timer, &QTimer::timeout, this, &WorkspaceLinter::lintNow);
    connect(m_documents, &WorkspaceDocuments::textChanged, this, &WorkspaceLinter::schedule);
}

void WorkspaceLinter::schedule()
{
    m_timer->start();
}

void WorkspaceLinter::lintNow()
{
    m_timer->stop();
    QElapsedTimer timer;
    timer.start();
    KubeWorkspace workspace;
    for (WorkspaceDocument *document : m_documents->documents()) {
        if (!document->isReadCurrent())
            document->reread();
        workspace.addFile(document->kubeFile());
    }
    m_findings = KubeLinter::lint(workspace);
    m_lastLintMs = timer.elapsed();
    // Reading and linting run on the GUI thread: a few milliseconds for hand-written files. A
    // big workspace stretches the pause instead, so typing never stutters on every key.
    m_timer->setInterval(qMax<int>(kLintDelayMs, int(m_lastLintMs) * 4));
    Q_EMIT linted(m_findings);
}
