// SPDX-License-Identifier: GPL-3.0-or-later
// kubeconfig as kubectl reads it (docs/reference/cluster-api.md §1-2): fields, relative paths,
// merge order, loading rules, and every problem a context can have, in client-go's words.
#include "model/cluster/clustercontext.h"
#include "model/cluster/kubeconfig.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestKubeConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void readsEveryField();
    void emptyFileIsAnEmptyConfig();
    void refusesWhatIsNotAKubeconfig_data();
    void refusesWhatIsNotAKubeconfig();
    void firstFileWins();
    void loadingRules();
    void contextProblems_data();
    void contextProblems();
    void namespaceAndAuthMethod();

private:
    QString write(const QString &name, const QByteArray &text);

    static Result<KubeConfig> parseText(const QByteArray &text)
    {
        return KubeConfig::parse(text, QStringLiteral("/home/u/.kube/config"));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestKubeConfig::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestKubeConfig::write(const QString &name, const QByteArray &text)
{
    const QString path = m_dir->filePath(name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(text);
    return path;
}

void TestKubeConfig::readsEveryField()
{
    const auto config = parseText(R"(apiVersion: v1
kind: Config
clusters:
- name: prod
  cluster:
    server: https://10.0.0.1:6443/prefix
    certificate-authority: certs/ca.crt
    tls-server-name: api.internal
    proxy-url: http://proxy:3128
- name: lab
  cluster:
    server: https://127.0.0.1:6443
    certificate-authority-data: LS0tLS1CRUdJTg==
    insecure-skip-tls-verify: false
users:
- name: alice
  user:
    client-certificate: /etc/pki/alice.crt
    client-key: keys/alice.key
    tokenFile: token
- name: eks
  user:
    exec:
      apiVersion: client.authentication.k8s.io/v1beta1
      command: aws
      args: [eks, get-token, --cluster-name, prod]
      env:
      - name: AWS_PROFILE
        value: work
      installHint: install the AWS CLI
      provideClusterInfo: true
- name: local
  user:
    exec:
      apiVersion: client.authentication.k8s.io/v1
      command: ./bin/login
      interactiveMode: Never
contexts:
- name: prod
  context: {cluster: prod, user: eks, namespace: team-a}
- name: lab
  context:
    cluster: lab
    user: alice
current-context: prod
)");
    QVERIFY2(config, qPrintable(config ? QString() : config.error().message));
    QCOMPARE(config->currentContext(), QStringLiteral("prod"));
    QCOMPARE(config->clusters().size(), 2);
    const KubeConfigCluster prod = config->clusters().value(QStringLiteral("prod"));
    QCOMPARE(prod.server, QStringLiteral("https://10.0.0.1:6443/prefix"));
    // Relative to the file's folder (§1.6).
    QCOMPARE(prod.certificateAuthority, QStringLiteral("/home/u/.kube/certs/ca.crt"));
    QCOMPARE(prod.tlsServerName, QStringLiteral("api.internal"));
    QCOMPARE(prod.proxyUrl, QStringLiteral("http://proxy:3128"));
    QCOMPARE(prod.at.line, 4);
    QCOMPARE(config->clusters().value(QStringLiteral("lab")).certificateAuthorityData,
             QByteArray("-----BEGIN"));

    const KubeConfigUser alice = config->users().value(QStringLiteral("alice"));
    QCOMPARE(alice.clientCertificate, QStringLiteral("/etc/pki/alice.crt"));
    QCOMPARE(alice.clientKey, QStringLiteral("/home/u/.kube/keys/alice.key"));
    QCOMPARE(alice.tokenFile, QStringLiteral("/home/u/.kube/token"));
    const KubeConfigUser eks = config->users().value(QStringLiteral("eks"));
    QVERIFY(eks.hasExec);
    QCOMPARE(eks.exec.command, QStringLiteral("aws")); // bare: looked up on PATH later
    QCOMPARE(eks.exec.args,
             QStringList({QStringLiteral("eks"),
                          QStringLiteral("get-token"),
                          QStringLiteral("--cluster-name"),
                          QStringLiteral("prod")}));
    QCOMPARE(eks.exec.env.size(), 1);
    QCOMPARE(eks.exec.env.first().second, QStringLiteral("work"));
    QCOMPARE(eks.exec.installHint, QStringLiteral("install the AWS CLI"));
    QVERIFY(eks.exec.provideClusterInfo);
    QCOMPARE(config->users().value(QStringLiteral("local")).exec.command,
             QStringLiteral("/home/u/.kube/bin/login")); // has a '/': relative to the file

    const KubeConfigContext ctx = config->contexts().value(QStringLiteral("prod"));
    QCOMPARE(ctx.cluster, QStringLiteral("prod"));
    QCOMPARE(ctx.user, QStringLiteral("eks"));
    QCOMPARE(ctx.namespaceName, QStringLiteral("team-a"));
    QCOMPARE(ctx.at.line, 39);
}

void TestKubeConfig::emptyFileIsAnEmptyConfig()
{
    for (const QByteArray &text : {QByteArray(), QByteArray("\n# nothing yet\n")}) {
        const auto config = parseText(text);
        QVERIFY(config);
        QVERIFY(config->isEmpty());
        const ClusterContext c = ClusterContext::resolve(*config, {}, {}, {});
        QVERIFY(c.hasErrors());
        QCOMPARE(c.problems().first().message,
                 QStringLiteral("no configuration has been provided, try setting "
                                "KUBERNETES_MASTER environment variable"));
    }
}

void TestKubeConfig::refusesWhatIsNotAKubeconfig_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("line");
    QTest::newRow("YAML syntax") << QByteArray("clusters:\n- name: a\n  cluster: {server: x\n")
                                 << QStringLiteral("error loading config file") << 4;
    QTest::newRow("a list at the top")
        << QByteArray("- a\n- b\n") << QStringLiteral("the top level is not a mapping") << 1;
    QTest::newRow("clusters not a list")
        << QByteArray("clusters:\n  a: b\n") << QStringLiteral("clusters is not a list") << 2;
    QTest::newRow("duplicate name") << QByteArray("users:\n- name: u\n  user: {}\n"
                                                  "- name: u\n  user: {token: x}\n")
                                    << QStringLiteral("duplicate name \"u\" in users") << 4;
    QTest::newRow("bad base64") << QByteArray(
        "clusters:\n- name: c\n  cluster:\n    server: https://x\n"
        "    certificate-authority-data: '%%%'\n")
                                << QStringLiteral("certificate-authority-data is not valid base64")
                                << 5;
    QTest::newRow("not a boolean")
        << QByteArray("clusters:\n- name: c\n  cluster:\n    insecure-skip-tls-verify: maybe\n")
        << QStringLiteral("insecure-skip-tls-verify must be true or false, not \"maybe\"") << 4;
}

void TestKubeConfig::refusesWhatIsNotAKubeconfig()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, expected);
    QFETCH(int, line);
    const auto config = parseText(text);
    QVERIFY(!config);
    QVERIFY2(config.error().message.contains(expected), qPrintable(config.error().message));
    QVERIFY2(config.error().message.contains(QLatin1String("/home/u/.kube/config")),
             qPrintable(config.error().message));
    QCOMPARE(config.error().line, line);
}

