// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/cache/blobwriter.h"

#include "model/core/threadpools.h"
#include "model/core/tr.h"

#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QThreadPool>
#include <QWaitCondition>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <fcntl.h>
#include <optional>
#include <unistd.h>

namespace {
constexpr qint64 kMaxQueuedBytes = 1024 * 1024;
// Page-cache writes: start writeback of every 8 MiB written, so commit()'s fsync waits for the
// tail only instead of flushing the whole blob while the pull stands still.
constexpr qint64 kWritebackBytes = 8 * 1024 * 1024;
// Direct I/O: buffers, lengths and file offsets aligned to 4 KiB suit any logical block size up
// to 4 KiB; a file system that wants more fails the write with EINVAL, and the writer goes on
// through the page cache.
constexpr qint64 kBlockBytes = 4096;
constexpr qint64 kStagingBytes = 1024 * 1024;
constexpr qint64 kPieceBytes = 64 * 1024;

// Writers of all stores share one pool; more threads than cores is fine, a task only runs
// while its writer has bytes queued.
QThreadPool *writerPool()
{
    static QThreadPool *pool = ThreadPools::create(8);
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
    m_accepted = m_hasher.bytesHashed();
    m_file.seek(m_accepted);
    if (m_expectedSize >= kStagingBytes) {
        m_staging.reset(static_cast<char *>(std::aligned_alloc(kBlockBytes, kStagingBytes)));
        if (m_staging) {
            // Direct writes continue at the last whole block; the bytes after it are staged
            // again, so nothing already downloaded is asked for twice.
            const qint64 tail = m_accepted % kBlockBytes;
            if (tail > 0) {
                m_file.seek(m_accepted - tail);
                if (m_file.read(m_staging.get(), tail) != tail)
                    return Error(
                        ErrorCode::Io,
                        Tr::tr("Cannot read %1: %2").arg(m_partialPath, m_file.errorString()));
                m_file.seek(m_accepted - tail);
                m_staged = tail;
            }
            setDirect(true);
        }
    }
    return {};
}

void BlobWriter::FreeAligned::operator()(char *p) const
{
    std::free(p);
}

void BlobWriter::setDirect(bool on)
{
#if defined(__linux__) && defined(O_DIRECT)
    const int fd = m_file.handle();
    const int flags = fd >= 0 ? ::fcntl(fd, F_GETFL) : -1;
    if (flags < 0) {
        m_direct = false;
        return;
    }
    const int wanted = on ? (flags | O_DIRECT) : (flags & ~O_DIRECT);
    // Setting O_DIRECT fails on file systems without direct I/O (tmpfs before Linux 6.6).
    const bool changed = wanted == flags || ::fcntl(fd, F_SETFL, wanted) == 0;
    m_direct = on ? changed : !changed;
#else
    Q_UNUSED(on)
    m_direct = false;
#endif
}

std::optional<Error> BlobWriter::writeAll(const char *data, qint64 size)
{
    const int fd = m_file.handle();
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size_t(size));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && errno == EINVAL && m_direct) {
            setDirect(false); // the file system wants another alignment: use the page cache
            if (!m_direct)
                continue;
        }
        if (n <= 0)
            return Error(ErrorCode::Io,
                         Tr::tr("Cannot write %1: %2").arg(m_partialPath, qt_error_string(errno)));
        data += n;
        size -= n;
        if (!m_direct) {
            m_writtenSinceHint += n;
#ifdef __linux__
            if (m_writtenSinceHint >= kWritebackBytes) {
                // Asynchronous: queues the file's dirty pages for writeback and returns.
                ::sync_file_range(fd, 0, 0, SYNC_FILE_RANGE_WRITE);
                m_writtenSinceHint = 0;
            }
#endif
        }
    }
    return std::nullopt;
}

std::optional<Error> BlobWriter::writeStaged()
{
    if (auto failed = writeAll(m_staging.get(), m_staged))
        return failed;
    m_staged = 0;
    return std::nullopt;
}

