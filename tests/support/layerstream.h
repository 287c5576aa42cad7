// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/core/result.h"

#include <QByteArray>
#include <QString>

#include <memory>

// Writes one layer blob as a stream: a POSIX ustar archive (headers written here) that is
// optionally gzip-compressed, hashed twice on the way (the uncompressed diff_id and the blob
// digest) and stored as blobs/sha256/<hex>. Memory stays bounded whatever the size: content
// goes out in chunks. One thread; not copyable. Unfinished streams leave no file behind.
class LayerStream
{
public:
    // What the finished blob is.
    struct Digests
    {
        QString digest; // "sha256:<hex>" of the stored bytes
        qint64 size = 0; // stored bytes
        QString diffId; // "sha256:<hex>" of the uncompressed tar
        qint64 uncompressedSize = 0;
    };

    // blobDir is the layout's blobs/sha256 folder; gzipLevel 0-9 (used when gzip is true).
    LayerStream(const QString &blobDir, bool gzip, int gzipLevel = 6);
    ~LayerStream();
    LayerStream(const LayerStream &) = delete;
    LayerStream &operator=(const LayerStream &) = delete;

    // Opens the temporary file. Call first.
    Result<void> open();
    // Adds a directory entry (mode 0755); path without leading '/'.
    Result<void> addDirectory(const QString &path);
    // Adds a regular file with this content.
    Result<void> addFile(const QString &path, const QByteArray &content, int mode = 0644);
    // Adds a regular file of size pseudo-random bytes from seed (splitmix64), streamed in
    // 1 MiB chunks: the same seed and size give the same bytes everywhere.
    Result<void> addRandomFile(const QString &path, quint64 seed, qint64 size, int mode = 0644);
    // Writes the end-of-archive blocks, flushes gzip, renames into place, returns the digests.
    Result<Digests> finish();

    // The ustar header block for an entry (typeflag '0' file, '5' directory); exposed for tests.
    static Result<QByteArray>
    ustarHeader(const QString &path, qint64 size, int mode, char typeflag);

private:
    Result<void> writeTar(const char *data, qint64 size);
    Result<void> writeOut(const char *data, qint64 size);
    Result<void> pad(qint64 size);

    struct State;
    std::unique_ptr<State> d;
};
