// SPDX-License-Identifier: GPL-3.0-or-later
// What the registry client reads from the lab's real docker-registry 2.8: tags page by page
// (equal to skopeo list-tags whatever the page size), the catalog, manifests of every kind
// (HEAD resolving to the GET digest), InspectJob's platform choice, and referrers through the
// tag-schema fallback (2.8 has no referrers API), before and after a referrer is pushed.
#include "lab.h"
#include "labhttpclient.h"
#include "labseeder.h"
#include "model/core/realclock.h"
#include "model/reference/imagereference.h"
#include "model/reference/platform.h"
#include "model/registry/inspectjob.h"
#include "model/registry/manifestjob.h"
#include "model/registry/mediatypes.h"
#include "model/registry/pagedlistjob.h"
#include "model/registry/referrersjob.h"
#include "model/registry/registryclient.h"
#include "skopeo.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <memory>

namespace {
constexpr int kJobTimeoutMs = 30000;

template<typename Job>
bool waitFor(Job *job, int timeoutMs = kJobTimeoutMs)
{
    QSignalSpy spy(job, &Job::finished);
    job->start();
    return spy.wait(timeoutMs) || spy.count() > 0;
}

QString messageOf(const auto &result)
{
    return result ? QString() : result.error().message;
}

QString sha256(const QByteArray &data)
{
    return QStringLiteral("sha256:")
        + QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}
} // namespace

class TestRegistryContent : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void tagPaging_data();
    void tagPaging();
    void catalog();
    void manifests_data();
    void manifests();
    void inspect_data();
    void inspect();
    void inspectUnavailablePlatform();
    void referrers();

private:
    ImageReference ref(const QString &repositoryAndTag) const;
    // PUTs a blob (monolithic upload) or a manifest into the registry; empty on success.
    QString pushBlob(const QString &repository, const QByteArray &data);
    QString pushManifest(const QString &repository,
                         const QString &reference,
                         const QByteArray &body,
                         const QByteArray &mediaType);

    std::unique_ptr<Lab> m_lab;
    std::unique_ptr<RegistryClient> m_client;
    QNetworkAccessManager m_network;
    RealClock m_clock;
    QStringList m_skopeoTags;
};

void TestRegistryContent::initTestCase()
{
    m_lab = std::make_unique<Lab>(RegistryProcess::Mode::Anonymous);
    const Result<void> started = m_lab->start();
    QVERIFY2(started, qPrintable(messageOf(started)));
    // 57 extra tags: pages of 1, 5, 10 ... must all add up to the same list.
    LabSeeder seeder(m_lab->registry());
    const Result<void> tagged = seeder.tagMany(QStringLiteral("library/busybox"),
                                               QStringLiteral("latest"),
                                               LabSeeder::numberedTags(QStringLiteral("t"), 57));
    QVERIFY2(tagged, qPrintable(messageOf(tagged)));
    m_client = std::make_unique<RegistryClient>(&m_network, &m_clock);
    m_client->setCredentialSources(CredentialSources());

    Skopeo skopeo;
    QStringList args = m_lab->registry().skopeoTransportArgs();
    args.prepend(QStringLiteral("list-tags"));
    args << QStringLiteral("docker://%1/library/busybox").arg(m_lab->registry().hostPort());
    const Skopeo::Run run = skopeo.run(args, 60000);
    QVERIFY2(run.ok(), qPrintable(run.describe()));
    for (const QJsonValue &v :
         QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("Tags")).toArray())
        m_skopeoTags << v.toString();
    QCOMPARE(m_skopeoTags.size(), 59); // latest, 1.36 and t-00001 ... t-00057
}

ImageReference TestRegistryContent::ref(const QString &repositoryAndTag) const
{
    auto r = ImageReference::parseNormalized(m_lab->registry().hostPort() + QLatin1Char('/')
                                             + repositoryAndTag);
    if (!r)
        qFatal("bad test reference");
    return *r;
}

void TestRegistryContent::tagPaging_data()
{
    QTest::addColumn<int>("pageSize");
    QTest::newRow("1") << 1;
    QTest::newRow("5") << 5;
    QTest::newRow("10") << 10;
    QTest::newRow("59") << 59;
    QTest::newRow("1000") << 1000;
    QTest::newRow("registry default") << 0;
}

