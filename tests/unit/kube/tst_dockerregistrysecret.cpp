// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/kube/dockerregistrysecret.h"
#include "tests/support/requiretool.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using Options = DockerRegistrySecret::Options;

// `kubectl create secret docker-registry ... --dry-run=client -o yaml`, byte for byte: known
// bytes asserted directly (so the test means something without kubectl), then a table compared
// with the installed kubectl when there is one.
class TestDockerRegistrySecret : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void knownBytes();
    void goJsonString_data();
    void goJsonString();
    void yamlScalar_data();
    void yamlScalar();
    void yamlKeyOrder();
    void matchesKubectl_data();
    void matchesKubectl();
    void errorsMatchKubectl_data();
    void errorsMatchKubectl();
    void reader();

private:
    QString file(const QString &name) const { return m_files.filePath(name); }

    QTemporaryDir m_files;
    QString m_kubectl;
};

void TestDockerRegistrySecret::initTestCase()
{
    QVERIFY(m_files.isValid());
    auto write = [this](const QString &name, const QByteArray &content) {
        QFile f(file(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    };
    write(QStringLiteral("config.json"),
          R"({"auths":{"reg.io":{"auth":"dTpw"}}})"
          "\n");
    write(QStringLiteral("other.json"), "{\"a\":1}");
    QVERIFY(QDir(m_files.path()).mkdir(QStringLiteral("dir")));
    m_kubectl = QStandardPaths::findExecutable(QStringLiteral("kubectl"));
}

void TestDockerRegistrySecret::knownBytes()
{
    // k/kubectl create_secret_docker_test.go's values, default server
    // (docs/reference/kubelet-image-pull.md §9).
    const QByteArray expected =
        R"({"auths":{"https://index.docker.io/v1/":{"username":"test-user","password":"test-password","email":"test-user@example.org","auth":"dGVzdC11c2VyOnRlc3QtcGFzc3dvcmQ="}}})";
    const QByteArray json =
        DockerRegistrySecret::dockerConfigJson(DockerRegistrySecret::defaultServer(),
                                               QStringLiteral("test-user"),
                                               QStringLiteral("test-password"),
                                               QStringLiteral("test-user@example.org"));
    QCOMPARE(json, expected);

    // Recorded from kubectl v1.32: HTML escaping, quote, backslash, non-ASCII, a space.
    Options o;
    o.name = QStringLiteral("my-secret");
    o.username = QStringLiteral("u");
    o.password = QStringLiteral("p&<>\"'\\é日本 x");
    o.email = QStringLiteral("e@x");
    Result<QByteArray> yaml = DockerRegistrySecret::toYaml(o);
    QVERIFY(yaml);
    QCOMPARE(*yaml,
             QByteArray("apiVersion: v1\n"
                        "data:\n"
                        "  .dockerconfigjson: "
                        "eyJhdXRocyI6eyJodHRwczovL2luZGV4LmRvY2tlci5pby92MS8iOnsidXNlcm5hbWUiOiJ1Ii"
                        "wicGFzc3dvcmQiOiJwXHUwMDI2XHUwMDNjXHUwMDNlXCInXFzDqeaXpeacrCB4IiwiZW1haWwi"
                        "OiJlQHgiLCJhdXRoIjoiZFRwd0pqdytJaWRjdzZubWw2WG1uS3dnZUE9PSJ9fX0=\n"
                        "kind: Secret\n"
                        "metadata:\n"
                        "  creationTimestamp: null\n"
                        "  name: my-secret\n"
                        "type: kubernetes.io/dockerconfigjson\n"));

    // Server with a port, no email (omitted), a namespace.
    o = Options();
    o.name = QStringLiteral("s2");
    o.server = QStringLiteral("reg.io:5000");
    o.username = QStringLiteral("u");
    o.password = QStringLiteral("p");
    o.namespaceName = QStringLiteral("team");
    yaml = DockerRegistrySecret::toYaml(o);
    QVERIFY(yaml);
    QCOMPARE(*yaml,
             QByteArray("apiVersion: v1\n"
                        "data:\n"
                        "  .dockerconfigjson: "
                        "eyJhdXRocyI6eyJyZWcuaW86NTAwMCI6eyJ1c2VybmFtZSI6InUiLCJwYXNzd29yZCI6InAiLC"
                        "JhdXRoIjoiZFRwdyJ9fX0=\n"
                        "kind: Secret\n"
                        "metadata:\n"
                        "  creationTimestamp: null\n"
                        "  name: s2\n"
                        "  namespace: team\n"
                        "type: kubernetes.io/dockerconfigjson\n"));
    QCOMPARE(
        QByteArray::fromBase64("eyJhdXRocyI6eyJyZWcuaW86NTAwMCI6eyJ1c2VybmFtZSI6InUiLCJwYXNzd29yZC"
                               "I6InAiLCJhdXRoIjoiZFRwdyJ9fX0="),
        DockerRegistrySecret::dockerConfigJson(QStringLiteral("reg.io:5000"),
                                               QStringLiteral("u"),
                                               QStringLiteral("p"),
                                               QString()));
}

void TestDockerRegistrySecret::goJsonString_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("json");

    QTest::newRow("plain") << QStringLiteral("abc") << QByteArray(R"("abc")");
    QTest::newRow("html") << QStringLiteral("a&b<c>d") << QByteArray(R"("a\u0026b\u003cc\u003ed")");
    QTest::newRow("quote and backslash") << QStringLiteral("\"\\") << QByteArray(R"("\"\\")");
    QTest::newRow("short escapes") << QStringLiteral("\b\f\n\r\t") << QByteArray(R"("\b\f\n\r\t")");
    QTest::newRow("other controls")
        << QString(QChar(1)) + QChar(0x1f) << QByteArray(R"("\u0001\u001f")");
    QTest::newRow("del is raw") << QString(QChar(0x7f)) << QByteArray("\"\x7f\"");
    QTest::newRow("line separators")
        << QString(QChar(0x2028)) + QChar(0x2029) << QByteArray(R"("\u2028\u2029")");
    QTest::newRow("non-ascii raw") << QStringLiteral("é日本") << QByteArray("\"é日本\"");
    QTest::newRow("single quote raw") << QStringLiteral("'") << QByteArray(R"("'")");
}

void TestDockerRegistrySecret::goJsonString()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, json);
    QCOMPARE(DockerRegistrySecret::goJsonString(text), json);
}

