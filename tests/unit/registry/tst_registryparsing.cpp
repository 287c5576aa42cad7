// SPDX-License-Identifier: GPL-3.0-or-later
// The registry protocol's pure parts: Link headers, rate limits, Retry-After, error bodies,
// manifests, configs, media types, the token cache.
#include "model/core/virtualclock.h"
#include "model/registry/imageconfig.h"
#include "model/registry/linkheader.h"
#include "model/registry/manifest.h"
#include "model/registry/mediatypes.h"
#include "model/registry/ratelimit.h"
#include "model/registry/registryerror.h"
#include "model/registry/tokencache.h"

#include <QTest>

class TestRegistryParsing : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void linkNext_data();
    void linkNext();
    void rateLimit_data();
    void rateLimit();
    void retryAfter_data();
    void retryAfter();
    void errorFromResponse_data();
    void errorFromResponse();
    void errorNeverLeaksSecrets();
    void manifestIndex();
    void manifestImage();
    void manifestRejects_data();
    void manifestRejects();
    void manifestSchema1();
    void imageConfig();
    void mediaTypes();
    void tokenCache();
};

void TestRegistryParsing::linkNext_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("expected"); // empty: no next; "ERROR": an error
    const QString base = QStringLiteral("http://r.io:5000/v2/a/tags/list?n=2");
    QTest::newRow("none") << QByteArray() << QString();
    QTest::newRow("relative") << QByteArray(R"(</v2/a/tags/list?n=2&last=b>; rel="next")")
                              << QStringLiteral("http://r.io:5000/v2/a/tags/list?n=2&last=b");
    QTest::newRow("absolute same host")
        << QByteArray(R"(<http://r.io:5000/v2/a/tags/list?last=b&n=2>; rel="next")")
        << QStringLiteral("http://r.io:5000/v2/a/tags/list?last=b&n=2");
    QTest::newRow("unquoted rel") << QByteArray("</v2/a/tags/list?last=c>; rel=next")
                                  << QStringLiteral("http://r.io:5000/v2/a/tags/list?last=c");
    QTest::newRow("other rel only") << QByteArray(R"(</x>; rel="prev")") << QString();
    QTest::newRow("two links") << QByteArray(R"(</p>; rel="prev", </n?last=z>; rel="next")")
                               << QStringLiteral("http://r.io:5000/n?last=z");
    QTest::newRow("other host refused")
        << QByteArray(R"(<http://evil.example/v2/a/tags/list>; rel="next")")
        << QStringLiteral("ERROR");
    QTest::newRow("other scheme refused")
        << QByteArray(R"(<https://r.io:5000/v2/x>; rel="next")") << QStringLiteral("ERROR");
    QTest::newRow("no brackets") << QByteArray(R"(/v2/a/tags/list?last=b; rel="next")")
                                 << QStringLiteral("ERROR");
    QTest::newRow("unclosed bracket")
        << QByteArray(R"(</v2/a/tags/list?last=b; rel="next")") << QStringLiteral("ERROR");
    Q_UNUSED(base)
}

void TestRegistryParsing::linkNext()
{
    QFETCH(QByteArray, header);
    QFETCH(QString, expected);
    const auto next =
        LinkHeader::next(header, QUrl(QStringLiteral("http://r.io:5000/v2/a/tags/list?n=2")));
    if (expected == QLatin1String("ERROR")) {
        QVERIFY(!next);
        QCOMPARE(next.error().code, ErrorCode::Protocol);
        return;
    }
    QVERIFY2(next, next ? "" : qPrintable(next.error().message));
    QCOMPARE(next->toString(), expected);
}

