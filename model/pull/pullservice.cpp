// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/pull/pullservice.h"

#include "model/pull/pullworker.h"

PullService::PullService(QString storeRoot, CredentialSources sources, QObject *parent)
    : QObject(parent)
    , m_storeRoot(std::move(storeRoot))
{
    qRegisterMetaType<BlobProgress>();
    qRegisterMetaType<PullResult>();
    qRegisterMetaType<Result<PullResult>>();
    qRegisterMetaType<PullOptions>();
    qRegisterMetaType<Error>();
    qRegisterMetaType<ImageReference>();
    qRegisterMetaType<RegistryHostOptions>();
    qRegisterMetaType<QList<BlobProgress>>();
    m_thread.setObjectName(QStringLiteral("pullscope-pulls"));
    m_worker = new PullWorker(m_storeRoot, std::move(sources));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &PullWorker::pullStarted, this, &PullService::pullStarted);
    connect(m_worker, &PullWorker::pullResolved, this, &PullService::pullResolved);
    connect(m_worker, &PullWorker::blobChanged, this, &PullService::blobChanged);
    connect(m_worker, &PullWorker::pullProgressed, this, &PullService::pullProgressed);
    connect(m_worker, &PullWorker::pullFinished, this, &PullService::pullFinished);
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, &PullWorker::setUp, Qt::QueuedConnection);
}

PullService::~PullService()
{
    QMetaObject::invokeMethod(m_worker, &PullWorker::cancelAll, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void PullService::setHostOptions(const QString &host, const RegistryHostOptions &options)
{
    QMetaObject::invokeMethod(
        m_worker,
        [w = m_worker, host, options] {
            w->setHostOptions(host, options);
        },
        Qt::QueuedConnection);
}

int PullService::pull(const ImageReference &reference, const PullOptions &options)
{
    const int id = m_nextId++;
    QMetaObject::invokeMethod(
        m_worker,
        [w = m_worker, id, reference, options] {
            w->startPull(id, reference, options);
        },
        Qt::QueuedConnection);
    return id;
}

void PullService::cancel(int id)
{
    QMetaObject::invokeMethod(
        m_worker,
        [w = m_worker, id] {
            w->cancelPull(id);
        },
        Qt::QueuedConnection);
}
