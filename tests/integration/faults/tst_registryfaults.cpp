// SPDX-License-Identifier: GPL-3.0-or-later
// The registry client against a real token-mode registry behind FaultyProxy: every injected
// fault must end in a clear Error (its code, the key words of its message, no secret in message
// or detail), never in a crash, a hang, or a wrong answer taken as right. Every wait is bounded.
#include "cannedhttpserver.h"
#include "faultyproxy.h"
#include "lab.h"
#include "labcertificateauthority.h"
#include "model/core/realclock.h"
#include "model/reference/imagereference.h"
#include "model/registry/blobstream.h"
#include "model/registry/manifestjob.h"
#include "model/registry/pagedlistjob.h"
#include "model/registry/registryclient.h"
#include "model/registry/registryrequest.h"
#include "model/registry/smallblobjob.h"
#include "recordingserver.h"
#include "tokenissuer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTest>
#include <QThread>

#include <memory>

namespace {
constexpr int kJobTimeoutMs = 20000;

// Waits for a job's finished() with a bound; false when it never came.
template<typename Job>
bool waitFor(Job *job, int timeoutMs = kJobTimeoutMs)
{
    QSignalSpy spy(job, &Job::finished);
    job->start();
    return spy.wait(timeoutMs) || spy.count() > 0;
}
} // namespace

class TestRegistryFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void malformedTagList();
    void manifestContentTypeDisagrees();
    void digestMismatch_data();
    void digestMismatch();
    void truncatedManifest_data();
    void truncatedManifest();
    void brokenLinkHeaders_data();
    void brokenLinkHeaders();
    void garbageTokenEndpoint_data();
    void garbageTokenEndpoint();
    void tooManyRequests();
    void serverErrors_data();
    void serverErrors();
    void stallBeyondTimeout_data();
    void stallBeyondTimeout();
    void connectionRefused();
    void redirectDropsAuthorization_data();
    void redirectDropsAuthorization();
    void httpsToHttpRedirectRefused();
    void blobStreamFollowsRedirectWithoutAuthorization();
    void blobStreamDeclinesAChallenge();
    void blobStreamOverTls();
    void blobStreamSkipsInterimHeadsAndNamesTheHost();
    void blobStreamTimesOutBeforeTheHead();
    void proxyPassesRangeThrough();

private:
    // A fresh client (no cached tokens or challenges) with the demo login as --creds.
    std::unique_ptr<RegistryClient> makeClient();
    ImageReference ref(const QString &repositoryAndTag) const;
    void verifyNoSecret(const Error &error) const;

    std::unique_ptr<Lab> m_lab;
    std::unique_ptr<FaultyProxy> m_proxy;
    QNetworkAccessManager m_network;
    RealClock m_clock;
};

void TestRegistryFaults::initTestCase()
{
    m_lab = std::make_unique<Lab>(RegistryProcess::Mode::Token);
    const Result<void> started = m_lab->start();
    QVERIFY2(started, qPrintable(started ? QString() : started.error().message));
    m_proxy = std::make_unique<FaultyProxy>(m_lab->registry().url());
    const Result<void> listening = m_proxy->start();
    QVERIFY2(listening, qPrintable(listening ? QString() : listening.error().message));
}

void TestRegistryFaults::cleanup()
{
    m_proxy->clearRules();
    m_proxy->clearRequests();
    m_network.clearConnectionCache();
}

std::unique_ptr<RegistryClient> TestRegistryFaults::makeClient()
{
    auto client = std::make_unique<RegistryClient>(&m_network, &m_clock);
    CredentialSources sources;
    const auto demo = m_lab->demoCredentials();
    if (!sources.setExplicit(demo.username + QLatin1Char(':') + demo.password))
        qFatal("cannot set the demo credential");
    client->setCredentialSources(sources);
    return client;
}

ImageReference TestRegistryFaults::ref(const QString &repositoryAndTag) const
{
    auto r =
        ImageReference::parseNormalized(m_proxy->hostPort() + QLatin1Char('/') + repositoryAndTag);
    if (!r)
        qFatal("bad test reference");
    return *r;
}

