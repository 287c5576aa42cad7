// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/core/result.h"
#include "model/reference/digest.h"

#include <QObject>
#include <QPointer>

class RegistryClient;
class RegistryRequest;

// Fetches a small blob (an image config, an attestation) into memory and verifies its size and
// digest. Layers go through the pull engine, never here. finished() is emitted once.
class SmallBlobJob : public QObject
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

    void start();

    const Result<QByteArray> &result() const { return m_result; }

Q_SIGNALS:
    void finished(QPrivateSignal);

private:
    void finish(Result<QByteArray> result);

    RegistryClient *m_client;
    QString m_host;
    QString m_repository;
    Digest m_digest;
    qint64 m_expectedSize;
    qint64 m_maxSize = 16 * 1024 * 1024;
    QPointer<RegistryRequest> m_request;
    bool m_done = false;
    Result<QByteArray> m_result = QByteArray();
};
