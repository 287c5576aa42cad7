// SPDX-License-Identifier: GPL-3.0-or-later
// The seeded standard set as a registry serves it: the OCI index with its three platforms and
// the digests the writer returned, the Docker manifest list with the Docker media type, the
// single images byte for byte; and the bulk tagger making N tags visible to skopeo list-tags.
#include "lab.h"
#include "labseeder.h"
#include "skopeo.h"
#include "tests/support/requiretool.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

#include <memory>

namespace {

QString digestOf(const QString &text)
{
    return QStringLiteral("sha256:")
        + QString::fromLatin1(
               QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace

class TestLabSeeder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void indexes_data();
    void indexes();
    void singleImages_data();
    void singleImages();
    void bulkTags();

private:
    Skopeo::Run inspectRaw(const QString &repositoryTag);

    std::unique_ptr<Lab> m_lab;
};

void TestLabSeeder::initTestCase()
{
    PULLSCOPE_REQUIRE_TOOL(
        !QStandardPaths::findExecutable(QStringLiteral("docker-registry")).isEmpty()
            && Skopeo::available(),
        "docker-registry and skopeo are needed");
    m_lab = std::make_unique<Lab>(RegistryProcess::Mode::Basic);
    Result<void> r = m_lab->start();
    QVERIFY2(r.has_value(), r ? "" : qPrintable(r.error().message + r.error().detail));
}

Skopeo::Run TestLabSeeder::inspectRaw(const QString &repositoryTag)
{
    const RegistryProcess::Credentials demo = m_lab->demoCredentials();
    return Skopeo().run(
        {QStringLiteral("inspect"),
         QStringLiteral("--raw"),
         QStringLiteral("--tls-verify=false"),
         QStringLiteral("--creds"),
         demo.username + QLatin1Char(':') + demo.password,
         QStringLiteral("docker://%1/%2").arg(m_lab->registry().hostPort(), repositoryTag)});
}

void TestLabSeeder::indexes_data()
{
    QTest::addColumn<QString>("repositoryTag");
    QTest::addColumn<bool>("docker");
    QTest::newRow("oci index") << QStringLiteral("demo/multiarch:1.0") << false;
    QTest::newRow("oci index, second tag") << QStringLiteral("demo/multiarch:latest") << false;
    QTest::newRow("docker manifest list") << QStringLiteral("demo/dockerlist:1.0") << true;
}

void TestLabSeeder::indexes()
{
    QFETCH(QString, repositoryTag);
    QFETCH(bool, docker);
    const IndexInfo &expected = docker ? m_lab->images().dockerList : m_lab->images().multiarch;
    const Skopeo::Run run = inspectRaw(repositoryTag);
    QVERIFY2(run.ok(), qPrintable(run.describe()));
    QCOMPARE(digestOf(run.out), expected.index.digest);
    const QJsonObject index = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(index.value(QStringLiteral("mediaType")).toString(),
             docker ? QStringLiteral("application/vnd.docker.distribution.manifest.list.v2+json")
                    : QStringLiteral("application/vnd.oci.image.index.v1+json"));
    const QJsonArray manifests = index.value(QStringLiteral("manifests")).toArray();
    QStringList platforms;
    for (int i = 0; i < manifests.size(); ++i) {
        const QJsonObject m = manifests.at(i).toObject();
        const QJsonObject p = m.value(QStringLiteral("platform")).toObject();
        QString platform = p.value(QStringLiteral("os")).toString() + QLatin1Char('/')
            + p.value(QStringLiteral("architecture")).toString();
        if (p.contains(QStringLiteral("variant")))
            platform += QLatin1Char('/') + p.value(QStringLiteral("variant")).toString();
        platforms << platform;
        QCOMPARE(m.value(QStringLiteral("digest")).toString(),
                 expected.images.at(i).manifest.digest);
        QCOMPARE(m.value(QStringLiteral("mediaType")).toString(),
                 docker ? QStringLiteral("application/vnd.docker.distribution.manifest.v2+json")
                        : QStringLiteral("application/vnd.oci.image.manifest.v1+json"));
        // Each platform's manifest is there too, by digest.
        const QString repository = repositoryTag.section(QLatin1Char(':'), 0, 0);
        const Skopeo::Run child =
            inspectRaw(repository + QLatin1Char('@') + expected.images.at(i).manifest.digest);
        QVERIFY2(child.ok(), qPrintable(child.describe()));
        QCOMPARE(digestOf(child.out), expected.images.at(i).manifest.digest);
    }
    QCOMPARE(platforms,
             (QStringList{QStringLiteral("linux/amd64"),
                          QStringLiteral("linux/arm64"),
                          QStringLiteral("linux/arm/v7")}));
}

void TestLabSeeder::singleImages_data()
{
    QTest::addColumn<QString>("repositoryTag");
    QTest::addColumn<QString>("expectedDigest");
    QTest::addColumn<QString>("expectedMediaType");
    // Rows are filled from the lab started in initTestCase.
    QTest::newRow("busybox latest")
        << QStringLiteral("library/busybox:latest") << m_lab->images().busybox.manifest.digest
        << QStringLiteral("application/vnd.oci.image.manifest.v1+json");
    QTest::newRow("busybox 1.36") << QStringLiteral("library/busybox:1.36")
                                  << m_lab->images().busybox.manifest.digest
                                  << QStringLiteral("application/vnd.oci.image.manifest.v1+json");
    QTest::newRow("private app") << QStringLiteral("private/app:1.0")
                                 << m_lab->images().privateApp.manifest.digest
                                 << QStringLiteral(
                                        "application/vnd.docker.distribution.manifest.v2+json");
}

void TestLabSeeder::singleImages()
{
    QFETCH(QString, repositoryTag);
    QFETCH(QString, expectedDigest);
    QFETCH(QString, expectedMediaType);
    const Skopeo::Run run = inspectRaw(repositoryTag);
    QVERIFY2(run.ok(), qPrintable(run.describe()));
    QCOMPARE(digestOf(run.out), expectedDigest);
    QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8())
                 .object()
                 .value(QStringLiteral("mediaType"))
                 .toString(),
             expectedMediaType);
}

