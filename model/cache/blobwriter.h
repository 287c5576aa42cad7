// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/cache/blobhasher.h"
#include "model/core/result.h"

#include <QFile>
#include <QLockFile>

#include <memory>

// Streams one blob into the store: bytes go to ingest/<alg>-<hex>.partial, hashed as they are
// written; commit() checks size and digest and only then renames the file into blobs/, so a
// blob under blobs/ is always complete and correct whatever happens (kill, cut, bad bytes).
// A partial file left by an interrupted download is resumed: its bytes are hashed once, and
// writing continues at offset(). A lock file keeps two processes off the same partial.
// Made by ContentStore::openWriter(); used from one thread.
class BlobWriter
{
public:
    ~BlobWriter();
    BlobWriter(const BlobWriter &) = delete;
    BlobWriter &operator=(const BlobWriter &) = delete;

    const Digest &digest() const { return m_digest; }

    qint64 expectedSize() const { return m_expectedSize; }

    // Bytes already written (where a Range request should resume).
    qint64 offset() const { return m_hasher.bytesHashed(); }

    // Appends data; refuses to grow past the expected size (a server sending more than the
    // manifest says is wrong, and the blob would not verify anyway).
    Result<void> write(const char *data, qint64 size);
    // Throws away what was written and starts from zero (a server that ignored Range).
    Result<void> restart();
    // Verifies size and digest, syncs and renames into blobs/. On a mismatch the partial file is
    // deleted (its bytes are wrong) and the Error says what was expected and what arrived.
    Result<void> commit();
    // Deletes the partial file (cancel without resume).
    void discard();

    // True after commit() (either outcome) or discard(): the writer takes no more bytes.
    bool isFinished() const { return m_finished; }

private:
    friend class ContentStore;
    BlobWriter(Digest digest,
               qint64 expectedSize,
               QString partialPath,
               QString finalPath,
               QString lockPath);
    Result<void> openAndResume();

    Digest m_digest;
    qint64 m_expectedSize;
    QString m_partialPath;
    QString m_finalPath;
    QFile m_file;
    QLockFile m_lock;
    BlobHasher m_hasher;
    bool m_finished = false;
};
