// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/auth/authfile.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

Q_DECLARE_METATYPE(AuthFile::Format)

namespace {
QString b64(const char *s)
{
    return QString::fromLatin1(QByteArray(s).toBase64());
}
} // namespace

class TestAuthFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void decodeAuth_data();
    void decodeAuth();
    void normalizeKey_data();
    void normalizeKey();
    void lookupDockerConfig_data();
    void lookupDockerConfig();
    void lookupNamespacesInAuthJson();
    void tokensAndHelpers();
    void badEntriesAreReportedNotFatal();
    void syntaxErrorHasLineAndColumn();
    void missingFile();
    void saveKeepsUnknownFieldsAndIsPrivate();
    void saveKeepsUndecodableEntries();
    void removeNamespacedKey();
};

void TestAuthFile::decodeAuth_data()
{
    QTest::addColumn<QString>("auth");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::newRow("simple") << b64("demo:hunter2") << true << QStringLiteral("demo")
                            << QStringLiteral("hunter2");
    QTest::newRow("colon in password")
        << b64("u:a:b") << true << QStringLiteral("u") << QStringLiteral("a:b");
    QTest::newRow("trailing NULs trimmed")
        << QString::fromLatin1(QByteArray("u:pw\0\0", 6).toBase64()) << true << QStringLiteral("u")
        << QStringLiteral("pw");
    QTest::newRow("empty password") << b64("u:") << true << QStringLiteral("u") << QString();
    QTest::newRow("no colon") << b64("justuser") << false << QString() << QString();
    QTest::newRow("empty user") << b64(":pw") << false << QString() << QString();
    QTest::newRow("not base64") << QStringLiteral("%%%not-base64") << false << QString()
                                << QString();
}

void TestAuthFile::decodeAuth()
{
    QFETCH(QString, auth);
    QFETCH(bool, ok);
    QFETCH(QString, user);
    QFETCH(QString, password);
    const auto r = AuthFile::decodeAuth(auth);
    QCOMPARE(r.has_value(), ok);
    if (ok) {
        QCOMPARE(r->first, user);
        QCOMPARE(r->second, password);
    } else {
        QVERIFY(!r.error().message.isEmpty());
    }
}

void TestAuthFile::normalizeKey_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<AuthFile::Format>("format");
    QTest::addColumn<QString>("expected");
    const auto docker = AuthFile::Format::DockerConfig;
    const auto containers = AuthFile::Format::ContainersAuth;
    QTest::newRow("hub key") << QStringLiteral("https://index.docker.io/v1/") << docker
                             << QStringLiteral("docker.io");
    QTest::newRow("hub alias index")
        << QStringLiteral("index.docker.io") << docker << QStringLiteral("docker.io");
    QTest::newRow("hub alias registry-1")
        << QStringLiteral("registry-1.docker.io") << containers << QStringLiteral("docker.io");
    QTest::newRow("host port") << QStringLiteral("r.example.com:5000") << docker
                               << QStringLiteral("r.example.com:5000");
    QTest::newRow("legacy url key")
        << QStringLiteral("https://r.example.com/v2/") << docker << QStringLiteral("r.example.com");
    QTest::newRow("docker config drops path")
        << QStringLiteral("quay.io/team") << docker << QStringLiteral("quay.io");
    QTest::newRow("auth.json keeps namespace")
        << QStringLiteral("quay.io/team/app") << containers << QStringLiteral("quay.io/team/app");
    QTest::newRow("auth.json url drops path")
        << QStringLiteral("https://quay.io/v1/") << containers << QStringLiteral("quay.io");
}

void TestAuthFile::normalizeKey()
{
    QFETCH(QString, key);
    QFETCH(AuthFile::Format, format);
    QFETCH(QString, expected);
    QCOMPARE(AuthFile::normalizeKey(key, format), expected);
}