void TestLabSeeder::bulkTags()
{
    const int count = 300;
    LabSeeder seeder(m_lab->registry());
    const QStringList tags = LabSeeder::numberedTags(QStringLiteral("bulk"), count);
    QCOMPARE(tags.first(), QStringLiteral("bulk-00001"));
    QElapsedTimer timer;
    timer.start();
    Result<void> r = seeder.tagMany(QStringLiteral("demo/multiarch"), QStringLiteral("1.0"), tags);
    QVERIFY2(r.has_value(), r ? "" : qPrintable(r.error().message + r.error().detail));
    qInfo("tagged %d in %lld ms", count, timer.elapsed());
    const RegistryProcess::Credentials demo = m_lab->demoCredentials();
    const Skopeo::Run run = Skopeo().run(
        {QStringLiteral("list-tags"),
         QStringLiteral("--tls-verify=false"),
         QStringLiteral("--creds"),
         demo.username + QLatin1Char(':') + demo.password,
         QStringLiteral("docker://%1/demo/multiarch").arg(m_lab->registry().hostPort())});
    QVERIFY2(run.ok(), qPrintable(run.describe()));
    QStringList listed;
    for (const QJsonValue &v :
         QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("Tags")).toArray())
        listed << v.toString();
    for (const QString &t : tags)
        QVERIFY2(listed.contains(t), qPrintable(t));
    QCOMPARE(listed.size(), count + 2); // plus 1.0 and latest
    // Every bulk tag resolves to the index digest.
    const Skopeo::Run last = inspectRaw(QStringLiteral("demo/multiarch:") + tags.last());
    QCOMPARE(digestOf(last.out), m_lab->images().multiarch.index.digest);
}

QTEST_GUILESS_MAIN(TestLabSeeder)
#include "tst_labseeder.moc"