void TestDockerRegistrySecret::yamlScalar_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("yaml");

    QTest::newRow("name") << QStringLiteral("regcred") << QByteArray("regcred");
    QTest::newRow("dotted key") << QStringLiteral(".dockerconfigjson")
                                << QByteArray(".dockerconfigjson");
    QTest::newRow("base64") << QStringLiteral("eyJh+/b=") << QByteArray("eyJh+/b=");
    QTest::newRow("number") << QStringLiteral("123") << QByteArray("\"123\"");
    QTest::newRow("bool") << QStringLiteral("true") << QByteArray("\"true\"");
    QTest::newRow("yaml 1.1 bool") << QStringLiteral("yes") << QByteArray("\"yes\"");
    QTest::newRow("null") << QStringLiteral("null") << QByteArray("\"null\"");
    QTest::newRow("empty") << QString() << QByteArray("\"\"");
    QTest::newRow("colon space") << QStringLiteral("a: b") << QByteArray("'a: b'");
    QTest::newRow("indicator start") << QStringLiteral("*x") << QByteArray("'*x'");
    QTest::newRow("dash start is plain") << QStringLiteral("-x") << QByteArray("-x");
}

void TestDockerRegistrySecret::yamlScalar()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, yaml);
    QCOMPARE(DockerRegistrySecret::yamlScalar(text), yaml);
}

void TestDockerRegistrySecret::yamlKeyOrder()
{
    QStringList keys = {QStringLiteral("b"),
                        QStringLiteral("a10"),
                        QStringLiteral(".dockerconfigjson"),
                        QStringLiteral("a9"),
                        QStringLiteral("A"),
                        QStringLiteral("_x")};
    std::sort(keys.begin(), keys.end(), DockerRegistrySecret::yamlKeyLess);
    // Non-letters before letters; digits compared as numbers (a9 < a10); 'A' < 'b' by rune.
    QCOMPARE(keys,
             (QStringList{QStringLiteral(".dockerconfigjson"),
                          QStringLiteral("_x"),
                          QStringLiteral("A"),
                          QStringLiteral("a9"),
                          QStringLiteral("a10"),
                          QStringLiteral("b")}));
}