void TestRegistryFaults::verifyNoSecret(const Error &error) const
{
    qInfo().noquote() << Error::codeName(error.code) << error.message;
    const auto demo = m_lab->demoCredentials();
    const QString basic =
        QString::fromLatin1((demo.username + QLatin1Char(':') + demo.password).toUtf8().toBase64());
    for (const QString &text : {error.message, error.detail}) {
        QVERIFY2(!text.contains(demo.password), qPrintable(text));
        QVERIFY2(!text.contains(basic), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("Bearer ey")), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("eyJ")), qPrintable(text)); // a JWT
    }
}

void TestRegistryFaults::malformedTagList()
{
    m_proxy->addRule(FaultyProxy::Rule::always(
        "GET",
        QStringLiteral("/tags/list"),
        FaultyProxy::Fault::replaceBody(R"({"name":"library/busybox","tags":["1.3)")));
    auto client = makeClient();
    PagedListJob job(client.get(),
                     PagedListJob::Kind::Tags,
                     m_proxy->hostPort(),
                     QStringLiteral("library/busybox"));
    QVERIFY(waitFor(&job));
    QVERIFY(!job.result());
    QCOMPARE(job.result().error().code, ErrorCode::Protocol);
    QVERIFY2(job.result().error().message.contains(QLatin1String("not JSON")),
             qPrintable(job.result().error().message));
    QVERIFY(job.result().error().message.contains(m_proxy->hostPort()));
    verifyNoSecret(job.result().error());
}

void TestRegistryFaults::manifestContentTypeDisagrees()
{
    // busybox is an OCI manifest with a mediaType field; serve it as a Docker one.
    m_proxy->addRule(FaultyProxy::Rule::always(
        "GET",
        QStringLiteral("/manifests/latest"),
        FaultyProxy::Fault::setHeader("Content-Type",
                                      "application/vnd.docker.distribution.manifest.v2+json")));
    auto client = makeClient();
    ManifestJob job(client.get(),
                    ref(QStringLiteral("library/busybox:latest")),
                    ManifestJob::Method::Get);
    QVERIFY(waitFor(&job));
    QVERIFY(!job.result());
    const Error &e = job.result().error();
    QCOMPARE(e.code, ErrorCode::Protocol);
    QVERIFY2(e.message.contains(QLatin1String("application/vnd.oci.image.manifest.v1+json"))
                 && e.message.contains(QLatin1String("served as")),
             qPrintable(e.message));
    verifyNoSecret(e);
}

void TestRegistryFaults::digestMismatch_data()
{
    QTest::addColumn<bool>("configBlob");
    QTest::newRow("manifest by digest") << false;
    QTest::newRow("config blob") << true;
}

void TestRegistryFaults::digestMismatch()
{
    QFETCH(bool, configBlob);
    const ImageInfo &busybox = m_lab->images().busybox;
    const QString digest = configBlob ? busybox.config.digest : busybox.manifest.digest;
    m_proxy->addRule(FaultyProxy::Rule::always("GET",
                                               QRegularExpression::escape(digest),
                                               FaultyProxy::Fault::flipByte(5)));
    auto client = makeClient();
    const Digest d = *Digest::parse(digest);
    Error e;
    if (configBlob) {
        SmallBlobJob job(client.get(),
                         m_proxy->hostPort(),
                         QStringLiteral("library/busybox"),
                         d,
                         busybox.config.size);
        QVERIFY(waitFor(&job));
        QVERIFY(!job.result());
        e = job.result().error();
    } else {
        ManifestJob job(client.get(),
                        *ref(QStringLiteral("library/busybox")).withDigest(d),
                        ManifestJob::Method::Get);
        QVERIFY(waitFor(&job));
        QVERIFY(!job.result());
        e = job.result().error();
    }
    QCOMPARE(e.code, ErrorCode::DigestMismatch);
    QVERIFY2(e.message.contains(digest), qPrintable(e.message));
    QVERIFY2(e.message.contains(QLatin1String("hashes to")), qPrintable(e.message));
    QVERIFY(!m_proxy->requestsMatching(QRegularExpression::escape(digest)).isEmpty());
    verifyNoSecret(e);
}

void TestRegistryFaults::truncatedManifest_data()
{
    QTest::addColumn<bool>("keepLength");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("words");
    // The server closes early: Content-Length promised more than came.
    QTest::newRow("length kept, closed early")
        << true << int(ErrorCode::Network) << QStringLiteral("fetching the manifest of");
    // A shortened Content-Length looks complete; only the digest can tell.
    QTest::newRow("shortened length")
        << false << int(ErrorCode::DigestMismatch) << QStringLiteral("cut in transit");
}

void TestRegistryFaults::truncatedManifest()
{
    QFETCH(bool, keepLength);
    QFETCH(int, code);
    QFETCH(QString, words);
    m_proxy->addRule(FaultyProxy::Rule::always("GET",
                                               QStringLiteral("/manifests/1\\.0$"),
                                               keepLength
                                                   ? FaultyProxy::Fault::truncateKeepingLength(100)
                                                   : FaultyProxy::Fault::truncateWithLength(100)));
    auto client = makeClient();
    ManifestJob job(client.get(),
                    ref(QStringLiteral("demo/multiarch:1.0")),
                    ManifestJob::Method::Get);
    QVERIFY(waitFor(&job));
    QVERIFY(!job.result());
    const Error &e = job.result().error();
    QCOMPARE(int(e.code), code);
    QVERIFY2(e.message.contains(words), qPrintable(e.message));
    const auto records = m_proxy->requestsMatching(QStringLiteral("/manifests/1\\.0$"));
    QVERIFY(!records.isEmpty());
    QCOMPARE(records.last().bodyBytesSent, 100);
    verifyNoSecret(e);
}

void TestRegistryFaults::brokenLinkHeaders_data()
{
    QTest::addColumn<QByteArray>("link");
    QTest::addColumn<QString>("words");
    QTest::newRow("malformed") << QByteArray(
        "/v2/library/busybox/tags/list?n=1&last=1.36; rel=next")
                               << QStringLiteral("malformed Link header");
    QTest::newRow("endless self link") << QByteArray("<{self}>; rel=\"next\"")
                                       << QStringLiteral("keeps sending the same next page");
    QTest::newRow("other host") << QByteArray(
        "<http://127.0.0.2:1/v2/library/busybox/tags/list?n=1&last=1.36>; rel=\"next\"")
                                << QStringLiteral("points elsewhere");
}

void TestRegistryFaults::brokenLinkHeaders()
{
    QFETCH(QByteArray, link);
    QFETCH(QString, words);
    m_proxy->addRule(FaultyProxy::Rule::always("GET",
                                               QStringLiteral("/tags/list"),
                                               FaultyProxy::Fault::setHeader("Link", link)));
    auto client = makeClient();
    PagedListJob job(client.get(),
                     PagedListJob::Kind::Tags,
                     m_proxy->hostPort(),
                     QStringLiteral("library/busybox"));
    job.setPageSize(1);
    QElapsedTimer timer;
    timer.start();
    QVERIFY(waitFor(&job));
    QVERIFY(!job.result());
    const Error &e = job.result().error();
    QCOMPARE(e.code, ErrorCode::Protocol);
    QVERIFY2(e.message.contains(words), qPrintable(e.message));
    QVERIFY2(job.pages() <= 3, "a loop must stop after the first repeat");
    // The other host was never asked.
    for (const auto &r : m_proxy->requests())
        QVERIFY(!r.target.contains("127.0.0.2"));
    verifyNoSecret(e);
}

void TestRegistryFaults::garbageTokenEndpoint_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("words");
    QTest::newRow("HTML page") << 200 << QByteArray("<html><body>Welcome to nginx</body></html>")
                               << QByteArray("text/html") << int(ErrorCode::Protocol)
                               << QStringLiteral("without a token");
    QTest::newRow("empty JSON") << 200 << QByteArray("{}") << QByteArray("application/json")
                                << int(ErrorCode::Protocol) << QStringLiteral("without a token");
    QTest::newRow("500") << 500 << QByteArray("oops") << QByteArray("text/plain")
                         << int(ErrorCode::Server) << QStringLiteral("answered HTTP 500");
}

void TestRegistryFaults::garbageTokenEndpoint()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(int, code);
    QFETCH(QString, words);
    RecordingServer garbage;
    garbage.setResponse(status, body, contentType);
    QVERIFY(garbage.start());
    const QByteArray realm = "realm=\"" + garbage.baseUrl().toEncoded() + "/token\"";
    m_proxy->addRule(FaultyProxy::Rule::always(
        QByteArray(),
        QStringLiteral("^/v2/"),
        FaultyProxy::Fault::replaceInHeader("WWW-Authenticate",
                                            QRegularExpression(QStringLiteral("realm=\"[^\"]*\"")),
                                            realm)));
    auto client = makeClient();
    ManifestJob job(client.get(),
                    ref(QStringLiteral("library/busybox:latest")),
                    ManifestJob::Method::Get);
    QVERIFY(waitFor(&job));
    QVERIFY(!job.result());
    const Error &e = job.result().error();
    QCOMPARE(int(e.code), code);
    QVERIFY2(e.message.contains(QLatin1String("token server")), qPrintable(e.message));
    QVERIFY2(e.message.contains(garbage.hostPort()), qPrintable(e.message));
    QVERIFY2(e.message.contains(words), qPrintable(e.message));
    QCOMPARE(garbage.requests().size(), 1);
    QVERIFY(garbage.requests().first().hadAuthorization); // the demo login went there, once
    verifyNoSecret(e);
}

