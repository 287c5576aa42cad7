// SPDX-License-Identifier: GPL-3.0-or-later
// The pull engine against the real registry: what lands in the store is what the registry
// has, other tools can read it, and shared layers come down once.
#include "model/cache/contentstore.h"
#include "model/core/realclock.h"
#include "model/pull/pulljob.h"
#include "model/registry/registryclient.h"
#include "tests/support/lab.h"
#include "tests/support/skopeo.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestPullJob : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void pullsHostPlatformOfAnIndex();
    void pullsAGivenPlatform();
    void pullsAllPlatformsAndSkopeoReadsThem_data();
    void pullsAllPlatformsAndSkopeoReadsThem();
    void secondPullReusesLayers();
    void missingPlatformFailsClearly();
    void singlePlatformImage();
    void missingTagFailsAndStoreStaysClean();
    void privateImageNeedsCredentials();
    void cancelLeavesNoBrokenStore();

private:
    Result<PullResult> pull(ContentStore &store,
                            const QString &ref,
                            PullOptions options = {},
                            RegistryClient *client = nullptr);

    QString host() { return m_lab->registry().hostPort(); }

    std::unique_ptr<Lab> m_lab;
    QNetworkAccessManager m_network;
    RealClock m_clock;
};

void TestPullJob::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_lab = std::make_unique<Lab>(RegistryProcess::Mode::Token);
    const auto started = m_lab->start();
    QVERIFY2(started, started ? "" : qPrintable(started.error().message));
}

