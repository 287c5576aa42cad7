// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/pull/pulljob.h"

#include "model/cache/contentstore.h"
#include "model/cache/storelease.h"
#include "model/core/clock.h"
#include "model/core/tr.h"
#include "model/pull/blobfetchjob.h"
#include "model/reference/platformmatcher.h"
#include "model/registry/manifestjob.h"
#include "model/registry/registryclient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

PullJob::PullJob(RegistryClient *client,
                 ContentStore *store,
                 ImageReference reference,
                 PullOptions options,
                 QObject *parent)
    : ResultJob(parent)
    , m_client(client)
    , m_store(store)
    , m_reference(std::move(reference))
    , m_options(std::move(options))
{
    if (m_options.jobs < 1)
        m_options.jobs = 1;
}

PullJob::~PullJob()
{
    for (const auto &job : std::as_const(m_jobs))
        delete job;
}

qint64 PullJob::receivedBytes() const
{
    qint64 sum = 0;
    for (const BlobProgress &b : m_blobs)
        sum += b.received;
    return sum;
}

qint64 PullJob::etaMs() const
{
    if (m_rate <= 0)
        return -1;
    return qint64(double(m_total - receivedBytes()) / m_rate * 1000.0);
}

void PullJob::start()
{
    m_startedMs = m_client->clock()->nowMs();
    if (auto init = m_store->initialize(); !init) {
        finish(init.error());
        return;
    }
    m_lease = std::make_unique<StoreLease>(m_store->root());
    m_manifestJob = new ManifestJob(m_client, m_reference, ManifestJob::Method::Get, this);
    connect(m_manifestJob, &ManifestJob::finished, this, &PullJob::onTopManifest);
    m_manifestJob->start();
}

void PullJob::cancel()
{
    if (isFinished())
        return;
    if (m_manifestJob)
        m_manifestJob->cancel();
    for (const auto &job : std::as_const(m_jobs)) {
        if (job)
            job->cancel();
    }
    finish(Error(ErrorCode::Cancelled, Tr::tr("Cancelled")));
}

void PullJob::onTopManifest()
{
    ManifestJob *job = m_manifestJob;
    m_manifestJob = nullptr;
    job->deleteLater();
    if (isFinished())
        return;
    if (!job->result()) {
        finish(job->result().error());
        return;
    }
    const ManifestResult &r = *job->result();
    const Manifest &top = *r.manifest;
    m_top.mediaType = top.mediaType();
    m_top.digest = r.digest;
    m_top.size = top.size();
    m_lease->add(r.digest);
    if (auto stored = m_store->writeBlob(top.raw(), r.digest); !stored) {
        finish(stored.error());
        return;
    }
    if (!top.isIndex()) {
        Descriptor self = m_top;
        m_images.append(self);
        m_imageBodies.append(top.raw());
        planBlobs();
        return;
    }
    // Which platforms: containerd's Only() preference for one, every runnable one for All.
    QList<int> chosen;
    if (m_options.platforms == PullOptions::Platforms::All) {
        for (int i = 0; i < top.manifests().size(); ++i) {
            if (!top.manifests().at(i).isAttestation())
                chosen.append(i);
        }
    } else {
        const Platform wanted = m_options.platforms == PullOptions::Platforms::Given
            ? m_options.platform
            : Platform::host();
        const Result<int> best = top.choosePlatform(wanted, m_reference.toString());
        if (!best) {
            finish(best.error());
            return;
        }
        chosen.append(*best);
    }
    for (int i : chosen)
        m_images.append(top.manifests().at(i));
    m_imageBodies.resize(m_images.size());
    fetchChildManifest(0);
}

