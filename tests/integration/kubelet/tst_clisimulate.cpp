// SPDX-License-Identifier: GPL-3.0-or-later
// `pullscope-cli simulate` as a user runs it: the built binary against a Token lab, its JSON
// shape exactly, the describe-style text, refusals and exit statuses.
#include "tests/support/lab.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(PULLSCOPE_CLI_PATH), QStringList{QStringLiteral("simulate")} + args);
    Run r;
    if (!p.waitForFinished(120'000))
        return r;
    r.exitCode = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QStringList keys(const QJsonObject &o)
{
    QStringList k = o.keys();
    k.sort();
    return k;
}
} // namespace

class TestCliSimulate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void json();
    void text();
    void refusalAndUsage_data();
    void refusalAndUsage();

private:
    QString writePods();
    std::unique_ptr<Lab> m_lab;
    QTemporaryDir m_dir;
};

void TestCliSimulate::initTestCase()
{
    m_lab = std::make_unique<Lab>(RegistryProcess::Mode::Token);
    const auto started = m_lab->start();
    QVERIFY2(started, started ? "" : qPrintable(started.error().message));
}

QString TestCliSimulate::writePods()
{
    const QString path = m_dir.filePath(QStringLiteral("pods.yaml"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(
        QStringLiteral("apiVersion: v1\nkind: Pod\nmetadata: {name: web, namespace: shop}\nspec:\n"
                       "  containers:\n  - {name: app, image: \"%1/private/app:1.0\"}\n"
                       "  - {name: side, image: \"%1/library/busybox:1.36\"}\n")
            .arg(m_lab->registry().hostPort())
            .toUtf8());
    return path;
}

void TestCliSimulate::json()
{
    const QString store = m_dir.filePath(QStringLiteral("store-json"));
    const Run r = cli({writePods(),
                       QStringLiteral("--for"),
                       QStringLiteral("35s"),
                       QStringLiteral("--store"),
                       store,
                       QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 1); // a container is still waiting
    const QJsonObject doc = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(keys(doc), (QStringList{QStringLiteral("containers"), QStringLiteral("events")}));
    const QJsonArray events = doc.value(QStringLiteral("events")).toArray();
    QVERIFY(!events.isEmpty());
    for (const QJsonValue &e : events) {
        QCOMPARE(keys(e.toObject()),
                 (QStringList{QStringLiteral("container"),
                              QStringLiteral("message"),
                              QStringLiteral("pod"),
                              QStringLiteral("reason"),
                              QStringLiteral("time"),
                              QStringLiteral("type")}));
    }
    // The private image's pulls: at 0 s, then at the first 10-15 s sync (jittered,
    // docs/reference/kubelet-image-pull.md §2.8).
    QList<double> pulls;
    for (const QJsonValue &e : events) {
        const QJsonObject o = e.toObject();
        if (o.value(QStringLiteral("reason")).toString() == QLatin1String("Pulling")
            && o.value(QStringLiteral("container")).toString() == QLatin1String("app"))
            pulls << o.value(QStringLiteral("time")).toDouble();
    }
    QVERIFY2(pulls.size() >= 2 && pulls.at(0) == 0 && pulls.at(1) >= 10 && pulls.at(1) <= 15,
             qPrintable(r.out.left(2000)));
    const QJsonArray containers = doc.value(QStringLiteral("containers")).toArray();
    QCOMPARE(containers.size(), 2);
    const QJsonObject app = containers.at(0).toObject();
    QCOMPARE(keys(app),
             (QStringList{QStringLiteral("container"),
                          QStringLiteral("message"),
                          QStringLiteral("pod"),
                          QStringLiteral("pullAttempts"),
                          QStringLiteral("reason"),
                          QStringLiteral("state")}));
    QCOMPARE(app.value(QStringLiteral("pod")).toString(), QStringLiteral("shop/web"));
    QCOMPARE(app.value(QStringLiteral("state")).toString(), QStringLiteral("Waiting"));
    QVERIFY(app.value(QStringLiteral("message"))
                .toString()
                .contains(QStringLiteral("insufficient_scope")));
    const QJsonObject side = containers.at(1).toObject();
    QCOMPARE(side.value(QStringLiteral("state")).toString(), QStringLiteral("Running"));
    QCOMPARE(side.value(QStringLiteral("pullAttempts")).toInt(), 1);
}

void TestCliSimulate::text()
{
    const QString store = m_dir.filePath(QStringLiteral("store-text"));
    const Run r = cli({writePods(),
                       QStringLiteral("--for"),
                       QStringLiteral("10m"),
                       QStringLiteral("--store"),
                       store});
    QCOMPARE(r.exitCode, 1);
    const QStringList lines = r.out.split(QLatin1Char('\n'));
    QCOMPARE(lines.at(0), QStringLiteral("Pod:          shop/web"));
    QCOMPARE(lines.at(1), QStringLiteral("Events:"));
    QVERIFY(lines.at(2).startsWith(QLatin1String("  Type     Reason   Age")));
    QVERIFY(
        r.out.contains(QStringLiteral("kubelet  spec.containers{app}: Back-off pulling image")));
    QVERIFY(r.out.contains(QStringLiteral(" over ")));
    QVERIFY(r.out.contains(QStringLiteral("      Reason:       ImagePullBackOff\n")));
    QVERIFY(r.out.contains(QStringLiteral("    State:          Running\n")));
}

void TestCliSimulate::refusalAndUsage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("stderrContains");

    QTest::newRow("no file") << QStringList() << 2 << "missing FILE";
    QTest::newRow("bad duration") << QStringList{QStringLiteral("POD"),
                                                 QStringLiteral("--for"),
                                                 QStringLiteral("soon")}
                                  << 2 << "--for wants a duration";
    QTest::newRow("missing file") << QStringList{QStringLiteral("/nonexistent/pods.yaml")} << 1
                                  << "/nonexistent/pods.yaml";
    QTest::newRow("missing node profile") << QStringList{QStringLiteral("POD"),
                                                         QStringLiteral("--node"),
                                                         QStringLiteral("/nonexistent/node.yaml")}
                                          << 1 << "/nonexistent/node.yaml";
    QTest::newRow("refused by admission")
        << QStringList{QStringLiteral("REFUSED")} << 1
        << "Error from server (Forbidden): pods \"r\" is forbidden: error looking up "
           "service account default/ghost: serviceaccount \"ghost\" not found";
}

void TestCliSimulate::refusalAndUsage()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, stderrContains);
    const QString refused = m_dir.filePath(QStringLiteral("refused.yaml"));
    QFile f(refused);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("apiVersion: v1\nkind: Pod\nmetadata: {name: r}\nspec:\n  serviceAccountName: ghost\n"
            "  containers: [{name: c, image: busybox}]\n");
    f.close();
    for (QString &a : args) {
        if (a == QLatin1String("POD"))
            a = writePods();
        else if (a == QLatin1String("REFUSED"))
            a = refused;
    }
    const Run r = cli(QStringList{QStringLiteral("--for"), QStringLiteral("1s")} + args);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.contains(stderrContains), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestCliSimulate)
#include "tst_clisimulate.moc"
