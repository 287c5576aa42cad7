// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/auth/kubeletdockerconfig.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using Data = QMap<QString, QByteArray>;

// How the kubelet reads docker credentials (k/k pkg/credentialprovider/config.go and
// secrets/secrets.go), good and bad inputs; the §N in row names are sections of
// docs/reference/kubelet-image-pull.md.
class TestKubeletDockerConfig : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void decodeAuthField_data();
    void decodeAuthField();
    void configJson_data();
    void configJson();
    void configJsonDetails();
    void goSyntaxErrors_data();
    void goSyntaxErrors();
    void dockercfg_data();
    void dockercfg();
    void fromSecret_data();
    void fromSecret();
    void nodeFileCandidates();
    void searchNodeFiles_data();
    void searchNodeFiles();
};

void TestKubeletDockerConfig::decodeAuthField_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("error");

    auto ok = [](const char *name, const char *field, const char *user, const char *pass) {
        QTest::newRow(name) << QString::fromUtf8(field) << QString::fromUtf8(user)
                            << QString::fromUtf8(pass) << QString();
    };
    auto bad = [](const char *name, const char *field, const char *error) {
        QTest::newRow(name) << QString::fromUtf8(field) << QString() << QString()
                            << QString::fromUtf8(error);
    };
    ok("padded", "dXNlcjpwdw==", "user", "pw");
    ok("unpadded", "dXNlcjpwdw", "user", "pw");
    ok("no padding needed", "dXNlcjpwYXNz", "user", "pass");
    ok("split on first colon", "dTpwOnE=", "u", "p:q");
    ok("newlines are skipped", "dXNl\ncjpw\r\nYXNz", "user", "pass");
    ok("empty password", "dXNlcjo=", "user", "");
    ok("non-ascii", "w6k65pel5pys", "é", "日本");
    bad("no colon",
        "dXNlcnBhc3M=",
        "unable to parse auth field, must be formatted as base64(username:password)");
    bad("padding missing one =", "dXNlcjpwdw=", "illegal base64 data at input byte 11");
    bad("illegal character", "dXN!cjpw", "illegal base64 data at input byte 3");
    bad("= inside unpadded", "dXNl=cjpw", "illegal base64 data at input byte 4");
    bad("one dangling symbol", "dXNlc", "illegal base64 data at input byte 4");
    bad("trailing space decoded untrimmed",
        "dXNlcjpwdw== ",
        "illegal base64 data at input byte 12");
    bad("url-safe alphabet", "dXNlcj_wdw", "illegal base64 data at input byte 6");
}

void TestKubeletDockerConfig::decodeAuthField()
{
    QFETCH(QString, field);
    QFETCH(QString, username);
    QFETCH(QString, password);
    QFETCH(QString, error);

    const Result<QPair<QString, QString>> r = KubeletDockerConfig::decodeAuthField(field);
    QCOMPARE(r.has_value(), error.isEmpty());
    if (!r) {
        QCOMPARE(r.error().message, error);
        return;
    }
    QCOMPARE(r->first, username);
    QCOMPARE(r->second, password);
}