void TestAuthFile::lookupDockerConfig_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expectedUser"); // empty: no entry
    QTest::newRow("hub via index key")
        << QStringLiteral("docker.io") << QStringLiteral("library/busybox")
        << QStringLiteral("hubuser");
    QTest::newRow("host with port")
        << QStringLiteral("localhost:5000") << QStringLiteral("x") << QStringLiteral("local");
    QTest::newRow("port matters") << QStringLiteral("localhost:5001") << QStringLiteral("x")
                                  << QString();
    QTest::newRow("legacy url key")
        << QStringLiteral("legacy.example.com") << QStringLiteral("a/b") << QStringLiteral("old");
    QTest::newRow("unknown host") << QStringLiteral("ghcr.io") << QStringLiteral("a") << QString();
}

void TestAuthFile::lookupDockerConfig()
{
    QFETCH(QString, host);
    QFETCH(QString, path);
    QFETCH(QString, expectedUser);
    const QByteArray json = QStringLiteral(R"({"auths": {
        "https://index.docker.io/v1/": {"auth": "%1"},
        "localhost:5000": {"auth": "%2"},
        "https://legacy.example.com/v1/": {"username": "old", "password": "pw"}
    }})")
                                .arg(b64("hubuser:pw1"), b64("local:pw2"))
                                .toUtf8();
    const auto file =
        AuthFile::parse(json, QStringLiteral("config.json"), AuthFile::Format::DockerConfig);
    QVERIFY(file);
    QVERIFY2(file->problems().isEmpty(), qPrintable(file->problems().join(QLatin1Char('\n'))));
    const auto entry = file->lookup(host, path);
    QCOMPARE(entry.has_value(), !expectedUser.isEmpty());
    if (entry) {
        QCOMPARE(entry->username, expectedUser);
        const Credential c = file->credentialFor(*entry);
        QCOMPARE(c.kind, Credential::Kind::Password);
        QCOMPARE(c.origin, Credential::Origin::DockerConfig);
        QCOMPARE(c.originPath, QStringLiteral("config.json"));
        QVERIFY(!c.describe().contains(c.secret));
        QVERIFY(c.describe().contains(expectedUser));
    }
}

void TestAuthFile::lookupNamespacesInAuthJson()
{
    const QByteArray json = QStringLiteral(R"({"auths": {
        "quay.io": {"auth": "%1"},
        "quay.io/team": {"auth": "%2"},
        "quay.io/team/special": {"auth": "%3"}
    }})")
                                .arg(b64("registry-wide:a"), b64("team:b"), b64("special:c"))
                                .toUtf8();
    const auto file =
        AuthFile::parse(json, QStringLiteral("auth.json"), AuthFile::Format::ContainersAuth);
    QVERIFY(file);
    QCOMPARE(file->lookup(QStringLiteral("quay.io"), QStringLiteral("team/special"))->username,
             QStringLiteral("special"));
    QCOMPARE(file->lookup(QStringLiteral("quay.io"), QStringLiteral("team/other"))->username,
             QStringLiteral("team"));
    QCOMPARE(file->lookup(QStringLiteral("quay.io"), QStringLiteral("elsewhere/app"))->username,
             QStringLiteral("registry-wide"));
    // A docker config.json does not do namespaces: "quay.io/team" means the host.
    const auto docker =
        AuthFile::parse(json, QStringLiteral("config.json"), AuthFile::Format::DockerConfig);
    QCOMPARE(docker->lookup(QStringLiteral("quay.io"), QStringLiteral("team/special"))->username,
             QStringLiteral("registry-wide"));
}

