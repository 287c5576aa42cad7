// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/pull/blobfetchjob.h"

#include "model/cache/contentstore.h"
#include "model/core/clock.h"
#include "model/core/logging.h"
#include "model/core/threadpools.h"
#include "model/core/tr.h"
#include "model/registry/registryclient.h"
#include "model/registry/registryerror.h"
#include "model/registry/registryrequest.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QThreadPool>

namespace {
// Below this a blob is a config or a small layer: not worth a connection of its own.
constexpr qint64 kDirectStreamMinBytes = 1024 * 1024;
constexpr qint64 kProgressBytes = 1024 * 1024;

// The threads that receive, hash and write direct streams; one per blob being downloaded.
QThreadPool *streamPool()
{
    static QThreadPool *pool = ThreadPools::create(32);
    return pool;
}
} // namespace

BlobFetchJob::BlobFetchJob(RegistryClient *client,
                           ContentStore *store,
                           QString host,
                           QString repository,
                           Descriptor blob,
                           QObject *parent)
    : ResultJob(parent)
    , m_client(client)
    , m_store(store)
    , m_host(std::move(host))
    , m_repository(std::move(repository))
    , m_blob(std::move(blob))
{}

BlobFetchJob::~BlobFetchJob()
{
    stopStream(); // the worker must be done with the writer and with this object
    delete m_request;
    if (m_timer)
        m_client->clock()->cancel(m_timer);
}

void BlobFetchJob::start()
{
    QMetaObject::invokeMethod(this, &BlobFetchJob::attempt, Qt::QueuedConnection);
}

void BlobFetchJob::cancel()
{
    if (isFinished())
        return;
    if (m_request)
        m_request->cancel();
    finish(Error(ErrorCode::Cancelled, Tr::tr("Cancelled")));
}

void BlobFetchJob::attempt()
{
    if (isFinished())
        return;
    m_timer = 0;
    if (m_store->hasBlob(m_blob.digest) && m_store->blobSize(m_blob.digest) == m_blob.size) {
        // Two images sharing a layer download it once.
        m_reused = true;
        m_received = m_blob.size;
        Q_EMIT progressed(m_received, m_blob.size);
        finish({});
        return;
    }
    if (!m_writer) {
        auto writer = m_store->openWriter(m_blob.digest, m_blob.size);
        if (!writer) {
            // The one retryable openWriter() error is the lock of another download of this
            // blob into this store (blobwriter.cpp). Like containerd's content.OpenWriter, wait
            // for it without spending an attempt: it ends with the blob committed (reused on the
            // next look) or with the lock released (this job downloads it, resuming).
            if (writer.error().code == ErrorCode::Io && writer.error().retryable) {
                constexpr qint64 kLockPollMs = 250;
                Q_EMIT retrying(m_attempt, writer.error().message, kLockPollMs);
                m_timer = m_client->clock()->callAfter(kLockPollMs, this, [this] {
                    attempt();
                });
                return;
            }
            finish(writer.error());
            return;
        }
        m_writer = std::move(*writer);
        if (m_store->hasBlob(m_blob.digest) && m_store->blobSize(m_blob.digest) == m_blob.size) {
            // Another process committed it between the look above and the lock.
            m_writer->discard();
            m_writer.reset();
            attempt();
            return;
        }
    }
    ++m_attempt;
    m_requestOffset = m_writer->offset();
    m_received = m_requestOffset;
    m_firstChunk = true;
    Q_EMIT progressed(m_received, m_blob.size);
    if (m_requestOffset == m_blob.size) {
        // Every byte is already in the partial (killed between the last write and the rename):
        // asking for bytes=SIZE- would get 416. Verify and commit it as it is.
        settle(m_writer->commit());
        return;
    }

    if (m_directStreams && !m_streamDeclined && m_blob.size >= kDirectStreamMinBytes
        && startStream())
        return;
    startRequest();
}

QString BlobFetchJob::operation() const
{
    return Tr::tr("downloading %1 of %2").arg(m_blob.digest.toString().left(19), m_repository);
}

QString BlobFetchJob::blobPath() const
{
    return QStringLiteral("/v2/%1/blobs/%2").arg(m_repository, m_blob.digest.toString());
}

QByteArray BlobFetchJob::rangeHeader() const
{
    // distribution spec "Pulling blobs": registries SHOULD honour Range; a 200 means the
    // server ignored it, and the writer starts over (containerd resolver.go setOffset).
    return m_requestOffset > 0 ? "bytes=" + QByteArray::number(m_requestOffset) + '-'
                               : QByteArray();
}

