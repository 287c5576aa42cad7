// SPDX-License-Identifier: GPL-3.0-or-later
#include "labseeder.h"

#include "labcertificateauthority.h"
#include "labhttpclient.h"
#include "registryprocess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace {

const QByteArray manifestAccept = "application/vnd.oci.image.manifest.v1+json, "
                                  "application/vnd.oci.image.index.v1+json, "
                                  "application/vnd.docker.distribution.manifest.v2+json, "
                                  "application/vnd.docker.distribution.manifest.list.v2+json";

} // namespace

LabSeeder::LabSeeder(const RegistryProcess &registry)
    : m_registry(registry)
{
    if (registry.modes() & (RegistryProcess::Mode::Basic | RegistryProcess::Mode::Token)) {
        // containers-auth.json(5): the administrator's login for the registry only. A file
        // rather than --dest-creds keeps the password out of the process list.
        const RegistryProcess::Credentials admin = registry.adminCredentials();
        const QJsonObject auths{
            {registry.hostPort(),
             QJsonObject{
                 {QStringLiteral("auth"),
                  QString::fromLatin1(
                      (admin.username + QLatin1Char(':') + admin.password).toUtf8().toBase64())}}}};
        m_authFile = m_dir.path() + QStringLiteral("/admin-auth.json");
        LabCertificateAuthority::writeFile(
            m_authFile,
            QJsonDocument(QJsonObject{{QStringLiteral("auths"), auths}}).toJson(),
            true);
    }
}

Result<void> LabSeeder::copy(const QString &layoutDir,
                             const QString &refName,
                             const QString &repository,
                             const QString &tag,
                             const CopyOptions &options)
{
    QStringList args{QStringLiteral("copy"), QStringLiteral("--retry-times"), QStringLiteral("2")};
    if (options.all)
        args << QStringLiteral("--all");
    if (options.preserveDigests)
        args << QStringLiteral("--preserve-digests");
    if (!options.format.isEmpty())
        args << QStringLiteral("--format") << options.format;
    args << m_registry.skopeoTransportArgs(QStringLiteral("dest-"));
    if (!m_authFile.isEmpty())
        args << QStringLiteral("--dest-authfile") << m_authFile;
    args << QStringLiteral("oci:%1:%2").arg(layoutDir, refName)
         << QStringLiteral("docker://%1/%2:%3").arg(m_registry.hostPort(), repository, tag);
    const Skopeo::Run run = m_skopeo.run(args);
    if (!run.ok())
        return Error(ErrorCode::Io,
                     QStringLiteral("skopeo copy to %1/%2:%3 failed")
                         .arg(m_registry.hostPort(), repository, tag),
                     run.describe());
    return {};
}

Result<void> LabSeeder::copy(const QString &layoutDir,
                             const QString &refName,
                             const QString &repository,
                             const QString &tag)
{
    return copy(layoutDir, refName, repository, tag, CopyOptions());
}

void LabSeeder::setUpClient(LabHttpClient &client) const
{
    if (const LabCertificateAuthority *ca = m_registry.certificateAuthority())
        client.setCaCertificates(ca->certificatePem());
    const RegistryProcess::Credentials admin = m_registry.adminCredentials();
    client.setCredentials(admin.username, admin.password);
}

Result<void> LabSeeder::pushBlob(LabHttpClient &client,
                                 const QString &layoutDir,
                                 const QString &repository,
                                 const QString &digest)
{
    const QString base = m_registry.url().toString() + QStringLiteral("/v2/") + repository;
    // A one-byte ranged GET rather than HEAD: QNetworkAccessManager waits for the body a
    // registry announces on a HEAD 401, so a HEAD challenge would hang until the timeout.
    LabHttpClient::Request probe;
    probe.url = QUrl(base + QStringLiteral("/blobs/") + digest);
    probe.headers.append({"Range", QByteArray("bytes=0-0")});
    const int probeStatus = client.send(probe).status;
    if (probeStatus == 200 || probeStatus == 206)
        return {};
    // distribution-spec "Pushing a blob monolithically": POST for a session, then one PUT with
    // the digest and the whole body.
    LabHttpClient::Request post;
    post.method = "POST";
    post.url = QUrl(base + QStringLiteral("/blobs/uploads/"));
    const LabHttpClient::Reply session = client.send(post);
    if (session.status != 202)
        return Error(ErrorCode::Io,
                     QStringLiteral("cannot start an upload to %1 (HTTP %2)")
                         .arg(repository)
                         .arg(session.status),
                     QString::fromUtf8(session.body) + session.error);
    QUrl location = post.url.resolved(QUrl(QString::fromLatin1(session.header("location"))));
    QUrlQuery query(location);
    query.addQueryItem(QStringLiteral("digest"), digest);
    location.setQuery(query);
    LabHttpClient::Request put;
    put.method = "PUT";
    put.url = location;
    put.headers.append({"Content-Type", QByteArray("application/octet-stream")});
    put.bodyFile = OciLayoutWriter(layoutDir).blobPath(digest);
    const LabHttpClient::Reply done = client.send(put, 600000);
    if (done.status != 201)
        return Error(ErrorCode::Io,
                     QStringLiteral("cannot upload %1 (HTTP %2)").arg(digest).arg(done.status),
                     QString::fromUtf8(done.body) + done.error);
    return {};
}

