// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/cache/blobwriter.h"
#include "model/core/result.h"
#include "model/reference/digest.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

#include <memory>

// An image the store holds: one index.json entry.
struct StoredImage
{
    QString reference; // org.opencontainers.image.ref.name: the full normalized reference
    Digest digest; // of the manifest or index the reference points at
    QString mediaType;
    qint64 manifestSize = 0;
    QStringList platforms; // "linux/amd64", ... (those present in the store)
    qint64 size = 0; // bytes of every blob it references that the store holds (shared counted)
    QDateTime pulledAt;
    QString pulledBy; // "pullscope" or what wrote the entry
};

// What garbage collection did.
struct GcReport
{
    int removedBlobs = 0;
    qint64 freedBytes = 0;
    int removedPartials = 0;
};

// The local content store: an OCI image layout (image-spec image-layout.md) that other tools
// read — `skopeo copy oci:DIR:REFERENCE ...` — with `ingest/` beside `blobs/` for downloads
// in progress. Blobs enter only through BlobWriter::commit() or writeBlob(), both verified and
// atomic; index.json is rewritten atomically under a lock file, so concurrent processes and
// kills never leave it broken. Any thread but the GUI thread (the reads assert it, ThreadCheck);
// methods touch the file system only.
class ContentStore
{
public:
    explicit ContentStore(QString root);

    // ${XDG_CACHE_HOME:-~/.cache}/pullscope/store
    static QString defaultRoot();
    // Creates the layout (oci-layout, index.json, blobs/, ingest/) if missing, and checks an
    // existing one (a foreign or broken index.json is an Error naming the file).
    Result<void> initialize();

    QString root() const { return m_root; }

    QString blobPath(const Digest &digest) const;
    bool hasBlob(const Digest &digest) const;
    qint64 blobSize(const Digest &digest) const; // -1 when absent
    // Reads a small blob (manifests, configs) and verifies it against its digest.
    Result<QByteArray> readBlob(const Digest &digest, qint64 maxSize = 16 * 1024 * 1024) const;
    // Stores bytes that must hash to digest (manifests, configs already in memory).
    Result<void> writeBlob(const QByteArray &data, const Digest &digest);
    // Opens a writer for a blob of expectedSize, resuming a partial one.
    Result<std::unique_ptr<BlobWriter>> openWriter(const Digest &digest, qint64 expectedSize);

    // The images of index.json, with sizes and platforms worked out from the blobs.
    Result<QList<StoredImage>> images() const;
    // Adds or replaces (by reference) the index.json entry for an image.
    Result<void> addImage(const QString &reference,
                          const QString &mediaType,
                          const Digest &digest,
                          qint64 manifestSize,
                          const QStringList &platforms);
    // Removes the entries whose reference (or digest string) equals what; returns how many.
    Result<int> removeImage(const QString &what);
    // Deletes blobs no index.json entry reaches (following indexes and manifests) and stale
    // partial downloads (not locked by a running download).
    Result<GcReport> garbageCollect();
    // Every blob an entry reaches, in the store (manifests, configs, layers).
    Result<QList<Digest>> reachableFrom(const Digest &root) const;

private:
    Result<QJsonObject> readIndex() const;
    Result<void> writeIndex(const QJsonObject &index);
    QString m_root;
};