void BlobFetchJob::startRequest()
{
    RequestSpec spec;
    spec.host = m_host;
    spec.repository = m_repository;
    spec.path = blobPath();
    spec.scopes = {QStringLiteral("repository:%1:pull").arg(m_repository)};
    spec.operation = operation();
    spec.maxBodySize = 64 * 1024; // applies to error bodies; blob bytes stream to the writer
    if (m_requestOffset > 0)
        spec.headers.insert("Range", rangeHeader());
    m_request = new RegistryRequest(m_client, spec, this);
    m_request->setBodySink([this](int status, QByteArray chunk) -> Result<void> {
        if (m_firstChunk) {
            m_firstChunk = false;
            if (m_requestOffset > 0 && status != 206) {
                if (auto r = m_writer->restart(); !r)
                    return r;
                m_received = 0;
            }
        }
        const qint64 size = chunk.size();
        if (auto r = m_writer->write(std::move(chunk)); !r)
            return r;
        m_received += size;
        m_downloaded += size;
        Q_EMIT progressed(m_received, m_blob.size);
        return {};
    });
    connect(m_request, &RegistryRequest::finished, this, &BlobFetchJob::onRequestFinished);
    m_request->start();
}

bool BlobFetchJob::startStream()
{
    QUrl url = m_client->baseUrl(m_host);
    // A proxy is QNetworkAccessManager's to speak to.
    const QNetworkProxy::ProxyType managerProxy = m_client->network()->proxy().type();
    if (managerProxy != QNetworkProxy::DefaultProxy && managerProxy != QNetworkProxy::NoProxy)
        return false;
    const QList<QNetworkProxy> proxies =
        QNetworkProxyFactory::proxyForQuery(QNetworkProxyQuery(url));
    if (!proxies.isEmpty() && proxies.first().type() != QNetworkProxy::NoProxy)
        return false;
    url.setPath(blobPath());
    BlobStream::Target target;
    if (url.scheme() == QLatin1String("https")) {
        auto tls = m_client->tlsFor(m_host);
        if (!tls)
            return false; // RegistryRequest explains it
        target.tls = tls->configuration;
        target.verifyTls = tls->verify;
    }
    target.url = url;
    target.headers.append(
        std::pair<QByteArray, QByteArray>("User-Agent", "pullscope/" PULLSCOPE_VERSION));
    if (m_requestOffset > 0)
        target.headers.append(std::pair<QByteArray, QByteArray>("Range", rangeHeader()));
    target.authorization =
        m_client->authorizationFor(m_host,
                                   {QStringLiteral("repository:%1:pull").arg(m_repository)});
    target.timeoutMs = m_client->transferTimeoutMs();
    target.host = m_host;
    target.operation = operation();

    auto stream = std::make_shared<Stream>();
    m_stream = stream;
    BlobWriter *writer = m_writer.get();
    const qint64 offset = m_requestOffset;
    streamPool()->start([this, stream, target = std::move(target), writer, offset] {
        // Nothing of the job's (this, writer) is touched unless stream says it still listens.
        auto stop = [&stream] {
            QMutexLocker lock(&stream->mutex);
            stream->running = false;
            stream->stopped.wakeAll();
        };
        if (stream->cancelled.load()) {
            stop(); // cancelled while queued behind other blobs
            return;
        }
        bool first = true;
        qint64 body = 0;
        qint64 unreported = 0;
        const auto sink = [&](int status, const char *data, qint64 size) -> Result<void> {
            if (first) {
                first = false;
                {
                    QMutexLocker lock(&stream->mutex);
                    if (stream->abandoned)
                        return Error(ErrorCode::Cancelled, Tr::tr("Cancelled"));
                    stream->streaming = true; // from here the writer is this thread's
                }
                if (offset > 0 && status != 206) {
                    if (auto r = writer->restart(); !r)
                        return r;
                }
            }
            if (auto r = writer->writeHere(data, size); !r)
                return r;
            body += size;
            unreported += size;
            if (unreported >= kProgressBytes) {
                unreported = 0;
                const qint64 received = writer->offset();
                const qint64 downloaded = body;
                QMetaObject::invokeMethod(
                    this,
                    [this, received, downloaded] {
                        onStreamProgress(received, downloaded);
                    },
                    Qt::QueuedConnection);
            }
            return {};
        };
        BlobStream::Outcome outcome = BlobStream::fetch(target, sink, stream->cancelled);
        {
            QMutexLocker lock(&stream->mutex);
            if (!stream->abandoned) {
                const qint64 received = writer->offset();
                QMetaObject::invokeMethod(
                    this,
                    [this, outcome = std::move(outcome), received]() mutable {
                        onStreamFinished(std::move(outcome), received);
                    },
                    Qt::QueuedConnection);
            }
        }
        stop();
    });
    return true;
}

