// SPDX-License-Identifier: GPL-3.0-or-later
// `pullscope-cli ref`, run as a process: JSON fields, input order, exit statuses, `--`, and
// error lines that name the input.
#include "clirun.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

namespace {
Run runCli(const QStringList &arguments)
{
    return runCliCommand(QStringLiteral("ref"), arguments, 30000);
}

QList<QJsonObject> jsonLines(const QString &out)
{
    QList<QJsonObject> objects;
    for (const QString &line : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            return {};
        objects.append(doc.object());
    }
    return objects;
}

const QString digest =
    QStringLiteral("sha256:e6693c20186f837fc393390135d8a598a96a833917917789d63766cab6c59582");
} // namespace

class TestRefCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonFields_data();
    void jsonFields();
    void jsonKeys();
    void orderAndExitStatus();
    void noNormalize();
    void textOutput();
    void errorNamesInput();
    void doubleDash();
    void usageErrors_data();
    void usageErrors();
    void help();
};

void TestRefCommand::jsonFields_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QVariantMap>("expected");
    const QVariant null = QVariant::fromValue(nullptr);
    QTest::newRow("familiar name")
        << QStringLiteral("busybox")
        << QVariantMap{
               {QStringLiteral("valid"), true},
               {QStringLiteral("error"), null},
               {QStringLiteral("name"), QStringLiteral("docker.io/library/busybox")},
               {QStringLiteral("domain"), QStringLiteral("docker.io")},
               {QStringLiteral("path"), QStringLiteral("library/busybox")},
               {QStringLiteral("tag"), QString()},
               {QStringLiteral("digest"), QString()},
               {QStringLiteral("familiar"), QStringLiteral("busybox")},
               {QStringLiteral("normalized"), QStringLiteral("docker.io/library/busybox")},
               {QStringLiteral("dockerRef"), QStringLiteral("docker.io/library/busybox:latest")},
               {QStringLiteral("defaultPullPolicy"), QStringLiteral("Always")},
           };
    QTest::newRow("tag and digest")
        << QString(QStringLiteral("localhost:5000/team/app:1.2@") + digest)
        << QVariantMap{
               {QStringLiteral("valid"), true},
               {QStringLiteral("name"), QStringLiteral("localhost:5000/team/app")},
               {QStringLiteral("domain"), QStringLiteral("localhost:5000")},
               {QStringLiteral("path"), QStringLiteral("team/app")},
               {QStringLiteral("tag"), QStringLiteral("1.2")},
               {QStringLiteral("digest"), digest},
               {QStringLiteral("familiar"),
                QString(QStringLiteral("localhost:5000/team/app:1.2@") + digest)},
               {QStringLiteral("normalized"),
                QString(QStringLiteral("localhost:5000/team/app:1.2@") + digest)},
               {QStringLiteral("dockerRef"),
                QString(QStringLiteral("localhost:5000/team/app@") + digest)},
               {QStringLiteral("defaultPullPolicy"), QStringLiteral("IfNotPresent")},
           };
    QTest::newRow("latest with digest is Always")
        << QString(QStringLiteral("nginx:latest@") + digest)
        << QVariantMap{
               {QStringLiteral("valid"), true},
               {QStringLiteral("familiar"), QString(QStringLiteral("nginx:latest@") + digest)},
               {QStringLiteral("dockerRef"),
                QString(QStringLiteral("docker.io/library/nginx@") + digest)},
               {QStringLiteral("defaultPullPolicy"), QStringLiteral("Always")}};
    QTest::newRow("IPv6 registry")
        << QStringLiteral("[::1]:5000/foo")
        << QVariantMap{{QStringLiteral("domain"), QStringLiteral("[::1]:5000")},
                       {QStringLiteral("path"), QStringLiteral("foo")},
                       {QStringLiteral("familiar"), QStringLiteral("[::1]:5000/foo")}};
    QTest::newRow("upper case")
        << QStringLiteral("Foo")
        << QVariantMap{{QStringLiteral("valid"), false},
                       {QStringLiteral("error"),
                        QStringLiteral("invalid reference format: repository name (library/Foo) "
                                       "must be lowercase")},
                       {QStringLiteral("name"), null},
                       {QStringLiteral("normalized"), null},
                       {QStringLiteral("defaultPullPolicy"), QStringLiteral("IfNotPresent")}};
    QTest::newRow("short digest")
        << QStringLiteral("repo@sha256:ffffffffffffffffffffffffffffffffff")
        << QVariantMap{{QStringLiteral("valid"), false},
                       {QStringLiteral("error"), QStringLiteral("invalid checksum digest length")}};
    QTest::newRow("sha512 accepted")
        << QString(QStringLiteral("foo@sha512:") + QString(128, QLatin1Char('f')))
        << QVariantMap{{QStringLiteral("valid"), true},
                       {QStringLiteral("digest"),
                        QString(QStringLiteral("sha512:") + QString(128, QLatin1Char('f')))}};
}