void TestAuthFile::tokensAndHelpers()
{
    const QByteArray json = R"({
        "auths": {"id.example": {"identitytoken": "refresh-abc"}, "rt.example": {"registrytoken": "bearer-xyz"}},
        "credsStore": "secretservice",
        "credHelpers": {"gcr.io": "gcloud", "https://index.docker.io/v1/": "hubhelper"}
    })";
    const auto file =
        AuthFile::parse(json, QStringLiteral("c.json"), AuthFile::Format::DockerConfig);
    QVERIFY(file);
    const Credential id = file->credentialFor(*file->lookup(QStringLiteral("id.example"), {}));
    QCOMPARE(id.kind, Credential::Kind::IdentityToken);
    QCOMPARE(id.secret, QStringLiteral("refresh-abc"));
    const Credential rt = file->credentialFor(*file->lookup(QStringLiteral("rt.example"), {}));
    QCOMPARE(rt.kind, Credential::Kind::RegistryToken);
    QCOMPARE(file->helperFor(QStringLiteral("gcr.io")), QStringLiteral("gcloud"));
    QCOMPARE(file->helperFor(QStringLiteral("docker.io")), QStringLiteral("hubhelper"));
    QCOMPARE(file->helperFor(QStringLiteral("other.io")), QStringLiteral("secretservice"));
}

void TestAuthFile::badEntriesAreReportedNotFatal()
{
    const QByteArray json = QStringLiteral(R"({"auths": {
        "good.example": {"auth": "%1"},
        "nocolon.example": {"auth": "%2"},
        "notbase64.example": {"auth": "***"},
        "notobject.example": "x"
    }, "credHelpers": {"h.example": 5}})")
                                .arg(b64("u:p"), b64("nocolon"))
                                .toUtf8();
    const auto file = AuthFile::parse(json,
                                      QStringLiteral("/home/u/.docker/config.json"),
                                      AuthFile::Format::DockerConfig);
    QVERIFY(file);
    QCOMPARE(file->entries().size(), 1);
    QCOMPARE(file->problems().size(), 4);
    for (const QString &p : file->problems())
        QVERIFY2(p.startsWith(QLatin1String("/home/u/.docker/config.json: ")), qPrintable(p));
    QVERIFY(file->problems().join(QLatin1Char('\n')).contains(QLatin1String("nocolon.example")));
    QVERIFY(file->problems().join(QLatin1Char('\n')).contains(QLatin1String("h.example")));
}

void TestAuthFile::syntaxErrorHasLineAndColumn()
{
    const QByteArray json = "{\n  \"auths\": {\n    \"a\": {\"auth\": \"x\"},,\n  }\n}\n";
    const auto file =
        AuthFile::parse(json, QStringLiteral("auth.json"), AuthFile::Format::ContainersAuth);
    QVERIFY(!file);
    QCOMPARE(file.error().code, ErrorCode::Parse);
    QCOMPARE(file.error().file, QStringLiteral("auth.json"));
    QCOMPARE(file.error().line, 3);
    QVERIFY(file.error().column > 1);
    QVERIFY(file.error().toString().startsWith(QLatin1String("auth.json:3:")));
    const auto notObject =
        AuthFile::parse("[1,2]", QStringLiteral("a.json"), AuthFile::Format::ContainersAuth);
    QVERIFY(!notObject);
    const auto empty =
        AuthFile::parse("  \n", QStringLiteral("e.json"), AuthFile::Format::ContainersAuth);
    QVERIFY(empty);
    QVERIFY(empty->entries().isEmpty());
}

void TestAuthFile::missingFile()
{
    const auto file = AuthFile::load(QStringLiteral("/nonexistent/dir/config.json"),
                                     AuthFile::Format::DockerConfig);
    QVERIFY(!file);
    QCOMPARE(file.error().code, ErrorCode::Io);
    QVERIFY(file.error().message.contains(QLatin1String("/nonexistent/dir/config.json")));
}

