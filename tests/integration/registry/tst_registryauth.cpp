// SPDX-License-Identifier: GPL-3.0-or-later
// The registry client's authentication against the real docker-registry of the lab: anonymous,
// Basic (a credential from --creds, an auth.json, a docker config.json, a real credential
// helper program), and Token (anonymous pull of public repositories, private ones refused
// with a clear message and allowed with the demo login, the token cache, the OAuth2 refresh
// token POST for identity tokens), plus what PingJob finds in each mode.
#include "lab.h"
#include "labhttpclient.h"
#include "model/auth/authfile.h"
#include "model/core/realclock.h"
#include "model/reference/imagereference.h"
#include "model/registry/manifestjob.h"
#include "model/registry/pagedlistjob.h"
#include "model/registry/pingjob.h"
#include "model/registry/registryclient.h"
#include "model/registry/registryrequest.h"
#include "tokenissuer.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSaveFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

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

enum class Source { Explicit, AuthJson, DockerConfig, Helper };
} // namespace

Q_DECLARE_METATYPE(Source)

class TestRegistryAuth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void anonymous();
    void basic_data();
    void basic();
    void basicWrongPassword_data();
    void basicWrongPassword();
    void basicWithoutCredential();
    void tokenAnonymousPublic();
    void tokenPrivateDeniedAnonymously();
    void tokenPrivateWithDemo();
    void tokenCacheIsReused();
    void tokenOverConfiguredHttp();
    void identityTokenUsesOAuthPost();
    void ping_data();
    void ping();
    void pingCancelled();

private:
    std::unique_ptr<RegistryClient> makeClient(const CredentialSources &sources);
    // Sources that hold user/password for host in the way `source` says.
    CredentialSources sourcesFor(Source source,
                                 const QString &host,
                                 const QString &user,
                                 const QString &password,
                                 QString *where);
    // GETs the tag list of repository through a bare RegistryRequest (to see the credential).
    Result<RegistryResponse>
    listTags(RegistryClient *client, const QString &host, const QString &repository);
    ImageReference ref(Lab &lab, const QString &repositoryAndTag) const;
    static void verifyNoSecret(const Error &error, const QString &secret);

    std::unique_ptr<Lab> m_anonymous;
    std::unique_ptr<Lab> m_basic;
    std::unique_ptr<Lab> m_token;
    QTemporaryDir m_home;
    QNetworkAccessManager m_network;
    RealClock m_clock;
};

void TestRegistryAuth::initTestCase()
{
    // The real helper program, with its store in our temporary folder.
    qputenv("PATH", QByteArray(HELPER_DIR) + ':' + qgetenv("PATH"));
    qputenv("PULLSCOPE_TEST_HELPER_STORE",
            QFile::encodeName(m_home.filePath(QStringLiteral("helper-store.json"))));
    m_anonymous = std::make_unique<Lab>(RegistryProcess::Mode::Anonymous);
    m_basic = std::make_unique<Lab>(RegistryProcess::Mode::Basic);
    m_token = std::make_unique<Lab>(RegistryProcess::Mode::Token);
    for (Lab *lab : {m_anonymous.get(), m_basic.get(), m_token.get()}) {
        const Result<void> started = lab->start();
        QVERIFY2(started, qPrintable(messageOf(started)));
    }
}

void TestRegistryAuth::cleanup()
{
    m_network.clearConnectionCache();
}

std::unique_ptr<RegistryClient> TestRegistryAuth::makeClient(const CredentialSources &sources)
{
    auto client = std::make_unique<RegistryClient>(&m_network, &m_clock);
    client->setCredentialSources(sources);
    return client;
}