Result<PullResult> TestPullJob::pull(ContentStore &store,
                                     const QString &ref,
                                     PullOptions options,
                                     RegistryClient *client)
{
    RegistryClient anonymous(&m_network, &m_clock);
    anonymous.setCredentialSources(CredentialSources());
    RegistryClient *c = client ? client : &anonymous;
    auto reference = ImageReference::parseNormalized(ref);
    if (!reference)
        return reference.error();
    PullJob job(c, &store, *reference, options);
    QSignalSpy finished(&job, &PullJob::finished);
    job.start();
    if (!finished.wait(120'000))
        return Error(ErrorCode::Timeout, QStringLiteral("pull did not finish"));
    return job.result();
}

void TestPullJob::pullsHostPlatformOfAnIndex()
{
    QTemporaryDir dir;
    ContentStore store(dir.path());
    const QString ref = host() + QStringLiteral("/demo/multiarch:1.0");
    const auto r = pull(store, ref);
    QVERIFY2(r, r ? "" : qPrintable(r.error().message));
    QCOMPARE(r->digest.toString(), m_lab->images().multiarch.index.digest);
    QCOMPARE(r->platforms, QStringList{Platform::host().normalized().format()});
    QVERIFY(r->downloadedBytes > 0);
    const auto images = store.images();
    QCOMPARE(images->size(), 1);
    QCOMPARE(images->first().reference, ref);
    // The host's image manifest, config and layers are all in the store, verified.
    for (const ImageInfo &image : m_lab->images().multiarch.images) {
        if (image.platform() != Platform::host().normalized().format())
            continue;
        QVERIFY(store.hasBlob(*Digest::parse(image.manifest.digest)));
        QVERIFY(store.hasBlob(*Digest::parse(image.config.digest)));
        for (const LayerInfo &layer : image.layers)
            QVERIFY(store.hasBlob(*Digest::parse(layer.digest)));
    }
}

void TestPullJob::pullsAGivenPlatform()
{
    QTemporaryDir dir;
    ContentStore store(dir.path());
    PullOptions options;
    options.platforms = PullOptions::Platforms::Given;
    options.platform = *Platform::parse(QStringLiteral("linux/arm/v7"));
    const auto r = pull(store, host() + QStringLiteral("/demo/multiarch:1.0"), options);
    QVERIFY2(r, r ? "" : qPrintable(r.error().message));
    QCOMPARE(r->platforms, QStringList{QStringLiteral("linux/arm/v7")});
    const ImageInfo arm = m_lab->images().multiarch.images.at(2);
    QCOMPARE(arm.platform(), QStringLiteral("linux/arm/v7"));
    QVERIFY(store.hasBlob(*Digest::parse(arm.config.digest)));
    const ImageInfo amd = m_lab->images().multiarch.images.at(0);
    QVERIFY(!store.hasBlob(*Digest::parse(amd.config.digest)));
}

void TestPullJob::pullsAllPlatformsAndSkopeoReadsThem_data()
{
    QTest::addColumn<QString>("repository");
    QTest::newRow("OCI index") << QStringLiteral("demo/multiarch:1.0");
    QTest::newRow("Docker manifest list") << QStringLiteral("demo/dockerlist:1.0");
    QTest::newRow("single image") << QStringLiteral("library/busybox:latest");
}

void TestPullJob::pullsAllPlatformsAndSkopeoReadsThem()
{
    QFETCH(QString, repository);
    QTemporaryDir dir;
    dir.setAutoRemove(qEnvironmentVariableIsEmpty("PULLSCOPE_KEEP_TEST_DIRS"));
    ContentStore store(dir.filePath(QStringLiteral("store")));
    PullOptions options;
    options.platforms = PullOptions::Platforms::All;
    const QString ref = host() + QLatin1Char('/') + repository;
    const auto r = pull(store, ref, options);
    QVERIFY2(r, r ? "" : qPrintable(r.error().message));
    // Another tool reads what Pullscope pulled: skopeo copies every platform out of the store.
    Skopeo skopeo;
    const auto copied =
        skopeo.run({QStringLiteral("copy"),
                    QStringLiteral("--all"),
                    QStringLiteral("oci:%1:%2").arg(store.root(), ref),
                    QStringLiteral("oci:%1:copy").arg(dir.filePath(QStringLiteral("out")))});
    QVERIFY2(copied.ok(), qPrintable(copied.describe()));
    // And what it reads has the registry's digest.
    const auto inspected = skopeo.run({QStringLiteral("inspect"),
                                       QStringLiteral("--raw"),
                                       QStringLiteral("oci:%1:%2").arg(store.root(), ref)});
    QVERIFY2(inspected.ok(), qPrintable(inspected.describe()));
    QCOMPARE(Digest::sha256Of(inspected.out.toUtf8()).toString(), r->digest.toString());
}

void TestPullJob::secondPullReusesLayers()
{
    QTemporaryDir dir;
    ContentStore store(dir.path());
    const auto first = pull(store, host() + QStringLiteral("/demo/multiarch:1.0"));
    QVERIFY(first);
    // The same image under another tag shares every blob: nothing comes over the network.
    const auto second = pull(store, host() + QStringLiteral("/demo/multiarch:latest"));
    QVERIFY2(second, second ? "" : qPrintable(second.error().message));
    QCOMPARE(second->downloadedBytes, 0);
    QCOMPARE(second->reusedBytes, second->totalBytes);
    QCOMPARE(store.images()->size(), 2);
}

void TestPullJob::missingPlatformFailsClearly()
{
    QTemporaryDir dir;
    ContentStore store(dir.path());
    PullOptions options;
    options.platforms = PullOptions::Platforms::Given;
    options.platform = *Platform::parse(QStringLiteral("linux/s390x"));
    const auto r = pull(store, host() + QStringLiteral("/demo/multiarch:1.0"), options);
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::NotFound);
    for (const QString &p : {QStringLiteral("linux/s390x"),
                             QStringLiteral("linux/amd64"),
                             QStringLiteral("linux/arm64"),
                             QStringLiteral("linux/arm/v7")})
        QVERIFY2(r.error().message.contains(p), qPrintable(r.error().message));
    QCOMPARE(store.images()->size(), 0);
}

void TestPullJob::singlePlatformImage()
{
    QTemporaryDir dir;
    ContentStore store(dir.path());
    const QString ref = host() + QStringLiteral("/library/busybox:latest");
    const auto r = pull(store, ref);
    QVERIFY2(r, r ? "" : qPrintable(r.error().message));
    // A plain manifest has no platform; the config's is recorded.
    QCOMPARE(r->platforms, QStringList{m_lab->images().busybox.platform()});
    QCOMPARE(store.images()->first().platforms, QStringList{m_lab->images().busybox.platform()});
    // Asking for another platform fails, as containerd does, and records nothing new.
    PullOptions options;
    options.platforms = PullOptions::Platforms::Given;
    options.platform = *Platform::parse(QStringLiteral("linux/s390x"));
    const auto other = pull(store, host() + QStringLiteral("/library/busybox:1.36"), options);
    QVERIFY(!other);
    QCOMPARE(other.error().code, ErrorCode::NotFound);
    QVERIFY2(other.error().message.contains(QLatin1String("single-platform image for linux/amd64")),
             qPrintable(other.error().message));
    QCOMPARE(store.images()->size(), 1);
}

void TestPullJob::missingTagFailsAndStoreStaysClean()
{
    QTemporaryDir dir;
    ContentStore store(dir.path());
    const auto r = pull(store, host() + QStringLiteral("/demo/multiarch:no-such-tag"));
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::NotFound);
    QCOMPARE(store.images()->size(), 0);
    QVERIFY(QDir(dir.filePath(QStringLiteral("blobs/sha256"))).entryList(QDir::Files).isEmpty());
}