void BlobFetchJob::stopStream()
{
    if (!m_stream)
        return;
    m_stream->cancelled = true;
    QMutexLocker lock(&m_stream->mutex);
    if (!m_stream->streaming) {
        m_stream->abandoned = true; // connecting, resolving or queued: let it run out alone
        return;
    }
    while (m_stream->running)
        m_stream->stopped.wait(&m_stream->mutex);
    m_stream->abandoned = true;
}

void BlobFetchJob::onStreamProgress(qint64 received, qint64 downloaded)
{
    if (isFinished() || !m_stream)
        return;
    m_downloaded = m_downloadedBefore + downloaded;
    m_received = received;
    Q_EMIT progressed(m_received, m_blob.size);
}

void BlobFetchJob::onStreamFinished(BlobStream::Outcome outcome, qint64 received)
{
    stopStream(); // returns at once: the worker is past its last use of the writer
    m_stream.reset();
    if (isFinished())
        return;
    m_downloaded = m_downloadedBefore + outcome.bodyBytes;
    m_downloadedBefore = m_downloaded;
    m_received = received;
    switch (outcome.kind) {
    case BlobStream::Outcome::Kind::Streamed:
        settle(m_writer->commit());
        return;
    case BlobStream::Outcome::Kind::Declined:
        // Nothing was taken: the same attempt goes through RegistryRequest.
        qCDebug(lcPull) << "direct stream declined for" << m_blob.digest.toString() << ":"
                        << outcome.error.message;
        m_streamDeclined = true;
        startRequest();
        return;
    case BlobStream::Outcome::Kind::Answered: {
        const RegistryResponse &r = outcome.response;
        const RegistryError::Context context{operation(), m_host, m_repository, QString()};
        settle(RegistryError::fromResponse(
            r.status,
            r.body,
            r.rateLimitFromHeaders(),
            RateLimit::parseRetryAfter(r.header("retry-after"), m_client->clock()->wallTime()),
            context));
        return;
    }
    case BlobStream::Outcome::Kind::Failed:
        settle(outcome.error);
        return;
    }
}

void BlobFetchJob::onRequestFinished()
{
    RegistryRequest *request = m_request;
    m_request = nullptr;
    request->deleteLater();
    if (isFinished())
        return;
    m_downloadedBefore = m_downloaded;
    if (!request->result())
        settle(request->result().error());
    else
        settle(m_writer->commit());
}

void BlobFetchJob::settle(Result<void> outcome)
{
    if (outcome) {
        m_writer.reset();
        finish({});
        return;
    }
    const Error error = outcome.error();
    if (error.code == ErrorCode::DigestMismatch && m_writer) {
        // Wrong bytes are not worth resuming: commit() already deleted them; otherwise (more
        // bytes than declared) start the file over.
        if (m_writer->isFinished())
            m_writer.reset();
        else
            m_writer->restart();
    }
    if (!m_policy.shouldRetry(m_attempt, error)) {
        Error final = error;
        if (m_attempt > 1 && !error.message.contains(m_blob.digest.toString())) {
            //: %1 digest, %2 bytes received, %3 blob size, %4 the last error
            final.message = Tr::tr("%1: %2 of %3 bytes arrived; %4 (gave up after %n attempt(s))",
                                   nullptr,
                                   m_attempt)
                                .arg(m_blob.digest.toString())
                                .arg(m_received)
                                .arg(m_blob.size)
                                .arg(error.message);
        } else if (m_attempt > 1) {
            final.message =
                Tr::tr("%1 (gave up after %n attempt(s))", nullptr, m_attempt).arg(error.message);
        }
        finish(final);
        return;
    }
    const qint64 delay = m_policy.delayMs(m_attempt, error.retryAfterSeconds);
    qCInfo(lcPull) << "retrying" << m_blob.digest.toString() << "in" << delay
                   << "ms:" << error.message;
    Q_EMIT retrying(m_attempt, error.message, delay);
    m_timer = m_client->clock()->callAfter(delay, this, [this] {
        attempt();
    });
}

void BlobFetchJob::finish(Result<void> result)
{
    if (isFinished())
        return;
    ResultJob::finish(std::move(result)); // finished() is queued: the cleanup below comes first
    stopStream();
    m_writer.reset(); // closes the partial file; it stays for a later resume unless committed
}