void PullJob::fetchChildManifest(int index)
{
    if (index >= m_images.size()) {
        planBlobs();
        return;
    }
    const Descriptor d = m_images.at(index);
    if (m_store->hasBlob(d.digest)) {
        if (auto body = m_store->readBlob(d.digest)) {
            m_imageBodies[index] = *body;
            fetchChildManifest(index + 1);
            return;
        }
    }
    auto child = m_reference.withDigest(d.digest);
    if (!child) {
        finish(child.error());
        return;
    }
    m_manifestJob = new ManifestJob(m_client, *child, ManifestJob::Method::Get, this);
    connect(m_manifestJob, &ManifestJob::finished, this, [this, index] {
        ManifestJob *job = m_manifestJob;
        m_manifestJob = nullptr;
        job->deleteLater();
        if (isFinished())
            return;
        if (!job->result()) {
            finish(job->result().error());
            return;
        }
        const Manifest &m = *job->result()->manifest;
        if (!m.isImage()) {
            finish(
                Error(ErrorCode::Unsupported,
                      Tr::tr("%1: nested indexes are not supported").arg(m_reference.toString())));
            return;
        }
        m_lease->add(job->result()->digest);
        if (auto stored = m_store->writeBlob(m.raw(), job->result()->digest); !stored) {
            finish(stored.error());
            return;
        }
        m_imageBodies[index] = m.raw();
        fetchChildManifest(index + 1);
    });
    m_manifestJob->start();
}

void PullJob::planBlobs()
{
    QHash<QString, qsizetype> seen; // digest -> index in m_blobs
    QList<Digest> leased;
    for (int i = 0; i < m_images.size(); ++i) {
        auto manifest =
            Manifest::parse(m_imageBodies.at(i), m_images.at(i).mediaType, m_reference.toString());
        if (!manifest) {
            finish(manifest.error());
            return;
        }
        const QString platform =
            m_images.at(i).platform ? m_images.at(i).platform->format() : QString();
        if (!platform.isEmpty())
            m_platforms << platform;
        QList<Descriptor> wanted{manifest->config()};
        wanted.append(manifest->layers());
        for (int position = 0; position < wanted.size(); ++position) {
            const Descriptor &d = wanted.at(position);
            if (const auto it = seen.constFind(d.digest.toString()); it != seen.constEnd()) {
                // A blob shared by two platforms is fetched once; its row names both.
                if (!platform.isEmpty())
                    m_blobs[*it].platforms << platform;
                continue;
            }
            seen.insert(d.digest.toString(), m_blobs.size());
            leased.append(d.digest);
            BlobProgress b;
            b.descriptor = d;
            b.isConfig = position == 0;
            b.position = position;
            if (!platform.isEmpty())
                b.platforms << platform;
            m_blobs.append(b);
            m_total += d.size;
        }
    }
    m_lease->add(leased);
    m_jobs.resize(m_blobs.size());
    Q_EMIT resolved();
    scheduleMore(); // with no blobs it records the image at once
}