void TestRegistryParsing::rateLimit_data()
{
    QTest::addColumn<QByteArray>("limit");
    QTest::addColumn<QByteArray>("remaining");
    QTest::addColumn<int>("expectedLimit");
    QTest::addColumn<int>("expectedRemaining");
    QTest::addColumn<int>("window");
    QTest::addColumn<QString>("description");
    QTest::newRow("hub anonymous") << QByteArray("100;w=21600") << QByteArray("76;w=21600") << 100
                                   << 76 << 21600 << QStringLiteral("76 of 100 pulls left in 6 h");
    QTest::newRow("with policies") << QByteArray("100, 100;w=21600") << QByteArray("20") << 100
                                   << 20 << 21600 << QStringLiteral("20 of 100 pulls left in 6 h");
    QTest::newRow("absent") << QByteArray() << QByteArray() << -1 << -1 << 0 << QString();
    QTest::newRow("garbage") << QByteArray("lots") << QByteArray("x;w=y") << -1 << -1 << 0
                             << QString();
}

void TestRegistryParsing::rateLimit()
{
    QFETCH(QByteArray, limit);
    QFETCH(QByteArray, remaining);
    QFETCH(int, expectedLimit);
    QFETCH(int, expectedRemaining);
    QFETCH(int, window);
    QFETCH(QString, description);
    const RateLimit r = RateLimit::fromHeaders(limit, remaining, "192.0.2.1");
    QCOMPARE(r.limit, expectedLimit);
    QCOMPARE(r.remaining, expectedRemaining);
    QCOMPARE(r.windowSeconds, window);
    QCOMPARE(r.describe(), description);
}

void TestRegistryParsing::retryAfter_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<int>("seconds");
    QTest::newRow("seconds") << QByteArray("30") << 30;
    QTest::newRow("spaces") << QByteArray(" 7 ") << 7;
    QTest::newRow("date ahead") << QByteArray("Sat, 28 Nov 2026 10:01:00 GMT") << 60;
    QTest::newRow("date past") << QByteArray("Sat, 28 Nov 2026 09:00:00 GMT") << 0;
    QTest::newRow("absent") << QByteArray() << -1;
    QTest::newRow("garbage") << QByteArray("soon") << -1;
    QTest::newRow("negative") << QByteArray("-5") << -1;
}

void TestRegistryParsing::retryAfter()
{
    QFETCH(QByteArray, value);
    QFETCH(int, seconds);
    const QDateTime now(QDate(2026, 11, 28), QTime(10, 0), Qt::UTC);
    QCOMPARE(RateLimit::parseRetryAfter(value, now), seconds);
}

void TestRegistryParsing::errorFromResponse_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("credential");
    QTest::addColumn<int>("code");
    QTest::addColumn<bool>("retryable");
    QTest::addColumn<QStringList>("mentions");
    QTest::newRow("401 anonymous")
        << 401
        << QByteArray(R"({"errors":[{"code":"UNAUTHORIZED","message":"authentication required"}]})")
        << QString() << int(ErrorCode::Unauthorized) << false
        << QStringList{QStringLiteral("none were found"),
                       QStringLiteral("pullscope-cli login r.io:5000"),
                       QStringLiteral("authentication required")};
    QTest::newRow("401 with credential")
        << 401 << QByteArray()
        << QStringLiteral("demo (password) from docker config.json /h/.docker/config.json")
        << int(ErrorCode::Unauthorized) << false
        << QStringList{QStringLiteral("refused the credential"),
                       QStringLiteral("/h/.docker/config.json")};
    QTest::newRow("403 denied")
        << 403
        << QByteArray(
               R"({"errors":[{"code":"DENIED","message":"requested access to the resource is denied"}]})")
        << QStringLiteral("x") << int(ErrorCode::Denied) << false
        << QStringList{QStringLiteral("no permission"),
                       QStringLiteral("r.io:5000/team/app"),
                       QStringLiteral("DENIED")};
    QTest::newRow("404 name unknown")
        << 404
        << QByteArray(
               R"({"errors":[{"code":"NAME_UNKNOWN","message":"repository name not known to registry"}]})")
        << QString() << int(ErrorCode::NotFound) << false
        << QStringList{QStringLiteral("does not exist"), QStringLiteral("team/app")};
    QTest::newRow("404 manifest unknown")
        << 404
        << QByteArray(R"({"errors":[{"code":"MANIFEST_UNKNOWN","message":"manifest unknown"}]})")
        << QString() << int(ErrorCode::NotFound) << false
        << QStringList{QStringLiteral("no such tag")};
    QTest::newRow("429 with limits") << 429 << QByteArray("You have reached your pull rate limit.")
                                     << QString() << int(ErrorCode::TooManyRequests) << true
                                     << QStringList{QStringLiteral("rate limiting"),
                                                    QStringLiteral("0 of 100 pulls left"),
                                                    QStringLiteral("retry after 42 s"),
                                                    QStringLiteral("pull rate limit")};
    QTest::newRow("503") << 503 << QByteArray("<html>busy</html>") << QString()
                         << int(ErrorCode::Server) << true
                         << QStringList{QStringLiteral("HTTP 503")};
    QTest::newRow("501 not retryable") << 501 << QByteArray() << QString() << int(ErrorCode::Server)
                                       << false << QStringList{QStringLiteral("HTTP 501")};
    QTest::newRow("400 unknown code")
        << 400 << QByteArray(R"({"errors":[{"message":"odd"}]})") << QString()
        << int(ErrorCode::Protocol) << false
        << QStringList{QStringLiteral("HTTP 400"), QStringLiteral("UNKNOWN odd")};
    QTest::newRow("toomanyrequests code on 400")
        << 400 << QByteArray(R"({"errors":[{"code":"TOOMANYREQUESTS"}]})") << QString()
        << int(ErrorCode::Protocol) << true << QStringList{};
}