void TestKubeletDockerConfig::configJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("expected"); // "writtenKey|key|user|pass|email"
    QTest::addColumn<QString>("error"); // substring, empty for success

    QTest::newRow("user and password") << QByteArray(
        R"({"auths":{"https://index.docker.io/v1/":{"username":"u","password":"p","email":"e@x"}}})")
                                       << QStringList{QStringLiteral("https://index.docker.io/v1/"
                                                                     "|index.docker.io|u|p|e@x")}
                                       << QString();
    QTest::newRow("auth overrides username and password")
        << QByteArray(
               R"({"auths":{"reg.io":{"username":"old","password":"old","auth":"dXNlcjpwdw=="}}})")
        << QStringList{QStringLiteral("reg.io|reg.io|user|pw|")} << QString();
    QTest::newRow("empty auth does not override")
        << QByteArray(R"({"auths":{"reg.io":{"username":"u","password":"p","auth":""}}})")
        << QStringList{QStringLiteral("reg.io|reg.io|u|p|")} << QString();
    QTest::newRow("identitytoken and registrytoken ignored")
        << QByteArray(R"({"auths":{"reg.io":{"identitytoken":"tok","registrytoken":"r"}}})")
        << QStringList{QStringLiteral("reg.io|reg.io|||")} << QString();
    QTest::newRow("field names are case-insensitive")
        << QByteArray(R"({"Auths":{"reg.io/v2/team":{"Username":"u","PASSWORD":"p"}}})")
        << QStringList{QStringLiteral("reg.io/v2/team|reg.io/team|u|p|")} << QString();
    QTest::newRow("credsStore and credHelpers give nothing")
        << QByteArray(R"({"credsStore":"desktop","credHelpers":{"reg.io":"ecr"}})") << QStringList{}
        << QString();
    QTest::newRow("null entry is an empty credential")
        << QByteArray(R"({"auths":{"reg.io":null}})")
        << QStringList{QStringLiteral("reg.io|reg.io|||")} << QString();
    QTest::newRow("top-level null") << QByteArray("null") << QStringList{} << QString();
    QTest::newRow("two registries")
        << QByteArray(R"({"auths":{"b.io":{"auth":"YjpC"},"a.io":{"auth":"YTpB"}}})")
        << QStringList{QStringLiteral("a.io|a.io|a|A|"), QStringLiteral("b.io|b.io|b|B|")}
        << QString();
    QTest::newRow("not json")
        << QByteArray("{auths") << QStringList{}
        << QStringLiteral("invalid character 'a' looking for beginning of object key string");
    QTest::newRow("top-level array")
        << QByteArray("[]") << QStringList{} << QStringLiteral("json: cannot unmarshal array");
    QTest::newRow("auths is an array")
        << QByteArray(R"({"auths":[]})") << QStringList{}
        << QStringLiteral(
               "json: cannot unmarshal array into Go struct field DockerConfigJSON.auths");
    QTest::newRow("username is a number")
        << QByteArray(R"({"auths":{"r.io":{"username":5}}})") << QStringList{}
        << QStringLiteral("cannot unmarshal number into Go struct field "
                          "dockerConfigEntryWithAuth.username of type string");
    QTest::newRow("entry is a string")
        << QByteArray(R"({"auths":{"r.io":"dXNlcjpwdw=="}})") << QStringList{}
        << QStringLiteral("cannot unmarshal string into Go value");
    QTest::newRow("bad auth fails the whole file")
        << QByteArray(R"({"auths":{"a.io":{"auth":"YTpB"},"r.io":{"auth":"bm9jb2xvbg=="}}})")
        << QStringList{} << QStringLiteral("unable to parse auth field");
    QTest::newRow("auth not base64")
        << QByteArray(R"({"auths":{"r.io":{"auth":"***"}}})") << QStringList{}
        << QStringLiteral("illegal base64 data at input byte 0");
}

namespace {
QStringList describe(const QList<DockerKeyring::Entry> &entries)
{
    QStringList out;
    for (const DockerKeyring::Entry &e : entries)
        out.append(QStringList{e.writtenKey, e.key, e.username, e.password, e.email}.join(u'|'));
    return out;
}
} // namespace

void TestKubeletDockerConfig::configJson()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, expected);
    QFETCH(QString, error);

    const Result<QList<DockerKeyring::Entry>> r =
        KubeletDockerConfig::fromDockerConfigJson(json, QStringLiteral("test source"));
    QCOMPARE(r.has_value(), error.isEmpty());
    if (!r) {
        QVERIFY2(r.error().message.contains(error), qPrintable(r.error().message));
        QCOMPARE(r.error().detail, QStringLiteral("test source"));
        QVERIFY(!r.error().message.contains(QStringLiteral("Ym9jb2xvbg")));
        return;
    }
    QCOMPARE(describe(*r), expected);
    for (const DockerKeyring::Entry &e : *r)
        QCOMPARE(e.source, QStringLiteral("test source"));
}

void TestKubeletDockerConfig::configJsonDetails()
{
    const Result<KubeletDockerConfig::ConfigJson> withHeaders =
        KubeletDockerConfig::parseConfigJson(R"({"auths":{},"HttpHeaders":{"User-Agent":"x"}})",
                                             {});
    QVERIFY(withHeaders);
    QVERIFY(withHeaders->authsPresent);
    QCOMPARE(withHeaders->httpHeaders.value(QStringLiteral("User-Agent")), QStringLiteral("x"));

    const Result<KubeletDockerConfig::ConfigJson> nullAuths =
        KubeletDockerConfig::parseConfigJson(R"({"auths":null})", {});
    QVERIFY(nullAuths);
    QVERIFY(!nullAuths->authsPresent);

    const Result<KubeletDockerConfig::ConfigJson> badHeaders =
        KubeletDockerConfig::parseConfigJson(R"({"HttpHeaders":{"a":1}})", {});
    QVERIFY(!badHeaders);
    QVERIFY(badHeaders.error().message.contains(QStringLiteral("HttpHeaders")));
}