void TestKubeConfig::firstFileWins()
{
    // docs/reference/cluster-api.md §1.5: a name comes whole from the first file; "even
    // non-conflicting entries from the second file's red-user are discarded"; current-context from
    // the first that sets it.
    const QString first = write(QStringLiteral("a"),
                                "clusters:\n- name: c\n  cluster: {server: https://first}\n"
                                "users:\n- name: red-user\n  user: {token: red-token}\n");
    const QString second = write(QStringLiteral("b"),
                                 "clusters:\n- name: c\n  cluster: {server: https://second}\n"
                                 "- name: d\n  cluster: {server: https://d}\n"
                                 "users:\n- name: red-user\n  user: {token: other, username: x}\n"
                                 "current-context: from-second\n");
    const QString third = write(QStringLiteral("c"), "current-context: from-third\n");
    const auto config = KubeConfig::load({}, first + u':' + second + u':' + third, {});
    QVERIFY(config);
    QCOMPARE(config->files(), QStringList({first, second, third}));
    QCOMPARE(config->clusters().value(QStringLiteral("c")).server, QStringLiteral("https://first"));
    QCOMPARE(config->clusters().value(QStringLiteral("d")).server, QStringLiteral("https://d"));
    const KubeConfigUser red = config->users().value(QStringLiteral("red-user"));
    QCOMPARE(red.token, QByteArray("red-token"));
    QVERIFY(red.username.isEmpty());
    QCOMPARE(config->currentContext(), QStringLiteral("from-second"));
}

