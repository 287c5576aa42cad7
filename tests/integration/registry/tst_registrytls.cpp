// SPDX-License-Identifier: GPL-3.0-or-later
// TLS against the lab's docker-registry with a CA made at test time: an unknown CA fails with
// ErrorCode::Tls and names the places searched (and does not fall back to plain HTTP, since the
// server does speak TLS); the CA from a --cert-dir or a certs.d folder works; tlsVerify=false
// works; a plain-HTTP loopback registry is reached by falling back from https.
#include "lab.h"
#include "model/core/realclock.h"
#include "model/reference/imagereference.h"
#include "model/registry/manifestjob.h"
#include "model/registry/pingjob.h"
#include "model/registry/registryclient.h"
#include "model/registry/tlssettings.h"

#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {
constexpr int kJobTimeoutMs = 20000;

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
} // namespace

class TestRegistryTls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void unknownCa();
    void trusted_data();
    void trusted();
    void plainHttpFallbackOnLoopback();

private:
    std::unique_ptr<RegistryClient> makeClient();
    ImageReference ref(Lab &lab, const QString &repositoryAndTag) const;

    std::unique_ptr<Lab> m_tls;
    std::unique_ptr<Lab> m_plain;
    QTemporaryDir m_configHome;
    QNetworkAccessManager m_network;
    RealClock m_clock;
};

void TestRegistryTls::initTestCase()
{
    // The default certs.d search starts in $XDG_CONFIG_HOME: keep it empty and ours.
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_configHome.path()));
    m_tls = std::make_unique<Lab>(RegistryProcess::Mode::Tls);
    m_plain = std::make_unique<Lab>(RegistryProcess::Mode::Anonymous);
    for (Lab *lab : {m_tls.get(), m_plain.get()}) {
        const Result<void> started = lab->start();
        QVERIFY2(started, qPrintable(messageOf(started)));
    }
}

void TestRegistryTls::cleanup()
{
    m_network.clearConnectionCache();
    QDir(m_configHome.path() + QStringLiteral("/containers")).removeRecursively();
}

std::unique_ptr<RegistryClient> TestRegistryTls::makeClient()
{
    auto client = std::make_unique<RegistryClient>(&m_network, &m_clock);
    client->setCredentialSources(CredentialSources());
    return client;
}

ImageReference TestRegistryTls::ref(Lab &lab, const QString &repositoryAndTag) const
{
    auto r = ImageReference::parseNormalized(lab.registry().hostPort() + QLatin1Char('/')
                                             + repositoryAndTag);
    if (!r)
        qFatal("bad test reference");
    return *r;
}

void TestRegistryTls::unknownCa()
{
    auto client = makeClient();
    const QString host = m_tls->registry().hostPort();
    ManifestJob job(client.get(),
                    ref(*m_tls, QStringLiteral("library/busybox:latest")),
                    ManifestJob::Method::Get);
    QVERIFY(waitFor(&job));
    QVERIFY(!job.result());
    const Error &e = job.result().error();
    QCOMPARE(e.code, ErrorCode::Tls);
    // Every place consulted is named, so the user knows where to put ca.crt.
    for (const QString &dir : TlsSettings::defaultCertDirs(host))
        QVERIFY2(e.message.contains(dir), qPrintable(e.message));
    QVERIFY2(e.message.contains(m_configHome.path()), qPrintable(e.message));
    QVERIFY2(e.message.contains(host), qPrintable(e.message));
    // The server speaks TLS, so the engine must not have switched this host to plain HTTP.
    QCOMPARE(client->baseUrl(host).scheme(), QStringLiteral("https"));

    // Same with a --cert-dir that lacks the CA: that folder alone is consulted.
    QTemporaryDir empty;
    RegistryHostOptions options;
    options.certDir = empty.path();
    client->setHostOptions(host, options);
    ManifestJob again(client.get(),
                      ref(*m_tls, QStringLiteral("library/busybox:latest")),
                      ManifestJob::Method::Get);
    QVERIFY(waitFor(&again));
    QVERIFY(!again.result());
    QCOMPARE(again.result().error().code, ErrorCode::Tls);
    QVERIFY2(again.result().error().message.contains(empty.path()),
             qPrintable(again.result().error().message));
}

void TestRegistryTls::trusted_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("--cert-dir") << QStringLiteral("certDir");
    QTest::newRow("certs.d under XDG_CONFIG_HOME") << QStringLiteral("certsd");
    QTest::newRow("tlsVerify=false") << QStringLiteral("noverify");
}

void TestRegistryTls::trusted()
{
    QFETCH(QString, how);
    auto client = makeClient();
    const QString host = m_tls->registry().hostPort();
    RegistryHostOptions options;
    if (how == QLatin1String("certDir")) {
        options.certDir = m_tls->registry().certDir();
    } else if (how == QLatin1String("certsd")) {
        const QString dir = m_configHome.path() + QStringLiteral("/containers/certs.d/") + host;
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(
            QFile::copy(m_tls->registry().caCertificatePath(), dir + QStringLiteral("/ca.crt")));
    } else {
        options.tlsVerify = false;
    }
    client->setHostOptions(host, options);
    ManifestJob job(client.get(),
                    ref(*m_tls, QStringLiteral("demo/multiarch:1.0")),
                    ManifestJob::Method::Get);
    QVERIFY(waitFor(&job));
    QVERIFY2(job.result(), qPrintable(messageOf(job.result())));
    QCOMPARE(job.result()->digest.toString(), m_tls->images().multiarch.index.digest);

    PingJob ping(client.get(), host);
    QVERIFY(waitFor(&ping));
    QVERIFY2(ping.result(), qPrintable(messageOf(ping.result())));
    QCOMPARE(ping.result()->scheme, QStringLiteral("https"));
    QCOMPARE(ping.result()->tlsVerified, how != QLatin1String("noverify"));
    QCOMPARE(ping.result()->authScheme, QStringLiteral("none"));
    QVERIFY(ping.result()->catalogSupported);
}

void TestRegistryTls::plainHttpFallbackOnLoopback()
{
    auto client = makeClient();
    const QString host = m_plain->registry().hostPort();
    QCOMPARE(client->baseUrl(host).scheme(), QStringLiteral("https")); // https first
    ManifestJob job(client.get(),
                    ref(*m_plain, QStringLiteral("library/busybox:latest")),
                    ManifestJob::Method::Get);
    QVERIFY(waitFor(&job));
    QVERIFY2(job.result(), qPrintable(messageOf(job.result())));
    QCOMPARE(client->baseUrl(host).scheme(), QStringLiteral("http")); // remembered
    // A registry configured as https only gets no fallback: a clear error instead.
    auto strict = makeClient();
    RegistryHostOptions options;
    options.scheme = QStringLiteral("https");
    strict->setHostOptions(host, options);
    ManifestJob refused(strict.get(),
                        ref(*m_plain, QStringLiteral("library/busybox:latest")),
                        ManifestJob::Method::Get);
    QVERIFY(waitFor(&refused));
    QVERIFY(!refused.result());
    QVERIFY2(refused.result().error().code == ErrorCode::Tls
                 || refused.result().error().code == ErrorCode::Network,
             qPrintable(refused.result().error().message));
    QVERIFY2(refused.result().error().message.contains(host),
             qPrintable(refused.result().error().message));
}

QTEST_GUILESS_MAIN(TestRegistryTls)
#include "tst_registrytls.moc"