void TestRegistryFaults::tooManyRequests()
{
    m_proxy->addRule(FaultyProxy::Rule::always("GET",
                                               QStringLiteral("/manifests/"),
                                               FaultyProxy::Fault::tooManyRequests(7)));
    auto client = makeClient();
    ManifestJob job(client.get(),
                    ref(QStringLiteral("library/busybox:latest")),
                    ManifestJob::Method::Get);
    QVERIFY(waitFor(&job));
    QVERIFY(!job.result());
    const Error &e = job.result().error();
    QCOMPARE(e.code, ErrorCode::TooManyRequests);
    QCOMPARE(e.httpStatus, 429);
    QVERIFY(e.retryable);
    QVERIFY2(e.message.contains(QLatin1String("7 s")), qPrintable(e.message));
    QVERIFY2(e.message.contains(QLatin1String("rate limiting")), qPrintable(e.message));
    verifyNoSecret(e);
}

void TestRegistryFaults::serverErrors_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("500") << 500;
    QTest::newRow("503") << 503;
}

void TestRegistryFaults::serverErrors()
{
    QFETCH(int, status);
    m_proxy->addRule(FaultyProxy::Rule::always("GET",
                                               QStringLiteral("/tags/list"),
                                               FaultyProxy::Fault::serverError(status)));
    auto client = makeClient();
    PagedListJob job(client.get(),
                     PagedListJob::Kind::Tags,
                     m_proxy->hostPort(),
                     QStringLiteral("library/busybox"));
    QVERIFY(waitFor(&job));
    QVERIFY(!job.result());
    const Error &e = job.result().error();
    QCOMPARE(e.code, ErrorCode::Server);
    QCOMPARE(e.httpStatus, status);
    QVERIFY(e.retryable);
    QVERIFY2(e.message.contains(QStringLiteral("HTTP %1").arg(status)), qPrintable(e.message));
    QVERIFY2(e.message.contains(QLatin1String("listing the tags of library/busybox")),
             qPrintable(e.message));
    verifyNoSecret(e);
}