void TestRefCommand::jsonFields()
{
    QFETCH(QString, input);
    QFETCH(QVariantMap, expected);
    const Run run = runCli({QStringLiteral("--json"), QStringLiteral("--"), input});
    const QList<QJsonObject> objects = jsonLines(run.out);
    QCOMPARE(objects.size(), 1);
    const QJsonObject o = objects.first();
    QCOMPARE(o.value(QStringLiteral("input")).toString(), input);
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        const QJsonValue actual = o.value(it.key());
        QVERIFY2(!actual.isUndefined(), qPrintable(it.key()));
        QCOMPARE(actual, QJsonValue::fromVariant(it.value()));
    }
    QCOMPARE(run.exitCode, o.value(QStringLiteral("valid")).toBool() ? 0 : 1);
    QCOMPARE(run.err, QString()); // --json reports errors in the objects, not on stderr
}

void TestRefCommand::jsonKeys()
{
    const Run run =
        runCli({QStringLiteral("--json"), QStringLiteral("busybox"), QStringLiteral("Bad")});
    const QList<QJsonObject> objects = jsonLines(run.out);
    QCOMPARE(objects.size(), 2);
    QStringList keys = {QStringLiteral("input"),
                        QStringLiteral("valid"),
                        QStringLiteral("error"),
                        QStringLiteral("name"),
                        QStringLiteral("domain"),
                        QStringLiteral("path"),
                        QStringLiteral("tag"),
                        QStringLiteral("digest"),
                        QStringLiteral("familiar"),
                        QStringLiteral("normalized"),
                        QStringLiteral("dockerRef"),
                        QStringLiteral("defaultPullPolicy")};
    keys.sort();
    for (const QJsonObject &o : objects)
        QCOMPARE(o.keys(), keys);
}

void TestRefCommand::orderAndExitStatus()
{
    const QStringList inputs = {QStringLiteral("zeta"),
                                QStringLiteral("Alpha"),
                                QStringLiteral("registry.example.com/m/n:1"),
                                QString(),
                                QStringLiteral("beta")};
    const Run run = runCli(QStringList{QStringLiteral("--json")} + inputs);
    QCOMPARE(run.exitCode, 1);
    const QList<QJsonObject> objects = jsonLines(run.out);
    QCOMPARE(objects.size(), inputs.size());
    for (qsizetype i = 0; i < inputs.size(); ++i)
        QCOMPARE(objects.at(i).value(QStringLiteral("input")).toString(), inputs.at(i));
    QCOMPARE(objects.at(3).value(QStringLiteral("error")).toString(),
             QStringLiteral("invalid reference format"));

    const Run ok = runCli({QStringLiteral("--json"), QStringLiteral("a"), QStringLiteral("b")});
    QCOMPARE(ok.exitCode, 0);
}

