// SPDX-License-Identifier: GPL-3.0-or-later
// `pullscope-cli secret`, run as a process: kubectl's flag spellings give kubectl's bytes, bad
// input exits 1 with kubectl's message and never echoes the password, and `secret read` masks
// passwords unless asked.
#include "clirun.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
Run runCli(const QStringList &arguments)
{
    return runCliCommand(QStringLiteral("secret"), arguments, 30000);
}

// kubectl v1.32's output for: regcred --docker-server reg.io:5000 --docker-username u
// --docker-password p -n team (recorded).
const QByteArray kExpected =
    "apiVersion: v1\n"
    "data:\n"
    "  .dockerconfigjson: "
    "eyJhdXRocyI6eyJyZWcuaW86NTAwMCI6eyJ1c2VybmFtZSI6InUiLCJwYXNzd29yZCI6In"
    "AiLCJhdXRoIjoiZFRwdyJ9fX0=\n"
    "kind: Secret\n"
    "metadata:\n"
    "  creationTimestamp: null\n"
    "  name: regcred\n"
    "  namespace: team\n"
    "type: kubernetes.io/dockerconfigjson\n";
} // namespace

class TestSecretCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void flagSpellings_data();
    void flagSpellings();
    void badInput_data();
    void badInput();
    void read();
};

void TestSecretCommand::flagSpellings_data()
{
    QTest::addColumn<QStringList>("args");
    const QString dr = QStringLiteral("docker-registry");
    QTest::newRow("separate values") << QStringList{dr,
                                                    QStringLiteral("regcred"),
                                                    QStringLiteral("--docker-server"),
                                                    QStringLiteral("reg.io:5000"),
                                                    QStringLiteral("--docker-username"),
                                                    QStringLiteral("u"),
                                                    QStringLiteral("--docker-password"),
                                                    QStringLiteral("p"),
                                                    QStringLiteral("-n"),
                                                    QStringLiteral("team")};
    QTest::newRow("equals values, name last")
        << QStringList{dr,
                       QStringLiteral("--docker-server=reg.io:5000"),
                       QStringLiteral("--docker-username=u"),
                       QStringLiteral("--docker-password=p"),
                       QStringLiteral("--namespace=team"),
                       QStringLiteral("regcred")};
    QTest::newRow("kubectl's dry-run and output flags")
        << QStringList{dr,
                       QStringLiteral("regcred"),
                       QStringLiteral("--docker-server=reg.io:5000"),
                       QStringLiteral("--docker-username=u"),
                       QStringLiteral("--docker-password=p"),
                       QStringLiteral("-nteam"),
                       QStringLiteral("--dry-run=client"),
                       QStringLiteral("-o"),
                       QStringLiteral("yaml")};
    QTest::newRow("namespace shorthand with =")
        << QStringList{dr,
                       QStringLiteral("regcred"),
                       QStringLiteral("--docker-server=reg.io:5000"),
                       QStringLiteral("--docker-username=u"),
                       QStringLiteral("--docker-password=p"),
                       QStringLiteral("-n=team"),
                       QStringLiteral("-oyaml")};
}

void TestSecretCommand::flagSpellings()
{
    QFETCH(QStringList, args);
    const Run run = runCli(args);
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.outBytes, kExpected);
}