void TestKubeConfig::loadingRules()
{
    const QString home = m_dir->filePath(QStringLiteral("home"));
    // No KUBECONFIG, no ~/.kube/config: an empty config, no error (kubectl then says so).
    auto none = KubeConfig::load({}, {}, home);
    QVERIFY(none);
    QVERIFY(none->isEmpty());

    const QString homeConfig = write(QStringLiteral("home/.kube/config"), "current-context: h\n");
    auto fromHome = KubeConfig::load({}, {}, home);
    QVERIFY(fromHome);
    QCOMPARE(fromHome->currentContext(), QStringLiteral("h"));
    QCOMPARE(fromHome->files(), QStringList{homeConfig});

    // KUBECONFIG: empty entries, duplicates and missing files skipped; home not read.
    const QString a = write(QStringLiteral("a"), "current-context: a\n");
    const QString missing = m_dir->filePath(QStringLiteral("missing"));
    auto listed = KubeConfig::load({}, u"::" + missing + u':' + a + u':' + a, home);
    QVERIFY(listed);
    QCOMPARE(listed->files(), QStringList{a});
    QCOMPARE(listed->currentContext(), QStringLiteral("a"));
    QVERIFY(listed->warnings().isEmpty());

    // None of them exists: a warning, not an error.
    auto allMissing = KubeConfig::load({}, missing, home);
    QVERIFY(allMissing);
    QVERIFY(allMissing->isEmpty());
    QCOMPARE(allMissing->warnings().size(), 1);
    QVERIFY(allMissing->warnings().first().contains(missing));

    // --kubeconfig: that file alone, and a missing one is an error naming it.
    auto explicitOne = KubeConfig::load(a, homeConfig, home);
    QVERIFY(explicitOne);
    QCOMPARE(explicitOne->files(), QStringList{a});
    auto explicitMissing = KubeConfig::load(missing, {}, home);
    QVERIFY(!explicitMissing);
    QVERIFY(explicitMissing.error().message.contains(missing));

    // A broken file in the chain stops the load with its place.
    const QString broken = write(QStringLiteral("broken"), "clusters: [\n");
    auto withBroken = KubeConfig::load({}, a + u':' + broken, home);
    QVERIFY(!withBroken);
    QVERIFY(withBroken.error().message.contains(broken));
}