void TestRegistryParsing::errorFromResponse()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, credential);
    QFETCH(int, code);
    QFETCH(bool, retryable);
    QFETCH(QStringList, mentions);
    const RateLimit limit =
        status == 429 ? RateLimit::fromHeaders("100;w=21600", "0;w=21600", {}) : RateLimit();
    const RegistryError::Context context{QStringLiteral("listing the tags of team/app"),
                                         QStringLiteral("r.io:5000"),
                                         QStringLiteral("team/app"),
                                         credential};
    const Error e =
        RegistryError::fromResponse(status, body, limit, status == 429 ? 42 : -1, context);
    QCOMPARE(int(e.code), code);
    QCOMPARE(e.httpStatus, status);
    QCOMPARE(e.retryable, retryable);
    for (const QString &m : mentions)
        QVERIFY2(e.message.contains(m),
                 qPrintable(QStringLiteral("'%1' not in: %2").arg(m, e.message)));
}

void TestRegistryParsing::errorNeverLeaksSecrets()
{
    // A hostile or careless registry echoes the Authorization header in its error body.
    const RegistryError::Context context{QStringLiteral("x"),
                                         QStringLiteral("r.io"),
                                         QString(),
                                         QString()};
    const Error e = RegistryError::fromResponse(
        400,
        R"({"errors":[{"code":"DENIED","message":"bad header Authorization: Basic ZGVtbzpzZWNyZXQ="}]})",
        RateLimit(),
        -1,
        context);
    QVERIFY(!e.message.contains(QLatin1String("ZGVtbzpzZWNyZXQ=")));
    QVERIFY(!e.detail.contains(QLatin1String("ZGVtbzpzZWNyZXQ=")));
}

namespace {
const QByteArray kIndex =
    R"({"schemaVersion":2,"mediaType":"application/vnd.oci.image.index.v1+json","manifests":[
 {"mediaType":"application/vnd.oci.image.manifest.v1+json","digest":"sha256:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa","size":500,"platform":{"os":"linux","architecture":"amd64"}},
 {"mediaType":"application/vnd.oci.image.manifest.v1+json","digest":"sha256:bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb","size":501,"platform":{"os":"linux","architecture":"arm","variant":"v7"}},
 {"mediaType":"application/vnd.oci.image.manifest.v1+json","digest":"sha256:cccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc","size":502,"platform":{"os":"unknown","architecture":"unknown"},
  "annotations":{"vnd.docker.reference.type":"attestation-manifest","vnd.docker.reference.digest":"sha256:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"}}]})";
const QByteArray kImage =
    R"({"schemaVersion":2,"mediaType":"application/vnd.docker.distribution.manifest.v2+json",
 "config":{"mediaType":"application/vnd.docker.container.image.v1+json","digest":"sha256:dddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddd","size":1234},
 "layers":[{"mediaType":"application/vnd.docker.image.rootfs.diff.tar.gzip","digest":"sha256:eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee","size":1000},
           {"mediaType":"application/vnd.docker.image.rootfs.diff.tar.gzip","digest":"sha256:ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff","size":24}]})";
} // namespace