void TestRegistryFaults::stallBeyondTimeout_data()
{
    QTest::addColumn<qint64>("afterBytes");
    QTest::newRow("before the head") << qint64(-1);
    QTest::newRow("after the head") << qint64(0);
    QTest::newRow("mid body") << qint64(50);
}

void TestRegistryFaults::stallBeyondTimeout()
{
    QFETCH(qint64, afterBytes);
    auto client = makeClient();
    // Settle the token first so the stalled request is the manifest itself.
    {
        ManifestJob warm(client.get(),
                         ref(QStringLiteral("library/busybox:latest")),
                         ManifestJob::Method::Head);
        QVERIFY(waitFor(&warm));
        QVERIFY(warm.result());
    }
    client->setTransferTimeoutMs(1000);
    m_proxy->addRule(FaultyProxy::Rule::always("GET",
                                               QStringLiteral("/manifests/latest"),
                                               FaultyProxy::Fault::stall(6000, afterBytes)));
    ManifestJob job(client.get(),
                    ref(QStringLiteral("library/busybox:latest")),
                    ManifestJob::Method::Get);
    QElapsedTimer timer;
    timer.start();
    QVERIFY(waitFor(&job, 10000));
    QVERIFY2(timer.elapsed() < 5000, "the timeout must end the request, not the stall");
    QVERIFY(!job.result());
    const Error &e = job.result().error();
    QCOMPARE(e.code, ErrorCode::Timeout);
    QVERIFY(e.retryable);
    QVERIFY2(e.message.contains(QLatin1String("did not answer within 1 s")), qPrintable(e.message));
    verifyNoSecret(e);
}

