// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/cache/blobwriter.h"

#include "model/core/tr.h"

#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QThreadPool>
#include <QWaitCondition>

#include <cstdio>
#include <deque>
#include <fcntl.h>
#include <optional>
#include <unistd.h>

namespace {
constexpr qint64 kMaxQueuedBytes = 4 * 1024 * 1024;
// Start writeback of every 8 MiB written, so commit()'s fsync waits for the tail only instead
// of flushing the whole blob while the pull stands still (the data are synced either way).
constexpr qint64 kWritebackBytes = 8 * 1024 * 1024;

// Writers of all stores share one pool; more threads than cores is fine, a task only runs
// while its writer has bytes queued.
QThreadPool *writerPool()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool;
        p->setMaxThreadCount(8);
        p->setExpiryTimeout(10'000);
        return p;
    }();
    return pool;
}
} // namespace

// The chunks waiting to be hashed and written, and who is writing them.
struct BlobWriter::Queue
{
    QMutex mutex;
    QWaitCondition changed;
    std::deque<QByteArray> chunks;
    qint64 bytes = 0;
    bool taskRunning = false;
    std::optional<Error> error; // the first write error; later chunks are dropped
};

BlobWriter::BlobWriter(Digest digest,
                       qint64 expectedSize,
                       QString partialPath,
                       QString finalPath,
                       QString lockPath)
    : m_digest(std::move(digest))
    , m_expectedSize(expectedSize)
    , m_partialPath(std::move(partialPath))
    , m_finalPath(std::move(finalPath))
    , m_file(m_partialPath)
    , m_lock(lockPath)
    , m_hasher(m_digest.algorithm())
    , m_queue(std::make_unique<Queue>())
{
    m_lock.setStaleLockTime(0); // a lock is stale only when its process is gone
}

BlobWriter::~BlobWriter()
{
    (void)drain(); // the pool task must be done with this writer before it goes
    if (m_file.isOpen())
        m_file.close(); // the partial stays for the next attempt to resume
}

Result<void> BlobWriter::openAndResume()
{
    if (!m_hasher.isValid())
        return Error(
            ErrorCode::Unsupported,
            Tr::tr("Cannot verify %1: unsupported digest algorithm").arg(m_digest.toString()));
    if (!m_lock.tryLock(0))
        return Error(ErrorCode::Io,
                     Tr::tr("Another download of %1 into this store is in progress")
                         .arg(m_digest.toString()))
            .withRetryable(true);
    // Unbuffered: chunks go straight to write(2), without a copy through QFile's buffer.
    if (!m_file.open(QIODevice::ReadWrite | QIODevice::Unbuffered))
        return Error(ErrorCode::Io,
                     Tr::tr("Cannot write %1: %2").arg(m_partialPath, m_file.errorString()));
    // Resume: hash what an earlier attempt left, once. A partial longer than the blob is junk.
    if (m_file.size() > m_expectedSize && m_expectedSize >= 0) {
        m_file.resize(0);
    }
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    m_file.seek(0);
    for (;;) {
        const qint64 n = m_file.read(buffer.data(), buffer.size());
        if (n < 0)
            return Error(ErrorCode::Io,
                         Tr::tr("Cannot read %1: %2").arg(m_partialPath, m_file.errorString()));
        if (n == 0)
            break;
        m_hasher.addData(buffer.constData(), n);
    }
    m_file.seek(m_file.size());
    m_accepted = m_hasher.bytesHashed();
    return {};
}

void BlobWriter::drainQueue()
{
    // Runs on a pool thread: hash and write chunks until the queue is empty.
    for (;;) {
        QByteArray chunk;
        {
            QMutexLocker lock(&m_queue->mutex);
            if (m_queue->chunks.empty() || m_queue->error) {
                m_queue->chunks.clear();
                m_queue->bytes = 0;
                m_queue->taskRunning = false;
                m_queue->changed.wakeAll();
                return;
            }
            chunk = std::move(m_queue->chunks.front());
            m_queue->chunks.pop_front();
        }
        std::optional<Error> failed;
        if (m_file.write(chunk.constData(), chunk.size()) != chunk.size())
            failed = Error(ErrorCode::Io,
                           Tr::tr("Cannot write %1: %2").arg(m_partialPath, m_file.errorString()));
        else
            m_hasher.addData(chunk.constData(), chunk.size());
#ifdef __linux__
        const qint64 written = m_hasher.bytesHashed();
        if (!failed && written / kWritebackBytes != (written - chunk.size()) / kWritebackBytes) {
            const qint64 end = written / kWritebackBytes * kWritebackBytes;
            // Asynchronous: queues the range for writeback and returns (sync_file_range(2)).
            ::sync_file_range(m_file.handle(),
                              end - kWritebackBytes,
                              kWritebackBytes,
                              SYNC_FILE_RANGE_WRITE);
        }
#endif
        QMutexLocker lock(&m_queue->mutex);
        m_queue->bytes -= chunk.size();
        if (failed && !m_queue->error)
            m_queue->error = std::move(failed);
        m_queue->changed.wakeAll();
    }
}