void TestSecretCommand::badInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const QString dr = QStringLiteral("docker-registry");
    const QString pw = QStringLiteral("--docker-password=hunter2");
    QTest::newRow("no server")
        << QStringList{dr,
                       QStringLiteral("r"),
                       QStringLiteral("--docker-username=u"),
                       pw,
                       QStringLiteral("--docker-server=")}
        << QStringLiteral(
               "either --from-file or the combination of --docker-username, --docker-password and "
               "--docker-server is required");
    QTest::newRow("no password") << QStringList{dr,
                                                QStringLiteral("r"),
                                                QStringLiteral("--docker-username=u")}
                                 << QStringLiteral("either --from-file");
    QTest::newRow("no name") << QStringList{dr, QStringLiteral("--docker-username=u"), pw}
                             << QStringLiteral("exactly one NAME is required, got 0");
    QTest::newRow("two names") << QStringList{dr,
                                              QStringLiteral("a"),
                                              QStringLiteral("b"),
                                              QStringLiteral("--docker-username=u"),
                                              pw}
                               << QStringLiteral("exactly one NAME is required, got 2");
    QTest::newRow("unknown flag, password after it")
        << QStringList{dr, QStringLiteral("r"), QStringLiteral("--docker-pasword=hunter2")}
        << QStringLiteral("unknown flag: --docker-pasword");
    QTest::newRow("missing value") << QStringList{dr,
                                                  QStringLiteral("r"),
                                                  QStringLiteral("--docker-username=u"),
                                                  pw,
                                                  QStringLiteral("--docker-server")}
                                   << QStringLiteral("flag needs an argument: --docker-server");
    QTest::newRow("missing file") << QStringList{
        dr,
        QStringLiteral("r"),
        QStringLiteral("--from-file=/nonexistent/x.json"),
        pw} << QStringLiteral("error reading /nonexistent/x.json: no such file or directory");
    QTest::newRow("server dry run") << QStringList{dr,
                                                   QStringLiteral("r"),
                                                   QStringLiteral("--docker-username=u"),
                                                   pw,
                                                   QStringLiteral("--dry-run=server")}
                                    << QStringLiteral("--dry-run=server is not supported");
    QTest::newRow("json output") << QStringList{dr,
                                                QStringLiteral("r"),
                                                QStringLiteral("--docker-username=u"),
                                                pw,
                                                QStringLiteral("-o"),
                                                QStringLiteral("json")}
                                 << QStringLiteral("-o json is not supported");
    QTest::newRow("unknown sub-command")
        << QStringList{QStringLiteral("generic"), QStringLiteral("r")}
        << QStringLiteral("unknown sub-command \"generic\"");
}

void TestSecretCommand::badInput()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Run run = runCli(args);
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.outBytes, QByteArray());
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY2(!run.err.contains(QStringLiteral("hunter2")), qPrintable(run.err));
}

void TestSecretCommand::read()
{
    QTemporaryDir dir;
    const QString json = dir.filePath(QStringLiteral("config.json"));
    {
        QFile f(json);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            R"({"auths":{"https://index.docker.io/v1/":{"auth":"bWU6cGE1NXdvcmQ="},"ghcr.io":{"username":"bot","password":"tok3n"}}})");
    }
    Run run = runCli({QStringLiteral("read"), json});
    QCOMPARE(run.exitCode, 0);
    const QString text = QString::fromUtf8(run.outBytes);
    QVERIFY2(text.contains(QStringLiteral("index.docker.io")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("user me")));
    QVERIFY(text.contains(QStringLiteral("user bot")));
    QVERIFY2(!text.contains(QStringLiteral("pa55word")) && !text.contains(QStringLiteral("tok3n")),
             qPrintable(text));

    run = runCli({QStringLiteral("read"), json, QStringLiteral("--show-passwords")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(QString::fromUtf8(run.outBytes).contains(QStringLiteral("pa55word")));

    // A Secret YAML, as kubectl writes it.
    const QString yaml = dir.filePath(QStringLiteral("secret.yaml"));
    {
        QFile f(yaml);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(kExpected);
    }
    run = runCli({QStringLiteral("read"), yaml});
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(QString::fromUtf8(run.outBytes)
                 .contains(QStringLiteral("reg.io:5000 (key reg.io:5000)  user u")),
             run.outBytes.constData());

    const QString broken = dir.filePath(QStringLiteral("broken.json"));
    {
        QFile f(broken);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"auths":{"r":{"auth":"bm9jb2xvbg=="}}})");
    }
    run = runCli({QStringLiteral("read"), broken});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("unable to parse auth field")), qPrintable(run.err));
    QCOMPARE(runCli({QStringLiteral("read")}).exitCode, 1);
    QCOMPARE(runCli({QStringLiteral("read"), dir.filePath(QStringLiteral("missing"))}).exitCode, 1);
}

QTEST_GUILESS_MAIN(TestSecretCommand)
#include "tst_secretcommand.moc"
