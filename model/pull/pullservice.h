// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/auth/credentialsources.h"
#include "model/core/result.h"
#include "model/pull/pulljob.h"
#include "model/registry/registryclient.h"

#include <QHash>
#include <QObject>
#include <QThread>

class PullWorker;

// Runs pulls on a worker thread of its own, with its own QNetworkAccessManager, RegistryClient
// and clock, so hashing and writing blobs never touch the thread that owns the service (the GUI
// thread: design.md "nothing on the GUI thread waits for the network or hashes a blob").
// Everything is reported through queued signals, progress at most every 100 ms per pull.
// The destructor cancels running pulls and joins the thread.
class PullService : public QObject
{
    Q_OBJECT
public:
    PullService(QString storeRoot, CredentialSources sources, QObject *parent = nullptr);
    ~PullService() override;

    QString storeRoot() const { return m_storeRoot; }

    // Options for one registry host (from its RegistryConfig); applies to later pulls.
    void setHostOptions(const QString &host, const RegistryHostOptions &options);
    // Starts a pull; returns its id (ids are never reused).
    int pull(const ImageReference &reference, const PullOptions &options);
    void cancel(int id);

    // The thread the pulls run on (never the caller's).
    QThread *workerThread() { return &m_thread; }

Q_SIGNALS:
    void pullStarted(int id, const QString &reference);
    // The blobs the pull will fetch are known.
    void pullResolved(int id, const QList<BlobProgress> &blobs);
    void blobChanged(int id, int index, const BlobProgress &blob);
    void pullProgressed(int id, qint64 received, qint64 total, double bytesPerSecond, qint64 etaMs);
    // Exactly once per pull: a PullResult or the Error (message ready for people).
    void pullFinished(int id, const Result<PullResult> &result);

private:
    QString m_storeRoot;
    QThread m_thread;
    PullWorker *m_worker = nullptr;
    int m_nextId = 1;
};

Q_DECLARE_METATYPE(BlobProgress)
Q_DECLARE_METATYPE(PullResult)
Q_DECLARE_METATYPE(Result<PullResult>)
Q_DECLARE_METATYPE(PullOptions)