void TestPullJob::privateImageNeedsCredentials()
{
    QTemporaryDir dir;
    ContentStore store(dir.path());
    const QString ref = host() + QStringLiteral("/private/app:1.0");
    const auto anonymous = pull(store, ref);
    QVERIFY(!anonymous);
    QVERIFY2(anonymous.error().code == ErrorCode::Unauthorized
                 || anonymous.error().code == ErrorCode::Denied,
             qPrintable(anonymous.error().message));
    RegistryClient client(&m_network, &m_clock);
    CredentialSources sources;
    QVERIFY(sources.setExplicit(m_lab->demoCredentials().username + QLatin1Char(':')
                                + m_lab->demoCredentials().password));
    client.setCredentialSources(sources);
    const auto r = pull(store, ref, {}, &client);
    QVERIFY2(r, r ? "" : qPrintable(r.error().message));
    QCOMPARE(r->digest.toString(), m_lab->images().privateApp.manifest.digest);
}

void TestPullJob::cancelLeavesNoBrokenStore()
{
    QTemporaryDir dir;
    ContentStore store(dir.path());
    RegistryClient client(&m_network, &m_clock);
    client.setCredentialSources(CredentialSources());
    PullJob job(&client,
                &store,
                *ImageReference::parseNormalized(host() + QStringLiteral("/demo/dockerlist:1.0")),
                PullOptions{PullOptions::Platforms::All, {}, 4, {}});
    QSignalSpy finished(&job, &PullJob::finished);
    connect(&job, &PullJob::resolved, &job, [&job] {
        job.cancel();
    });
    job.start();
    QVERIFY(finished.wait(60'000));
    QVERIFY(!job.result());
    QCOMPARE(job.result().error().code, ErrorCode::Cancelled);
    QCOMPARE(store.images()->size(), 0);
    QTest::qWait(100);
    QCOMPARE(finished.count(), 1);
    // Every blob that did land is whole and correct.
    const QDir blobs(dir.filePath(QStringLiteral("blobs/sha256")));
    for (const QString &name : blobs.entryList(QDir::Files)) {
        QFile f(blobs.filePath(name));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromLatin1(
                     QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex()),
                 name);
    }
}

QTEST_GUILESS_MAIN(TestPullJob)
#include "tst_pulljob.moc"