void TestAuthFile::saveKeepsUnknownFieldsAndIsPrivate()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("config.json"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            QStringLiteral(
                R"({"auths": {"keep.example": {"auth": "%1", "email": "a@b.c"}}, "psFormat": "table"})")
                .arg(b64("k:v"))
                .toUtf8());
    }
    auto file = AuthFile::load(path, AuthFile::Format::DockerConfig);
    QVERIFY(file);
    file->setLogin(QStringLiteral("docker.io"), QStringLiteral("hub"), QStringLiteral("p&<>\"w"));
    file->setLogin(QStringLiteral("localhost:5000"), QStringLiteral("old"), QStringLiteral("x"));
    file->setLogin(QStringLiteral("localhost:5000"), QStringLiteral("new"), QStringLiteral("y"));
    QVERIFY(file->save());

    struct stat st
    {};

    QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
    QCOMPARE(int(st.st_mode & 0777), 0600);

    const auto again = AuthFile::load(path, AuthFile::Format::DockerConfig);
    QVERIFY(again);
    QCOMPARE(again->entries().size(), 3);
    QCOMPARE(again->lookup(QStringLiteral("docker.io"), {})->key,
             QStringLiteral("https://index.docker.io/v1/"));
    QCOMPARE(again->lookup(QStringLiteral("docker.io"), {})->password, QStringLiteral("p&<>\"w"));
    QCOMPARE(again->lookup(QStringLiteral("localhost:5000"), {})->username, QStringLiteral("new"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
    QCOMPARE(root.value(QStringLiteral("psFormat")).toString(), QStringLiteral("table"));
    QCOMPARE(root.value(QStringLiteral("auths"))
                 .toObject()
                 .value(QStringLiteral("keep.example"))
                 .toObject()
                 .value(QStringLiteral("email"))
                 .toString(),
             QStringLiteral("a@b.c"));

    QCOMPARE(again->entries().size(), 3);
    auto editable = *again;
    QCOMPARE(editable.removeLogin(QStringLiteral("index.docker.io")), 1);
    QVERIFY(!editable.lookup(QStringLiteral("docker.io"), {}));
}

void TestAuthFile::saveKeepsUndecodableEntries()
{
    // A login elsewhere must not destroy an entry Pullscope could not read.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("auth.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QStringLiteral(
                R"({"auths": {"broken.example": {"auth": "***"}, "r.example": {"auth": "%1"}}})")
                .arg(b64("u:p"))
                .toUtf8());
    f.close();
    auto file = AuthFile::load(path, AuthFile::Format::ContainersAuth);
    QVERIFY(file);
    QCOMPARE(file->problems().size(), 1);
    QCOMPARE(file->removeLogin(QStringLiteral("r.example")), 1);
    file->setLogin(QStringLiteral("new.example"), QStringLiteral("n"), QStringLiteral("x"));
    QVERIFY(file->save());
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject auths =
        QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("auths")).toObject();
    QCOMPARE(auths.value(QStringLiteral("broken.example"))
                 .toObject()
                 .value(QStringLiteral("auth"))
                 .toString(),
             QStringLiteral("***"));
    QVERIFY(!auths.contains(QStringLiteral("r.example")));
    QVERIFY(auths.contains(QStringLiteral("new.example")));
    // Removing the broken one on purpose does remove it.
    auto again = AuthFile::load(path, AuthFile::Format::ContainersAuth);
    QVERIFY(again);
    QCOMPARE(again->removeLogin(QStringLiteral("broken.example")),
             1); // not decoded, still removable
    QVERIFY(again->save());
    QFile g(path);
    QVERIFY(g.open(QIODevice::ReadOnly));
    QVERIFY(
        !QJsonDocument::fromJson(g.readAll())
             .object()
             .value(QStringLiteral("auths"))
             .toObject()
             .contains(QStringLiteral("broken.example"))); // ...but its key is gone from the file
}

void TestAuthFile::removeNamespacedKey()
{
    const QByteArray json =
        QStringLiteral(R"({"auths": {"quay.io/team": {"auth": "%1"}, "quay.io": {"auth": "%2"}}})")
            .arg(b64("team:a"), b64("all:b"))
            .toUtf8();
    auto file =
        AuthFile::parse(json, QStringLiteral("auth.json"), AuthFile::Format::ContainersAuth);
    QVERIFY(file);
    QCOMPARE(file->removeLogin(QStringLiteral("quay.io/team")), 1);
    QCOMPARE(file->lookup(QStringLiteral("quay.io"), QStringLiteral("team/app"))->username,
             QStringLiteral("all"));
}

QTEST_GUILESS_MAIN(TestAuthFile)
#include "tst_authfile.moc"