void TestRegistryContent::tagPaging()
{
    QFETCH(int, pageSize);
    PagedListJob job(m_client.get(),
                     PagedListJob::Kind::Tags,
                     m_lab->registry().hostPort(),
                     QStringLiteral("library/busybox"));
    job.setPageSize(pageSize);
    QSignalSpy progress(&job, &PagedListJob::pageReceived);
    QVERIFY(waitFor(&job));
    QVERIFY2(job.result(), qPrintable(messageOf(job.result())));
    QCOMPARE(*job.result(), m_skopeoTags);
    QVERIFY(!job.isPartial());
    // docker-registry 2.8 ignores n on tags/list and sends every tag at once (tag paging came
    // with distribution 3.0); Link paging against the real registry is proven by catalog().
    QCOMPARE(job.pages(), 1);
    QCOMPARE(progress.size(), job.pages());
    QCOMPARE(progress.last().at(1).toInt(), 59);
}

void TestRegistryContent::catalog()
{
    PagedListJob job(m_client.get(),
                     PagedListJob::Kind::Catalog,
                     m_lab->registry().hostPort(),
                     QString());
    job.setPageSize(1);
    QVERIFY(waitFor(&job));
    QVERIFY2(job.result(), qPrintable(messageOf(job.result())));
    const QStringList expected{QStringLiteral("demo/dockerlist"),
                               QStringLiteral("demo/multiarch"),
                               QStringLiteral("library/busybox"),
                               QStringLiteral("private/app")};
    QCOMPARE(*job.result(), expected);
    // One repository per page; the last full page may still carry a Link to an empty one.
    QVERIFY2(job.pages() == 4 || job.pages() == 5, qPrintable(QString::number(job.pages())));

    PagedListJob limited(m_client.get(),
                         PagedListJob::Kind::Catalog,
                         m_lab->registry().hostPort(),
                         QString());
    limited.setPageSize(1);
    limited.setLimit(2);
    QVERIFY(waitFor(&limited));
    QVERIFY(limited.result());
    QCOMPARE(*limited.result(), expected.mid(0, 2));
    QVERIFY(limited.isPartial());
}

void TestRegistryContent::manifests_data()
{
    QTest::addColumn<QString>("reference");
    QTest::addColumn<QString>("mediaType");
    QTest::addColumn<QString>("digest");
    QTest::addColumn<bool>("index");
    const LabStandardImages &images = m_lab->images();
    QTest::newRow("OCI index") << QStringLiteral("demo/multiarch:1.0") << MediaType::ociIndex
                               << images.multiarch.index.digest << true;
    QTest::newRow("Docker list") << QStringLiteral("demo/dockerlist:1.0") << MediaType::dockerList
                                 << images.dockerList.index.digest << true;
    QTest::newRow("OCI image") << QStringLiteral("library/busybox:1.36") << MediaType::ociManifest
                               << images.busybox.manifest.digest << false;
    QTest::newRow("Docker image") << QStringLiteral("private/app:1.0") << MediaType::dockerManifest
                                  << images.privateApp.manifest.digest << false;
}

void TestRegistryContent::manifests()
{
    QFETCH(QString, reference);
    QFETCH(QString, mediaType);
    QFETCH(QString, digest);
    QFETCH(bool, index);
    ManifestJob get(m_client.get(), ref(reference), ManifestJob::Method::Get);
    QVERIFY(waitFor(&get));
    QVERIFY2(get.result(), qPrintable(messageOf(get.result())));
    QCOMPARE(get.result()->digest.toString(), digest);
    QCOMPARE(get.result()->mediaType, mediaType);
    QVERIFY(get.result()->manifest);
    QCOMPARE(get.result()->manifest->isIndex(), index);
    if (index)
        QCOMPARE(get.result()->manifest->manifests().size(), 3);
    else
        QVERIFY(!get.result()->manifest->layers().isEmpty());

    ManifestJob head(m_client.get(), ref(reference), ManifestJob::Method::Head);
    QVERIFY(waitFor(&head));
    QVERIFY2(head.result(), qPrintable(messageOf(head.result())));
    QCOMPARE(head.result()->digest, get.result()->digest);
    QCOMPARE(head.result()->size, get.result()->size);
    QVERIFY(!head.result()->manifest);

    // By digest, verified against it.
    ManifestJob byDigest(m_client.get(),
                         *ref(reference).withDigest(*Digest::parse(digest)),
                         ManifestJob::Method::Get);
    QVERIFY(waitFor(&byDigest));
    QVERIFY2(byDigest.result(), qPrintable(messageOf(byDigest.result())));
    QCOMPARE(byDigest.result()->digest.toString(), digest);
}

void TestRegistryContent::inspect_data()
{
    QTest::addColumn<QString>("reference");
    QTest::addColumn<QString>("platform");
    QTest::addColumn<QString>("expected");
    QTest::newRow("OCI index, host")
        << QStringLiteral("demo/multiarch:1.0") << QString() << Platform::host().format();
    QTest::newRow("OCI index, arm/v7")
        << QStringLiteral("demo/multiarch:1.0") << QStringLiteral("linux/arm/v7")
        << QStringLiteral("linux/arm/v7");
    QTest::newRow("Docker list, arm64")
        << QStringLiteral("demo/dockerlist:1.0") << QStringLiteral("linux/arm64")
        << QStringLiteral("linux/arm64");
    QTest::newRow("single image") << QStringLiteral("library/busybox:latest") << QString()
                                  << QStringLiteral("linux/amd64");
}

