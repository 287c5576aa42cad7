// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/registry/tagdetailsresolver.h"

#include "model/core/tr.h"
#include "model/reference/platformmatcher.h"
#include "model/registry/imageconfig.h"
#include "model/registry/manifestjob.h"
#include "model/registry/smallblobjob.h"

namespace {
QString cacheKey(const QString &host, const Digest &digest)
{
    return host + QLatin1Char('@') + digest.toString();
}
} // namespace

TagDetailsResolver::TagDetailsResolver(RegistryClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

TagDetailsResolver::~TagDetailsResolver()
{
    reset();
}

void TagDetailsResolver::setMaxInFlight(int n)
{
    m_maxInFlight = qMax(1, n);
    pump();
}

void TagDetailsResolver::resolve(const ImageReference &reference)
{
    const QString key = reference.toString();
    if (m_known.contains(key))
        return;
    m_known.insert(key);
    m_pending.append(reference);
    // Start on the next turn of the loop: callers queue a screenful at once, and signals must
    // not arrive while they are still inside resolve().
    QMetaObject::invokeMethod(this, &TagDetailsResolver::pump, Qt::QueuedConnection);
}

void TagDetailsResolver::clearPending()
{
    for (const ImageReference &r : std::as_const(m_pending))
        m_known.remove(r.toString());
    m_pending.clear();
}

void TagDetailsResolver::reset()
{
    ++m_generation;
    for (const QPointer<QObject> &job : std::as_const(m_jobs))
        delete job.data();
    m_jobs.clear();
    m_pending.clear();
    m_known.clear();
    m_waiters.clear();
    m_inFlight = 0;
}

std::optional<TagDetails> TagDetailsResolver::cached(const QString &host,
                                                     const Digest &digest) const
{
    const auto it = m_cache.constFind(cacheKey(host, digest));
    if (it == m_cache.constEnd())
        return std::nullopt;
    return *it;
}

template<typename Job>
Job *TagDetailsResolver::track(Job *job)
{
    m_jobs.removeAll(nullptr);
    m_jobs.append(job);
    return job;
}

void TagDetailsResolver::pump()
{
    while (m_inFlight < m_maxInFlight && !m_pending.isEmpty())
        startOne(m_pending.takeFirst());
}

void TagDetailsResolver::slotDone()
{
    --m_inFlight;
    QMetaObject::invokeMethod(this, &TagDetailsResolver::pump, Qt::QueuedConnection);
}

void TagDetailsResolver::startOne(const ImageReference &reference)
{
    ++m_inFlight;
    m_peakInFlight = qMax(m_peakInFlight, m_inFlight);
    const quint64 generation = m_generation;
    // HEAD first: it resolves the tag without counting as a pull on Docker Hub, and most tags
    // of a busy repository share a handful of digests whose details are then already cached
    // (docs/reference/registry-protocol.md §6.5).
    auto *job = track(new ManifestJob(m_client, reference, ManifestJob::Method::Head, this));
    connect(job, &ManifestJob::finished, this, [this, job, reference, generation] {
        job->deleteLater();
        if (generation != m_generation)
            return;
        const QString refKey = reference.toString();
        if (!job->result()) {
            m_known.remove(refKey);
            Q_EMIT failed(reference, job->result().error());
            slotDone();
            return;
        }
        TagDetails head;
        head.digest = job->result()->digest;
        head.mediaType = job->result()->mediaType;
        head.manifestSize = job->result()->size;
        const QString key = cacheKey(reference.domain(), head.digest);
        if (const auto it = m_cache.constFind(key); it != m_cache.constEnd()) {
            m_known.remove(refKey);
            Q_EMIT resolved(reference, *it);
            slotDone();
            return;
        }
        if (const auto it = m_waiters.find(key); it != m_waiters.end()) {
            // Another tag is already fetching this digest: wait for it without holding a slot.
            it->append({reference, head});
            slotDone();
            return;
        }
        m_waiters.insert(key, {{reference, head}});
        detailDigest(reference, head);
    });
    job->start();
}

void TagDetailsResolver::detailDigest(const ImageReference &reference, const TagDetails &head)
{
    const QString key = cacheKey(reference.domain(), head.digest);
    auto byDigest = reference.trimmed().withDigest(head.digest);
    if (!byDigest) {
        complete(key, byDigest.error());
        return;
    }
    const quint64 generation = m_generation;
    auto *job = track(new ManifestJob(m_client, *byDigest, ManifestJob::Method::Get, this));
    connect(job, &ManifestJob::finished, this, [this, job, key, head, generation] {
        job->deleteLater();
        if (generation != m_generation)
            return;
        if (!job->result()) {
            complete(key, job->result().error());
            return;
        }
        const Manifest &manifest = *job->result()->manifest;
        TagDetails details = head;
        details.mediaType = manifest.mediaType();
        details.manifestSize = manifest.size();
        details.isIndex = manifest.isIndex();
        if (!manifest.isIndex()) {
            details.size = manifest.layersSize();
            fetchConfig(key, job->reference(), manifest.config(), details);
            return;
        }
        // An index: list every runnable platform, and take created and size from the image
        // the host would pull (containerd platforms.Only), as `docker images` would show it.
        QList<std::optional<Platform>> candidates;
        int firstRunnable = -1;
        for (int i = 0; i < manifest.manifests().size(); ++i) {
            const Descriptor &d = manifest.manifests().at(i);
            if (d.isAttestation()) {
                candidates.append(Platform(QStringLiteral("unknown"), QStringLiteral("unknown")));
                continue;
            }
            candidates.append(d.platform);
            if (d.platform)
                details.platforms.append(d.platform->format());
            if (firstRunnable < 0)
                firstRunnable = i;
        }
        int chosen = PlatformMatcher::only(Platform::host()).best(candidates);
        if (chosen < 0 || manifest.manifests().at(chosen).isAttestation())
            chosen = firstRunnable;
        if (chosen < 0) {
            complete(key, details);
            return;
        }
        auto child = job->reference().trimmed().withDigest(manifest.manifests().at(chosen).digest);
        if (!child) {
            complete(key, details);
            return;
        }
        fetchImage(key, *child, details);
    });
    job->start();
}

void TagDetailsResolver::fetchImage(const QString &key,
                                    const ImageReference &byDigest,
                                    TagDetails details)
{
    const quint64 generation = m_generation;
    auto *job = track(new ManifestJob(m_client, byDigest, ManifestJob::Method::Get, this));
    connect(job, &ManifestJob::finished, this, [this, job, key, details, generation]() mutable {
        job->deleteLater();
        if (generation != m_generation)
            return;
        if (!job->result()) {
            complete(key, job->result().error());
            return;
        }
        const Manifest &manifest = *job->result()->manifest;
        if (!manifest.isImage()) {
            // A nested index: the platforms are known, created and size stay unknown.
            complete(key, details);
            return;
        }
        details.size = manifest.layersSize();
        fetchConfig(key, job->reference(), manifest.config(), details);
    });
    job->start();
}

void TagDetailsResolver::fetchConfig(const QString &key,
                                     const ImageReference &byDigest,
                                     const Descriptor &config,
                                     TagDetails details)
{
    const quint64 generation = m_generation;
    auto *job = track(new SmallBlobJob(m_client,
                                       byDigest.domain(),
                                       byDigest.path(),
                                       config.digest,
                                       config.size,
                                       this));
    connect(job, &SmallBlobJob::finished, this, [this, job, key, details, generation]() mutable {
        job->deleteLater();
        if (generation != m_generation)
            return;
        if (!job->result()) {
            complete(key, job->result().error());
            return;
        }
        auto parsed = ImageConfig::parse(*job->result(), key);
        if (!parsed) {
            complete(key, parsed.error());
            return;
        }
        details.created = parsed->created;
        if (!details.isIndex && !parsed->os.isEmpty()) {
            details.platforms = {
                Platform(parsed->os, parsed->architecture, parsed->variant).format()};
        }
        complete(key, details);
    });
    job->start();
}

void TagDetailsResolver::complete(const QString &key, const Result<TagDetails> &result)
{
    const QList<Waiter> waiters = m_waiters.take(key);
    if (result)
        m_cache.insert(key, *result);
    for (const Waiter &w : waiters) {
        m_known.remove(w.reference.toString());
        if (result)
            Q_EMIT resolved(w.reference, *result);
        else
            Q_EMIT failed(w.reference, result.error());
    }
    slotDone();
}
