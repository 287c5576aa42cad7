// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/core/job.h"

Job::Job(QObject *parent)
    : QObject(parent)
{}

Job::~Job() = default;

void Job::cancel()
{
    emitFinished();
}

void Job::emitFinished()
{
    if (m_finished)
        return;
    m_finished = true;
    // `this` as the context: a job deleted before the event loop runs emits nothing.
    QMetaObject::invokeMethod(
        this,
        [this] {
            Q_EMIT finished();
        },
        Qt::QueuedConnection);
}