void TestRegistryContent::inspect()
{
    QFETCH(QString, reference);
    QFETCH(QString, platform);
    QFETCH(QString, expected);
    const bool isIndex = reference.startsWith(QLatin1String("demo/"));
    if (isIndex && platform.isEmpty()
        && !QStringList{QStringLiteral("linux/amd64"),
                        QStringLiteral("linux/arm64"),
                        QStringLiteral("linux/arm/v7")}
                .contains(Platform::host().format()))
        QSKIP("the lab's indexes have no image for this host");
    InspectJob job(m_client.get(), ref(reference));
    if (!platform.isEmpty())
        job.setPlatform(*Platform::parse(platform));
    QVERIFY(waitFor(&job));
    QVERIFY2(job.result(), qPrintable(messageOf(job.result())));
    const InspectResult &r = *job.result();
    QCOMPARE(r.chosenPlatform.format(), expected);
    // The chosen manifest is the one the lab wrote for that platform.
    const LabStandardImages &images = m_lab->images();
    QString wantDigest;
    if (!isIndex) {
        wantDigest = images.busybox.manifest.digest;
        QCOMPARE(r.configRaw.size(), images.busybox.config.size);
    } else {
        const IndexInfo &info =
            reference.contains(QLatin1String("multiarch")) ? images.multiarch : images.dockerList;
        QCOMPARE(r.platforms.size(), 3);
        for (const ImageInfo &image : info.images) {
            if (image.platform() == expected)
                wantDigest = image.manifest.digest;
        }
    }
    QVERIFY(!wantDigest.isEmpty());
    QCOMPARE(sha256(r.manifest.raw()), wantDigest);
    QCOMPARE(r.config.layerHistory(int(r.manifest.layers().size())).size(),
             r.manifest.layers().size());
    QVERIFY(!r.config.history.isEmpty());
}

void TestRegistryContent::inspectUnavailablePlatform()
{
    InspectJob job(m_client.get(), ref(QStringLiteral("demo/multiarch:1.0")));
    job.setPlatform(*Platform::parse(QStringLiteral("linux/s390x")));
    QVERIFY(waitFor(&job));
    QVERIFY(!job.result());
    const Error &e = job.result().error();
    QCOMPARE(e.code, ErrorCode::NotFound);
    QVERIFY2(e.message.contains(QLatin1String("linux/s390x")), qPrintable(e.message));
    for (const char *available : {"linux/amd64", "linux/arm64", "linux/arm/v7"})
        QVERIFY2(e.message.contains(QLatin1String(available)), qPrintable(e.message));
}

QString TestRegistryContent::pushBlob(const QString &repository, const QByteArray &data)
{
    LabHttpClient http;
    const QUrl base = m_lab->registry().url();
    LabHttpClient::Request start;
    start.method = "POST";
    start.url = base.resolved(QUrl(QStringLiteral("/v2/%1/blobs/uploads/").arg(repository)));
    const auto started = http.send(start);
    if (started.status != 202)
        return QStringLiteral("upload start: HTTP %1").arg(started.status);
    QUrl location = base.resolved(QUrl::fromEncoded(started.header("location")));
    QUrlQuery query(location);
    query.addQueryItem(QStringLiteral("digest"), sha256(data));
    location.setQuery(query);
    LabHttpClient::Request put;
    put.method = "PUT";
    put.url = location;
    put.headers = {{"Content-Type", "application/octet-stream"}};
    put.body = data;
    const auto done = http.send(put);
    return done.status == 201 ? QString() : QStringLiteral("upload: HTTP %1").arg(done.status);
}

QString TestRegistryContent::pushManifest(const QString &repository,
                                          const QString &reference,
                                          const QByteArray &body,
                                          const QByteArray &mediaType)
{
    LabHttpClient http;
    LabHttpClient::Request put;
    put.method = "PUT";
    put.url = m_lab->registry().url().resolved(
        QUrl(QStringLiteral("/v2/%1/manifests/%2").arg(repository, reference)));
    put.headers = {{"Content-Type", mediaType}};
    put.body = body;
    const auto done = http.send(put);
    return done.status == 201
        ? QString()
        : QStringLiteral("manifest: HTTP %1 %2").arg(done.status).arg(QString::fromUtf8(done.body));
}