Result<void> BlobWriter::drain()
{
    QMutexLocker lock(&m_queue->mutex);
    while (m_queue->taskRunning)
        m_queue->changed.wait(&m_queue->mutex);
    if (m_queue->error)
        return *m_queue->error;
    return {};
}

Result<void> BlobWriter::write(const char *data, qint64 size)
{
    if (m_finished)
        return Error(ErrorCode::Internal, QStringLiteral("write after commit"));
    if (m_expectedSize >= 0 && offset() + size > m_expectedSize)
        return Error(ErrorCode::DigestMismatch,
                     Tr::tr("%1: the registry sent more than the %2 bytes the manifest declares")
                         .arg(m_digest.toString())
                         .arg(m_expectedSize));
    QMutexLocker lock(&m_queue->mutex);
    // Bounded memory: wait while this writer has 4 MiB queued (the pool task is draining it).
    while (m_queue->bytes > kMaxQueuedBytes && !m_queue->error)
        m_queue->changed.wait(&m_queue->mutex);
    if (m_queue->error)
        return *m_queue->error;
    m_queue->chunks.emplace_back(data, size);
    m_queue->bytes += size;
    m_accepted += size;
    if (!m_queue->taskRunning) {
        m_queue->taskRunning = true;
        writerPool()->start([this] {
            drainQueue();
        });
    }
    return {};
}

Result<void> BlobWriter::restart()
{
    if (auto drained = drain(); !drained)
        return drained;
    if (!m_file.resize(0) || !m_file.seek(0))
        return Error(ErrorCode::Io,
                     Tr::tr("Cannot truncate %1: %2").arg(m_partialPath, m_file.errorString()));
    m_hasher.reset();
    m_accepted = 0;
    return {};
}

Result<void> BlobWriter::commit()
{
    if (m_finished)
        return Error(ErrorCode::Internal, QStringLiteral("commit twice"));
    if (auto drained = drain(); !drained)
        return drained;
    // image-spec descriptor.md: verify the size before the digest. Too few bytes is a transfer
    // that ended early (a short Content-Length): the bytes so far are good to resume from.
    if (m_expectedSize >= 0 && offset() != m_expectedSize)
        return Error(ErrorCode::Network,
                     Tr::tr("%1 is incomplete: %2 of %3 bytes")
                         .arg(m_digest.toString())
                         .arg(offset())
                         .arg(m_expectedSize))
            .withRetryable(true);
    const Digest actual = m_hasher.digest();
    if (actual != m_digest) {
        m_finished = true;
        m_file.close();
        QFile::remove(m_partialPath); // wrong bytes are never worth resuming
        m_lock.unlock();
        return Error(
                   ErrorCode::DigestMismatch,
                   Tr::tr(
                       "The blob %1 arrived with the digest %2: the bytes were changed in transit "
                       "or by the registry; it was not stored")
                       .arg(m_digest.toString(), actual.toString()))
            .withRetryable(true);
    }
    m_file.flush();
    ::fsync(m_file.handle());
    m_file.close();
    QDir().mkpath(QFileInfo(m_finalPath).absolutePath());
    // rename(2) is atomic: blobs/ sees the whole verified file or nothing.
    if (::rename(QFile::encodeName(m_partialPath).constData(),
                 QFile::encodeName(m_finalPath).constData())
        != 0)
        return Error(ErrorCode::Io,
                     Tr::tr("Cannot move %1 into the store").arg(m_digest.toString()));
    m_finished = true;
    m_lock.unlock();
    return {};
}

void BlobWriter::discard()
{
    (void)drain();
    m_finished = true;
    if (m_file.isOpen())
        m_file.close();
    QFile::remove(m_partialPath);
    m_lock.unlock();
}
