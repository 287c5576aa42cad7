// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/cache/blobhasher.h"
#include "model/core/result.h"

#include <QFile>
#include <QLockFile>

#include <memory>
#include <optional>

// Streams one blob into the store: bytes go to ingest/<alg>-<hex>.partial, hashed as they are
// written; commit() checks size and digest and only then renames the file into blobs/, so a
// blob under blobs/ is always complete and correct whatever happens (kill, cut, bad bytes).
// A partial file left by an interrupted download is resumed: its bytes are hashed once, and
// writing continues at offset(). A lock file keeps two processes off the same partial.
// Hashing and writing run on a pool thread behind a bounded queue (at most 1 MiB per writer),
// so several blobs are hashed and written in parallel while the network thread keeps reading;
// write() blocks only when that queue is full. Blobs of 1 MiB and more are written with
// O_DIRECT where the file system allows it, in aligned 1 MiB blocks: a blob is written once
// and verified, rarely read back at once, so it skips the page cache's copy, its per-page
// bookkeeping and the later writeback (about a quarter of a pull's CPU time on a fast link);
// the unaligned tail goes through the page cache. Made by ContentStore::openWriter(); its
// functions are called from one thread.
class BlobWriter
{
public:
    ~BlobWriter();
    BlobWriter(const BlobWriter &) = delete;
    BlobWriter &operator=(const BlobWriter &) = delete;

    const Digest &digest() const { return m_digest; }

    qint64 expectedSize() const { return m_expectedSize; }

    // Bytes accepted so far (where a Range request should resume).
    qint64 offset() const { return m_accepted; }

    // Appends data; refuses to grow past the expected size (a server sending more than the
    // manifest says is wrong, and the blob would not verify anyway).
    Result<void> write(const char *data, qint64 size);
    // The same without a copy: the chunk is queued as it is (implicitly shared).
    Result<void> write(QByteArray chunk);
    // Hashes and writes on the calling thread, at once: for a thread that has just received
    // the bytes (BlobStream), whose cache still holds them. The writer then belongs to that
    // thread until it hands it back (no other call meanwhile).
    Result<void> writeHere(const char *data, qint64 size);
    // Throws away what was written and starts from zero (a server that ignored Range).
    Result<void> restart();
    // Verifies size and digest, syncs and renames into blobs/. On a mismatch the partial file is
    // deleted (its bytes are wrong) and the Error says what was expected and what arrived.
    Result<void> commit();
    // Deletes the partial file (cancel without resume).
    void discard();

    // Whether bytes go to disk with O_DIRECT now (a blob of 1 MiB or more on a file system
    // that takes it); the tail and a fallback after EINVAL go through the page cache.
    bool writesDirect() const { return m_direct; }

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
    // waitForQueue(), then the staged tail written (it stays staged in direct mode, so more
    // bytes may follow); the first write error, if any.
    Result<void> drain();
    // Waits until the pool task is done with the queue; the first write error, if any.
    Result<void> waitForQueue();
    void drainQueue();
    // On the pool thread (or the owner when none runs): hash a chunk and write or stage it.
    std::optional<Error> consume(const char *data, qint64 size);
    Error tooMuch() const;
    std::optional<Error> writeAll(const char *data, qint64 size);
    // Writes the staged bytes; they are a whole number of blocks unless flushing the tail.
    std::optional<Error> writeStaged();
    void setDirect(bool on);

    Digest m_digest;
    qint64 m_expectedSize;
    QString m_partialPath;
    QString m_finalPath;
    QFile m_file;
    QLockFile m_lock;
    BlobHasher m_hasher; // touched by the pool task while it runs, else by the owner
    bool m_finished = false;
    qint64 m_accepted = 0;

    struct Queue;
    std::unique_ptr<Queue> m_queue;

    // Direct I/O: m_staging collects bytes until a whole aligned block can be written; like
    // m_hasher, touched by the pool task while it runs, else by the owner.
    struct FreeAligned
    {
        void operator()(char *p) const;
    };

    bool m_direct = false;
    std::unique_ptr<char, FreeAligned> m_staging;
    qint64 m_staged = 0;
    qint64 m_writtenSinceHint = 0; // page-cache writes since the last writeback hint
};
