// SPDX-License-Identifier: GPL-3.0-or-later
// Token mode end to end: the real registry trusts our TokenIssuer's JWTs (x5c chain to the lab
// CA), skopeo gets anonymous pull on public repositories only, demo may pull private/app, a
// user without a grant is denied; the token endpoint's GET and OAuth2 POST forms; the JWT
// verified here with OpenSSL against the CA, with the access claims asked for.
#include "lab.h"
#include "labhttpclient.h"
#include "skopeo.h"
#include "tests/support/requiretool.h"
#include "tokenissuer.h"

#include <openssl/bn.h>
#include <openssl/ecdsa.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>
#include <QUrlQuery>

#include <memory>

namespace {

QByteArray b64url(const QByteArray &s)
{
    return QByteArray::fromBase64(s,
                                  QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// Verifies a compact ES256 JWS: the x5c leaf must chain to caPem and its key must verify the
// signature. Independent of JwtSigner on purpose.
bool verifyJwt(const QByteArray &jwt,
               const QByteArray &caPem,
               QJsonObject *header,
               QJsonObject *claims)
{
    const QList<QByteArray> parts = jwt.split('.');
    if (parts.size() != 3)
        return false;
    *header = QJsonDocument::fromJson(b64url(parts[0])).object();
    *claims = QJsonDocument::fromJson(b64url(parts[1])).object();
    const QJsonArray x5c = header->value(QStringLiteral("x5c")).toArray();
    if (x5c.isEmpty() || header->value(QStringLiteral("alg")).toString() != QLatin1String("ES256"))
        return false;
    const QByteArray der = QByteArray::fromBase64(x5c.at(0).toString().toLatin1());
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    X509 *leaf = d2i_X509(nullptr, &p, long(der.size()));
    BIO *bio = BIO_new_mem_buf(caPem.constData(), int(caPem.size()));
    X509 *ca = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    X509_STORE *store = X509_STORE_new();
    X509_STORE_add_cert(store, ca);
    X509_STORE_CTX *ctx = X509_STORE_CTX_new();
    X509_STORE_CTX_init(ctx, store, leaf, nullptr);
    bool ok = leaf && ca && X509_verify_cert(ctx) == 1;
    if (ok) {
        const QByteArray raw = b64url(parts[2]);
        ECDSA_SIG *sig = ECDSA_SIG_new();
        ECDSA_SIG_set0(
            sig,
            BN_bin2bn(reinterpret_cast<const unsigned char *>(raw.constData()), 32, nullptr),
            BN_bin2bn(reinterpret_cast<const unsigned char *>(raw.constData()) + 32, 32, nullptr));
        unsigned char *sigDer = nullptr;
        const int sigLen = i2d_ECDSA_SIG(sig, &sigDer);
        const QByteArray input = parts[0] + '.' + parts[1];
        EVP_MD_CTX *md = EVP_MD_CTX_new();
        ok = raw.size() == 64
            && EVP_DigestVerifyInit(md, nullptr, EVP_sha256(), nullptr, X509_get0_pubkey(leaf)) == 1
            && EVP_DigestVerify(md,
                                sigDer,
                                size_t(sigLen),
                                reinterpret_cast<const unsigned char *>(input.constData()),
                                size_t(input.size()))
                == 1;
        EVP_MD_CTX_free(md);
        OPENSSL_free(sigDer);
        ECDSA_SIG_free(sig);
    }
    X509_STORE_CTX_free(ctx);
    X509_STORE_free(store);
    X509_free(ca);
    X509_free(leaf);
    return ok;
}

} // namespace

class TestLabToken : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void skopeo_data();
    void skopeo();
    void getToken_data();
    void getToken();
    void getTokenRefused_data();
    void getTokenRefused();
    void oauthPost();
    void jwtVerifiesOnlyAgainstItsCa();
    void requestsAreRecordedWithoutSecrets();

private:
    LabHttpClient::Reply tokenGet(const QList<std::pair<QString, QString>> &query,
                                  const QByteArray &basic = {});
    LabHttpClient::Reply tokenPost(const QByteArray &form);

    std::unique_ptr<Lab> m_token;
    std::unique_ptr<Lab> m_tlsToken;
};

void TestLabToken::initTestCase()
{
    PULLSCOPE_REQUIRE_TOOL(
        !QStandardPaths::findExecutable(QStringLiteral("docker-registry")).isEmpty()
            && Skopeo::available(),
        "docker-registry and skopeo are needed");
    m_token = std::make_unique<Lab>(RegistryProcess::Mode::Token);
    m_tlsToken = std::make_unique<Lab>(RegistryProcess::Mode::Token | RegistryProcess::Mode::Tls);
    for (Lab *lab : {m_token.get(), m_tlsToken.get()}) {
        lab->registry().tokenIssuer()->addUser(QStringLiteral("nogrant"),
                                               QStringLiteral("nogrant-pw"));
        Result<void> r = lab->start();
        QVERIFY2(r.has_value(), r ? "" : qPrintable(r.error().message + r.error().detail));
    }
}

void TestLabToken::skopeo_data()
{
    QTest::addColumn<bool>("tls");
    QTest::addColumn<QString>("image");
    QTest::addColumn<QString>("creds"); // "" anonymous, "demo" the demo login, else user:password
    QTest::addColumn<QString>("expectedError"); // "" means success
    for (const bool tls : {false, true}) {
        const char *p = tls ? "tls+token: " : "token: ";
        QTest::newRow(QByteArray(p + QByteArray("anonymous, public")).constData())
            << tls << QStringLiteral("demo/multiarch:1.0") << QString() << QString();
        QTest::newRow(QByteArray(p + QByteArray("anonymous, private")).constData())
            << tls << QStringLiteral("private/app:1.0") << QString()
            << QStringLiteral("unauthorized");
        QTest::newRow(QByteArray(p + QByteArray("demo, private")).constData())
            << tls << QStringLiteral("private/app:1.0") << QStringLiteral("demo") << QString();
    }
    QTest::newRow("token: no grant, private")
        << false << QStringLiteral("private/app:1.0") << QStringLiteral("nogrant:nogrant-pw")
        << QStringLiteral("denied");
    QTest::newRow("token: no grant, public") << false << QStringLiteral("library/busybox:latest")
                                             << QStringLiteral("nogrant:nogrant-pw") << QString();
    QTest::newRow("token: wrong password")
        << false << QStringLiteral("demo/multiarch:1.0") << QStringLiteral("demo:wrong")
        << QStringLiteral("authentication failed");
}

void TestLabToken::skopeo()
{
    QFETCH(bool, tls);
    QFETCH(QString, image);
    QFETCH(QString, creds);
    QFETCH(QString, expectedError);
    Lab &lab = tls ? *m_tlsToken : *m_token;
    QStringList args{QStringLiteral("inspect"), QStringLiteral("--raw")};
    args << lab.registry().skopeoTransportArgs();
    if (creds == QLatin1String("demo"))
        creds = lab.demoCredentials().username + QLatin1Char(':') + lab.demoCredentials().password;
    if (creds.isEmpty())
        args << QStringLiteral("--no-creds");
    else
        args << QStringLiteral("--creds") << creds;
    args << QStringLiteral("docker://%1/%2").arg(lab.registry().hostPort(), image);
    const Skopeo::Run run = Skopeo().run(args);
    if (expectedError.isEmpty()) {
        QVERIFY2(run.ok(), qPrintable(run.describe()));
        QVERIFY(run.out.contains(QLatin1String("schemaVersion")));
    } else {
        QVERIFY(!run.ok());
        QVERIFY2(run.err.contains(expectedError), qPrintable(run.err));
    }
}

LabHttpClient::Reply TestLabToken::tokenGet(const QList<std::pair<QString, QString>> &query,
                                            const QByteArray &basic)
{
    QUrl url = m_token->registry().tokenIssuer()->realm();
    QUrlQuery q;
    for (const auto &[k, v] : query)
        q.addQueryItem(k, QString::fromUtf8(QUrl::toPercentEncoding(v)));
    url.setQuery(q);
    LabHttpClient client;
    LabHttpClient::Request r;
    r.url = url;
    if (!basic.isEmpty())
        r.headers.append({"Authorization", "Basic " + basic.toBase64()});
    return client.send(r);
}

LabHttpClient::Reply TestLabToken::tokenPost(const QByteArray &form)
{
    LabHttpClient client;
    LabHttpClient::Request r;
    r.method = "POST";
    r.url = m_token->registry().tokenIssuer()->realm();
    r.headers.append({"Content-Type", QByteArray("application/x-www-form-urlencoded")});
    r.body = form;
    return client.send(r);
}

void TestLabToken::getToken_data()
{
    QTest::addColumn<QString>("user"); // "" anonymous
    QTest::addColumn<QStringList>("scopes");
    QTest::addColumn<QStringList>("expectedAccess"); // name:actions
    QTest::newRow("demo, private pull")
        << QStringLiteral("demo") << QStringList{QStringLiteral("repository:private/app:pull")}
        << QStringList{QStringLiteral("private/app:pull")};
    QTest::newRow("demo, push refused")
        << QStringLiteral("demo") << QStringList{QStringLiteral("repository:private/app:pull,push")}
        << QStringList{QStringLiteral("private/app:pull")};
    QTest::newRow("anonymous, private")
        << QString() << QStringList{QStringLiteral("repository:private/app:pull")} << QStringList{};
    QTest::newRow("anonymous, two scopes")
        << QString()
        << QStringList{QStringLiteral("repository:demo/multiarch:pull"),
                       QStringLiteral("repository:private/app:pull")}
        << QStringList{QStringLiteral("demo/multiarch:pull")};
    QTest::newRow("admin, push") << QStringLiteral("lab-admin")
                                 << QStringList{QStringLiteral("repository:x/y:pull,push")}
                                 << QStringList{QStringLiteral("x/y:pull,push")};
}

void TestLabToken::getToken()
{
    QFETCH(QString, user);
    QFETCH(QStringList, scopes);
    QFETCH(QStringList, expectedAccess);
    TokenIssuer *issuer = m_token->registry().tokenIssuer();
    QList<std::pair<QString, QString>> query{
        {QStringLiteral("service"), issuer->service()},
        {QStringLiteral("offline_token"), QStringLiteral("true")}};
    for (const QString &s : scopes)
        query.append({QStringLiteral("scope"), s});
    QByteArray basic;
    if (!user.isEmpty()) {
        query.append({QStringLiteral("account"), user});
        const QString password = user == QLatin1String("demo")
            ? m_token->demoCredentials().password
            : m_token->registry().adminCredentials().password;
        basic = (user + QLatin1Char(':') + password).toUtf8();
    }
    const qint64 before = QDateTime::currentSecsSinceEpoch();
    const LabHttpClient::Reply reply = tokenGet(query, basic);
    QCOMPARE(reply.status, 200);
    const QJsonObject json = QJsonDocument::fromJson(reply.body).object();
    const QByteArray token = json.value(QStringLiteral("token")).toString().toLatin1();
    QVERIFY(!token.isEmpty());
    QCOMPARE(json.value(QStringLiteral("access_token")).toString().toLatin1(), token);
    QCOMPARE(json.value(QStringLiteral("expires_in")).toInt(), 300);
    QVERIFY(QDateTime::fromString(json.value(QStringLiteral("issued_at")).toString(), Qt::ISODate)
                .isValid());
    QCOMPARE(json.contains(QStringLiteral("refresh_token")), !user.isEmpty());

    QJsonObject header;
    QJsonObject claims;
    QVERIFY(verifyJwt(token,
                      m_token->registry().certificateAuthority()->certificatePem(),
                      &header,
                      &claims));
    QCOMPARE(header.value(QStringLiteral("x5c")).toArray().size(), 1);
    QCOMPARE(claims.value(QStringLiteral("iss")).toString(), issuer->issuerName());
    QCOMPARE(claims.value(QStringLiteral("aud")).toString(), issuer->service());
    QCOMPARE(claims.value(QStringLiteral("sub")).toString(), user);
    const qint64 iat = claims.value(QStringLiteral("iat")).toInteger();
    QVERIFY(iat >= before && iat <= before + 5);
    QCOMPARE(claims.value(QStringLiteral("exp")).toInteger(), iat + 300);
    QVERIFY(claims.value(QStringLiteral("nbf")).toInteger() <= iat);
    QVERIFY(!claims.value(QStringLiteral("jti")).toString().isEmpty());
    QStringList access;
    for (const QJsonValue &v : claims.value(QStringLiteral("access")).toArray()) {
        const QJsonObject a = v.toObject();
        QCOMPARE(a.value(QStringLiteral("type")).toString(), QStringLiteral("repository"));
        QStringList actions;
        for (const QJsonValue &action : a.value(QStringLiteral("actions")).toArray())
            actions << action.toString();
        access << a.value(QStringLiteral("name")).toString() + QLatin1Char(':')
                + actions.join(QLatin1Char(','));
    }
    QCOMPARE(access, expectedAccess);
}

void TestLabToken::getTokenRefused_data()
{
    QTest::addColumn<QString>("service");
    QTest::addColumn<QByteArray>("basic");
    QTest::addColumn<int>("status");
    QTest::newRow("wrong password")
        << QStringLiteral("pullscope-lab") << QByteArray("demo:nope") << 401;
    QTest::newRow("unknown user") << QStringLiteral("pullscope-lab") << QByteArray("ghost:x")
                                  << 401;
    QTest::newRow("wrong service") << QStringLiteral("elsewhere") << QByteArray() << 400;
}

void TestLabToken::getTokenRefused()
{
    QFETCH(QString, service);
    QFETCH(QByteArray, basic);
    QFETCH(int, status);
    const LabHttpClient::Reply reply =
        tokenGet({{QStringLiteral("service"), service},
                  {QStringLiteral("scope"), QStringLiteral("repository:demo/multiarch:pull")}},
                 basic);
    QCOMPARE(reply.status, status);
    QVERIFY(!reply.body.contains("token\""));
}

void TestLabToken::oauthPost()
{
    const QByteArray service = m_token->registry().tokenIssuer()->service().toUtf8();
    const QByteArray password = QUrl::toPercentEncoding(m_token->demoCredentials().password);
    const LabHttpClient::Reply first = tokenPost(
        "grant_type=password&username=demo&password=" + password + "&service=" + service
        + "&client_id=lab-test&access_type=offline"
        + "&scope=repository%3Aprivate%2Fapp%3Apull+repository%3Ademo%2Fmultiarch%3Apull");
    QCOMPARE(first.status, 200);
    const QJsonObject json = QJsonDocument::fromJson(first.body).object();
    const QString refresh = json.value(QStringLiteral("refresh_token")).toString();
    QVERIFY(!refresh.isEmpty());
    QCOMPARE(json.value(QStringLiteral("scope")).toString(),
             QStringLiteral("repository:private/app:pull repository:demo/multiarch:pull"));
    QVERIFY(!json.value(QStringLiteral("access_token")).toString().isEmpty());

    const LabHttpClient::Reply refreshed =
        tokenPost("grant_type=refresh_token&refresh_token=" + refresh.toUtf8() + "&service="
                  + service + "&client_id=lab-test&scope=repository%3Aprivate%2Fapp%3Apull");
    QCOMPARE(refreshed.status, 200);
    QJsonObject header;
    QJsonObject claims;
    QVERIFY(verifyJwt(QJsonDocument::fromJson(refreshed.body)
                          .object()
                          .value(QStringLiteral("access_token"))
                          .toString()
                          .toLatin1(),
                      m_token->registry().certificateAuthority()->certificatePem(),
                      &header,
                      &claims));
    QCOMPARE(claims.value(QStringLiteral("sub")).toString(), QStringLiteral("demo"));

    QCOMPARE(tokenPost("grant_type=refresh_token&refresh_token=bogus&service=" + service
                       + "&client_id=x")
                 .status,
             401);
    QCOMPARE(tokenPost("grant_type=password&username=demo&password=bad&service=" + service
                       + "&client_id=x")
                 .status,
             401);
    QCOMPARE(
        tokenPost("grant_type=password&username=demo&password=" + password + "&service=" + service)
            .status,
        400); // client_id is required (auth/oauth.md)
}

void TestLabToken::jwtVerifiesOnlyAgainstItsCa()
{
    Result<QByteArray> token = m_token->registry().tokenIssuer()->issueToken(
        QStringLiteral("demo"),
        {QStringLiteral("repository:private/app:pull")});
    QVERIFY(token.has_value());
    QJsonObject header;
    QJsonObject claims;
    QVERIFY(verifyJwt(*token,
                      m_token->registry().certificateAuthority()->certificatePem(),
                      &header,
                      &claims));
    // The other lab has its own CA: the same token must not verify there.
    QVERIFY(!verifyJwt(*token,
                       m_tlsToken->registry().certificateAuthority()->certificatePem(),
                       &header,
                       &claims));
    // A flipped signature byte must not verify either.
    QByteArray tampered = *token;
    tampered[tampered.size() - 5] = tampered.at(tampered.size() - 5) == 'A' ? 'B' : 'A';
    QVERIFY(!verifyJwt(tampered,
                       m_token->registry().certificateAuthority()->certificatePem(),
                       &header,
                       &claims));
}

void TestLabToken::requestsAreRecordedWithoutSecrets()
{
    TokenIssuer *issuer = m_token->registry().tokenIssuer();
    issuer->clearRequests();
    const Skopeo::Run run = Skopeo().run(
        {QStringLiteral("inspect"),
         QStringLiteral("--raw"),
         QStringLiteral("--tls-verify=false"),
         QStringLiteral("--creds"),
         QStringLiteral("demo:") + m_token->demoCredentials().password,
         QStringLiteral("docker://%1/private/app:1.0").arg(m_token->registry().hostPort())});
    QVERIFY2(run.ok(), qPrintable(run.describe()));
    const QList<TokenRequestRecord> records = issuer->requests();
    QVERIFY(!records.isEmpty());
    bool sawPrivate = false;
    for (const TokenRequestRecord &r : records) {
        QCOMPARE(r.method, QStringLiteral("GET"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.account, QStringLiteral("demo"));
        QVERIFY(r.basicAuth);
        QCOMPARE(r.service, issuer->service());
        sawPrivate |= r.scopes.contains(QStringLiteral("repository:private/app:pull"))
            && r.granted.contains(QStringLiteral("repository:private/app:pull"));
        const QString all = r.method + r.path + r.service + r.scopes.join(QString()) + r.account
            + r.claimedAccount + r.grantType + r.granted.join(QString());
        QVERIFY(!all.contains(m_token->demoCredentials().password));
    }
    QVERIFY(sawPrivate);
}

QTEST_GUILESS_MAIN(TestLabToken)
#include "tst_labtoken.moc"