std::optional<Error> BlobWriter::consume(const char *data, qint64 size)
{
    if (!m_direct && m_staged == 0) {
        m_hasher.addData(data, size);
        return writeAll(data, size);
    }
    qint64 left = size;
    while (left > 0) {
        // A piece at a time, copied and then hashed while it is still in the CPU's cache: the
        // chunk was written by the network thread on another core, and reading it from memory
        // once instead of twice is most of the copy's cost.
        const qint64 n = std::min({left, kStagingBytes - m_staged, kPieceBytes});
        std::memcpy(m_staging.get() + m_staged, data, size_t(n));
        m_hasher.addData(m_staging.get() + m_staged, n);
        m_staged += n;
        data += n;
        left -= n;
        if (m_staged == kStagingBytes) {
            if (auto failed = writeStaged())
                return failed;
        }
    }
    return std::nullopt;
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
        std::optional<Error> failed = consume(chunk.constData(), chunk.size());
        QMutexLocker lock(&m_queue->mutex);
        m_queue->bytes -= chunk.size();
        if (failed && !m_queue->error)
            m_queue->error = std::move(failed);
        m_queue->changed.wakeAll();
    }
}

Result<void> BlobWriter::waitForQueue()
{
    QMutexLocker lock(&m_queue->mutex);
    while (m_queue->taskRunning)
        m_queue->changed.wait(&m_queue->mutex);
    if (m_queue->error)
        return *m_queue->error;
    return {};
}

Result<void> BlobWriter::drain()
{
    if (auto waited = waitForQueue(); !waited)
        return waited;
    if (m_staged == 0 || !m_file.isOpen())
        return {};
    // The staged tail is not a whole block: it goes through the page cache, and stays staged
    // with the file position back at its block, so more bytes may follow in direct mode.
    const bool direct = m_direct;
    setDirect(false);
    const std::optional<Error> failed = writeAll(m_staging.get(), m_staged);
    if (failed || direct) {
        // Back to the staged bytes' block (a failed write may have moved the position), so a
        // later drain() or resume writes them where they belong.
        m_file.seek(m_accepted - m_staged);
        setDirect(direct);
    } else {
        m_staged = 0;
    }
    if (failed) {
        QMutexLocker lock(&m_queue->mutex);
        if (!m_queue->error)
            m_queue->error = *failed;
        return *failed;
    }
    return {};
}

Result<void> BlobWriter::write(const char *data, qint64 size)
{
    return write(QByteArray(data, size));
}

Result<void> BlobWriter::writeHere(const char *data, qint64 size)
{
    if (m_finished)
        return Error(ErrorCode::Internal, QStringLiteral("write after commit"));
    if (m_expectedSize >= 0 && offset() + size > m_expectedSize)
        return tooMuch();
    if (auto waited = waitForQueue(); !waited) // bytes queued by write() go first
        return waited;
    if (auto failed = consume(data, size)) {
        QMutexLocker lock(&m_queue->mutex);
        if (!m_queue->error)
            m_queue->error = *failed;
        return *failed;
    }
    m_accepted += size;
    return {};
}

Error BlobWriter::tooMuch() const
{
    return Error(ErrorCode::DigestMismatch,
                 Tr::tr("%1: the registry sent more than the %2 bytes the manifest declares")
                     .arg(m_digest.toString())
                     .arg(m_expectedSize));
}

Result<void> BlobWriter::write(QByteArray chunk)
{
    const qint64 size = chunk.size();
    if (m_finished)
        return Error(ErrorCode::Internal, QStringLiteral("write after commit"));
    if (m_expectedSize >= 0 && offset() + size > m_expectedSize)
        return tooMuch();
    QMutexLocker lock(&m_queue->mutex);
    // Bounded memory: wait while this writer has 1 MiB queued (the pool task is draining it).
    while (m_queue->bytes > kMaxQueuedBytes && !m_queue->error)
        m_queue->changed.wait(&m_queue->mutex);
    if (m_queue->error)
        return *m_queue->error;
    m_queue->chunks.push_back(std::move(chunk));
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
    m_staged = 0;
    if (m_staging)
        setDirect(true);
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