CredentialSources TestRegistryAuth::sourcesFor(Source source,
                                               const QString &host,
                                               const QString &user,
                                               const QString &password,
                                               QString *where)
{
    CredentialSources sources; // nothing from this machine's environment
    static int serial = 0;
    const QString dir = m_home.filePath(QStringLiteral("case%1").arg(++serial));
    QDir().mkpath(dir);
    switch (source) {
    case Source::Explicit:
        if (!sources.setExplicit(user + QLatin1Char(':') + password))
            qFatal("setExplicit failed");
        *where = QStringLiteral("--creds");
        break;
    case Source::AuthJson:
    case Source::DockerConfig: {
        const auto format = source == Source::AuthJson ? AuthFile::Format::ContainersAuth
                                                       : AuthFile::Format::DockerConfig;
        const QString path = dir
            + (source == Source::AuthJson ? QStringLiteral("/auth.json")
                                          : QStringLiteral("/config.json"));
        AuthFile file(path, format);
        file.setLogin(host, user, password);
        if (!file.save())
            qFatal("cannot write the auth file");
        sources.files.append({path, format, QStringLiteral("test")});
        *where = path;
        break;
    }
    case Source::Helper: {
        const QString path = dir + QStringLiteral("/config.json");
        QSaveFile config(path);
        config.open(QIODevice::WriteOnly);
        config.write(
            QJsonDocument(QJsonObject{{QStringLiteral("credHelpers"),
                                       QJsonObject{{host, QStringLiteral("pullscope-test")}}}})
                .toJson());
        config.commit();
        QSaveFile store(m_home.filePath(QStringLiteral("helper-store.json")));
        store.open(QIODevice::WriteOnly);
        store.write(QJsonDocument(QJsonObject{{host,
                                               QJsonObject{{QStringLiteral("Username"), user},
                                                           {QStringLiteral("Secret"), password}}}})
                        .toJson());
        store.commit();
        sources.files.append({path, AuthFile::Format::DockerConfig, QStringLiteral("test")});
        *where = QStringLiteral("docker-credential-pullscope-test");
        break;
    }
    }
    return sources;
}

Result<RegistryResponse>
TestRegistryAuth::listTags(RegistryClient *client, const QString &host, const QString &repository)
{
    RequestSpec spec;
    spec.host = host;
    spec.repository = repository;
    spec.path = QStringLiteral("/v2/%1/tags/list").arg(repository);
    spec.scopes = {QStringLiteral("repository:%1:pull").arg(repository)};
    spec.operation = QStringLiteral("listing the tags of %1").arg(repository);
    RegistryRequest *request = client->request(spec);
    QSignalSpy spy(request, &RegistryRequest::finished);
    if (!spy.wait(kJobTimeoutMs))
        return Error(ErrorCode::Timeout, QStringLiteral("test: the request never finished"));
    Result<RegistryResponse> result = request->result();
    delete request;
    return result;
}

ImageReference TestRegistryAuth::ref(Lab &lab, const QString &repositoryAndTag) const
{
    auto r = ImageReference::parseNormalized(lab.registry().hostPort() + QLatin1Char('/')
                                             + repositoryAndTag);
    if (!r)
        qFatal("bad test reference");
    return *r;
}

void TestRegistryAuth::verifyNoSecret(const Error &error, const QString &secret)
{
    const QString basicB64 = QString::fromLatin1(secret.toUtf8().toBase64());
    for (const QString &text : {error.message, error.detail}) {
        QVERIFY2(!text.contains(secret), qPrintable(text));
        QVERIFY2(!text.contains(basicB64), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("eyJ")), qPrintable(text));
    }
}

void TestRegistryAuth::anonymous()
{
    auto client = makeClient(CredentialSources());
    ManifestJob job(client.get(),
                    ref(*m_anonymous, QStringLiteral("library/busybox:latest")),
                    ManifestJob::Method::Get);
    QVERIFY(waitFor(&job));
    QVERIFY2(job.result(), qPrintable(messageOf(job.result())));
    QCOMPARE(job.result()->digest.toString(), m_anonymous->images().busybox.manifest.digest);
    const auto tags = listTags(client.get(),
                               m_anonymous->registry().hostPort(),
                               QStringLiteral("library/busybox"));
    QVERIFY2(tags, qPrintable(messageOf(tags)));
    QVERIFY(tags->credential.isAnonymous());
}

void TestRegistryAuth::basic_data()
{
    QTest::addColumn<Source>("source");
    QTest::addColumn<int>("origin");
    QTest::newRow("--creds") << Source::Explicit << int(Credential::Origin::Explicit);
    QTest::newRow("auth.json") << Source::AuthJson << int(Credential::Origin::ContainersAuth);
    QTest::newRow("docker config.json")
        << Source::DockerConfig << int(Credential::Origin::DockerConfig);
    QTest::newRow("credential helper") << Source::Helper << int(Credential::Origin::Helper);
}

