// SPDX-License-Identifier: GPL-3.0-or-later
// `pullscope-cli cluster contexts`, run as a process: kubectl's loading rules through the
// environment (--kubeconfig, KUBECONFIG, ~/.kube/config), the table and the problems, the JSON
// keys, exit statuses, and no secret in any output.
#include "clirun.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QByteArray kSecret = "super-secret-token-4711";

const QByteArray kMain = "clusters:\n"
                         "- name: prod\n"
                         "  cluster:\n"
                         "    server: https://10.0.0.1:6443\n"
                         "    certificate-authority: certs/missing-ca.crt\n"
                         "- name: lab\n"
                         "  cluster: {server: https://127.0.0.1:6443}\n"
                         "users:\n"
                         "- name: eks\n"
                         "  user:\n"
                         "    exec:\n"
                         "      apiVersion: client.authentication.k8s.io/v1beta1\n"
                         "      command: no-such-aws-4711\n"
                         "      installHint: Install the AWS CLI.\n"
                         "- name: admin\n"
                         "  user: {token: "
    + kSecret
    + "}\n"
      "contexts:\n"
      "- name: prod\n"
      "  context: {cluster: prod, user: eks, namespace: team-a}\n"
      "- name: lab\n"
      "  context: {cluster: lab, user: admin}\n"
      "current-context: prod\n";
} // namespace

class TestClusterCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void tableAndProblems();
    void json();
    void kubeconfigVariableMerges();
    void homeConfigAndNothingAtAll();
    void usageAndUnreadableFile();
    void checkCredentialsRunsThePlugins();

private:
    QString write(const QString &name, const QByteArray &text);
    Run run(const QStringList &arguments, const QString &kubeconfigVariable = {}) const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestClusterCommand::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestClusterCommand::write(const QString &name, const QByteArray &text)
{
    const QString path = m_dir->filePath(name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size())
        return {};
    return path;
}

Run TestClusterCommand::run(const QStringList &arguments, const QString &kubeconfigVariable) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_dir->filePath(QStringLiteral("home")));
    env.insert(QStringLiteral("KUBECONFIG"), kubeconfigVariable);
    const Run r = runCliCommand(QStringLiteral("cluster"),
                                QStringList{QStringLiteral("contexts")} + arguments,
                                30000,
                                env);
    return r;
}

void TestClusterCommand::tableAndProblems()
{
    const QString config = write(QStringLiteral("config"), kMain);
    const Run r = run({QStringLiteral("--kubeconfig"), config});
    QCOMPARE(r.exitCode, 1); // prod has errors
    const QStringList lines = r.out.split(u'\n');
    QVERIFY2(lines.at(0).startsWith(QLatin1String("CURRENT  NAME  CLUSTER  SERVER")),
             qPrintable(r.out));
    // Sorted by name; the current one starred.
    QVERIFY2(lines.at(1).contains(QLatin1String("lab")) && !lines.at(1).startsWith(u'*'),
             qPrintable(r.out));
    QVERIFY2(lines.at(1).contains(QLatin1String("token")), qPrintable(r.out));
    QVERIFY2(lines.at(2).startsWith(u'*') && lines.at(2).contains(QLatin1String("team-a"))
                 && lines.at(2).contains(QLatin1String("exec: no-such-aws-4711")),
             qPrintable(r.out));
    // Problems as a compiler would print them, with the stanza's place.
    QVERIFY2(r.out.contains(config
                            + QStringLiteral(":2:3: error: context prod: the "
                                             "certificate-authority ")
                            + m_dir->filePath(QStringLiteral("certs/missing-ca.crt"))),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(config
                            + QStringLiteral(":9:3: error: context prod: exec: executable "
                                             "no-such-aws-4711 not found\n  Install the AWS CLI.")),
             qPrintable(r.out));
    QVERIFY(!r.out.contains(QString::fromLatin1(kSecret)));
    QVERIFY(!r.err.contains(QString::fromLatin1(kSecret)));

    // A clean kubeconfig exits 0.
    const QString clean = write(QStringLiteral("clean"),
                                "clusters: [{name: c, cluster: {server: https://a}}]\n"
                                "contexts: [{name: x, context: {cluster: c}}]\n"
                                "current-context: x\n");
    const Run ok = run({QStringLiteral("--kubeconfig"), clean});
    QCOMPARE(ok.exitCode, 0);
    QVERIFY2(ok.out.contains(QLatin1String("*        x     c")), qPrintable(ok.out));
    QVERIFY(ok.out.contains(QLatin1String("none")));
}