void TestRegistryFaults::connectionRefused()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const QString hostPort = QStringLiteral("127.0.0.1:%1").arg(probe.serverPort());
    probe.close();
    auto client = makeClient();
    PagedListJob job(client.get(),
                     PagedListJob::Kind::Tags,
                     hostPort,
                     QStringLiteral("library/busybox"));
    QVERIFY(waitFor(&job));
    QVERIFY(!job.result());
    const Error &e = job.result().error();
    QCOMPARE(e.code, ErrorCode::ConnectionRefused);
    QVERIFY2(e.message.contains(hostPort), qPrintable(e.message));
    QVERIFY2(e.message.contains(QLatin1String("nothing listens")), qPrintable(e.message));
    verifyNoSecret(e);
}

void TestRegistryFaults::redirectDropsAuthorization_data()
{
    QTest::addColumn<bool>("blob");
    QTest::newRow("blob") << true;
    QTest::newRow("manifest") << false;
}

void TestRegistryFaults::redirectDropsAuthorization()
{
    QFETCH(bool, blob);
    const ImageInfo &busybox = m_lab->images().busybox;
    // The other host serves the real content, as a CDN would, so the job can succeed.
    QFile content(m_lab->layoutPath() + QStringLiteral("/blobs/sha256/")
                  + (blob ? busybox.config.digest : busybox.manifest.digest).mid(7));
    QVERIFY(content.open(QIODevice::ReadOnly));
    RecordingServer cdn;
    cdn.setResponse(200,
                    content.readAll(),
                    blob ? QByteArray("application/octet-stream")
                         : busybox.manifest.mediaType.toLatin1());
    if (!cdn.start(QStringLiteral("127.0.0.2")))
        QSKIP("127.0.0.2 is not a loopback address here");
    const QString digest = blob ? busybox.config.digest : busybox.manifest.digest;
    const QString kind = blob ? QStringLiteral("blobs") : QStringLiteral("manifests");
    FaultyProxy::Rule rule = FaultyProxy::Rule::always(
        "GET",
        kind + QLatin1Char('/') + QRegularExpression::escape(digest),
        FaultyProxy::Fault::redirect(307, cdn.baseUrl().toEncoded() + "/cdn/" + digest.toLatin1()));
    rule.onlyWithAuthorization = true; // the authenticated request is the one redirected
    const int ruleId = m_proxy->addRule(rule);

    auto client = makeClient();
    Error error;
    if (blob) {
        SmallBlobJob job(client.get(),
                         m_proxy->hostPort(),
                         QStringLiteral("library/busybox"),
                         *Digest::parse(digest),
                         busybox.config.size);
        QVERIFY(waitFor(&job));
        QVERIFY2(job.result(), qPrintable(job.result() ? QString() : job.result().error().message));
    } else {
        ManifestJob job(client.get(),
                        *ref(QStringLiteral("library/busybox")).withDigest(*Digest::parse(digest)),
                        ManifestJob::Method::Get);
        QVERIFY(waitFor(&job));
        QVERIFY2(job.result(), qPrintable(job.result() ? QString() : job.result().error().message));
    }
    QCOMPARE(m_proxy->appliedCount(ruleId), 1);
    // Same host: the request carried the bearer token.
    const auto sameHost =
        m_proxy->requestsMatching(kind + QLatin1Char('/') + QRegularExpression::escape(digest),
                                  "GET");
    QVERIFY(!sameHost.isEmpty());
    QVERIFY(sameHost.last().hadAuthorization);
    QCOMPARE(sameHost.last().authorizationScheme, QByteArray("Bearer"));
    QCOMPARE(sameHost.last().status, 307);
    // Other host: the same request, without it.
    QCOMPARE(cdn.requests().size(), 1);
    QCOMPARE(cdn.requests().first().target, "/cdn/" + digest.toLatin1());
    QVERIFY(!cdn.requests().first().hadAuthorization);
    if (!blob)
        QVERIFY(!cdn.requests().first().headers.value("accept").isEmpty());
}

