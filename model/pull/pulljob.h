// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/core/job.h"
#include "model/pull/retrypolicy.h"
#include "model/reference/imagereference.h"
#include "model/reference/platform.h"
#include "model/registry/descriptor.h"

#include <QList>
#include <QPointer>

#include <memory>

class BlobFetchJob;
class StoreLease;
class ContentStore;
class ManifestJob;
class RegistryClient;

// What to pull.
struct PullOptions
{
    enum class Platforms { Host, Given, All };
    Platforms platforms = Platforms::Host;
    Platform platform; // with Platforms::Given
    int jobs = 4; // blobs downloaded at once
    RetryPolicy retry;
    // Blobs of 1 MiB and more on connections of their own, read by the thread that hashes and
    // writes them (BlobStream); off: everything through QNetworkAccessManager.
    bool directStreams = true;
};

// One blob of a pull, as a view shows it.
struct BlobProgress
{
    enum class State { Waiting, Downloading, Retrying, Reused, Done, Failed };
    Descriptor descriptor;
    bool isConfig = false;
    int position = 0; // 1-based layer position in the first image that uses it; 0 for a config
    QStringList platforms; // the platforms whose images use this blob (empty: no index)
    State state = State::Waiting;
    qint64 received = 0;
    QString note; // the last retry reason or the failure
};

// What a finished pull did.
struct PullResult
{
    QString reference; // full normalized, as written to index.json
    Digest digest; // of what the reference points at
    QString mediaType;
    QStringList platforms;
    qint64 totalBytes = 0; // config and layers of the pulled platform(s)
    qint64 downloadedBytes = 0; // over the network in this pull
    qint64 reusedBytes = 0; // already in the store
    qint64 elapsedMs = 0;
};

// Pulls an image into the content store: resolves the reference (an index to the host's
// platform, a given one, or all), stores the manifests, fetches configs and layers with at
// most `jobs` at once (each verified, resumable, retried), and records the image in index.json
// with its full normalized reference. Progress per blob and per image (bytes, rate, ETA).
// finished() is emitted exactly once, queued, also after cancel() (the Job contract); cancel()
// stops all transfers (partials stay to resume).
class PullJob : public ResultJob<PullResult>
{
    Q_OBJECT
public:
    PullJob(RegistryClient *client,
            ContentStore *store,
            ImageReference reference,
            PullOptions options,
            QObject *parent = nullptr);
    ~PullJob() override;

    void start() override;
    // Stops every transfer; finished() follows with a Cancelled error.
    void cancel() override;

    const ImageReference &reference() const { return m_reference; }

    const QList<BlobProgress> &blobs() const { return m_blobs; }

    qint64 totalBytes() const { return m_total; }

    qint64 receivedBytes() const;

    // Bytes per second over the last few seconds; 0 before there is a measure.
    double bytesPerSecond() const { return m_rate; }

    // Milliseconds left at the current rate; -1 when unknown.
    qint64 etaMs() const;

Q_SIGNALS:
    // The manifests are known: blobs() lists what will be fetched.
    void resolved();
    void blobChanged(int index);
    void progressed(qint64 received, qint64 total);

private:
    void onTopManifest();
    void fetchChildManifest(int index);
    void planBlobs();
    void scheduleMore();
    void onBlobFinished(BlobFetchJob *job, int index);
    void updateRate();
    // Cancels the blob jobs and drops the lease, then ResultJob::finish().
    void finish(Result<PullResult> result);

    RegistryClient *m_client;
    ContentStore *m_store;
    ImageReference m_reference;
    PullOptions m_options;
    QPointer<ManifestJob> m_manifestJob;
    QList<Descriptor> m_images; // image manifests to pull (one per platform)
    QList<QByteArray> m_imageBodies;
    Descriptor m_top;
    QStringList m_platforms;
    QList<BlobProgress> m_blobs;
    QList<QPointer<BlobFetchJob>> m_jobs;
    int m_nextBlob = 0;
    int m_running = 0;
    qint64 m_total = 0;
    qint64 m_startedMs = 0;
    std::unique_ptr<StoreLease> m_lease; // keeps stored-but-unrecorded blobs from GC
    QList<QPair<qint64, qint64>> m_samples; // (ms, received)
    double m_rate = 0;
};