void TestKubeConfig::contextProblems_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("expected"); // empty: no problem at all
    QTest::addColumn<bool>("isError");

    const QByteArray cluster = "clusters:\n- name: c\n  cluster: {server: https://api:6443}\n";
    const QByteArray context = "contexts:\n- name: x\n  context: {cluster: c, user: u}\n"
                               "current-context: x\n";
    const QByteArray user = "users:\n- name: u\n  user: {token: abc}\n";
    auto with = [&](const QByteArray &users) -> QByteArray {
        return cluster + "users:\n- name: u\n  user:\n" + users + context;
    };

    QTest::newRow("clean") << with("    token: abc\n") << QString() << QString() << true;
    QTest::newRow("no current context")
        << QByteArray(cluster) << QString() << QStringLiteral("no context chosen") << true;
    QTest::newRow("unknown context")
        << with("    token: abc\n") << QStringLiteral("nope")
        << QStringLiteral("context was not found for specified context: nope") << true;
    QTest::newRow("unknown cluster")
        << QByteArray("contexts:\n- name: x\n  context: {cluster: gone}\ncurrent-context: x\n")
        << QString() << QStringLiteral("cluster \"gone\" does not exist") << true;
    QTest::newRow("unknown user") << QByteArray(cluster + context) << QString()
                                  << QStringLiteral(
                                         "user \"u\", named by context x, does not exist")
                                  << true;
    QTest::newRow("no server") << QByteArray("clusters:\n- name: c\n  cluster: {}\n" + user
                                             + context)
                               << QString() << QStringLiteral("no server found for cluster \"c\"")
                               << true;
    QTest::newRow("CA file missing")
        << QByteArray("clusters:\n- name: c\n  cluster: {server: https://a, certificate-authority: "
                      "/nonexistent/ca.crt}\n"
                      + user + context)
        << QString() << QStringLiteral("the certificate-authority /nonexistent/ca.crt of cluster c")
        << true;
    QTest::newRow("CA file and data")
        << QByteArray("clusters:\n- name: c\n  cluster: {server: https://a, certificate-authority: "
                      "/nonexistent/ca.crt, certificate-authority-data: QQ==}\n"
                      + user + context)
        << QString()
        << QStringLiteral("certificate-authority-data and certificate-authority are both specified "
                          "for c. certificate-authority-data will override.")
        << false;
    QTest::newRow("insecure with a CA")
        << QByteArray(
               "clusters:\n- name: c\n  cluster: {server: https://a, insecure-skip-tls-verify: "
               "true, certificate-authority-data: QQ==}\n"
               + user + context)
        << QString()
        << QStringLiteral("specifying a root certificates file with the insecure flag is not "
                          "allowed")
        << true;
    QTest::newRow("token and basic")
        << with("    token: abc\n    username: bob\n    password: pw\n") << QString()
        << QStringLiteral("more than one authentication method found for u; found [token "
                          "basicAuth], only one is allowed")
        << true;
    QTest::newRow("certificate without key")
        << with("    client-certificate-data: QQ==\n") << QString()
        << QStringLiteral("client-key-data or client-key must be specified for u to use the "
                          "clientCert authentication method.")
        << true;
    QTest::newRow("key without certificate")
        << with("    client-key-data: QQ==\n") << QString()
        << QStringLiteral("client-cert-data or client-cert must be specified for u to use the "
                          "clientCert authentication method.")
        << true;
    QTest::newRow("token file missing")
        << with("    tokenFile: /nonexistent/token\n") << QString()
        << QStringLiteral("the tokenFile /nonexistent/token of user u cannot be read") << true;
    QTest::newRow("exec v1alpha1")
        << with("    exec:\n      apiVersion: client.authentication.k8s.io/v1alpha1\n"
                "      command: sh\n")
        << QString()
        << QStringLiteral(
               "exec plugin: invalid apiVersion \"client.authentication.k8s.io/v1alpha1\"")
        << true;
    QTest::newRow("exec v1 without interactiveMode")
        << with("    exec:\n      apiVersion: client.authentication.k8s.io/v1\n      command: sh\n")
        << QString()
        << QStringLiteral("interactiveMode must be specified for u to use exec authentication "
                          "plugin")
        << true;
    QTest::newRow("exec always interactive")
        << with("    exec:\n      apiVersion: client.authentication.k8s.io/v1\n      command: sh\n"
                "      interactiveMode: Always\n")
        << QString()
        << QStringLiteral("exec plugin cannot support interactive mode: standard input is not a "
                          "terminal")
        << true;
    QTest::newRow("exec not on PATH")
        << with("    exec:\n      apiVersion: client.authentication.k8s.io/v1beta1\n"
                "      command: no-such-auth-plugin-4711\n"
                "      installHint: Install no-such-auth-plugin-4711 for use with kubectl\n")
        << QString()
        << QStringLiteral("exec: executable no-such-auth-plugin-4711 not found\nInstall "
                          "no-such-auth-plugin-4711 for use with kubectl")
        << true;
    QTest::newRow("exec and auth-provider")
        << with("    exec:\n      apiVersion: client.authentication.k8s.io/v1beta1\n"
                "      command: sh\n    auth-provider:\n      name: oidc\n")
        << QString()
        << QStringLiteral("authProvider cannot be provided in combination with an exec plugin for "
                          "u")
        << true;
    QTest::newRow("gcp auth-provider")
        << with("    auth-provider:\n      name: gcp\n") << QString()
        << QStringLiteral("The gcp auth plugin has been removed.") << true;
}

