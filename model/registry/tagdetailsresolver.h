// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/core/result.h"
#include "model/reference/imagereference.h"
#include "model/registry/descriptor.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

class RegistryClient;

// What a tag table shows about one tag besides its name.
struct TagDetails
{
    Digest digest; // the manifest (or index) the tag points at
    QString mediaType; // of that manifest
    qint64 manifestSize = 0;
    bool isIndex = false;
    qint64 size = -1; // layers of the image (the host's platform for an index); -1 unknown
    QDateTime created; // that image's config "created"; null when absent
    QStringList platforms; // "linux/amd64", ... (attestations left out)
};

// Resolves tags to TagDetails in the background with bounded concurrency: HEAD for the digest
// (no pull counted on Docker Hub), then, once per digest, GET of the manifest, of the image
// manifest for the host's platform when it is an index, and of the config for created. Details
// are cached by digest, so tags sharing a digest cost one HEAD each. Lives on the thread of its
// client; never blocks. Each queued reference ends in exactly one resolved() or failed(),
// unless the queue is cleared or reset() is called first.
class TagDetailsResolver : public QObject
{
    Q_OBJECT
public:
    // client: not owned, must outlive the resolver.
    explicit TagDetailsResolver(RegistryClient *client, QObject *parent = nullptr);
    ~TagDetailsResolver() override;

    // How many tags are resolved at once (default 6, at least 1).
    void setMaxInFlight(int n);

    int maxInFlight() const { return m_maxInFlight; }

    // Queues reference (repository with a tag); ignored when already queued or in flight.
    void resolve(const ImageReference &reference);
    // Drops queued references that have not started (the view scrolled away).
    void clearPending();
    // Drops everything queued and abandons work in flight (no signals for it); keeps the cache.
    void reset();

    int pendingCount() const { return int(m_pending.size()); }

    int inFlightCount() const { return m_inFlight; }

    // The most tags resolved at the same time since construction (for tests).
    int peakInFlight() const { return m_peakInFlight; }

    // Details already known for a digest (in this repository's host).
    std::optional<TagDetails> cached(const QString &host, const Digest &digest) const;

Q_SIGNALS:
    void resolved(const ImageReference &reference, const TagDetails &details);
    void failed(const ImageReference &reference, const Error &error);

private:
    struct Waiter
    {
        ImageReference reference;
        TagDetails head; // digest, media type and size from the HEAD
    };

    void pump();
    void startOne(const ImageReference &reference);
    void detailDigest(const ImageReference &reference, const TagDetails &head);
    void fetchImage(const QString &key, const ImageReference &byDigest, TagDetails details);
    void fetchConfig(const QString &key,
                     const ImageReference &byDigest,
                     const Descriptor &config,
                     TagDetails details);
    void complete(const QString &key, const Result<TagDetails> &result);
    void slotDone();
    template<typename Job>
    Job *track(Job *job);

    RegistryClient *m_client;
    int m_maxInFlight = 6;
    int m_inFlight = 0;
    int m_peakInFlight = 0;
    quint64 m_generation = 0;
    QList<ImageReference> m_pending;
    QSet<QString> m_known; // queued or in flight, by reference string
    QHash<QString, TagDetails> m_cache; // "host@digest"
    QHash<QString, QList<Waiter>> m_waiters; // "host@digest" being fetched -> tags waiting
    QList<QPointer<QObject>> m_jobs;
};