void TestRegistryParsing::manifestIndex()
{
    const auto m =
        Manifest::parse(kIndex,
                        QStringLiteral("application/vnd.oci.image.index.v1+json; charset=utf-8"),
                        QStringLiteral("r/x:1"));
    QVERIFY2(m, m ? "" : qPrintable(m.error().message));
    QVERIFY(m->isIndex());
    QCOMPARE(m->manifests().size(), 3);
    QCOMPARE(m->manifests().at(1).platform->variant(), QStringLiteral("v7"));
    QVERIFY(!m->manifests().at(0).isAttestation());
    QVERIFY(m->manifests().at(2).isAttestation());
    QCOMPARE(m->digest(), Digest::sha256Of(kIndex));
}

void TestRegistryParsing::manifestImage()
{
    const auto m = Manifest::parse(kImage, MediaType::dockerManifest, QStringLiteral("r/x:1"));
    QVERIFY(m);
    QVERIFY(m->isImage());
    QCOMPARE(m->config().size, 1234);
    QCOMPARE(m->layers().size(), 2);
    QCOMPARE(m->layersSize(), 1024);
    // Served as application/json, the document's own mediaType decides.
    const auto generic =
        Manifest::parse(kImage, QStringLiteral("application/json"), QStringLiteral("r/x:1"));
    QVERIFY(generic);
    QCOMPARE(generic->mediaType(), MediaType::dockerManifest);
}

void TestRegistryParsing::manifestRejects_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("contentType");
    QTest::addColumn<QString>("mention");
    QTest::newRow("not json") << QByteArray("<html>") << MediaType::ociManifest
                              << QStringLiteral("not valid JSON");
    QTest::newRow("truncated") << kImage.left(kImage.size() / 2) << MediaType::dockerManifest
                               << QStringLiteral("not valid JSON");
    QTest::newRow("type disagrees") << kImage << MediaType::ociIndex << QStringLiteral("served as");
    QTest::newRow("bad digest") << QByteArray(
        R"({"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json","config":{"digest":"sha256:xyz","size":1},"layers":[]})")
                                << MediaType::ociManifest << QStringLiteral("invalid digest");
    QTest::newRow("no size") << QByteArray(
        R"({"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json","config":{"digest":"sha256:dddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddd"},"layers":[]})")
                             << MediaType::ociManifest << QStringLiteral("no valid size");
    QTest::newRow("schemaVersion 3")
        << QByteArray(R"({"schemaVersion":3,"config":{}})") << QStringLiteral("application/json")
        << QStringLiteral("schemaVersion 3");
    QTest::newRow("no config") << QByteArray(
        R"({"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json","layers":[]})")
                               << MediaType::ociManifest << QStringLiteral("no config");
}

void TestRegistryParsing::manifestRejects()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, contentType);
    QFETCH(QString, mention);
    const auto m = Manifest::parse(body, contentType, QStringLiteral("r.io/team/app:1"));
    QVERIFY(!m);
    QVERIFY2(m.error().message.contains(mention), qPrintable(m.error().message));
    QVERIFY2(m.error().message.contains(QLatin1String("r.io/team/app:1")),
             qPrintable(m.error().message));
}

void TestRegistryParsing::manifestSchema1()
{
    const QByteArray s1 =
        R"({"schemaVersion":1,"name":"a","tag":"1","architecture":"amd64","fsLayers":[]})";
    const auto m = Manifest::parse(s1, MediaType::dockerSchema1Signed, QStringLiteral("a:1"));
    QVERIFY(m);
    QCOMPARE(m->kind(), Manifest::Kind::Schema1);
    QCOMPARE(m->schema1Architecture(), QStringLiteral("amd64"));
    const auto plain = Manifest::parse(s1, QStringLiteral("text/plain"), QStringLiteral("a:1"));
    QVERIFY(plain);
    QCOMPARE(plain->kind(), Manifest::Kind::Schema1);
}