void TestRefCommand::noNormalize()
{
    const Run run = runCli({QStringLiteral("--no-normalize"),
                            QStringLiteral("--json"),
                            QStringLiteral("test_com"),
                            QStringLiteral("foo/bar:1"),
                            QStringLiteral("Uppercase:tag"),
                            QString()});
    QCOMPARE(run.exitCode, 1);
    const QList<QJsonObject> o = jsonLines(run.out);
    QCOMPARE(o.size(), 4);
    QCOMPARE(o.at(0).value(QStringLiteral("name")).toString(), QStringLiteral("test_com"));
    QCOMPARE(o.at(0).value(QStringLiteral("domain")).toString(), QString());
    QVERIFY(o.at(0).value(QStringLiteral("domain")).isString());
    QVERIFY(o.at(0).value(QStringLiteral("dockerRef")).isNull());
    QCOMPARE(o.at(0).value(QStringLiteral("familiar")).toString(), QStringLiteral("test_com"));
    QCOMPARE(o.at(1).value(QStringLiteral("domain")).toString(), QStringLiteral("foo"));
    QCOMPARE(o.at(1).value(QStringLiteral("path")).toString(), QStringLiteral("bar"));
    QCOMPARE(o.at(1).value(QStringLiteral("normalized")).toString(), QStringLiteral("foo/bar:1"));
    QCOMPARE(o.at(2).value(QStringLiteral("error")).toString(),
             QStringLiteral("repository name must be lowercase"));
    QCOMPARE(o.at(3).value(QStringLiteral("error")).toString(),
             QStringLiteral("repository name must have at least one component"));
}

void TestRefCommand::textOutput()
{
    const Run run = runCli({QStringLiteral("busybox"), QStringLiteral("nginx:1.25")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out,
             QStringLiteral("busybox -> docker.io/library/busybox:latest (pull policy Always)\n"
                            "nginx:1.25 -> docker.io/library/nginx:1.25 (pull policy "
                            "IfNotPresent)\n"));
    QCOMPARE(run.err, QString());
}

void TestRefCommand::errorNamesInput()
{
    const Run run = runCli({QStringLiteral("busybox"), QStringLiteral("Foo")});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err,
             QStringLiteral("pullscope-cli: ref \"Foo\": invalid reference format: repository name "
                            "(library/Foo) must be lowercase\n"));
    QVERIFY(run.out.startsWith(QStringLiteral("busybox -> ")));
}

void TestRefCommand::doubleDash()
{
    const Run run = runCli({QStringLiteral("--json"),
                            QStringLiteral("--"),
                            QStringLiteral("--json"),
                            QStringLiteral("-foo")});
    QCOMPARE(run.exitCode, 1);
    const QList<QJsonObject> o = jsonLines(run.out);
    QCOMPARE(o.size(), 2);
    QCOMPARE(o.at(0).value(QStringLiteral("input")).toString(), QStringLiteral("--json"));
    QCOMPARE(o.at(0).value(QStringLiteral("valid")).toBool(), false);
    QCOMPARE(o.at(1).value(QStringLiteral("input")).toString(), QStringLiteral("-foo"));
    QCOMPARE(o.at(1).value(QStringLiteral("error")).toString(),
             QStringLiteral("invalid reference format"));
}

void TestRefCommand::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("stderrContains");
    QTest::newRow("no references") << QStringList() << QStringLiteral("no reference given");
    QTest::newRow("only options") << QStringList{QStringLiteral("--json")}
                                  << QStringLiteral("no reference given");
    QTest::newRow("only --") << QStringList{QStringLiteral("--")}
                             << QStringLiteral("no reference given");
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("--bogus"), QStringLiteral("busybox")}
        << QStringLiteral("unknown option \"--bogus\"");
    QTest::newRow("dash reference without --")
        << QStringList{QStringLiteral("-foo")} << QStringLiteral("unknown option \"-foo\"");
}

void TestRefCommand::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, stderrContains);
    const Run run = runCli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(stderrContains), qPrintable(run.err));
    QCOMPARE(run.out, QString());
}

void TestRefCommand::help()
{
    const Run run = runCli({QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith(QStringLiteral("Usage: pullscope-cli ref")));
    QVERIFY(run.out.contains(QStringLiteral("--no-normalize")));
    QVERIFY(run.out.contains(QStringLiteral("dockerRef")));
}

QTEST_GUILESS_MAIN(TestRefCommand)
#include "tst_refcommand.moc"