namespace {
// BlobStream::fetch() blocks; the lab's servers answer on this thread's event loop.
BlobStream::Target
streamTarget(const QString &scheme, const QString &hostPort, const QString &digest)
{
    BlobStream::Target target;
    target.url =
        QUrl(QStringLiteral("%1://%2/v2/library/busybox/blobs/%3").arg(scheme, hostPort, digest));
    target.timeoutMs = 5000;
    target.host = hostPort;
    target.operation = QStringLiteral("testing");
    return target;
}

BlobStream::Outcome fetchOnAThread(const BlobStream::Target &target, QByteArray *body)
{
    BlobStream::Outcome outcome;
    std::atomic<bool> cancelled = false;
    QThread *thread = QThread::create([&] {
        outcome = BlobStream::fetch(
            target,
            [body](int, const char *data, qint64 size) {
                body->append(data, size);
                return Result<void>();
            },
            cancelled);
    });
    thread->start();
    QElapsedTimer waited;
    waited.start();
    while (!thread->isFinished() && waited.elapsed() < 20'000)
        QTest::qWait(10);
    cancelled = true;
    thread->wait();
    delete thread;
    return outcome;
}
} // namespace

// A pull's own connection (BlobStream) follows a blob's redirect to another host as
// RegistryRequest does: the token goes to the registry, not to the CDN.
void TestRegistryFaults::blobStreamFollowsRedirectWithoutAuthorization()
{
    const ImageInfo &busybox = m_lab->images().busybox;
    QFile content(m_lab->layoutPath() + QStringLiteral("/blobs/sha256/")
                  + busybox.config.digest.mid(7));
    QVERIFY(content.open(QIODevice::ReadOnly));
    const QByteArray bytes = content.readAll();
    RecordingServer cdn;
    cdn.setResponse(200, bytes, "application/octet-stream");
    if (!cdn.start(QStringLiteral("127.0.0.2")))
        QSKIP("127.0.0.2 is not a loopback address here");
    const QString digest = busybox.config.digest;
    m_proxy->addRule(FaultyProxy::Rule::always(
        "GET",
        QStringLiteral("blobs/") + QRegularExpression::escape(digest),
        FaultyProxy::Fault::redirect(307,
                                     cdn.baseUrl().toEncoded() + "/cdn/" + digest.toLatin1())));

    BlobStream::Target target = streamTarget(QStringLiteral("http"), m_proxy->hostPort(), digest);
    target.headers.append(std::pair<QByteArray, QByteArray>("User-Agent", "pullscope-test"));
    target.authorization = "Bearer not-for-the-cdn";
    QByteArray body;
    const BlobStream::Outcome outcome = fetchOnAThread(target, &body);
    QVERIFY2(outcome.kind == BlobStream::Outcome::Kind::Streamed,
             qPrintable(outcome.error.message));
    QCOMPARE(outcome.response.status, 200);
    QCOMPARE(outcome.response.url.host(), QStringLiteral("127.0.0.2"));
    QVERIFY(body == bytes);
    QCOMPARE(outcome.bodyBytes, bytes.size());

    const auto atRegistry =
        m_proxy->requestsMatching(QStringLiteral("blobs/") + QRegularExpression::escape(digest),
                                  "GET");
    QCOMPARE(atRegistry.size(), 1);
    QCOMPARE(atRegistry.first().authorizationScheme, QByteArray("Bearer"));
    QCOMPARE(atRegistry.first().status, 307);
    QCOMPARE(cdn.requests().size(), 1);
    QCOMPARE(cdn.requests().first().target, "/cdn/" + digest.toLatin1());
    QVERIFY(!cdn.requests().first().hadAuthorization);
}

// A 401 is RegistryRequest's to answer (challenge, token): the stream takes nothing and says so.
void TestRegistryFaults::blobStreamDeclinesAChallenge()
{
    const QString digest = m_lab->images().busybox.config.digest;
    const BlobStream::Target target =
        streamTarget(QStringLiteral("http"), m_proxy->hostPort(), digest);
    QByteArray body;
    const BlobStream::Outcome outcome = fetchOnAThread(target, &body);
    QVERIFY(outcome.kind == BlobStream::Outcome::Kind::Declined);
    QVERIFY2(outcome.error.message.contains(QLatin1String("challenge")),
             qPrintable(outcome.error.message));
    QVERIFY(body.isEmpty());
    QCOMPARE(
        m_proxy
            ->requestsMatching(QStringLiteral("blobs/") + QRegularExpression::escape(digest), "GET")
            .first()
            .status,
        401);
}

// Over https the stream uses the registry's TLS settings (its CA here); a certificate it cannot
// verify means no connection, declined, for RegistryRequest to explain.
void TestRegistryFaults::blobStreamOverTls()
{
    auto ca = LabCertificateAuthority::create(QStringLiteral("stream CA"));
    QVERIFY(ca);
    auto pair = ca->issueServerCertificate(QStringLiteral("127.0.0.1"),
                                           {QStringLiteral("localhost")},
                                           {QStringLiteral("127.0.0.1")});
    QVERIFY(pair);
    FaultyProxy tlsProxy(m_lab->registry().url());
    tlsProxy.setTls(pair->certificatePem, pair->privateKeyPem);
    QVERIFY(tlsProxy.start());
    QByteArray bytes(3 * 1024 * 1024 + 11, Qt::Uninitialized);
    for (qsizetype i = 0; i < bytes.size(); ++i)
        bytes[i] = char(i * 7 + i / 4099);
    tlsProxy.addRule(FaultyProxy::Rule::always(
        "GET",
        QStringLiteral("/blobs/"),
        FaultyProxy::Fault::answer(200, bytes, "application/octet-stream")));

    BlobStream::Target target = streamTarget(QStringLiteral("https"),
                                             tlsProxy.hostPort(),
                                             QStringLiteral("sha256:") + QString(64, u'a'));
    QByteArray unverified;
    const BlobStream::Outcome refused = fetchOnAThread(target, &unverified);
    QVERIFY(refused.kind == BlobStream::Outcome::Kind::Declined);
    QVERIFY(unverified.isEmpty());

    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.addCaCertificates(QSslCertificate::fromData(ca->certificatePem()));
    target.tls = tls;
    QByteArray body;
    const BlobStream::Outcome outcome = fetchOnAThread(target, &body);
    QVERIFY2(outcome.kind == BlobStream::Outcome::Kind::Streamed,
             qPrintable(outcome.error.message));
    QVERIFY(body == bytes);
}

// 103 Early Hints (and 100 Continue) come before the final answer and are skipped; the Host
// header carries the port, and an IPv6 literal in brackets (RFC 9110 §7.2).
void TestRegistryFaults::blobStreamSkipsInterimHeadsAndNamesTheHost()
{
    const QByteArray answer = "HTTP/1.1 103 Early Hints\r\nLink: </hint>; rel=preload\r\n\r\n"
                              "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello";
    for (const QHostAddress &address :
         {QHostAddress(QHostAddress::LocalHost), QHostAddress(QHostAddress::LocalHostIPv6)}) {
        CannedHttpServer server(answer);
        if (!server.start(address)) {
            QVERIFY(address.protocol() == QAbstractSocket::IPv6Protocol);
            qInfo("no IPv6 loopback here; the bracketed Host header is not checked");
            continue;
        }
        QByteArray body;
        const BlobStream::Outcome outcome = fetchOnAThread(
            streamTarget(QStringLiteral("http"), server.hostPort(), QStringLiteral("sha256:x")),
            &body);
        QVERIFY2(outcome.kind == BlobStream::Outcome::Kind::Streamed,
                 qPrintable(outcome.error.message));
        QCOMPARE(outcome.response.status, 200);
        QCOMPARE(body, QByteArray("hello"));
        const QByteArray host = "\r\nHost: " + server.hostPort().toLatin1() + "\r\n";
        QVERIFY2(server.received().contains(host), server.received().constData());
    }
}

// A server that takes the request and never answers: after the transfer timeout the stream
// fails as RegistryRequest would (a retryable timeout), instead of declining and letting the
// same wait happen again through QNetworkAccessManager.
void TestRegistryFaults::blobStreamTimesOutBeforeTheHead()
{
    CannedHttpServer silent;
    QVERIFY(silent.start());
    BlobStream::Target target =
        streamTarget(QStringLiteral("http"), silent.hostPort(), QStringLiteral("sha256:x"));
    target.timeoutMs = 700;
    QByteArray body;
    const BlobStream::Outcome outcome = fetchOnAThread(target, &body);
    QVERIFY(outcome.kind == BlobStream::Outcome::Kind::Failed);
    QCOMPARE(outcome.error.code, ErrorCode::Timeout);
    QVERIFY(outcome.error.retryable);
    QVERIFY2(outcome.error.message.contains(QLatin1String("did not answer within")),
             qPrintable(outcome.error.message));
    QVERIFY(silent.received().startsWith("GET /v2/library/busybox/blobs/sha256:x HTTP/1.1\r\n"));
}

void TestRegistryFaults::httpsToHttpRedirectRefused()
{
    auto ca = LabCertificateAuthority::create(QStringLiteral("faults CA"));
    QVERIFY(ca);
    auto pair = ca->issueServerCertificate(QStringLiteral("127.0.0.1"),
                                           {QStringLiteral("localhost")},
                                           {QStringLiteral("127.0.0.1")});
    QVERIFY(pair);
    FaultyProxy tlsProxy(m_lab->registry().url());
    tlsProxy.setTls(pair->certificatePem, pair->privateKeyPem);
    QVERIFY(tlsProxy.start());
    RecordingServer plain;
    plain.setResponse(200, "{}");
    QVERIFY(plain.start());
    tlsProxy.addRule(FaultyProxy::Rule::always(
        "GET",
        QStringLiteral("/manifests/"),
        FaultyProxy::Fault::redirect(307, plain.baseUrl().toEncoded() + "/{self}")));

    QTemporaryDir certDir;
    QVERIFY(LabCertificateAuthority::writeFile(certDir.filePath(QStringLiteral("ca.crt")),
                                               ca->certificatePem()));
    auto client = makeClient();
    RegistryHostOptions options;
    options.certDir = certDir.path();
    client->setHostOptions(tlsProxy.hostPort(), options);
    auto reference = ImageReference::parseNormalized(tlsProxy.hostPort()
                                                     + QStringLiteral("/library/busybox:latest"));
    QVERIFY(reference);
    ManifestJob job(client.get(), *reference, ManifestJob::Method::Get);
    QVERIFY(waitFor(&job));
    QVERIFY(!job.result());
    const Error &e = job.result().error();
    QCOMPARE(e.code, ErrorCode::Protocol);
    QVERIFY2(e.message.contains(QLatin1String("redirected from HTTPS")), qPrintable(e.message));
    QVERIFY(plain.requests().isEmpty());
    QCOMPARE(tlsProxy.requests().size(), 1);
    verifyNoSecret(e);
}

// Issue 4 resumes blobs with Range; the proxy must not get in the way of 206 answers.
void TestRegistryFaults::proxyPassesRangeThrough()
{
    const ImageInfo &busybox = m_lab->images().busybox;
    const LayerInfo &layer = busybox.layers.first();
    auto client = makeClient();
    {
        ManifestJob warm(client.get(),
                         ref(QStringLiteral("library/busybox:latest")),
                         ManifestJob::Method::Head);
        QVERIFY(waitFor(&warm));
        QVERIFY(warm.result());
    }
    RequestSpec spec;
    spec.host = m_proxy->hostPort();
    spec.repository = QStringLiteral("library/busybox");
    spec.path = QStringLiteral("/v2/library/busybox/blobs/") + layer.digest;
    spec.scopes = {QStringLiteral("repository:library/busybox:pull")};
    spec.operation = QStringLiteral("range test");
    spec.headers.insert("Range", "bytes=10-");
    RegistryRequest *request = client->request(spec);
    QSignalSpy spy(request, &RegistryRequest::finished);
    QVERIFY(spy.wait(kJobTimeoutMs));
    QVERIFY2(request->result(),
             qPrintable(request->result() ? QString() : request->result().error().message));
    QCOMPARE(request->result()->status, 206);
    QCOMPARE(request->result()->body.size(), layer.size - 10);
    QVERIFY(request->result()->header("content-range").startsWith("bytes 10-"));
    QFile file(m_lab->layoutPath() + QStringLiteral("/blobs/sha256/") + layer.digest.mid(7));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(request->result()->body, file.readAll().mid(10));
    const auto records = m_proxy->requestsMatching(QRegularExpression::escape(layer.digest));
    QVERIFY(!records.isEmpty());
    QCOMPARE(records.last().headers.value("range"), QByteArray("bytes=10-"));
}

QTEST_GUILESS_MAIN(TestRegistryFaults)
#include "tst_registryfaults.moc"