void TestRegistryContent::referrers()
{
    const QString repository = QStringLiteral("library/busybox");
    const Digest subject = *Digest::parse(m_lab->images().busybox.manifest.digest);
    {
        ReferrersJob none(m_client.get(), ref(repository), subject);
        QVERIFY(waitFor(&none));
        QVERIFY2(none.result(), qPrintable(messageOf(none.result())));
        QVERIFY(none.result()->isEmpty());
        QVERIFY(none.usedTagSchema()); // registry 2.8 answers 404 on /referrers/
    }
    {
        // Cancelled at once: one finished(), with Cancelled, and no answer taken afterwards.
        ReferrersJob cancelled(m_client.get(), ref(repository), subject);
        QSignalSpy finished(&cancelled, &ReferrersJob::finished);
        cancelled.start();
        cancelled.cancel();
        QVERIFY(finished.wait(5000));
        QTest::qWait(200);
        QCOMPARE(finished.size(), 1);
        QVERIFY(!cancelled.result());
        QCOMPARE(cancelled.result().error().code, ErrorCode::Cancelled);
    }

    // An SBOM-like artifact whose subject is busybox, and the referrers tag schema index
    // (spec.md "Referrers Tag Schema") listing it, as a 1.1 client pushes to a 1.0 registry.
    const QByteArray empty = "{}";
    const QByteArray sbom = R"({"spdxVersion":"SPDX-2.3","name":"busybox"})";
    QCOMPARE(pushBlob(repository, empty), QString());
    QCOMPARE(pushBlob(repository, sbom), QString());
    const QJsonObject artifact{
        {QStringLiteral("schemaVersion"), 2},
        {QStringLiteral("mediaType"), MediaType::ociManifest},
        {QStringLiteral("artifactType"), QStringLiteral("application/spdx+json")},
        {QStringLiteral("config"),
         QJsonObject{
             {QStringLiteral("mediaType"), QStringLiteral("application/vnd.oci.empty.v1+json")},
             {QStringLiteral("digest"), sha256(empty)},
             {QStringLiteral("size"), empty.size()}}},
        {QStringLiteral("layers"),
         QJsonArray{
             QJsonObject{{QStringLiteral("mediaType"), QStringLiteral("application/spdx+json")},
                         {QStringLiteral("digest"), sha256(sbom)},
                         {QStringLiteral("size"), sbom.size()}}}},
        {QStringLiteral("subject"),
         QJsonObject{{QStringLiteral("mediaType"), MediaType::ociManifest},
                     {QStringLiteral("digest"), subject.toString()},
                     {QStringLiteral("size"), m_lab->images().busybox.manifest.size}}},
    };
    const QByteArray artifactBody = QJsonDocument(artifact).toJson(QJsonDocument::Compact);
    const QString artifactDigest = sha256(artifactBody);
    QCOMPARE(
        pushManifest(repository, artifactDigest, artifactBody, MediaType::ociManifest.toLatin1()),
        QString());
    const QJsonObject index{
        {QStringLiteral("schemaVersion"), 2},
        {QStringLiteral("mediaType"), MediaType::ociIndex},
        {QStringLiteral("manifests"),
         QJsonArray{QJsonObject{
             {QStringLiteral("mediaType"), MediaType::ociManifest},
             {QStringLiteral("digest"), artifactDigest},
             {QStringLiteral("size"), artifactBody.size()},
             {QStringLiteral("artifactType"), QStringLiteral("application/spdx+json")}}}},
    };
    QCOMPARE(pushManifest(repository,
                          ReferrersJob::tagSchemaTag(subject),
                          QJsonDocument(index).toJson(QJsonDocument::Compact),
                          MediaType::ociIndex.toLatin1()),
             QString());

    ReferrersJob job(m_client.get(), ref(repository), subject);
    QVERIFY(waitFor(&job));
    QVERIFY2(job.result(), qPrintable(messageOf(job.result())));
    QVERIFY(job.usedTagSchema());
    QCOMPARE(job.result()->size(), 1);
    QCOMPARE(job.result()->first().digest.toString(), artifactDigest);
    QCOMPARE(job.result()->first().artifactType, QStringLiteral("application/spdx+json"));
    QCOMPARE(job.result()->first().size, artifactBody.size());
    // Another subject still has none.
    ReferrersJob other(m_client.get(),
                       ref(QStringLiteral("demo/multiarch")),
                       *Digest::parse(m_lab->images().multiarch.index.digest));
    QVERIFY(waitFor(&other));
    QVERIFY2(other.result(), qPrintable(messageOf(other.result())));
    QVERIFY(other.result()->isEmpty());
}

QTEST_GUILESS_MAIN(TestRegistryContent)
#include "tst_registrycontent.moc"