void TestClusterCommand::json()
{
    const QString config = write(QStringLiteral("config"), kMain);
    const Run r = run({QStringLiteral("--kubeconfig"), config, QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(!r.out.contains(QString::fromLatin1(kSecret)));
    const QJsonObject root = QJsonDocument::fromJson(r.outBytes).object();
    QCOMPARE(root.value(QStringLiteral("files")).toArray().first().toString(), config);
    QCOMPARE(root.value(QStringLiteral("currentContext")).toString(), QStringLiteral("prod"));
    QVERIFY(root.value(QStringLiteral("warnings")).toArray().isEmpty());
    const QJsonArray contexts = root.value(QStringLiteral("contexts")).toArray();
    QCOMPARE(contexts.size(), 2);
    const QJsonObject prod = contexts.at(1).toObject();
    QCOMPARE(prod.keys(),
             QStringList({QStringLiteral("auth"),
                          QStringLiteral("cluster"),
                          QStringLiteral("current"),
                          QStringLiteral("name"),
                          QStringLiteral("namespace"),
                          QStringLiteral("problems"),
                          QStringLiteral("server"),
                          QStringLiteral("user")}));
    QVERIFY(prod.value(QStringLiteral("current")).toBool());
    QCOMPARE(prod.value(QStringLiteral("auth")).toString(),
             QStringLiteral("exec: no-such-aws-4711"));
    const QJsonArray problems = prod.value(QStringLiteral("problems")).toArray();
    QCOMPARE(problems.size(), 2);
    const QJsonObject exec = problems.at(1).toObject();
    QCOMPARE(exec.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
    QCOMPARE(exec.value(QStringLiteral("file")).toString(), config);
    QCOMPARE(exec.value(QStringLiteral("line")).toInt(), 9);
    QCOMPARE(exec.value(QStringLiteral("message")).toString(),
             QStringLiteral("exec: executable no-such-aws-4711 not found\nInstall the AWS CLI."));
    QVERIFY(contexts.at(0).toObject().value(QStringLiteral("problems")).toArray().isEmpty());
}

void TestClusterCommand::kubeconfigVariableMerges()
{
    const QString first = write(QStringLiteral("first"),
                                "clusters: [{name: c, cluster: {server: https://first}}]\n"
                                "contexts: [{name: a, context: {cluster: c}}]\n");
    const QString second = write(QStringLiteral("second"),
                                 "clusters: [{name: c, cluster: {server: https://second}}]\n"
                                 "contexts: [{name: b, context: {cluster: c}}]\n"
                                 "current-context: b\n");
    const QString missing = m_dir->filePath(QStringLiteral("missing"));
    const Run r = run({QStringLiteral("--json")}, first + u':' + missing + u':' + second);
    QCOMPARE(r.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(r.outBytes).object();
    QCOMPARE(root.value(QStringLiteral("files")).toArray().size(), 2);
    QCOMPARE(root.value(QStringLiteral("currentContext")).toString(), QStringLiteral("b"));
    for (const QJsonValue &c : root.value(QStringLiteral("contexts")).toArray())
        QCOMPARE(c.toObject().value(QStringLiteral("server")).toString(),
                 QStringLiteral("https://first")); // the first file's cluster c, for both

    const Run none = run({}, missing);
    QCOMPARE(none.exitCode, 1);
    QVERIFY2(none.err.contains(QLatin1String("warning: none of the files in KUBECONFIG exists")),
             qPrintable(none.err));
}

void TestClusterCommand::homeConfigAndNothingAtAll()
{
    const Run nothing = run({});
    QCOMPARE(nothing.exitCode, 1);
    QVERIFY2(nothing.err.contains(QLatin1String("no configuration has been provided, try setting "
                                                "KUBERNETES_MASTER environment variable")),
             qPrintable(nothing.err));
    write(QStringLiteral("home/.kube/config"),
          "clusters: [{name: h, cluster: {server: https://home}}]\n"
          "contexts: [{name: h, context: {cluster: h}}]\ncurrent-context: h\n");
    const Run home = run({});
    QCOMPARE(home.exitCode, 0);
    QVERIFY2(home.out.contains(QLatin1String("https://home")), qPrintable(home.out));
}

void TestClusterCommand::usageAndUnreadableFile()
{
    const QString missing = m_dir->filePath(QStringLiteral("nope"));
    const Run unreadable = run({QStringLiteral("--kubeconfig"), missing});
    QCOMPARE(unreadable.exitCode, 2);
    QVERIFY2(unreadable.err.contains(missing), qPrintable(unreadable.err));
    const QString broken = write(QStringLiteral("broken"), "clusters: [\n  - name: x\n");
    const Run bad = run({QStringLiteral("--kubeconfig"), broken});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains(QStringLiteral("error loading config file \"%1\"").arg(broken)),
             qPrintable(bad.err));
    const Run wrong = runCliCommand(QStringLiteral("cluster"), {QStringLiteral("pods")}, 30000);
    QCOMPARE(wrong.exitCode, 2);
    QVERIFY(wrong.err.contains(QLatin1String("the one subcommand is 'contexts'")));
}

// --check-credentials runs each exec plugin once: what it gave and until when, or its failure
// in client-go's words with the plugin's own stderr; never the token.
void TestClusterCommand::checkCredentialsRunsThePlugins()
{
    const QString good =
        write(QStringLiteral("good-plugin"),
              "#!/bin/sh\necho '{\"apiVersion\":\"client.authentication.k8s.io/"
              "v1beta1\",\"kind\":\"ExecCredential\",\"status\":{\"token\":\""
                  + kSecret + "\",\"expirationTimestamp\":\"2030-01-02T03:04:05Z\"}}'\n");
    const QString bad = write(QStringLiteral("bad-plugin"),
                              "#!/bin/sh\necho 'token expired; run aws sso login' >&2\nexit 255\n");
    for (const QString &path : {good, bad})
        QFile(path).setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QString config = write(
        QStringLiteral("config"),
        "clusters: [{name: c, cluster: {server: https://a}}]\n"
        "users:\n"
        "- {name: good, user: {exec: {apiVersion: client.authentication.k8s.io/v1beta1, command: "
            + good.toUtf8()
            + "}}}\n"
              "- {name: bad, user: {exec: {apiVersion: client.authentication.k8s.io/v1beta1, "
              "command: "
            + bad.toUtf8()
            + "}}}\n"
              "- {name: plain, user: {token: abc}}\n"
              "contexts:\n- {name: ok, context: {cluster: c, user: good}}\n"
              "- {name: broken, context: {cluster: c, user: bad}}\n"
              "- {name: static, context: {cluster: c, user: plain}}\ncurrent-context: ok\n");
    const Run text =
        run({QStringLiteral("--kubeconfig"), config, QStringLiteral("--check-credentials")});
    QCOMPARE(text.exitCode, 1); // the broken plugin
    QVERIFY2(text.out.contains(QStringLiteral("error: context broken: getting credentials: exec: "
                                              "executable %1 failed with exit code 255\n  token "
                                              "expired; run aws sso login")
                                   .arg(bad)),
             qPrintable(text.out));
    QVERIFY2(text.out.contains(QLatin1String("context ok: credentials: a token from good-plugin, "
                                             "expires 2030-01-02T03:04:05Z")),
             qPrintable(text.out));
    QVERIFY(!text.out.contains(QLatin1String("context static: credentials")));
    QVERIFY(!text.out.contains(QString::fromLatin1(kSecret)));

    const Run json = run({QStringLiteral("--kubeconfig"),
                          config,
                          QStringLiteral("--check-credentials"),
                          QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 1);
    QVERIFY(!json.out.contains(QString::fromLatin1(kSecret)));
    QHash<QString, QJsonObject> byName;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.outBytes)
                                   .object()
                                   .value(QStringLiteral("contexts"))
                                   .toArray())
        byName.insert(v.toObject().value(QStringLiteral("name")).toString(), v.toObject());
    const QJsonObject ok =
        byName.value(QStringLiteral("ok")).value(QStringLiteral("credentials")).toObject();
    QVERIFY(ok.value(QStringLiteral("ok")).toBool());
    QCOMPARE(ok.value(QStringLiteral("kind")).toString(), QStringLiteral("token"));
    QCOMPARE(ok.value(QStringLiteral("expires")).toString(),
             QStringLiteral("2030-01-02T03:04:05Z"));
    const QJsonObject broken =
        byName.value(QStringLiteral("broken")).value(QStringLiteral("credentials")).toObject();
    QVERIFY(!broken.value(QStringLiteral("ok")).toBool(true));
    QVERIFY(
        broken.value(QStringLiteral("error")).toString().contains(QLatin1String("exit code 255")));
    QVERIFY(!byName.value(QStringLiteral("static")).contains(QStringLiteral("credentials")));
}

QTEST_GUILESS_MAIN(TestClusterCommand)
#include "tst_clustercommand.moc"