void TestRegistryAuth::basic()
{
    QFETCH(Source, source);
    QFETCH(int, origin);
    const QString host = m_basic->registry().hostPort();
    const auto demo = m_basic->demoCredentials();
    QString where;
    auto client = makeClient(sourcesFor(source, host, demo.username, demo.password, &where));
    const auto tags = listTags(client.get(), host, QStringLiteral("library/busybox"));
    QVERIFY2(tags, qPrintable(messageOf(tags)));
    QCOMPARE(int(tags->credential.origin), origin);
    QCOMPARE(tags->credential.username, demo.username);
    QVERIFY(tags->body.contains("\"1.36\""));
    // Proven once, Basic goes up front: the next job needs no second credential lookup.
    ManifestJob job(client.get(),
                    ref(*m_basic, QStringLiteral("private/app:1.0")),
                    ManifestJob::Method::Head);
    QVERIFY(waitFor(&job));
    QVERIFY2(job.result(), qPrintable(messageOf(job.result())));
    QCOMPARE(job.result()->digest.toString(), m_basic->images().privateApp.manifest.digest);
}

void TestRegistryAuth::basicWrongPassword_data()
{
    basic_data();
}

void TestRegistryAuth::basicWrongPassword()
{
    QFETCH(Source, source);
    const QString host = m_basic->registry().hostPort();
    const QString wrong = QStringLiteral("not-the-password-%1").arg(int(source));
    QString where;
    auto client = makeClient(sourcesFor(source, host, QStringLiteral("demo"), wrong, &where));
    PagedListJob job(client.get(),
                     PagedListJob::Kind::Tags,
                     host,
                     QStringLiteral("library/busybox"));
    QVERIFY(waitFor(&job));
    QVERIFY(!job.result());
    const Error &e = job.result().error();
    QCOMPARE(e.code, ErrorCode::Unauthorized);
    QCOMPARE(e.httpStatus, 401);
    // Names the credential and where it came from.
    QVERIFY2(e.message.contains(QLatin1String("demo (password)")), qPrintable(e.message));
    if (source != Source::Explicit)
        QVERIFY2(e.message.contains(where), qPrintable(e.message));
    QVERIFY2(e.message.contains(host), qPrintable(e.message));
    verifyNoSecret(e, wrong);
}

void TestRegistryAuth::basicWithoutCredential()
{
    auto client = makeClient(CredentialSources());
    const QString host = m_basic->registry().hostPort();
    PagedListJob job(client.get(),
                     PagedListJob::Kind::Tags,
                     host,
                     QStringLiteral("library/busybox"));
    QVERIFY(waitFor(&job));
    QVERIFY(!job.result());
    QCOMPARE(job.result().error().code, ErrorCode::Unauthorized);
    QVERIFY2(job.result().error().message.contains(QLatin1String("none were found")),
             qPrintable(job.result().error().message));
}

void TestRegistryAuth::tokenAnonymousPublic()
{
    TokenIssuer *issuer = m_token->registry().tokenIssuer();
    issuer->clearRequests();
    auto client = makeClient(CredentialSources());
    ManifestJob job(client.get(),
                    ref(*m_token, QStringLiteral("demo/multiarch:1.0")),
                    ManifestJob::Method::Get);
    QVERIFY(waitFor(&job));
    QVERIFY2(job.result(), qPrintable(messageOf(job.result())));
    QCOMPARE(job.result()->digest.toString(), m_token->images().multiarch.index.digest);
    const auto requests = issuer->requests();
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.first().method, QStringLiteral("GET"));
    QVERIFY(!requests.first().basicAuth);
    QCOMPARE(requests.first().account, QString());
    QCOMPARE(requests.first().scopes,
             QStringList{QStringLiteral("repository:demo/multiarch:pull")});
    QCOMPARE(requests.first().service, issuer->service());
}

void TestRegistryAuth::tokenPrivateDeniedAnonymously()
{
    auto client = makeClient(CredentialSources());
    ManifestJob job(client.get(),
                    ref(*m_token, QStringLiteral("private/app:1.0")),
                    ManifestJob::Method::Get);
    QVERIFY(waitFor(&job));
    QVERIFY(!job.result());
    const Error &e = job.result().error();
    QCOMPARE(e.code, ErrorCode::Unauthorized);
    QVERIFY2(e.message.contains(QLatin1String("log in")), qPrintable(e.message));
    QVERIFY2(e.message.contains(m_token->registry().hostPort()), qPrintable(e.message));
    QVERIFY2(e.message.contains(QLatin1String("private/app")), qPrintable(e.message));
}

