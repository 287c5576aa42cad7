// SPDX-License-Identifier: GPL-3.0-or-later
// pullscope-cli diagnose as a process against the lab: the text and JSON reports, the exit
// statuses (0 passed, 1 a step failed, 2 bad input naming the file and line), and a pull
// secret's password that never reaches stdout or stderr in either format.
#include "../cli/clirunner.h"
#include "lab.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCliDiagnose : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void goodImagePasses();
    void secretNeverPrinted_data();
    void secretNeverPrinted();
    void badInput_data();
    void badInput();

private:
    QString write(const QString &name, const QString &text) const;
    QString pod(const QString &image, const QString &password) const;

    std::unique_ptr<Lab> m_lab;
    CliRunner m_cli;
    QString m_host;
};

void TestCliDiagnose::initTestCase()
{
    m_lab = std::make_unique<Lab>(RegistryProcess::Mode::Token);
    const Result<void> started = m_lab->start();
    QVERIFY2(started, qPrintable(started ? QString() : started.error().message));
    m_host = m_lab->registry().hostPort();
    QVERIFY(QDir().mkpath(m_cli.scratchDir()));
}

QString TestCliDiagnose::write(const QString &name, const QString &text) const
{
    const QString path = m_cli.scratchDir() + QLatin1Char('/') + name;
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(text.toUtf8());
    return path;
}

QString TestCliDiagnose::pod(const QString &image, const QString &password) const
{
    QString yaml = QStringLiteral("apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n");
    if (!password.isEmpty())
        yaml += QStringLiteral("  imagePullSecrets:\n  - name: regcred\n");
    yaml += QStringLiteral("  containers:\n  - name: app\n    image: %1\n").arg(image);
    if (!password.isEmpty()) {
        const QString auth =
            QString::fromLatin1(QStringLiteral("demo:%1").arg(password).toUtf8().toBase64());
        yaml += QStringLiteral("---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: regcred\n"
                               "type: kubernetes.io/dockerconfigjson\nstringData:\n"
                               "  .dockerconfigjson: '{\"auths\":{\"%1\":{\"username\":\"demo\","
                               "\"password\":\"%2\",\"auth\":\"%3\"}}}'\n")
                    .arg(m_host, password, auth);
    }
    return yaml;
}

void TestCliDiagnose::goodImagePasses()
{
    const QString file = write(QStringLiteral("good.yaml"),
                               pod(m_host + QStringLiteral("/library/busybox:1.36"), QString()));
    const CliRunner::Run text = m_cli.run({QStringLiteral("diagnose"), file});
    QVERIFY2(text.exitCode == 0, qPrintable(text.describe() + text.outText()));
    QVERIFY2(text.outText().contains(QStringLiteral("1. ✓ ")), qPrintable(text.outText()));
    QVERIFY2(text.outText().contains(QStringLiteral("9. ✓ ")), qPrintable(text.outText()));
    QVERIFY(!text.outText().contains(QStringLiteral("Mend:")));

    const CliRunner::Run json =
        m_cli.run({QStringLiteral("diagnose"), QStringLiteral("--json"), file});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(o.value(QStringLiteral("pod")).toString(), QStringLiteral("default/web"));
    QCOMPARE(o.value(QStringLiteral("container")).toString(), QStringLiteral("app"));
    QVERIFY(o.value(QStringLiteral("firstFailure")).isNull());
    const QJsonArray steps = o.value(QStringLiteral("steps")).toArray();
    QCOMPARE(steps.size(), 9);
    QCOMPARE(steps.at(0).toObject().value(QStringLiteral("id")).toString(),
             QStringLiteral("reference"));
    QCOMPARE(steps.at(8).toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("passed"));
    QVERIFY(steps.at(8).toObject().value(QStringLiteral("mend")).isNull());
}

void TestCliDiagnose::secretNeverPrinted_data()
{
    QTest::addColumn<bool>("rightPassword");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("right password") << true << 0;
    QTest::newRow("wrong password") << false << 1;
}