void TestDockerRegistrySecret::matchesKubectl_data()
{
    QTest::addColumn<QString>("server"); // empty: flag not given
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("ns");
    QTest::addColumn<QStringList>("fromFiles"); // file names in the temp dir, "key=name" allowed

    const QString hub;
    auto row = [](const char *name,
                  const QString &server,
                  const QString &password,
                  const QString &email,
                  const QString &ns,
                  const QStringList &files) {
        QTest::newRow(name) << server << password << email << ns << files;
    };
    row("plain", hub, QStringLiteral("secret"), QString(), QString(), {});
    row("html characters", hub, QStringLiteral("a&b<c>d"), QString(), QString(), {});
    row("quotes and backslash", hub, QStringLiteral("\"'\\`"), QString(), QString(), {});
    row("spaces", hub, QStringLiteral("  two  spaces "), QString(), QString(), {});
    row("non-ascii", hub, QStringLiteral("é日本"), QString(), QString(), {});
    row("controls", hub, QStringLiteral("a\x01\tb\x7f") + QChar(0x2028), QString(), QString(), {});
    row("colon in password", hub, QStringLiteral("p:a:ss"), QString(), QString(), {});
    row("email", hub, QStringLiteral("p"), QStringLiteral("me@example.org"), QString(), {});
    row("email with html", hub, QStringLiteral("p"), QStringLiteral("<me>&co"), QString(), {});
    row("server with port",
        QStringLiteral("reg.io:5000"),
        QStringLiteral("p"),
        QString(),
        QString(),
        {});
    row("server url",
        QStringLiteral("https://ghcr.io/v2/"),
        QStringLiteral("p"),
        QString(),
        QString(),
        {});
    row("namespace",
        QStringLiteral("quay.io"),
        QStringLiteral("p"),
        QString(),
        QStringLiteral("team-a"),
        {});
    row("numeric namespace", hub, QStringLiteral("p"), QString(), QStringLiteral("123"), {});
    row("from file", hub, QString(), QString(), QString(), {QStringLiteral("config.json")});
    row("from file keyed",
        hub,
        QString(),
        QString(),
        QString(),
        {QStringLiteral("zz=other.json"), QStringLiteral(".dockerconfigjson=config.json")});
    row("from file key sorting",
        hub,
        QString(),
        QString(),
        QString(),
        {QStringLiteral("k10=other.json"),
         QStringLiteral("k9=other.json"),
         QStringLiteral("K=other.json")});
}

namespace {
// Runs kubectl offline; the stdout bytes, or the stderr text prefixed with "ERR:".
QByteArray runKubectl(const QString &kubectl, const QStringList &args)
{
    QProcess p;
    p.setProgram(kubectl);
    p.setArguments(args);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("KUBECONFIG"), QStringLiteral("/nonexistent"));
    p.setProcessEnvironment(env);
    p.start();
    if (!p.waitForFinished(60000))
        return "ERR:timeout";
    if (p.exitCode() != 0)
        return "ERR:" + p.readAllStandardError();
    return p.readAllStandardOutput();
}
} // namespace

void TestDockerRegistrySecret::matchesKubectl()
{
    QFETCH(QString, server);
    QFETCH(QString, password);
    QFETCH(QString, email);
    QFETCH(QString, ns);
    QFETCH(QStringList, fromFiles);

    Options o;
    o.name = QStringLiteral("regcred");
    QStringList args{QStringLiteral("create"),
                     QStringLiteral("secret"),
                     QStringLiteral("docker-registry"),
                     o.name};
    if (fromFiles.isEmpty()) {
        o.username = QStringLiteral("user");
        o.password = password;
        o.email = email;
        args << QStringLiteral("--docker-username=user") << QStringLiteral("--docker-password")
             << password;
        if (!email.isEmpty())
            args << QStringLiteral("--docker-email") << email;
    }
    if (!server.isEmpty()) {
        o.server = server;
        args << QStringLiteral("--docker-server=") + server;
    }
    if (!ns.isEmpty()) {
        o.namespaceName = ns;
        args << QStringLiteral("-n") << ns;
    }
    for (const QString &f : fromFiles) {
        const QString source = f.contains(u'=')
            ? f.section(u'=', 0, 0) + QLatin1Char('=') + file(f.section(u'=', 1))
            : file(f);
        o.fromFiles.append(source);
        args << QStringLiteral("--from-file=") + source;
    }
    args << QStringLiteral("--dry-run=client") << QStringLiteral("-o") << QStringLiteral("yaml");

    const Result<QByteArray> ours = DockerRegistrySecret::toYaml(o);
    QVERIFY2(ours, qPrintable(ours ? QString() : ours.error().message));
    // Whatever kubectl says, the JSON inside must round-trip through the kubelet's parser.
    if (fromFiles.isEmpty()) {
        const QByteArray json =
            DockerRegistrySecret::dockerConfigJson(o.server, o.username, o.password, o.email);
        const Result<QList<DockerRegistrySecret::Credential>> back =
            DockerRegistrySecret::read(json);
        QVERIFY(back);
        QCOMPARE(back->size(), 1);
        QCOMPARE(back->first().password, password);
        QCOMPARE(back->first().email, email);
    }
    PULLSCOPE_REQUIRE_TOOL(!m_kubectl.isEmpty(),
                           "kubectl is not installed; the known-bytes test still ran");
    const QByteArray theirs = runKubectl(m_kubectl, args);
    QCOMPARE(*ours, theirs);
}