void TestKubeConfig::contextProblems()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, context);
    QFETCH(QString, expected);
    QFETCH(bool, isError);
    const auto config = parseText(text);
    QVERIFY2(config, qPrintable(config ? QString() : config.error().message));
    // PATH for a bare exec command: the system's folders, where sh is and no cloud plugin is.
    const ClusterContext c =
        ClusterContext::resolve(*config, context, {}, QStringLiteral("/usr/bin:/bin"));
    if (expected.isEmpty()) {
        QVERIFY2(c.problems().isEmpty(),
                 qPrintable(c.problems().isEmpty() ? QString() : c.problems().first().message));
        return;
    }
    QCOMPARE(c.problems().size(), 1);
    const ClusterContext::Problem &p = c.problems().first();
    QVERIFY2(p.message.startsWith(expected), qPrintable(p.message));
    QCOMPARE(p.severity == ClusterContext::Problem::Severity::Error, isError);
    QCOMPARE(c.hasErrors(), isError);
    QVERIFY(!p.message.contains(QLatin1String("abc"))); // never the token
}

void TestKubeConfig::namespaceAndAuthMethod()
{
    const auto config = parseText(
        "clusters:\n- name: c\n  cluster: {server: https://a}\n"
        "users:\n- name: t\n  user: {token: s3cret-token}\n"
        "- name: e\n  user:\n    exec: {apiVersion: client.authentication.k8s.io/v1beta1, "
        "command: /bin/sh}\n"
        "contexts:\n- name: plain\n  context: {cluster: c, user: t}\n"
        "- name: team\n  context: {cluster: c, user: e, namespace: team-a}\n"
        "- name: anonymous\n  context: {cluster: c}\n"
        "current-context: team\n");
    QVERIFY(config);
    const ClusterContext team = ClusterContext::resolve(*config, {}, {}, {});
    QCOMPARE(team.name(), QStringLiteral("team"));
    QVERIFY(team.isCurrent());
    QCOMPARE(team.namespaceName(), QStringLiteral("team-a"));
    QVERIFY(!team.namespaceOverridden());
    QCOMPARE(team.authMethod(), QStringLiteral("exec: sh"));
    QCOMPARE(team.cluster().server, QStringLiteral("https://a"));

    const ClusterContext plain = ClusterContext::resolve(*config, QStringLiteral("plain"), {}, {});
    QVERIFY(!plain.isCurrent());
    QCOMPARE(plain.namespaceName(), QStringLiteral("default"));
    QCOMPARE(plain.authMethod(), QStringLiteral("token"));
    QVERIFY(!plain.authMethod().contains(QLatin1String("s3cret")));

    const ClusterContext overridden =
        ClusterContext::resolve(*config, QStringLiteral("team"), QStringLiteral("ops"), {});
    QCOMPARE(overridden.namespaceName(), QStringLiteral("ops"));
    QVERIFY(overridden.namespaceOverridden());

    const ClusterContext anonymous =
        ClusterContext::resolve(*config, QStringLiteral("anonymous"), {}, {});
    QCOMPARE(anonymous.authMethod(), QStringLiteral("none"));
    QVERIFY(anonymous.problems().isEmpty());
}

QTEST_GUILESS_MAIN(TestKubeConfig)
#include "tst_kubeconfig.moc"