void TestKubeletDockerConfig::goSyntaxErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");

    // encoding/json's scanner texts, which the kubelet reports for a broken pull secret.
    auto row = [](const char *json, const char *error) {
        QTest::newRow(json) << QByteArray(json) << QString::fromUtf8(error);
    };
    row("", "unexpected end of JSON input");
    row("  ", "unexpected end of JSON input");
    row("{", "unexpected end of JSON input");
    row("{\"a\":\"abc", "unexpected end of JSON input");
    row("{auths", "invalid character 'a' looking for beginning of object key string");
    row("{\"a\":1,}", "invalid character '}' looking for beginning of object key string");
    row("{\"auths\" 1}", "invalid character '1' after object key");
    row("{\"auths\":{} \"x\"}", "invalid character '\"' after object key:value pair");
    row("{\"a\":[1 2]}", "invalid character '2' after array element");
    row("{\"a\":[1,]}", "invalid character ']' looking for beginning of value");
    row("{\"a\":tru}", "invalid character '}' in literal true (expecting 'e')");
    row("{\"a\":nul}", "invalid character '}' in literal null (expecting 'l')");
    row("{\"a\":-}", "invalid character '}' in numeric literal");
    row("{\"a\":1.}", "invalid character '}' after decimal point in numeric literal");
    row("{\"a\":1e}", "invalid character '}' in exponent of numeric literal");
    row("{\"a\":\"\\q\"}", "invalid character 'q' in string escape code");
    row("{\"a\":\"\\u12x4\"}", "invalid character 'x' in \\u hexadecimal character escape");
    row("{\"a\":\"x\ny\"}", "invalid character '\\n' in string literal");
    row("{\"a\":'x'}", "invalid character '\\'' looking for beginning of value");
    row("{} x", "invalid character 'x' after top-level value");
    row("1.", "invalid character ' ' after decimal point in numeric literal");
    row("5",
        "json: cannot unmarshal number into Go value of type credentialprovider.DockerConfigJSON");
    row("\"s\"",
        "json: cannot unmarshal string into Go value of type credentialprovider.DockerConfigJSON");
    row("true",
        "json: cannot unmarshal bool into Go value of type credentialprovider.DockerConfigJSON");
}

void TestKubeletDockerConfig::goSyntaxErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    const Result<QList<DockerKeyring::Entry>> r =
        KubeletDockerConfig::fromDockerConfigJson(json, {});
    QVERIFY(!r);
    QCOMPARE(r.error().message, error);
}

void TestKubeletDockerConfig::dockercfg_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QString>("error");

    QTest::newRow("legacy map")
        << QByteArray(R"({"https://index.docker.io/v1/":{"auth":"dXNlcjpwdw==","email":"e"}})")
        << QStringList{QStringLiteral("https://index.docker.io/v1/|index.docker.io|user|pw|e")}
        << QString();
    QTest::newRow("auths wrapper read as a registry named auths")
        << QByteArray(R"({"auths":{"reg.io":{"auth":"dXNlcjpwdw=="}}})")
        << QStringList{QStringLiteral("auths|auths|||")} << QString();
    QTest::newRow("empty") << QByteArray("{}") << QStringList{} << QString();
    QTest::newRow("broken") << QByteArray("{\"a\":") << QStringList{}
                            << QStringLiteral("unexpected end of JSON input");
    QTest::newRow("bad auth") << QByteArray(R"({"r.io":{"auth":"eA=="}})") << QStringList{}
                              << QStringLiteral("unable to parse auth field");
}

void TestKubeletDockerConfig::dockercfg()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, expected);
    QFETCH(QString, error);

    const Result<QList<DockerKeyring::Entry>> r = KubeletDockerConfig::fromDockercfg(json, {});
    QCOMPARE(r.has_value(), error.isEmpty());
    if (!r) {
        QVERIFY2(r.error().message.contains(error), qPrintable(r.error().message));
        return;
    }
    QCOMPARE(describe(*r), expected);
}

