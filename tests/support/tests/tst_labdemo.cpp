// SPDX-License-Identifier: GPL-3.0-or-later
// `pullscope-lab demo`: demo.json exactly as the GUI reads it, auth.json (0600, containers
// format) that logs skopeo in to private/app, no password on the terminal, a clean stop on
// SIGTERM that takes the registry with it, and a restart that reuses storage without seeding.
#include "skopeo.h"
#include "tests/support/requiretool.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <csignal>

namespace {

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QJsonDocument::fromJson(f.readAll()).object();
}

} // namespace

class TestLabDemo : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void demo();

private:
    // Starts the demo and waits for "Ready."; returns everything it printed so far.
    QString startDemo(QProcess &process, const QString &dir);
    qint64 registryPid(const QString &dir);
};

void TestLabDemo::initTestCase()
{
    PULLSCOPE_REQUIRE_TOOL(
        !QStandardPaths::findExecutable(QStringLiteral("docker-registry")).isEmpty()
            && Skopeo::available(),
        "docker-registry and skopeo are needed");
}

QString TestLabDemo::startDemo(QProcess &process, const QString &dir)
{
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral(PULLSCOPE_LAB_EXECUTABLE),
                  {QStringLiteral("demo"), QStringLiteral("--dir"), dir});
    QString output;
    QElapsedTimer timer;
    timer.start();
    while (!output.contains(QLatin1String("Ready.")) && timer.elapsed() < 60000
           && process.state() != QProcess::NotRunning) {
        process.waitForReadyRead(500);
        output += QString::fromUtf8(process.readAll());
    }
    return output;
}

qint64 TestLabDemo::registryPid(const QString &dir)
{
    // The registry is the only child whose command line names DIR/run/config.yml.
    const QString config = dir + QStringLiteral("/run/config.yml");
    for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        bool numeric = false;
        const qint64 pid = entry.toLongLong(&numeric);
        if (!numeric)
            continue;
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (cmdline.open(QIODevice::ReadOnly) && cmdline.readAll().contains(config.toUtf8()))
            return pid;
    }
    return 0;
}

void TestLabDemo::demo()
{
    QTemporaryDir dir;
    QProcess process;
    const QString output = startDemo(process, dir.path());
    QVERIFY2(output.contains(QLatin1String("Ready.")), qPrintable(output));
    QVERIFY(output.contains(QLatin1String("Seeding")));

    // demo.json, exactly the schema the GUI reads.
    const QJsonObject demo = readJson(dir.path() + QStringLiteral("/demo.json"));
    QCOMPARE(demo.value(QStringLiteral("version")).toInt(), 1);
    const QJsonObject registry =
        demo.value(QStringLiteral("registries")).toArray().at(0).toObject();
    QCOMPARE(registry.value(QStringLiteral("name")).toString(), QStringLiteral("Pullscope demo"));
    QCOMPARE(registry.value(QStringLiteral("insecure")).toBool(), true);
    const QString authFile = registry.value(QStringLiteral("authFile")).toString();
    QCOMPARE(authFile, QDir(dir.path()).absoluteFilePath(QStringLiteral("auth.json")));
    const QString url = registry.value(QStringLiteral("url")).toString();
    QVERIFY(url.startsWith(QLatin1String("http://127.0.0.1:")));
    const QString hostPort = url.mid(7);
    QVERIFY2(output.contains(url), qPrintable(output));
    const QJsonObject login = demo.value(QStringLiteral("login")).toObject();
    QCOMPARE(login.value(QStringLiteral("registry")).toString(), hostPort);
    QCOMPARE(login.value(QStringLiteral("username")).toString(), QStringLiteral("demo"));
    QStringList images;
    for (const QJsonValue &v : demo.value(QStringLiteral("images")).toArray())
        images << v.toString();
    QVERIFY(images.contains(hostPort + QStringLiteral("/demo/multiarch:1.0")));
    QVERIFY(images.contains(hostPort + QStringLiteral("/private/app:1.0")));

    // auth.json: 0600, containers format, and never echoed.
    QCOMPARE(QFile::permissions(authFile) & 0x0077, QFileDevice::Permissions());
    const QByteArray auth = QByteArray::fromBase64(readJson(authFile)
                                                       .value(QStringLiteral("auths"))
                                                       .toObject()
                                                       .value(hostPort)
                                                       .toObject()
                                                       .value(QStringLiteral("auth"))
                                                       .toString()
                                                       .toLatin1());
    QVERIFY(auth.startsWith("demo:"));
    const QString password = QString::fromUtf8(auth.mid(5));
    QVERIFY(password.size() >= 12);
    QVERIFY(!output.contains(password));

    // Every advertised image answers; private/app only with the login.
    Skopeo skopeo;
    for (const QString &image : std::as_const(images)) {
        const Skopeo::Run run = skopeo.run({QStringLiteral("inspect"),
                                            QStringLiteral("--raw"),
                                            QStringLiteral("--tls-verify=false"),
                                            QStringLiteral("--authfile"),
                                            authFile,
                                            QStringLiteral("docker://") + image});
        QVERIFY2(run.ok(), qPrintable(image + QLatin1Char(' ') + run.describe()));
    }
    const Skopeo::Run anonymous =
        skopeo.run({QStringLiteral("inspect"),
                    QStringLiteral("--raw"),
                    QStringLiteral("--tls-verify=false"),
                    QStringLiteral("--no-creds"),
                    QStringLiteral("docker://%1/private/app:1.0").arg(hostPort)});
    QVERIFY(!anonymous.ok());
    const Skopeo::Run publicAnonymous =
        skopeo.run({QStringLiteral("inspect"),
                    QStringLiteral("--raw"),
                    QStringLiteral("--tls-verify=false"),
                    QStringLiteral("--no-creds"),
                    QStringLiteral("docker://%1/demo/multiarch:1.0").arg(hostPort)});
    QVERIFY2(publicAnonymous.ok(), qPrintable(publicAnonymous.describe()));

    // SIGTERM: a clean exit, and the registry goes with it.
    const qint64 pid = registryPid(QDir(dir.path()).absolutePath());
    QVERIFY(pid > 0);
    ::kill(pid_t(process.processId()), SIGTERM);
    QVERIFY(process.waitForFinished(15000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(::kill(pid_t(pid), 0) != 0 && errno == ESRCH, 5000);

    // A restart reuses the storage, the port if free, and the login; no seeding.
    QProcess again;
    QElapsedTimer timer;
    timer.start();
    const QString output2 = startDemo(again, dir.path());
    QVERIFY2(output2.contains(QLatin1String("Ready.")), qPrintable(output2));
    QVERIFY(!output2.contains(QLatin1String("Seeding")));
    qInfo("restart took %lld ms", timer.elapsed());
    const QJsonObject demo2 = readJson(dir.path() + QStringLiteral("/demo.json"));
    const QString hostPort2 = demo2.value(QStringLiteral("login"))
                                  .toObject()
                                  .value(QStringLiteral("registry"))
                                  .toString();
    const Skopeo::Run after =
        skopeo.run({QStringLiteral("inspect"),
                    QStringLiteral("--raw"),
                    QStringLiteral("--tls-verify=false"),
                    QStringLiteral("--authfile"),
                    authFile,
                    QStringLiteral("docker://%1/private/app:1.0").arg(hostPort2)});
    QVERIFY2(after.ok(), qPrintable(after.describe()));
    ::kill(pid_t(again.processId()), SIGINT);
    QVERIFY(again.waitForFinished(15000));
    QCOMPARE(again.exitCode(), 0);
}

QTEST_GUILESS_MAIN(TestLabDemo)
#include "tst_labdemo.moc"
