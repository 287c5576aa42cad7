// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/registry/manifestjob.h"

#include "model/core/tr.h"
#include "model/registry/mediatypes.h"
#include "model/registry/registryclient.h"
#include "model/registry/registryrequest.h"

#include <QCryptographicHash>

namespace {
constexpr qint64 kMaxManifestSize = 8 * 1024 * 1024; // containerd allows ~4 MiB; leave room

Digest digestOfWith(const QByteArray &body, const QString &algorithm)
{
    if (algorithm == QLatin1String("sha512"))
        return Digest::sha512Of(body);
    return Digest::sha256Of(body);
}
} // namespace

ManifestJob::ManifestJob(RegistryClient *client,
                         ImageReference reference,
                         Method method,
                         QObject *parent)
    : ResultJob(parent)
    , m_client(client)
    , m_reference(std::move(reference))
    , m_method(method)
{}

ManifestJob::~ManifestJob()
{
    delete m_request;
}

QString ManifestJob::where() const
{
    return m_reference.toString();
}

void ManifestJob::start()
{
    send(m_method);
}

void ManifestJob::cancel()
{
    if (isFinished())
        return;
    ResultJob::cancel();
    if (m_request)
        m_request->cancel();
}

void ManifestJob::send(Method method)
{
    m_sent = method;
    const QString target =
        m_reference.hasDigest() ? m_reference.digest().toString() : m_reference.tag();
    RequestSpec spec;
    spec.host = m_reference.domain();
    spec.repository = m_reference.path();
    spec.method = method == Method::Head ? "HEAD" : "GET";
    spec.path = QStringLiteral("/v2/%1/manifests/%2").arg(m_reference.path(), target);
    spec.accept = MediaType::manifestAcceptHeader();
    spec.scopes = {QStringLiteral("repository:%1:pull").arg(m_reference.path())};
    spec.operation = Tr::tr("fetching the manifest of %1").arg(where());
    spec.maxBodySize = kMaxManifestSize;
    m_request = m_client->request(spec);
    m_request->setParent(this);
    if (method == Method::Head)
        m_request->setAcceptedStatuses({405});
    connect(m_request, &RegistryRequest::finished, this, &ManifestJob::onFinished);
}

void ManifestJob::onFinished()
{
    RegistryRequest *request = m_request;
    m_request = nullptr;
    request->deleteLater();
    if (isFinished())
        return;
    if (!request->result()) {
        Error e = request->result().error();
        // A HEAD error has no body (spec.md); GET it again so the registry can say why.
        if (m_sent == Method::Head && e.httpStatus >= 400 && e.httpStatus != 429
            && e.httpStatus < 500) {
            send(Method::Get);
            return;
        }
        finish(e);
        return;
    }
    const RegistryResponse &response = *request->result();
    ManifestResult r;
    r.rateLimit = response.rateLimit;
    r.mediaType = MediaType::stripParameters(QString::fromLatin1(response.header("content-type")));
    const QByteArray headerDigest = response.header("docker-content-digest").trimmed();

    if (m_sent == Method::Head) {
        const auto digest = Digest::parse(QString::fromLatin1(headerDigest));
        bool sizeOk = false;
        const qint64 size = response.header("content-length").toLongLong(&sizeOk);
        if (response.status == 405 || !digest || !sizeOk) {
            send(Method::Get); // no usable answer to HEAD; containerd does the same
            return;
        }
        if (m_reference.hasDigest() && digest->toString() != m_reference.digest().toString()) {
            finish(Error(ErrorCode::DigestMismatch,
                         Tr::tr("%1 answered for %2 with the digest %3")
                             .arg(m_reference.domain(), where(), digest->toString())));
            return;
        }
        r.digest = *digest;
        r.size = size;
        finish(r);
        return;
    }

    const QByteArray &body = response.body;
    if (m_reference.hasDigest()) {
        const Digest actual = digestOfWith(body, m_reference.digest().algorithm());
        if (actual.toString() != m_reference.digest().toString()) {
            finish(Error(ErrorCode::DigestMismatch,
                         Tr::tr("The manifest %1 served by %2 hashes to %3; refused")
                             .arg(where(), m_reference.domain(), actual.toString())));
            return;
        }
        r.digest = m_reference.digest();
    } else {
        r.digest = Digest::sha256Of(body);
    }
    if (!headerDigest.isEmpty()) {
        // spec.md: the header MAY use another algorithm; if it is used, it MUST match.
        const auto claimed = Digest::parse(QString::fromLatin1(headerDigest));
        if (!claimed) {
            finish(Error(ErrorCode::Protocol,
                         Tr::tr("%1 sent an invalid Docker-Content-Digest header for %2: %3")
                             .arg(m_reference.domain(),
                                  where(),
                                  QString::fromLatin1(headerDigest.left(100)))));
            return;
        }
        const Digest actual = digestOfWith(body, claimed->algorithm());
        if (actual.toString() != claimed->toString()) {
            finish(
                Error(ErrorCode::DigestMismatch,
                      Tr::tr("The manifest of %1 does not match the digest the registry announced "
                             "(Docker-Content-Digest %2, content hashes to %3): the body was "
                             "changed or cut in transit")
                          .arg(where(), claimed->toString(), actual.toString())));
            return;
        }
    }
    auto manifest =
        Manifest::parse(body, QString::fromLatin1(response.header("content-type")), where());
    if (!manifest) {
        finish(manifest.error());
        return;
    }
    if (manifest->kind() == Manifest::Kind::Schema1) {
        finish(
            Error(ErrorCode::Unsupported,
                  Tr::tr("%1 is a Docker schema 1 image: that format is deprecated and no longer "
                         "pulled by containerd 2.0 or Pullscope. Rebuild or re-push the image "
                         "with a current client to get a schema 2 or OCI manifest.")
                      .arg(where())));
        return;
    }
    r.mediaType = manifest->mediaType();
    r.size = body.size();
    r.manifest = *manifest;
    finish(r);
}