void PullJob::scheduleMore()
{
    while (m_running < m_options.jobs && m_nextBlob < m_blobs.size()) {
        const int index = m_nextBlob++;
        auto *job = new BlobFetchJob(m_client,
                                     m_store,
                                     m_reference.domain(),
                                     m_reference.path(),
                                     m_blobs.at(index).descriptor,
                                     this);
        job->setRetryPolicy(m_options.retry);
        job->setDirectStreams(m_options.directStreams);
        m_jobs[index] = job;
        ++m_running;
        m_blobs[index].state = BlobProgress::State::Downloading;
        connect(job, &BlobFetchJob::progressed, this, [this, index](qint64 received, qint64) {
            m_blobs[index].received = received;
            if (m_blobs[index].state == BlobProgress::State::Retrying)
                m_blobs[index].state = BlobProgress::State::Downloading;
            Q_EMIT blobChanged(index);
            updateRate();
        });
        connect(job,
                &BlobFetchJob::retrying,
                this,
                [this, index](int, const QString &reason, qint64) {
                    m_blobs[index].state = BlobProgress::State::Retrying;
                    m_blobs[index].note = reason;
                    Q_EMIT blobChanged(index);
                });
        connect(job, &BlobFetchJob::finished, this, [this, job, index] {
            onBlobFinished(job, index);
        });
        job->start();
    }
    if (m_running == 0 && m_nextBlob >= m_blobs.size() && !isFinished()) {
        // Everything is in the store: record the image.
        qint64 downloaded = 0;
        qint64 reused = 0;
        for (int i = 0; i < m_blobs.size(); ++i) {
            if (m_blobs.at(i).state == BlobProgress::State::Reused)
                reused += m_blobs.at(i).descriptor.size;
        }
        for (const auto &job : std::as_const(m_jobs)) {
            if (job)
                downloaded += job->bytesDownloaded();
        }
        if (m_platforms.isEmpty() && !m_blobs.isEmpty() && m_blobs.first().isConfig) {
            // A single manifest carries no platform; its config says what it is for.
            if (auto config = m_store->readBlob(m_blobs.first().descriptor.digest)) {
                const QJsonObject o = QJsonDocument::fromJson(*config).object();
                const Platform own(o.value(QStringLiteral("os")).toString(),
                                   o.value(QStringLiteral("architecture")).toString(),
                                   o.value(QStringLiteral("variant")).toString());
                // containerd refuses a single-platform image for another platform asked for.
                if (m_options.platforms == PullOptions::Platforms::Given
                    && !PlatformMatcher::only(m_options.platform).match(own)) {
                    finish(Error(ErrorCode::NotFound,
                                 Tr::tr("%1 is a single-platform image for %2, not %3")
                                     .arg(m_reference.toString(),
                                          own.normalized().format(),
                                          m_options.platform.format())));
                    return;
                }
                if (!own.os().isEmpty())
                    m_platforms << own.normalized().format();
            }
        }
        const QString name = m_reference.toString();
        if (auto added =
                m_store->addImage(name, m_top.mediaType, m_top.digest, m_top.size, m_platforms);
            !added) {
            finish(added.error());
            return;
        }
        PullResult r;
        r.reference = name;
        r.digest = m_top.digest;
        r.mediaType = m_top.mediaType;
        r.platforms = m_platforms;
        r.totalBytes = m_total;
        r.downloadedBytes = downloaded;
        r.reusedBytes = reused;
        r.elapsedMs = m_client->clock()->nowMs() - m_startedMs;
        finish(r);
    }
}

void PullJob::onBlobFinished(BlobFetchJob *job, int index)
{
    --m_running;
    if (isFinished())
        return;
    BlobProgress &b = m_blobs[index];
    if (!job->result()) {
        b.state = BlobProgress::State::Failed;
        b.note = job->result().error().message;
        Q_EMIT blobChanged(index);
        Error e = job->result().error();
        e.message = Tr::tr("Pulling %1 failed: %2").arg(m_reference.toString(), e.message);
        finish(e);
        return;
    }
    b.state = job->wasReused() ? BlobProgress::State::Reused : BlobProgress::State::Done;
    b.received = b.descriptor.size;
    Q_EMIT blobChanged(index);
    scheduleMore();
}

void PullJob::updateRate()
{
    const qint64 now = m_client->clock()->nowMs();
    const qint64 received = receivedBytes();
    Q_EMIT progressed(received, m_total);
    if (!m_samples.isEmpty() && now - m_samples.last().first < 200)
        return;
    m_samples.append({now, received});
    while (m_samples.size() > 2 && now - m_samples.first().first > 5'000)
        m_samples.removeFirst();
    if (m_samples.size() >= 2) {
        const auto &first = m_samples.first();
        const qint64 dt = now - first.first;
        if (dt > 0)
            m_rate = double(received - first.second) * 1000.0 / double(dt);
    }
}

void PullJob::finish(Result<PullResult> result)
{
    if (isFinished())
        return;
    ResultJob::finish(std::move(result)); // finished() is queued: the cleanup below comes first
    for (const auto &job : std::as_const(m_jobs)) {
        if (job && !job->isFinished())
            job->cancel();
    }
    m_lease.reset(); // recorded in index.json, or failed: either way no longer ours to guard
}
