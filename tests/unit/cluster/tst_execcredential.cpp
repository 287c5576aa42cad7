// SPDX-License-Identifier: GPL-3.0-or-later
// ExecCredentialPlugin against real plugin executables (shell scripts written by the test):
// the token and expiry, what the plugin is given (KUBERNETES_EXEC_INFO, its env, no stdin), and
// every failure in client-go's words; no token in any message.
#include "model/cluster/clustercontext.h"
#include "model/cluster/execcredentialplugin.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestExecCredential : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void tokenAndWhatThePluginIsGiven();
    void certificatePair();
    void failures_data();
    void failures();

private:
    // A plugin script named name whose body is the shell text after the #! line.
    QString plugin(const QString &name, const QByteArray &body);
    // The context "c" whose user runs command with these extra kubeconfig lines under exec.
    ClusterContext context(const QString &command, const QByteArray &execLines = {});
    Result<ExecCredential> run(const ClusterContext &c, int timeoutMs = 20'000);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestExecCredential::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestExecCredential::plugin(const QString &name, const QByteArray &body)
{
    const QString path = m_dir->filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write("#!/bin/sh\n" + body);
    f.close();
    f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return path;
}

ClusterContext TestExecCredential::context(const QString &command, const QByteArray &execLines)
{
    const QByteArray text =
        "clusters:\n- name: c\n  cluster:\n    server: https://api.example:6443\n"
        "    certificate-authority-data: Q0EtUEVN\n"
        "users:\n- name: u\n  user:\n    exec:\n"
        "      apiVersion: client.authentication.k8s.io/v1beta1\n"
        "      command: "
        + command.toUtf8() + "\n" + execLines
        + "contexts:\n- name: c\n  context: {cluster: c, user: u}\ncurrent-context: c\n";
    const auto config = KubeConfig::parse(text, m_dir->filePath(QStringLiteral("config")));
    if (!config)
        qFatal("%s", qPrintable(config.error().message));
    return ClusterContext::resolve(*config,
                                   {},
                                   {},
                                   m_dir->path() + QStringLiteral(":/usr/bin:/bin"));
}

Result<ExecCredential> TestExecCredential::run(const ClusterContext &c, int timeoutMs)
{
    ExecCredentialPlugin job(c);
    QProcessEnvironment env;
    env.insert(QStringLiteral("PATH"), m_dir->path() + QStringLiteral(":/usr/bin:/bin"));
    env.insert(QStringLiteral("FROM_BASE"), QStringLiteral("base"));
    job.setBaseEnvironment(env);
    job.setTimeoutMs(timeoutMs);
    QSignalSpy finished(&job, &ExecCredentialPlugin::finished);
    job.start();
    if (!finished.wait(30'000))
        return Error(ErrorCode::Internal, QStringLiteral("no finished()"));
    QTest::qWait(50);
    if (finished.size() != 1)
        return Error(ErrorCode::Internal, QStringLiteral("finished() more than once"));
    return job.result();
}

void TestExecCredential::tokenAndWhatThePluginIsGiven()
{
    const QString info = m_dir->filePath(QStringLiteral("exec-info.json"));
    // A bare command found on the base PATH; it records what it was given.
    plugin(
        QStringLiteral("fake-get-token"),
        "printf '%s' \"$KUBERNETES_EXEC_INFO\" > '" + info.toUtf8()
            + "'\n"
              "echo '{\"apiVersion\":\"client.authentication.k8s.io/v1beta1\","
              "\"kind\":\"ExecCredential\",\"status\":{\"token\":\"tok-'\"$PROFILE\"'-'\"$1\"'\","
              "\"expirationTimestamp\":\"2030-01-02T03:04:05Z\"}}'\n");
    const ClusterContext c = context(QStringLiteral("fake-get-token"),
                                     "      args: [eks]\n"
                                     "      env: [{name: PROFILE, value: work}]\n"
                                     "      provideClusterInfo: true\n");
    QVERIFY(c.problems().isEmpty()); // found on the base PATH the context was resolved with
    const Result<ExecCredential> r = run(c);
    QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
    QCOMPARE(r->token, QByteArray("tok-work-eks"));
    QCOMPARE(r->expiration, QDateTime(QDate(2030, 1, 2), QTime(3, 4, 5), Qt::UTC));

    QFile recorded(info);
    QVERIFY(recorded.open(QIODevice::ReadOnly));
    const QJsonObject o = QJsonDocument::fromJson(recorded.readAll()).object();
    QCOMPARE(o.value(QStringLiteral("kind")).toString(), QStringLiteral("ExecCredential"));
    QCOMPARE(o.value(QStringLiteral("apiVersion")).toString(),
             QStringLiteral("client.authentication.k8s.io/v1beta1"));
    const QJsonObject spec = o.value(QStringLiteral("spec")).toObject();
    QCOMPARE(spec.value(QStringLiteral("interactive")).toBool(true), false);
    const QJsonObject cluster = spec.value(QStringLiteral("cluster")).toObject();
    QCOMPARE(cluster.value(QStringLiteral("server")).toString(),
             QStringLiteral("https://api.example:6443"));
    QCOMPARE(cluster.value(QStringLiteral("certificate-authority-data")).toString(),
             QStringLiteral("Q0EtUEVN")); // the PEM ("CA-PEM") as base64 again

    // Without provideClusterInfo there is no spec.cluster.
    const ClusterContext bare = context(QStringLiteral("fake-get-token"));
    QVERIFY(run(bare));
    QFile again(info);
    QVERIFY(again.open(QIODevice::ReadOnly));
    QVERIFY(!QJsonDocument::fromJson(again.readAll())
                 .object()
                 .value(QStringLiteral("spec"))
                 .toObject()
                 .contains(QStringLiteral("cluster")));
}

void TestExecCredential::certificatePair()
{
    const QString path = plugin(
        QStringLiteral("cert-plugin"),
        "echo "
        "'{\"apiVersion\":\"client.authentication.k8s.io/v1beta1\",\"kind\":\"ExecCredential\","
        "\"status\":{\"clientCertificateData\":\"CERT\",\"clientKeyData\":\"KEY\"}}'\n");
    const Result<ExecCredential> r = run(context(path));
    QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
    QVERIFY(r->token.isEmpty());
    QCOMPARE(r->clientCertificateData, QByteArray("CERT"));
    QCOMPARE(r->clientKeyData, QByteArray("KEY"));
    QVERIFY(!r->expiration.isValid());
}

void TestExecCredential::failures_data()
{
    QTest::addColumn<QByteArray>("script"); // empty: no such executable
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("timeoutMs");
    const QByteArray v1beta1 = "\"apiVersion\":\"client.authentication.k8s.io/v1beta1\","
                               "\"kind\":\"ExecCredential\"";
    QTest::newRow("not installed")
        << QByteArray()
        << QStringLiteral("getting credentials: exec: executable no-such-plugin-4711 not found\n"
                          "Install it from the vendor.")
        << 20'000;
    QTest::newRow("exit code") << QByteArray(
        "echo 'token expired; run aws sso login' >&2\nexit 255\n")
                               << QStringLiteral("getting credentials: exec: executable %1 failed "
                                                 "with exit code 255")
                               << 20'000;
    QTest::newRow("other API version")
        << QByteArray("echo '{\"apiVersion\":\"client.authentication.k8s.io/v1\","
                      "\"kind\":\"ExecCredential\",\"status\":{\"token\":\"secret-1\"}}'\n")
        << QStringLiteral("getting credentials: exec plugin is configured to use API version "
                          "client.authentication.k8s.io/v1beta1, plugin returned version "
                          "client.authentication.k8s.io/v1")
        << 20'000;
    QTest::newRow("no status") << QByteArray("echo '{" + v1beta1 + "}'\n")
                               << QStringLiteral(
                                      "getting credentials: exec plugin didn't return a status "
                                      "field")
                               << 20'000;
    QTest::newRow("nothing in the status")
        << QByteArray("echo '{" + v1beta1 + ",\"status\":{}}'\n")
        << QStringLiteral("getting credentials: exec plugin didn't return a token or cert/key pair")
        << 20'000;
    QTest::newRow("certificate without key")
        << QByteArray("echo '{" + v1beta1 + ",\"status\":{\"clientCertificateData\":\"C\"}}'\n")
        << QStringLiteral(
               "getting credentials: exec plugin returned only certificate or key, not both")
        << 20'000;
    QTest::newRow("not JSON") << QByteArray("echo 'Please log in at https://login.example'\n")
                              << QStringLiteral("getting credentials: decoding stdout: ") << 20'000;
    QTest::newRow("never answers") << QByteArray("sleep 30\n")
                                   << QStringLiteral("getting credentials: exec: executable %1 did "
                                                     "not answer within 0 s")
                                   << 300;
}

void TestExecCredential::failures()
{
    QFETCH(QByteArray, script);
    QFETCH(QString, message);
    QFETCH(int, timeoutMs);
    QString command = QStringLiteral("no-such-plugin-4711");
    QByteArray execLines = "      installHint: Install it from the vendor.\n";
    if (!script.isEmpty()) {
        command = plugin(QStringLiteral("plugin"), script);
        execLines.clear();
    }
    const Result<ExecCredential> r = run(context(command, execLines), timeoutMs);
    QVERIFY(!r);
    QVERIFY2(r.error().message.startsWith(
                 message.contains(QLatin1String("%1")) ? message.arg(command) : message),
             qPrintable(r.error().message));
    QCOMPARE(r.error().code, ErrorCode::Unauthorized);
    QVERIFY(!r.error().message.contains(QLatin1String("secret-1")));
    if (qstrcmp(QTest::currentDataTag(), "exit code") == 0)
        QVERIFY2(r.error().detail.contains(QLatin1String("run aws sso login")),
                 qPrintable(r.error().detail));
}

QTEST_GUILESS_MAIN(TestExecCredential)
#include "tst_execcredential.moc"
