// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/pull/blobfetchjob.h"

#include "model/cache/contentstore.h"
#include "model/core/clock.h"
#include "model/core/logging.h"
#include "model/core/tr.h"
#include "model/registry/registryclient.h"
#include "model/registry/registryrequest.h"

BlobFetchJob::BlobFetchJob(RegistryClient *client,
                           ContentStore *store,
                           QString host,
                           QString repository,
                           Descriptor blob,
                           QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
    , m_host(std::move(host))
    , m_repository(std::move(repository))
    , m_blob(std::move(blob))
{}

BlobFetchJob::~BlobFetchJob()
{
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
    if (m_request)
        m_request->cancel();
    finish(Error(ErrorCode::Cancelled, Tr::tr("Cancelled")));
}

void BlobFetchJob::attempt()
{
    if (m_done)
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

    RequestSpec spec;
    spec.host = m_host;
    spec.repository = m_repository;
    spec.path = QStringLiteral("/v2/%1/blobs/%2").arg(m_repository, m_blob.digest.toString());
    spec.scopes = {QStringLiteral("repository:%1:pull").arg(m_repository)};
    spec.operation =
        Tr::tr("downloading %1 of %2").arg(m_blob.digest.toString().left(19), m_repository);
    spec.maxBodySize = 64 * 1024; // applies to error bodies; blob bytes stream to the writer
    if (m_requestOffset > 0) {
        // distribution spec "Pulling blobs": registries SHOULD honour Range; a 200 means the
        // server ignored it, and the writer starts over (containerd resolver.go setOffset).
        spec.headers.insert("Range", "bytes=" + QByteArray::number(m_requestOffset) + '-');
    }
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

void BlobFetchJob::onRequestFinished()
{
    RegistryRequest *request = m_request;
    m_request = nullptr;
    request->deleteLater();
    if (m_done)
        return;
    Result<void> outcome;
    if (!request->result())
        outcome = request->result().error();
    else
        outcome = m_writer->commit();
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
    if (m_done)
        return;
    m_done = true;
    m_writer.reset(); // closes the partial file; it stays for a later resume unless committed
    m_result = std::move(result);
    QMetaObject::invokeMethod(
        this,
        [this] {
            Q_EMIT finished(QPrivateSignal());
        },
        Qt::QueuedConnection);
}