void TestKubeletDockerConfig::fromSecret_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<Data>("data");
    QTest::addColumn<int>("entries"); // -1: error
    QTest::addColumn<bool>("ignored");
    QTest::addColumn<QString>("note"); // substring of note or error

    const QString jsonType = QStringLiteral("kubernetes.io/dockerconfigjson");
    const QString cfgType = QStringLiteral("kubernetes.io/dockercfg");
    const QString jsonKey = QStringLiteral(".dockerconfigjson");
    const QString cfgKey = QStringLiteral(".dockercfg");
    const QByteArray good = R"({"auths":{"reg.io":{"auth":"dXNlcjpwdw=="}}})";
    const QByteArray legacy = R"({"reg.io":{"auth":"dXNlcjpwdw=="}})";

    QTest::newRow("dockerconfigjson")
        << jsonType << Data{{jsonKey, good}} << 1 << false << QString();
    QTest::newRow("dockercfg") << cfgType << Data{{cfgKey, legacy}} << 1 << false << QString();
    QTest::newRow("opaque with the right key (§12.3)")
        << QStringLiteral("Opaque") << Data{{jsonKey, good}} << 0 << true
        << QStringLiteral("type \"Opaque\"");
    QTest::newRow("no type means Opaque")
        << QString() << Data{{jsonKey, good}} << 0 << true << QStringLiteral("Opaque");
    QTest::newRow("wrong key") << jsonType << Data{{QStringLiteral("config.json"), good}} << 0
                               << true << QStringLiteral("\"config.json\"");
    QTest::newRow("dockercfg key in a dockerconfigjson secret")
        << jsonType << Data{{cfgKey, legacy}} << 0 << true << QStringLiteral(".dockerconfigjson");
    QTest::newRow("empty value") << jsonType << Data{{jsonKey, QByteArray()}} << 0 << true
                                 << QStringLiteral("empty");
    QTest::newRow("no data") << jsonType << Data{} << 0 << true << QStringLiteral("no keys");
    QTest::newRow("legacy content in dockerconfigjson (§12.4)")
        << jsonType << Data{{jsonKey, legacy}} << 0 << true << QStringLiteral("legacy .dockercfg");
    QTest::newRow("no auths") << jsonType << Data{{jsonKey, QByteArray(R"({"credsStore":"x"})")}}
                              << 0 << true << QStringLiteral("no \"auths\"");
    QTest::newRow("empty auths") << jsonType << Data{{jsonKey, QByteArray(R"({"auths":{}})")}} << 0
                                 << true << QStringLiteral("empty");
    QTest::newRow("config.json in a dockercfg secret")
        << cfgType << Data{{cfgKey, good}} << 1 << false << QStringLiteral("no \"auths\" wrapper");
    QTest::newRow("broken json fails") << jsonType << Data{{jsonKey, QByteArray("{")}} << -1
                                       << false << QStringLiteral("unexpected end of JSON input");
    QTest::newRow("bad auth fails")
        << jsonType << Data{{jsonKey, QByteArray(R"({"auths":{"r":{"auth":"eA=="}}})")}} << -1
        << false << QStringLiteral("unable to parse auth field");
    QTest::newRow("broken json in an Opaque secret is never read")
        << QStringLiteral("Opaque") << Data{{jsonKey, QByteArray("{")}} << 0 << true
        << QStringLiteral("Opaque");
}

void TestKubeletDockerConfig::fromSecret()
{
    QFETCH(QString, type);
    QFETCH(Data, data);
    QFETCH(int, entries);
    QFETCH(bool, ignored);
    QFETCH(QString, note);

    const QString source = QStringLiteral("secret \"default/regcred\"");
    const Result<KubeletDockerConfig::SecretCredentials> r =
        KubeletDockerConfig::fromSecret(type, data, source);
    QCOMPARE(r.has_value(), entries >= 0);
    if (!r) {
        QVERIFY2(r.error().message.contains(note), qPrintable(r.error().message));
        return;
    }
    QCOMPARE(r->entries.size(), entries);
    QCOMPARE(r->ignored, ignored);
    QCOMPARE(r->note.isEmpty(), note.isEmpty());
    QVERIFY2(r->note.contains(note), qPrintable(r->note));
    for (const DockerKeyring::Entry &e : r->entries)
        QCOMPARE(e.source, source);
}

