// SPDX-License-Identifier: GPL-3.0-or-later
// RegistryProcess in each mode, proven with the real skopeo: anonymous, Basic (401 without
// credentials), TLS (unknown authority without the CA, fine with --cert-dir), TLS + Basic; and
// the registry process is gone once its owner is.
#include "labseeder.h"
#include "ocilayoutwriter.h"
#include "registryprocess.h"
#include "skopeo.h"
#include "tests/support/requiretool.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <csignal>

using Mode = RegistryProcess::Mode;

class TestLabRegistry : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void modes_data();
    void modes();
    void processGoneAfterDestruction();
    void logIsCaptured();

private:
    QTemporaryDir m_layoutDir;
    ImageInfo m_image;
};

void TestLabRegistry::initTestCase()
{
    PULLSCOPE_REQUIRE_TOOL(
        !QStandardPaths::findExecutable(QStringLiteral("docker-registry")).isEmpty()
            && Skopeo::available(),
        "docker-registry and skopeo are needed");
    OciLayoutWriter writer(m_layoutDir.path());
    QVERIFY(writer.create().has_value());
    ImageSpec spec;
    spec.layers = {LayerSpec{}};
    spec.layers[0].files = {{QStringLiteral("hello"), "hello\n"}};
    spec.layers[0].randomBytes = 4096;
    Result<ImageInfo> image = writer.writeImage(spec);
    QVERIFY(image.has_value());
    m_image = *image;
    QVERIFY(writer.addReference(m_image.manifest, QStringLiteral("img")).has_value());
}

void TestLabRegistry::modes_data()
{
    QTest::addColumn<int>("modes");
    QTest::addColumn<bool>("withCredentials");
    QTest::addColumn<bool>("withCa");
    QTest::addColumn<bool>("expectOk");
    QTest::addColumn<QString>("expectedError");
    const int basic = int(Mode::Basic);
    const int tls = int(Mode::Tls);
    QTest::newRow("anonymous") << int(Mode::Anonymous) << false << false << true << QString();
    QTest::newRow("basic, no credentials")
        << basic << false << false << false << QStringLiteral("unauthorized");
    QTest::newRow("basic, wrong password")
        << basic << true << false << false << QStringLiteral("unauthorized");
    QTest::newRow("basic, credentials") << basic << true << false << true << QString();
    QTest::newRow("tls, no CA") << tls << false << false << false
                                << QStringLiteral("x509: certificate signed by unknown authority");
    QTest::newRow("tls, CA") << tls << false << true << true << QString();
    QTest::newRow("tls+basic, no credentials")
        << (tls | basic) << false << true << false << QStringLiteral("unauthorized");
    QTest::newRow("tls+basic, credentials") << (tls | basic) << true << true << true << QString();
}

void TestLabRegistry::modes()
{
    QFETCH(int, modes);
    QFETCH(bool, withCredentials);
    QFETCH(bool, withCa);
    QFETCH(bool, expectOk);
    QFETCH(QString, expectedError);
    RegistryProcess registry{RegistryProcess::Modes(modes)};
    Result<void> started = registry.start();
    QVERIFY2(started.has_value(),
             started ? "" : qPrintable(started.error().message + started.error().detail));
    QCOMPARE(registry.url().scheme(),
             registry.isTls() ? QStringLiteral("https") : QStringLiteral("http"));
    if (registry.isTls()) {
        QVERIFY(QFileInfo::exists(registry.caCertificatePath()));
        QVERIFY(QFileInfo::exists(registry.certsDirRoot() + QLatin1Char('/') + registry.hostPort()
                                  + QStringLiteral("/ca.crt")));
    }

    LabSeeder seeder(registry);
    Result<void> pushed = seeder.copy(m_layoutDir.path(),
                                      QStringLiteral("img"),
                                      QStringLiteral("lab/img"),
                                      QStringLiteral("v1"));
    QVERIFY2(pushed.has_value(), pushed ? "" : qPrintable(pushed.error().detail));

    QStringList args{QStringLiteral("inspect"), QStringLiteral("--raw")};
    if (registry.isTls())
        args << (withCa ? QStringList{QStringLiteral("--cert-dir"), registry.certDir()}
                        : QStringList{});
    else
        args << QStringLiteral("--tls-verify=false");
    if (withCredentials) {
        const RegistryProcess::Credentials admin = registry.adminCredentials();
        const bool wrong =
            QString::fromLatin1(QTest::currentDataTag()).contains(QLatin1String("wrong"));
        args << QStringLiteral("--creds")
             << admin.username + QLatin1Char(':')
                + (wrong ? QStringLiteral("not-the-password") : admin.password);
    } else {
        args << QStringLiteral("--no-creds");
    }
    args << QStringLiteral("docker://%1/lab/img:v1").arg(registry.hostPort());
    const Skopeo::Run run = Skopeo().run(args);
    QCOMPARE(run.ok(), expectOk);
    if (expectOk) {
        // The manifest served is the one written, byte for byte (same digest).
        QCOMPARE(
            QStringLiteral("sha256:")
                + QString::fromLatin1(
                    QCryptographicHash::hash(run.out.toUtf8(), QCryptographicHash::Sha256).toHex()),
            m_image.manifest.digest);
    } else {
        QVERIFY2(run.err.contains(expectedError), qPrintable(run.err));
    }
}

void TestLabRegistry::processGoneAfterDestruction()
{
    qint64 pid = 0;
    {
        RegistryProcess registry;
        QVERIFY(registry.start().has_value());
        pid = registry.pid();
        QVERIFY(pid > 0);
        QCOMPARE(::kill(pid_t(pid), 0), 0); // alive
    }
    errno = 0;
    QCOMPARE(::kill(pid_t(pid), 0), -1);
    QCOMPARE(errno, ESRCH);
}

void TestLabRegistry::logIsCaptured()
{
    RegistryProcess registry;
    QVERIFY(registry.start().has_value());
    const Skopeo::Run run =
        Skopeo().run({QStringLiteral("list-tags"),
                      QStringLiteral("--tls-verify=false"),
                      QStringLiteral("docker://%1/no/such-repo").arg(registry.hostPort())});
    QVERIFY(!run.ok());
    QTRY_VERIFY_WITH_TIMEOUT(registry.log().contains(QLatin1String("/v2/no/such-repo/tags/list")),
                             5000);
}

QTEST_GUILESS_MAIN(TestLabRegistry)
#include "tst_labregistry.moc"