void TestCliDiagnose::secretNeverPrinted()
{
    QFETCH(bool, rightPassword);
    QFETCH(int, exitCode);
    const QString password = rightPassword
        ? m_lab->demoCredentials().password
        : QStringLiteral("Wr0ng-But-Secret-%1").arg(m_lab->registry().port());
    const QString base64 =
        QString::fromLatin1(QStringLiteral("demo:%1").arg(password).toUtf8().toBase64());
    const QString file = write(QStringLiteral("private.yaml"),
                               pod(m_host + QStringLiteral("/private/app:1.0"), password));
    for (const bool json : {false, true}) {
        QStringList args{QStringLiteral("diagnose"), file};
        if (json)
            args.append(QStringLiteral("--json"));
        const CliRunner::Run run = m_cli.run(args);
        QVERIFY2(run.exitCode == exitCode, qPrintable(run.describe() + run.outText()));
        const QString everything = run.outText() + run.err;
        QVERIFY2(!everything.contains(password), qPrintable(everything));
        QVERIFY2(!everything.contains(base64), qPrintable(everything));
        QVERIFY2(everything.contains(QStringLiteral("demo")),
                 qPrintable(everything)); // usernames yes
        if (!rightPassword && !json) {
            QVERIFY2(run.outText().contains(QStringLiteral("6. ✗ ")), qPrintable(run.outText()));
            QVERIFY2(run.outText().contains(QStringLiteral("7. – ")), qPrintable(run.outText()));
            QVERIFY2(run.outText().contains(QStringLiteral("Mend: ")), qPrintable(run.outText()));
            QVERIFY2(run.outText().contains(QStringLiteral("--docker-password=PASSWORD")),
                     qPrintable(run.outText()));
        }
        if (!rightPassword && json) {
            const QJsonObject o = QJsonDocument::fromJson(run.out).object();
            QCOMPARE(o.value(QStringLiteral("firstFailure")).toString(), QStringLiteral("auth"));
        }
    }
}

void TestCliDiagnose::badInput_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("content"); // u""_s : the file is not written
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("stderrWord");
    QTest::newRow("no such file") << u"missing.yaml"_s << u""_s << QStringList()
                                  << u"missing.yaml"_s;
    QTest::newRow("YAML syntax error")
        << u"broken.yaml"_s << u"apiVersion: v1\nkind: Pod\nmetadata:\n  name: [web\n"_s
        << QStringList() << u"broken.yaml:"_s;
    QTest::newRow("no pod") << u"secret.yaml"_s
                            << u"apiVersion: v1\nkind: Secret\nmetadata:\n  name: s\n"_s
                            << QStringList() << u"no Pod"_s;
    QTest::newRow("unknown pod")
        << u"pod.yaml"_s
        << u"apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: app\n    image: busybox\n"_s
        << QStringList{QStringLiteral("--pod"), QStringLiteral("api")} << u"\"api\""_s;
    QTest::newRow("unknown container")
        << u"pod.yaml"_s
        << u"apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: app\n    image: busybox\n"_s
        << QStringList{QStringLiteral("--container"), QStringLiteral("db")} << u"\"db\""_s;
    QTest::newRow("node profile missing")
        << u"pod.yaml"_s
        << u"apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: app\n    image: busybox\n"_s
        << QStringList{QStringLiteral("--node"), QStringLiteral("/nonexistent/node.yaml")}
        << u"node.yaml"_s;
}

void TestCliDiagnose::badInput()
{
    QFETCH(QString, fileName);
    QFETCH(QString, content);
    QFETCH(QStringList, extra);
    QFETCH(QString, stderrWord);
    const QString path = content.isEmpty() ? m_cli.scratchDir() + QLatin1Char('/') + fileName
                                           : write(fileName, content);
    const CliRunner::Run run = m_cli.run(QStringList{QStringLiteral("diagnose"), path} + extra);
    QVERIFY2(run.exitCode == 2, qPrintable(run.describe()));
    QVERIFY2(run.err.contains(stderrWord), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliDiagnose)
#include "tst_clidiagnose.moc"