void TestKubeletDockerConfig::nodeFileCandidates()
{
    KubeletDockerConfig::NodeFileLocations where;
    where.workingDir = QStringLiteral("/work");
    where.homeDir = QStringLiteral("/home/me");
    QCOMPARE(KubeletDockerConfig::nodeFileCandidates(where),
             (QStringList{QStringLiteral("/var/lib/kubelet/config.json"),
                          QStringLiteral("/work/config.json"),
                          QStringLiteral("/home/me/.docker/config.json"),
                          QStringLiteral("/.docker/config.json"),
                          QStringLiteral("/var/lib/kubelet/.dockercfg"),
                          QStringLiteral("/work/.dockercfg"),
                          QStringLiteral("/home/me/.dockercfg"),
                          QStringLiteral("/.dockercfg")}));
    where.preferredDir.clear();
    QCOMPARE(KubeletDockerConfig::nodeFileCandidates(where).first(),
             QStringLiteral("/work/config.json"));
}

void TestKubeletDockerConfig::searchNodeFiles_data()
{
    QTest::addColumn<Data>("files"); // path relative to the fake root -> content
    QTest::addColumn<QString>("used"); // relative path, empty when none
    QTest::addColumn<int>("entries");

    const QByteArray json = R"({"auths":{"reg.io":{"auth":"dXNlcjpwdw=="}}})";
    const QByteArray legacy = R"({"reg.io":{"auth":"dXNlcjpwdw=="}})";
    QTest::newRow("nothing") << Data{} << QString() << 0;
    QTest::newRow("kubelet root dir first")
        << Data{{QStringLiteral("var/lib/kubelet/config.json"), json},
                {QStringLiteral("home/.docker/config.json"), json}}
        << QStringLiteral("var/lib/kubelet/config.json") << 1;
    QTest::newRow("broken file skipped")
        << Data{{QStringLiteral("var/lib/kubelet/config.json"), "{"},
                {QStringLiteral("home/.docker/config.json"), json}}
        << QStringLiteral("home/.docker/config.json") << 1;
    QTest::newRow("config.json without auths still wins")
        << Data{{QStringLiteral("cwd/config.json"), "{}"},
                {QStringLiteral("var/lib/kubelet/.dockercfg"), legacy}}
        << QStringLiteral("cwd/config.json") << 0;
    QTest::newRow("dockercfg after every config.json")
        << Data{{QStringLiteral(".dockercfg"), legacy}} << QStringLiteral(".dockercfg") << 1;
    QTest::newRow("root .docker") << Data{{QStringLiteral(".docker/config.json"), json}}
                                  << QStringLiteral(".docker/config.json") << 1;
    QTest::newRow("bad auth in node file skipped")
        << Data{{QStringLiteral("var/lib/kubelet/config.json"),
                 R"({"auths":{"r":{"auth":"eA=="}}})"},
                {QStringLiteral("home/.dockercfg"), legacy}}
        << QStringLiteral("home/.dockercfg") << 1;
}

void TestKubeletDockerConfig::searchNodeFiles()
{
    QFETCH(Data, files);
    QFETCH(QString, used);
    QFETCH(int, entries);

    QTemporaryDir root;
    QVERIFY(root.isValid());
    for (auto it = files.constBegin(); it != files.constEnd(); ++it) {
        const QString path = root.filePath(it.key());
        QVERIFY(QDir().mkpath(QFileInfo(path).path()));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(it.value());
    }
    KubeletDockerConfig::NodeFileLocations where;
    where.rootDir = root.path();
    where.preferredDir = root.filePath(QStringLiteral("var/lib/kubelet"));
    where.workingDir = root.filePath(QStringLiteral("cwd"));
    where.homeDir = root.filePath(QStringLiteral("home"));

    const KubeletDockerConfig::NodeFileSearch search = KubeletDockerConfig::searchNodeFiles(where);
    QCOMPARE(search.path, used.isEmpty() ? QString() : root.filePath(used));
    QCOMPARE(search.entries.size(), entries);
    QVERIFY(!search.steps.isEmpty());
    if (used.isEmpty()) {
        QCOMPARE(search.steps.size(), 8);
        return;
    }
    QVERIFY(search.steps.last().contains(QStringLiteral("used")));
    for (const DockerKeyring::Entry &e : search.entries)
        QCOMPARE(e.source, QStringLiteral("node file ") + search.path);
    for (const QString &step : search.steps)
        QVERIFY2(!step.contains(QStringLiteral("eA==")), qPrintable(step));
}

QTEST_GUILESS_MAIN(TestKubeletDockerConfig)
#include "tst_kubeletdockerconfig.moc"
