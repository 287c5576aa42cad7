// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/pull/pullworker.h"

#include "model/cache/contentstore.h"
#include "model/core/realclock.h"

#include <QNetworkAccessManager>

PullWorker::PullWorker(QString storeRoot, CredentialSources sources)
    : m_storeRoot(std::move(storeRoot))
    , m_sources(std::move(sources))
{}

PullWorker::~PullWorker()
{
    for (const auto &job : std::as_const(m_jobs))
        delete job;
}

void PullWorker::setUp()
{
    // Created here, on the worker thread, so their sockets and timers live on it.
    m_network = std::make_unique<QNetworkAccessManager>();
    m_clock = std::make_unique<RealClock>();
    m_client = std::make_unique<RegistryClient>(m_network.get(), m_clock.get());
    m_client->setCredentialSources(m_sources);
    m_store = std::make_unique<ContentStore>(m_storeRoot);
}

void PullWorker::setHostOptions(const QString &host, const RegistryHostOptions &options)
{
    m_client->setHostOptions(host, options);
}

void PullWorker::startPull(int id, const ImageReference &reference, const PullOptions &options)
{
    auto *job = new PullJob(m_client.get(), m_store.get(), reference, options, this);
    m_jobs.insert(id, job);
    Q_EMIT pullStarted(id, reference.toString());
    connect(job, &PullJob::resolved, this, [this, id, job] {
        Q_EMIT pullResolved(id, job->blobs());
    });
    connect(job, &PullJob::blobChanged, this, [this, id, job](int index) {
        const BlobProgress &b = job->blobs().at(index);
        // Byte counts go out with pullProgressed; state changes go out at once.
        if (b.state != BlobProgress::State::Downloading || b.received == b.descriptor.size)
            Q_EMIT blobChanged(id, index, b);
    });
    connect(job, &PullJob::progressed, this, [this, id, job](qint64 received, qint64 total) {
        const qint64 now = m_clock->nowMs();
        if (now - m_lastProgress.value(id, -1'000) < 100 && received < total)
            return; // at most ten updates a second cross to the GUI thread
        m_lastProgress.insert(id, now);
        for (int i = 0; i < job->blobs().size(); ++i) {
            if (job->blobs().at(i).state == BlobProgress::State::Downloading)
                Q_EMIT blobChanged(id, i, job->blobs().at(i));
        }
        Q_EMIT pullProgressed(id, received, total, job->bytesPerSecond(), job->etaMs());
    });
    connect(job, &PullJob::finished, this, [this, id, job] {
        m_jobs.remove(id);
        m_lastProgress.remove(id);
        job->deleteLater();
        Q_EMIT pullFinished(id, job->result());
    });
    job->start();
}

void PullWorker::cancelPull(int id)
{
    if (PullJob *job = m_jobs.value(id))
        job->cancel();
}

void PullWorker::cancelAll()
{
    for (const auto &job : std::as_const(m_jobs)) {
        if (job)
            job->cancel();
    }
}
