// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/workspace/workspacelinter.h"

#include "model/core/background.h"
#include "model/kube/kubelinter.h"
#include "model/kube/kubereader.h"
#include "model/kube/kubeworkspace.h"
#include "ui/workspace/workspacedocument.h"
#include "ui/workspace/workspacedocuments.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>

namespace {
// Lint after typing pauses this long; slower lints stretch the pause (see finish()).
constexpr int kLintDelayMs = 300;

// One document as the worker sees it: its text to read, or the read it has.
struct Input
{
    QPointer<WorkspaceDocument> document;
    quint64 revision = 0;
    QString key;
    QByteArray text; // set when the read is out of date
    KubeFile read; // the last read otherwise
    bool reread = false;
};
} // namespace

struct WorkspaceLinter::Outcome
{
    QList<Input> inputs; // with the new reads
    QList<Finding> findings;
    qint64 ms = 0;
};

WorkspaceLinter::WorkspaceLinter(WorkspaceDocuments *documents, QObject *parent)
    : QObject(parent)
    , m_documents(documents)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(kLintDelayMs);
    connect(m_timer, &QTimer::timeout, this, &WorkspaceLinter::lintNow);
    connect(m_documents, &WorkspaceDocuments::textChanged, this, [this] {
        ++m_generation;
        schedule();
    });
    connect(m_documents, &WorkspaceDocuments::documentsChanged, this, [this] {
        ++m_generation;
    });
}

void WorkspaceLinter::schedule()
{
    m_timer->start();
}

void WorkspaceLinter::lintNow()
{
    m_timer->stop();
    if (m_running) {
        m_again = true; // when the running one ends: it cannot see the latest text
        return;
    }
    m_running = true;
    Q_EMIT busyChanged(true);
    start();
}

void WorkspaceLinter::start()
{
    QList<Input> inputs;
    for (WorkspaceDocument *document : m_documents->documents()) {
        Input in;
        in.document = document;
        in.revision = document->revision();
        in.key = document->key();
        in.reread = !document->isReadCurrent();
        if (in.reread)
            in.text = document->text();
        else
            in.read = document->kubeFile();
        inputs.append(in);
    }
    Background::run(
        this,
        [inputs]() mutable {
            QElapsedTimer timer;
            timer.start();
            KubeWorkspace workspace;
            for (Input &in : inputs) {
                if (in.reread)
                    in.read = KubeReader::read(in.text, in.key);
                workspace.addFile(in.read);
            }
            Outcome outcome;
            outcome.findings = KubeLinter::lint(workspace);
            outcome.inputs = std::move(inputs);
            outcome.ms = timer.elapsed();
            return outcome;
        },
        [this, generation = m_generation](const Outcome &outcome) {
            finish(outcome, generation);
        });
}

void WorkspaceLinter::finish(const Outcome &outcome, quint64 generation)
{
    const bool current = generation == m_generation;
    if (current) {
        for (const Input &in : outcome.inputs) {
            if (in.reread && in.document)
                in.document->setRead(in.read, in.revision);
        }
        m_findings = outcome.findings;
        m_lastLintMs = outcome.ms;
        // A big workspace stretches the pause, so a lint is not started again on every key.
        m_timer->setInterval(qMax<int>(kLintDelayMs, int(m_lastLintMs) * 4));
    }
    // A result for text that changed meanwhile is dropped: the next lint is due (the pause
    // after typing, or at once when asked for).
    const bool again = m_again || (!current && !m_timer->isActive());
    m_again = false;
    if (again)
        start();
    else
        m_running = false;
    if (current)
        Q_EMIT linted(m_findings);
    if (!again)
        Q_EMIT busyChanged(false);
}