void TestRegistryAuth::tokenPrivateWithDemo()
{
    const auto demo = m_token->demoCredentials();
    QString where;
    auto client = makeClient(sourcesFor(Source::Explicit,
                                        m_token->registry().hostPort(),
                                        demo.username,
                                        demo.password,
                                        &where));
    TokenIssuer *issuer = m_token->registry().tokenIssuer();
    issuer->clearRequests();
    ManifestJob job(client.get(),
                    ref(*m_token, QStringLiteral("private/app:1.0")),
                    ManifestJob::Method::Get);
    QVERIFY(waitFor(&job));
    QVERIFY2(job.result(), qPrintable(messageOf(job.result())));
    QCOMPARE(job.result()->digest.toString(), m_token->images().privateApp.manifest.digest);
    QCOMPARE(issuer->requests().size(), 1);
    QVERIFY(issuer->requests().first().basicAuth);
    QCOMPARE(issuer->requests().first().account, demo.username);
    QCOMPARE(issuer->requests().first().granted,
             QStringList{QStringLiteral("repository:private/app:pull")});
}

void TestRegistryAuth::tokenCacheIsReused()
{
    TokenIssuer *issuer = m_token->registry().tokenIssuer();
    issuer->clearRequests();
    auto client = makeClient(CredentialSources());
    for (int i = 0; i < 5; ++i) {
        ManifestJob job(client.get(),
                        ref(*m_token, QStringLiteral("library/busybox:latest")),
                        ManifestJob::Method::Get);
        QVERIFY(waitFor(&job));
        QVERIFY2(job.result(), qPrintable(messageOf(job.result())));
        PagedListJob tags(client.get(),
                          PagedListJob::Kind::Tags,
                          m_token->registry().hostPort(),
                          QStringLiteral("library/busybox"));
        QVERIFY(waitFor(&tags));
        QVERIFY2(tags.result(), qPrintable(messageOf(tags.result())));
        QCOMPARE(issuer->requests().size(), 1); // one token for the scope, reused
    }
    // Another repository is another scope: one more token.
    ManifestJob other(client.get(),
                      ref(*m_token, QStringLiteral("demo/dockerlist:1.0")),
                      ManifestJob::Method::Get);
    QVERIFY(waitFor(&other));
    QVERIFY2(other.result(), qPrintable(messageOf(other.result())));
    QCOMPARE(issuer->requests().size(), 2);
}

// A registry configured as http:// with a plain-HTTP token realm (the lab's) must work: the
// registry's own traffic is plain already.
void TestRegistryAuth::tokenOverConfiguredHttp()
{
    auto client = makeClient(CredentialSources());
    RegistryHostOptions options;
    options.scheme = QStringLiteral("http");
    client->setHostOptions(m_token->registry().hostPort(), options);
    ManifestJob job(client.get(),
                    ref(*m_token, QStringLiteral("library/busybox:latest")),
                    ManifestJob::Method::Get);
    QVERIFY(waitFor(&job));
    QVERIFY2(job.result(), qPrintable(messageOf(job.result())));
}

void TestRegistryAuth::identityTokenUsesOAuthPost()
{
    TokenIssuer *issuer = m_token->registry().tokenIssuer();
    const auto demo = m_token->demoCredentials();
    // A refresh token from the issuer's OAuth2 password grant (auth/oauth.md).
    LabHttpClient http;
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("password"));
    form.addQueryItem(QStringLiteral("username"), demo.username);
    form.addQueryItem(QStringLiteral("password"), demo.password);
    form.addQueryItem(QStringLiteral("service"), issuer->service());
    form.addQueryItem(QStringLiteral("client_id"), QStringLiteral("pullscope-test"));
    form.addQueryItem(QStringLiteral("access_type"), QStringLiteral("offline"));
    form.addQueryItem(QStringLiteral("scope"), QStringLiteral("repository:private/app:pull"));
    LabHttpClient::Request post;
    post.method = "POST";
    post.url = issuer->realm();
    post.headers = {{"Content-Type", "application/x-www-form-urlencoded"}};
    post.body = form.toString(QUrl::FullyEncoded).toUtf8();
    const LabHttpClient::Reply reply = http.send(post);
    QVERIFY2(reply.ok(), reply.body.constData());
    const QString refreshToken = QJsonDocument::fromJson(reply.body)
                                     .object()
                                     .value(QStringLiteral("refresh_token"))
                                     .toString();
    QVERIFY(!refreshToken.isEmpty());

    // As docker login stores it: config.json "identitytoken".
    const QString host = m_token->registry().hostPort();
    const QString path = m_home.filePath(QStringLiteral("identity-config.json"));
    QSaveFile config(path);
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write(
        QJsonDocument(QJsonObject{{QStringLiteral("auths"),
                                   QJsonObject{{host,
                                                QJsonObject{{QStringLiteral("identitytoken"),
                                                             refreshToken}}}}}})
            .toJson());
    QVERIFY(config.commit());
    CredentialSources sources;
    sources.files.append({path, AuthFile::Format::DockerConfig, QStringLiteral("test")});
    auto client = makeClient(sources);
    issuer->clearRequests();
    ManifestJob job(client.get(),
                    ref(*m_token, QStringLiteral("private/app:1.0")),
                    ManifestJob::Method::Get);
    QVERIFY(waitFor(&job));
    QVERIFY2(job.result(), qPrintable(messageOf(job.result())));
    const auto requests = issuer->requests();
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.first().method, QStringLiteral("POST"));
    QCOMPARE(requests.first().grantType, QStringLiteral("refresh_token"));
    QCOMPARE(requests.first().account, demo.username);
    QCOMPARE(requests.first().granted, QStringList{QStringLiteral("repository:private/app:pull")});

    // A revoked or wrong identity token: refused, named, not shown.
    QSaveFile broken(path);
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write(
        QJsonDocument(
            QJsonObject{{QStringLiteral("auths"),
                         QJsonObject{{host,
                                      QJsonObject{{QStringLiteral("identitytoken"),
                                                   QStringLiteral("bogus-refresh-token-123")}}}}}})
            .toJson());
    QVERIFY(broken.commit());
    auto client2 = makeClient(sources);
    ManifestJob denied(client2.get(),
                       ref(*m_token, QStringLiteral("private/app:1.0")),
                       ManifestJob::Method::Get);
    QVERIFY(waitFor(&denied));
    QVERIFY(!denied.result());
    QCOMPARE(denied.result().error().code, ErrorCode::Unauthorized);
    QVERIFY2(denied.result().error().message.contains(QLatin1String("identity token")),
             qPrintable(denied.result().error().message));
    verifyNoSecret(denied.result().error(), QStringLiteral("bogus-refresh-token-123"));
}