Result<void> LabSeeder::pushManifest(LabHttpClient &client,
                                     const QString &layoutDir,
                                     const BlobInfo &manifest,
                                     const QString &repository,
                                     const QString &reference)
{
    QFile file(OciLayoutWriter(layoutDir).blobPath(manifest.digest));
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Io,
                     QStringLiteral("no blob %1 in %2").arg(manifest.digest, layoutDir));
    const QByteArray bytes = file.readAll();
    const QJsonObject json = QJsonDocument::fromJson(bytes).object();
    if (json.contains(QStringLiteral("manifests"))) {
        // An index or manifest list: its manifests must exist before it (MANIFEST_BLOB_UNKNOWN).
        for (const QJsonValue &v : json.value(QStringLiteral("manifests")).toArray()) {
            const QJsonObject d = v.toObject();
            const BlobInfo child{d.value(QStringLiteral("digest")).toString(),
                                 d.value(QStringLiteral("size")).toInteger(),
                                 d.value(QStringLiteral("mediaType")).toString()};
            if (Result<void> r = pushManifest(client, layoutDir, child, repository, child.digest);
                !r)
                return r;
        }
    } else {
        QStringList digests{json.value(QStringLiteral("config"))
                                .toObject()
                                .value(QStringLiteral("digest"))
                                .toString()};
        for (const QJsonValue &v : json.value(QStringLiteral("layers")).toArray())
            digests << v.toObject().value(QStringLiteral("digest")).toString();
        for (const QString &digest : std::as_const(digests)) {
            if (Result<void> r = pushBlob(client, layoutDir, repository, digest); !r)
                return r;
        }
    }
    LabHttpClient::Request put;
    put.method = "PUT";
    put.url = QUrl(m_registry.url().toString() + QStringLiteral("/v2/") + repository
                   + QStringLiteral("/manifests/") + reference);
    put.headers.append({"Content-Type", manifest.mediaType.toLatin1()});
    put.body = bytes;
    const LabHttpClient::Reply reply = client.send(put);
    if (reply.status != 201)
        return Error(ErrorCode::Io,
                     QStringLiteral("PUT manifest %1:%2 failed (HTTP %3)")
                         .arg(repository, reference)
                         .arg(reply.status),
                     QString::fromUtf8(reply.body) + reply.error);
    if (reply.header("docker-content-digest") != manifest.digest.toLatin1())
        return Error(
            ErrorCode::DigestMismatch,
            QStringLiteral("the registry stored %1 as %2")
                .arg(manifest.digest, QString::fromLatin1(reply.header("docker-content-digest"))));
    return {};
}

Result<void> LabSeeder::pushDirect(const QString &layoutDir,
                                   const BlobInfo &root,
                                   const QString &repository,
                                   const QString &tag)
{
    LabHttpClient client;
    setUpClient(client);
    return pushManifest(client, layoutDir, root, repository, tag);
}

Result<void> LabSeeder::tagMany(const QString &repository,
                                const QString &sourceReference,
                                const QStringList &tags,
                                int parallel)
{
    LabHttpClient client;
    setUpClient(client);

    const QString base = m_registry.url().toString() + QStringLiteral("/v2/") + repository
        + QStringLiteral("/manifests/");
    LabHttpClient::Request get;
    get.url = QUrl(base + sourceReference);
    get.headers.append({"Accept", manifestAccept});
    const LabHttpClient::Reply source = client.send(get);
    if (!source.ok())
        return Error(ErrorCode::NotFound,
                     QStringLiteral("cannot read %1:%2 (HTTP %3)")
                         .arg(repository, sourceReference)
                         .arg(source.status),
                     QString::fromUtf8(source.body) + source.error);
    // The manifest goes back byte for byte with its own media type, so every tag has the
    // digest of the source (distribution-spec "Pushing Manifests").
    const QByteArray contentType = source.header("content-type");
    QList<LabHttpClient::Request> puts;
    for (const QString &tag : tags) {
        LabHttpClient::Request put;
        put.method = "PUT";
        put.url = QUrl(base + tag);
        put.headers.append({"Content-Type", contentType});
        put.body = source.body;
        puts << put;
    }
    const QList<LabHttpClient::Reply> replies = client.sendAll(puts, parallel);
    for (qsizetype i = 0; i < replies.size(); ++i) {
        if (!replies[i].ok())
            return Error(ErrorCode::Io,
                         QStringLiteral("PUT %1:%2 failed (HTTP %3)")
                             .arg(repository, tags[i])
                             .arg(replies[i].status),
                         QString::fromUtf8(replies[i].body) + replies[i].error);
    }
    return {};
}

QStringList LabSeeder::numberedTags(const QString &prefix, int count)
{
    QStringList tags;
    tags.reserve(count);
    const int width = qMax(5, int(QString::number(count).size()));
    for (int i = 1; i <= count; ++i)
        tags << prefix + QLatin1Char('-')
                + QStringLiteral("%1").arg(i, width, 10, QLatin1Char('0'));
    return tags;
}
