// SPDX-License-Identifier: GPL-3.0-or-later
// `pullscope-cli lint`, run as a process: compiler-style lines sorted by file and line, the
// JSON array and its keys, exit statuses (0 clean or warnings only, 1 errors, 2 usage and
// unreadable files, named), folders.
#include "clirun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
Run runCli(const QStringList &arguments)
{
    return runCliCommand(QStringLiteral("lint"), arguments, 60000);
}

bool writeFile(const QString &path, const QByteArray &text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text) == text.size();
}

const QByteArray badPod = "apiVersion: v1\n"
                          "kind: Pod\n"
                          "metadata:\n"
                          "  name: web\n"
                          "spec:\n"
                          "  containers:\n"
                          "  - name: a\n"
                          "    image: nginx\n"
                          "  - name: b\n"
                          "    image: \"\"\n";
const QByteArray warningPod = "kind: Pod\nmetadata: {name: w}\nspec:\n  containers:\n"
                              "  - name: a\n    image: nginx:latest\n";
const QByteArray cleanPod = "kind: Pod\nmetadata: {name: c}\nspec:\n  containers:\n"
                            "  - name: a\n    image: nginx@sha256:"
    + QByteArray(64, 'a') + "\n";
} // namespace

class TestLintCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void compilerLines();
    void json();
    void exitStatus_data();
    void exitStatus();
    void folderSortedByFile();
    void unreadableFileIsNamed();
    void help();

private:
    QTemporaryDir m_dir;
};

void TestLintCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(writeFile(m_dir.filePath(QStringLiteral("bad.yaml")), badPod));
    QVERIFY(writeFile(m_dir.filePath(QStringLiteral("warn.yaml")), warningPod));
    QVERIFY(writeFile(m_dir.filePath(QStringLiteral("clean.yaml")), cleanPod));
    QVERIFY(writeFile(m_dir.filePath(QStringLiteral("syntax.yml")), "kind: Pod\nspec: [\n"));
}

void TestLintCommand::compilerLines()
{
    const QString bad = m_dir.filePath(QStringLiteral("bad.yaml"));
    const Run run = runCli({bad});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.isEmpty());
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines[0].startsWith(bad + QStringLiteral(":8:12: warning: ")), qPrintable(lines[0]));
    QVERIFY(lines[0].endsWith(QStringLiteral(" [latest-always]")));
    QCOMPARE(lines[1],
             bad
                 + QStringLiteral(":10:12: error: The API server rejects this: "
                                  "spec.containers[1].image: Required value [image-required]"));
}

void TestLintCommand::json()
{
    const QString bad = m_dir.filePath(QStringLiteral("bad.yaml"));
    const Run run = runCli({QStringLiteral("--json"), bad});
    QCOMPARE(run.exitCode, 1);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(doc.isArray());
    const QJsonArray array = doc.array();
    QCOMPARE(array.size(), 2);
    const QJsonObject first = array.at(0).toObject();
    QCOMPARE(first.keys(),
             (QStringList{QStringLiteral("column"),
                          QStringLiteral("file"),
                          QStringLiteral("line"),
                          QStringLiteral("message"),
                          QStringLiteral("rule"),
                          QStringLiteral("severity")}));
    QCOMPARE(first.value(QStringLiteral("file")).toString(), bad);
    QCOMPARE(first.value(QStringLiteral("line")).toInt(), 8);
    QCOMPARE(first.value(QStringLiteral("column")).toInt(), 12);
    QCOMPARE(first.value(QStringLiteral("severity")).toString(), QStringLiteral("warning"));
    QCOMPARE(first.value(QStringLiteral("rule")).toString(), QStringLiteral("latest-always"));
    QCOMPARE(array.at(1).toObject().value(QStringLiteral("severity")).toString(),
             QStringLiteral("error"));

    const Run clean =
        runCli({QStringLiteral("--json"), m_dir.filePath(QStringLiteral("clean.yaml"))});
    QCOMPARE(clean.exitCode, 0);
    QCOMPARE(clean.out.trimmed(), QStringLiteral("[]"));
}

void TestLintCommand::exitStatus_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("stderrHas");

    QTest::newRow("clean") << QStringList{QStringLiteral("clean.yaml")} << 0 << QString();
    QTest::newRow("warnings only") << QStringList{QStringLiteral("warn.yaml")} << 0 << QString();
    QTest::newRow("syntax error") << QStringList{QStringLiteral("syntax.yml")} << 1 << QString();
    QTest::newRow("no file") << QStringList{} << 2 << QStringLiteral("no file or folder given");
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("--frobnicate")} << 2 << QStringLiteral("--frobnicate");
    QTest::newRow("missing file") << QStringList{QStringLiteral("clean.yaml"),
                                                 QStringLiteral("nope.yaml")}
                                  << 2 << QStringLiteral("nope.yaml");
}

void TestLintCommand::exitStatus()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, status);
    QFETCH(QString, stderrHas);
    QStringList args;
    for (const QString &a : arguments)
        args.append(a.startsWith(QLatin1Char('-')) ? a : m_dir.filePath(a));
    const Run run = runCli(args);
    QCOMPARE(run.exitCode, status);
    if (stderrHas.isEmpty())
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    else
        QVERIFY2(run.err.contains(stderrHas), qPrintable(run.err));
}

void TestLintCommand::folderSortedByFile()
{
    const Run run = runCli({m_dir.path()});
    QCOMPARE(run.exitCode, 1);
    QStringList files;
    for (const QString &line : run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        files.append(line.section(QLatin1Char(':'), 0, 0));
    QStringList sorted = files;
    std::sort(sorted.begin(), sorted.end());
    QCOMPARE(files, sorted);
    QVERIFY(files.contains(m_dir.filePath(QStringLiteral("syntax.yml"))));
    QVERIFY(files.contains(m_dir.filePath(QStringLiteral("warn.yaml"))));
    QVERIFY(!files.contains(m_dir.filePath(QStringLiteral("clean.yaml"))));
    QVERIFY(run.out.contains(m_dir.filePath(QStringLiteral("syntax.yml"))
                             + QStringLiteral(":3:1: error: ")));
}

void TestLintCommand::unreadableFileIsNamed()
{
    const QString path = m_dir.filePath(QStringLiteral("secret.yaml"));
    QVERIFY(writeFile(path, cleanPod));
    QVERIFY(QFile::setPermissions(path, QFileDevice::Permissions()));
    QFile probe(path);
    if (probe.open(QIODevice::ReadOnly))
        QSKIP("running as a user who can read any file (root)");
    const Run run = runCli({path});
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(path), qPrintable(run.err));
}

void TestLintCommand::help()
{
    const Run run = runCli({QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QStringLiteral("Usage: pullscope-cli lint")));
    QVERIFY(run.out.contains(QStringLiteral("secret-key-mismatch")));
}

QTEST_GUILESS_MAIN(TestLintCommand)
#include "tst_lintcommand.moc"
