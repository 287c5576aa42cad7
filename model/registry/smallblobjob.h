// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/core/job.h"
#include "model/core/result.h"
#include "model/reference/digest.h"

#include <QPointer>

class RegistryClient;
class RegistryRequest;

// Fetches a small blob (an image config, an attestation) into memory and verifies its size and
// digest. Layers go through the pull engine, never here. finished() is emitted once, queued, also
// after cancel() (the Job contract).
class SmallBlobJob : public ResultJob<QByteArray>
{
    Q_OBJECT
public:
    SmallBlobJob(RegistryClient *client,
                 QString host,
                 QString repository,
                 Digest digest,
                 qint64 expectedSize,
                 QObject *parent = nullptr);
    ~SmallBlobJob() override;

    // Blobs larger than this are refused (default 16 MiB).
    void setMaxSize(qint64 bytes) { m_maxSize = bytes; }

    void start() override;
    // Stops the request in flight; finished() follows with a Cancelled error.
    void cancel() override;

private:
    RegistryClient *m_client;
    QString m_host;
    QString m_repository;
    Digest m_digest;
    qint64 m_expectedSize;
    qint64 m_maxSize = 16 * 1024 * 1024;
    QPointer<RegistryRequest> m_request;
};
