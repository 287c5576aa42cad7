// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/registry/smallblobjob.h"

#include "model/core/tr.h"
#include "model/registry/registryclient.h"
#include "model/registry/registryrequest.h"

SmallBlobJob::SmallBlobJob(RegistryClient *client,
                           QString host,
                           QString repository,
                           Digest digest,
                           qint64 expectedSize,
                           QObject *parent)
    : ResultJob(parent)
    , m_client(client)
    , m_host(std::move(host))
    , m_repository(std::move(repository))
    , m_digest(std::move(digest))
    , m_expectedSize(expectedSize)
{}

SmallBlobJob::~SmallBlobJob()
{
    delete m_request;
}

void SmallBlobJob::start()
{
    if (m_expectedSize > m_maxSize) {
        finish(Error(ErrorCode::Protocol,
                     Tr::tr("The blob %1 is %2 bytes, more than the %3 allowed here")
                         .arg(m_digest.toString())
                         .arg(m_expectedSize)
                         .arg(m_maxSize)));
        return;
    }
    RequestSpec spec;
    spec.host = m_host;
    spec.repository = m_repository;
    spec.path = QStringLiteral("/v2/%1/blobs/%2").arg(m_repository, m_digest.toString());
    spec.scopes = {QStringLiteral("repository:%1:pull").arg(m_repository)};
    spec.operation =
        Tr::tr("fetching the blob %1 of %2").arg(m_digest.toString().left(19), m_repository);
    spec.maxBodySize = m_maxSize;
    m_request = m_client->request(spec);
    m_request->setParent(this);
    connect(m_request, &RegistryRequest::finished, this, [this] {
        RegistryRequest *request = m_request;
        m_request = nullptr;
        request->deleteLater();
        if (!request->result()) {
            finish(request->result().error());
            return;
        }
        const QByteArray body = request->result()->body;
        // image-spec descriptor.md: check the size before the digest.
        if (m_expectedSize >= 0 && body.size() != m_expectedSize) {
            finish(Error(ErrorCode::DigestMismatch,
                         Tr::tr("The blob %1 from %2 is %3 bytes, the manifest says %4")
                             .arg(m_digest.toString(), m_host)
                             .arg(body.size())
                             .arg(m_expectedSize)));
            return;
        }
        const Digest actual = m_digest.algorithm() == QLatin1String("sha512")
            ? Digest::sha512Of(body)
            : Digest::sha256Of(body);
        if (actual.toString() != m_digest.toString()) {
            finish(Error(ErrorCode::DigestMismatch,
                         Tr::tr("The blob %1 from %2 hashes to %3; refused")
                             .arg(m_digest.toString(), m_host, actual.toString())));
            return;
        }
        finish(body);
    });
}

void SmallBlobJob::cancel()
{
    if (isFinished())
        return;
    ResultJob::cancel();
    if (m_request)
        m_request->cancel();
}