void TestDockerRegistrySecret::errorsMatchKubectl_data()
{
    QTest::addColumn<QStringList>("fromFiles");
    QTest::addColumn<bool>("withPassword");
    QTest::addColumn<QString>("message");

    QTest::newRow("no password")
        << QStringList{} << false
        << QStringLiteral("either --from-file or the combination of --docker-username, "
                          "--docker-password and --docker-server is required");
    QTest::newRow("missing file") << QStringList{QStringLiteral("@missing.json")} << true
                                  << QStringLiteral(
                                         "error reading @missing.json: no such file or directory");
    QTest::newRow("two =") << QStringList{QStringLiteral("a=b=@config.json")} << true
                           << QStringLiteral("key names or file paths cannot contain '='");
    QTest::newRow("no key") << QStringList{QStringLiteral("=@config.json")} << true
                            << QStringLiteral("key name for file path @config.json missing");
    QTest::newRow("bad key")
        << QStringList{QStringLiteral("a b=@config.json")} << true
        << QStringLiteral("\"a b\" is not valid key name for a Secret a valid config key");
    QTest::newRow("duplicate key")
        << QStringList{QStringLiteral("k=@config.json"), QStringLiteral("k=@other.json")} << true
        << QStringLiteral("cannot add key k, another key by that name already exists");
    QTest::newRow("directory") << QStringList{QStringLiteral("@dir")} << true
                               << QStringLiteral("cannot give a key name for a directory path");
}

void TestDockerRegistrySecret::errorsMatchKubectl()
{
    QFETCH(QStringList, fromFiles);
    QFETCH(bool, withPassword);
    QFETCH(QString, message);

    const QString dir = m_files.path() + QLatin1Char('/');
    Options o;
    o.name = QStringLiteral("regcred");
    o.username = QStringLiteral("user");
    if (withPassword)
        o.password = QStringLiteral("hunter2");
    QStringList args{QStringLiteral("create"),
                     QStringLiteral("secret"),
                     QStringLiteral("docker-registry"),
                     o.name,
                     QStringLiteral("--docker-username=user")};
    if (withPassword)
        args << QStringLiteral("--docker-password=hunter2");
    for (QString f : fromFiles) {
        f.replace(u'@', dir);
        o.fromFiles.append(f);
        args << QStringLiteral("--from-file=") + f;
    }
    args << QStringLiteral("--dry-run=client") << QStringLiteral("-o") << QStringLiteral("yaml");
    message.replace(u'@', dir);

    const Result<QByteArray> ours = DockerRegistrySecret::toYaml(o);
    QVERIFY(!ours);
    QVERIFY2(ours.error().message.startsWith(message), qPrintable(ours.error().message));
    QVERIFY(!ours.error().message.contains(QStringLiteral("hunter2")));
    PULLSCOPE_REQUIRE_TOOL(!m_kubectl.isEmpty(), "kubectl is not installed");
    const QByteArray theirs = runKubectl(m_kubectl, args);
    QCOMPARE(QString::fromUtf8(theirs).trimmed(),
             QStringLiteral("ERR:error: ") + ours.error().message);
}

void TestDockerRegistrySecret::reader()
{
    const QByteArray json =
        DockerRegistrySecret::dockerConfigJson(QStringLiteral("https://index.docker.io/v1/"),
                                               QStringLiteral("me"),
                                               QStringLiteral("pa55word"),
                                               QStringLiteral("me@x"));
    const Result<QList<DockerRegistrySecret::Credential>> creds = DockerRegistrySecret::read(json);
    QVERIFY(creds);
    QCOMPARE(creds->size(), 1);
    QCOMPARE(creds->first().server, QStringLiteral("https://index.docker.io/v1/"));
    QCOMPARE(creds->first().key, QStringLiteral("index.docker.io"));
    QCOMPARE(creds->first().username, QStringLiteral("me"));
    const QStringList masked = DockerRegistrySecret::describe(*creds, false);
    QCOMPARE(masked.size(), 1);
    QVERIFY2(!masked.first().contains(QStringLiteral("pa55word")), qPrintable(masked.first()));
    QVERIFY(masked.first().contains(QStringLiteral("me@x")));
    QVERIFY(masked.first().contains(QStringLiteral("index.docker.io")));
    QVERIFY(
        DockerRegistrySecret::describe(*creds, true).first().contains(QStringLiteral("pa55word")));

    QVERIFY(!DockerRegistrySecret::read("{not json"));
    const QByteArray badAuth = R"({"auths":{"r":{"auth":"bm9jb2xvbg=="}}})";
    QVERIFY(!DockerRegistrySecret::read(badAuth));
    const QByteArray legacy = R"({"r.io":{}})";
    const Result<QList<DockerRegistrySecret::Credential>> none = DockerRegistrySecret::read(legacy);
    QVERIFY(none);
    QVERIFY(none->isEmpty());
}

QTEST_GUILESS_MAIN(TestDockerRegistrySecret)
#include "tst_dockerregistrysecret.moc"