void TestRegistryAuth::ping_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("authScheme");
    QTest::addColumn<bool>("catalog");
    QTest::newRow("anonymous") << 0 << QStringLiteral("none") << true;
    QTest::newRow("basic") << 1 << QStringLiteral("basic") << true;
    // The lab grants nobody registry:catalog:*, so the catalog is refused in token mode.
    QTest::newRow("token") << 2 << QStringLiteral("bearer") << false;
}

void TestRegistryAuth::ping()
{
    QFETCH(int, mode);
    QFETCH(QString, authScheme);
    QFETCH(bool, catalog);
    Lab *lab = mode == 0 ? m_anonymous.get() : mode == 1 ? m_basic.get() : m_token.get();
    const auto demo = lab->demoCredentials();
    QString where;
    auto client = makeClient(mode == 0 ? CredentialSources()
                                       : sourcesFor(Source::Explicit,
                                                    lab->registry().hostPort(),
                                                    demo.username,
                                                    demo.password,
                                                    &where));
    PingJob job(client.get(), lab->registry().hostPort());
    QVERIFY(waitFor(&job));
    QVERIFY2(job.result(), qPrintable(messageOf(job.result())));
    const PingResult &p = *job.result();
    QCOMPARE(p.scheme, QStringLiteral("http")); // loopback: https tried, plain HTTP answered
    QVERIFY(!p.tlsVerified);
    QCOMPARE(p.authScheme.toLower(), authScheme);
    QCOMPARE(p.apiVersion, QStringLiteral("registry/2.0"));
    QCOMPARE(p.catalogSupported, catalog);
    if (catalog)
        QCOMPARE(p.sampleRepositories, 1);
    else
        QVERIFY2(!p.catalogNote.isEmpty(), "a refused catalog says why");
    if (mode == 2) {
        QCOMPARE(p.realm, lab->registry().tokenIssuer()->realm().toString());
        QCOMPARE(p.service, lab->registry().tokenIssuer()->service());
    }
}

void TestRegistryAuth::pingCancelled()
{
    // Cancelled right after start: one finished(), with Cancelled, and nothing after it.
    auto client = makeClient(CredentialSources());
    PingJob job(client.get(), m_token->registry().hostPort());
    QSignalSpy finished(&job, &PingJob::finished);
    job.start();
    job.cancel();
    job.cancel(); // twice is harmless
    QVERIFY(finished.wait(10'000));
    QTest::qWait(200); // a late reply must not finish it again
    QCOMPARE(finished.count(), 1);
    QVERIFY(!job.result());
    QCOMPARE(job.result().error().code, ErrorCode::Cancelled);
}

QTEST_GUILESS_MAIN(TestRegistryAuth)
#include "tst_registryauth.moc"
