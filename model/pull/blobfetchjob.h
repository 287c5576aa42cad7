// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/core/job.h"
#include "model/core/result.h"
#include "model/pull/retrypolicy.h"
#include "model/registry/blobstream.h"
#include "model/registry/descriptor.h"

#include <QMutex>
#include <QPointer>
#include <QWaitCondition>

#include <atomic>
#include <memory>

class BlobWriter;
class Clock;
class ContentStore;
class RegistryClient;
class RegistryRequest;

// Downloads one blob into the content store: streamed through BlobWriter (hashed while
// written, memory bounded), resumed with a Range request after a cut, retried per the
// RetryPolicy, verified before it enters blobs/. A blob already in the store finishes at once
// as reused. progressed() reports bytes; finished() is emitted exactly once, queued, also
// after cancel() (the Job contract). Cancellable (the partial file stays, so a later pull
// resumes).
class BlobFetchJob : public ResultJob<void>
{
    Q_OBJECT
public:
    BlobFetchJob(RegistryClient *client,
                 ContentStore *store,
                 QString host,
                 QString repository,
                 Descriptor blob,
                 QObject *parent = nullptr);
    ~BlobFetchJob() override;

    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }

    // Whether blobs of 1 MiB and more are read by a thread of their own (BlobStream) rather
    // than through QNetworkAccessManager (default on; tests run both ways).
    void setDirectStreams(bool on) { m_directStreams = on; }

    void start() override;
    // Stops the transfer in flight; finished() follows with a Cancelled error.
    void cancel() override;

    const Descriptor &blob() const { return m_blob; }

    bool wasReused() const { return m_reused; }

    qint64 bytesReceived() const { return m_received; }

    // Bytes that came over the network in this job (resumed bytes excluded).
    qint64 bytesDownloaded() const { return m_downloaded; }

    int attempts() const { return m_attempt; }

Q_SIGNALS:
    void progressed(qint64 received, qint64 total);
    // A transient failure; the job waits delayMs and tries again.
    void retrying(int attempt, const QString &reason, qint64 delayMs);

private:
    // Shared by the job and its stream's worker. Until the first body byte the worker touches
    // nothing of the job's, so a stop then abandons it at once (a DNS lookup or a task still
    // queued behind other blobs is not waited for); from the first byte on the worker owns the
    // writer, and a stop waits (at most a 100 ms slice) until it lets go.
    struct Stream
    {
        std::atomic<bool> cancelled = false;
        QMutex mutex;
        QWaitCondition stopped;
        bool streaming = false; // the worker has taken the writer
        bool abandoned = false; // the job is gone or no longer listens: post nothing
        bool running = true;
    };

    void attempt();
    void startRequest();
    bool startStream();
    void stopStream(); // cancels the stream; waits only while its worker holds the writer
    void onStreamProgress(qint64 received, qint64 downloaded);
    void onStreamFinished(BlobStream::Outcome outcome, qint64 received);
    void onRequestFinished();
    // After a transfer: done, retried after a delay, or failed.
    void settle(Result<void> outcome);
    // Stops the stream and closes the writer, then ResultJob::finish().
    void finish(Result<void> result);
    QString operation() const;
    QString blobPath() const;
    QByteArray rangeHeader() const;

    RegistryClient *m_client;
    ContentStore *m_store;
    QString m_host;
    QString m_repository;
    Descriptor m_blob;
    RetryPolicy m_policy;
    std::unique_ptr<BlobWriter> m_writer;
    QPointer<RegistryRequest> m_request;
    std::shared_ptr<Stream> m_stream;
    bool m_directStreams = true;
    bool m_streamDeclined = false; // this blob goes through RegistryRequest from now on
    qint64 m_downloadedBefore = 0; // m_downloaded when the current transfer began
    quint64 m_timer = 0;
    int m_attempt = 0;
    qint64 m_received = 0;
    qint64 m_downloaded = 0;
    qint64 m_requestOffset = 0;
    bool m_firstChunk = true;
    bool m_reused = false;
};
