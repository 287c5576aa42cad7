// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/auth/credentialsources.h"
#include "model/pull/pulljob.h"
#include "model/registry/registryclient.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <memory>

class ContentStore;
class QNetworkAccessManager;
class RealClock;

// PullService's half on the worker thread: created there by start(), owns the network
// manager, the registry client, the store and the jobs. Private to PullService.
class PullWorker : public QObject
{
    Q_OBJECT
public:
    PullWorker(QString storeRoot, CredentialSources sources);
    ~PullWorker() override;

public Q_SLOTS:
    void setUp();
    void setHostOptions(const QString &host, const RegistryHostOptions &options);
    void startPull(int id, const ImageReference &reference, const PullOptions &options);
    void cancelPull(int id);
    void cancelAll();

Q_SIGNALS:
    void pullStarted(int id, const QString &reference);
    void pullResolved(int id, const QList<BlobProgress> &blobs);
    void blobChanged(int id, int index, const BlobProgress &blob);
    void pullProgressed(int id, qint64 received, qint64 total, double bytesPerSecond, qint64 etaMs);
    void pullFinished(int id, const Result<PullResult> &result);

private:
    QString m_storeRoot;
    CredentialSources m_sources;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<RealClock> m_clock;
    std::unique_ptr<RegistryClient> m_client;
    std::unique_ptr<ContentStore> m_store;
    QHash<int, QPointer<PullJob>> m_jobs;
    QHash<int, qint64> m_lastProgress;
};