void TestRegistryParsing::imageConfig()
{
    const QByteArray body =
        R"({"architecture":"arm64","os":"linux","created":"2026-01-02T03:04:05.123Z",
      "config":{"User":"app","Env":["PATH=/bin","A=b"],"Entrypoint":["/entry"],"Cmd":["serve","--port=80"],
                "WorkingDir":"/srv","ExposedPorts":{"80/tcp":{},"443/tcp":{}},"Labels":{"org.opencontainers.image.version":"1.2"}},
      "rootfs":{"type":"layers","diff_ids":["sha256:1","sha256:2"]},
      "history":[{"created_by":"ADD file:abc in /"},{"created_by":"ENV A=b","empty_layer":true},{"created_by":"RUN make"}]})";
    const auto c = ImageConfig::parse(body, QStringLiteral("x"));
    QVERIFY(c);
    QCOMPARE(c->architecture, QStringLiteral("arm64"));
    QCOMPARE(c->user, QStringLiteral("app"));
    QCOMPARE(c->env, QStringList({QStringLiteral("PATH=/bin"), QStringLiteral("A=b")}));
    QCOMPARE(c->cmd.size(), 2);
    QCOMPARE(c->exposedPorts, QStringList({QStringLiteral("443/tcp"), QStringLiteral("80/tcp")}));
    QCOMPARE(c->labels.value(QStringLiteral("org.opencontainers.image.version")),
             QStringLiteral("1.2"));
    QCOMPARE(c->created, QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 123), Qt::UTC));
    // History lines with empty_layer make no layer.
    QCOMPARE(c->layerHistory(2),
             QStringList({QStringLiteral("ADD file:abc in /"), QStringLiteral("RUN make")}));
    QCOMPARE(c->layerHistory(3).last(), QString());
    QVERIFY(!ImageConfig::parse("[]", QStringLiteral("x")));
}

void TestRegistryParsing::mediaTypes()
{
    QCOMPARE(MediaType::stripParameters(QStringLiteral("Application/JSON; charset=utf-8")),
             QStringLiteral("application/json"));
    QVERIFY(MediaType::isIndex(MediaType::dockerList));
    QVERIFY(MediaType::isImageManifest(MediaType::ociManifest));
    QVERIFY(!MediaType::isImageManifest(MediaType::ociIndex));
    const QByteArray accept = MediaType::manifestAcceptHeader();
    for (const QString &t : {MediaType::ociIndex,
                             MediaType::dockerList,
                             MediaType::ociManifest,
                             MediaType::dockerManifest})
        QVERIFY(accept.contains(t.toLatin1()));
    QCOMPARE(MediaType::describe(QStringLiteral("application/vnd.oci.image.layer.v1.tar+zstd")),
             QStringLiteral("layer (zstd)"));
}

void TestRegistryParsing::tokenCache()
{
    VirtualClock clock;
    TokenCache cache(&clock);
    const QString key =
        TokenCache::key(QStringLiteral("https://t/token"),
                        QStringLiteral("s"),
                        {QStringLiteral("repository:b:pull"), QStringLiteral("repository:a:pull")});
    QCOMPARE(key,
             TokenCache::key(QStringLiteral("https://t/token"),
                             QStringLiteral("s"),
                             {QStringLiteral("repository:a:pull"),
                              QStringLiteral("repository:b:pull"),
                              QStringLiteral("repository:a:pull")}));
    cache.store(key, QStringLiteral("tok"), 300);
    QCOMPARE(cache.token(key), QStringLiteral("tok"));
    clock.advanceBy(290'000);
    QCOMPARE(cache.token(key), QStringLiteral("tok"));
    clock.advanceBy(6'000); // within 5 s of expiry: renew
    QCOMPARE(cache.token(key), QString());
    cache.store(key, QStringLiteral("short"), 10); // clamped to 60 s
    clock.advanceBy(50'000);
    QCOMPARE(cache.token(key), QStringLiteral("short"));
}

QTEST_GUILESS_MAIN(TestRegistryParsing)
#include "tst_registryparsing.moc"
