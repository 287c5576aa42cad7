// SPDX-License-Identifier: GPL-3.0-or-later
// pullscope-cli login / logout against a Token-mode lab: the credential is checked before
// anything is stored, the auth file is written 0600 with other entries kept and skopeo
// accepts it, a configured credential helper gets the login instead, and logout undoes it.
#include "clirunner.h"
#include "lab.h"
#include "skopeo.h"
#include "tests/support/requiretool.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

#include <memory>

namespace {
QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    return file.write(content) == content.size();
}
} // namespace

class TestCliLogin : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void roundTrip();
    void defaultLocation();
    void keepsOtherEntries();
    void wrongPassword_data();
    void wrongPassword();
    void credentialHelper();
    void usage_data();
    void usage();

private:
    QString host() const { return m_lab->registry().hostPort(); }

    Skopeo::Run skopeoInspect(const QString &authFile) const;

    std::unique_ptr<Lab> m_lab;
    CliRunner m_cli;
};

void TestCliLogin::initTestCase()
{
    PULLSCOPE_REQUIRE_TOOL(
        !QStandardPaths::findExecutable(QStringLiteral("docker-registry")).isEmpty()
            && Skopeo::available(),
        "docker-registry and skopeo are needed");
    m_lab = std::make_unique<Lab>(RegistryProcess::Mode::Token);
    const Result<void> r = m_lab->start();
    QVERIFY2(r.has_value(), r ? "" : qPrintable(r.error().message + r.error().detail));
}

Skopeo::Run TestCliLogin::skopeoInspect(const QString &authFile) const
{
    return Skopeo().run({QStringLiteral("inspect"),
                         QStringLiteral("--raw"),
                         QStringLiteral("--tls-verify=false"),
                         QStringLiteral("--authfile"),
                         authFile,
                         QStringLiteral("docker://%1/private/app:1.0").arg(host())});
}

void TestCliLogin::roundTrip()
{
    // A folder that does not exist yet: login creates it.
    const QString authFile = m_cli.scratchDir() + QStringLiteral("/round/trip/auth.json");
    const auto demo = m_lab->demoCredentials();
    const CliRunner::Run login = m_cli.run({QStringLiteral("login"),
                                            QStringLiteral("--authfile"),
                                            authFile,
                                            QStringLiteral("-u"),
                                            demo.username,
                                            QStringLiteral("--password-stdin"),
                                            host()},
                                           demo.password.toUtf8() + '\n');
    QVERIFY2(login.exitCode == 0, qPrintable(login.describe()));
    QCOMPARE(login.outText(), QStringLiteral("Login Succeeded!\n"));
    QCOMPARE(QFileInfo(authFile).permissions() & 0x7777,
             QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
                 | QFileDevice::WriteUser);
    const QJsonObject entry =
        readJson(authFile).value(QStringLiteral("auths")).toObject().value(host()).toObject();
    QCOMPARE(QByteArray::fromBase64(entry.value(QStringLiteral("auth")).toString().toLatin1()),
             (demo.username + QLatin1Char(':') + demo.password).toUtf8());

    // skopeo accepts the file; so do we.
    const Skopeo::Run skopeo = skopeoInspect(authFile);
    QVERIFY2(skopeo.ok(), qPrintable(skopeo.describe()));
    const CliRunner::Run tags = m_cli.run({QStringLiteral("tags"),
                                           QStringLiteral("--authfile"),
                                           authFile,
                                           host() + QStringLiteral("/private/app")});
    QVERIFY2(tags.exitCode == 0, qPrintable(tags.describe()));

    const CliRunner::Run logout =
        m_cli.run({QStringLiteral("logout"), QStringLiteral("--authfile"), authFile, host()});
    QVERIFY2(logout.exitCode == 0, qPrintable(logout.describe()));
    QCOMPARE(
        logout.outText(),
        QString(QStringLiteral("Removed login credentials for ") + host() + QLatin1Char('\n')));
    QVERIFY(readJson(authFile).value(QStringLiteral("auths")).toObject().isEmpty());
    QVERIFY(!skopeoInspect(authFile).ok());

    const CliRunner::Run again =
        m_cli.run({QStringLiteral("logout"), QStringLiteral("--authfile"), authFile, host()});
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(QStringLiteral("not logged in to ") + host()),
             qPrintable(again.err));
}

void TestCliLogin::defaultLocation()
{
    // Without --authfile, podman's default: $XDG_RUNTIME_DIR/containers/auth.json.
    const QString expected = m_cli.runtimeDir() + QStringLiteral("/containers/auth.json");
    QFile::remove(expected);
    const auto demo = m_lab->demoCredentials();
    const CliRunner::Run login = m_cli.run({QStringLiteral("login"),
                                            QStringLiteral("--json"),
                                            QStringLiteral("--username"),
                                            demo.username,
                                            QStringLiteral("--password-stdin"),
                                            host()},
                                           demo.password.toUtf8());
    QVERIFY2(login.exitCode == 0, qPrintable(login.describe()));
    QCOMPARE(QJsonDocument::fromJson(login.out).object(),
             (QJsonObject{{QStringLiteral("registry"), host()},
                          {QStringLiteral("username"), demo.username},
                          {QStringLiteral("storedIn"), expected}}));
    QVERIFY(QFileInfo::exists(expected));
    QVERIFY2(skopeoInspect(expected).ok(), qPrintable(skopeoInspect(expected).describe()));
    // The stored login is found by the next command without any option.
    const CliRunner::Run tags =
        m_cli.run({QStringLiteral("tags"), host() + QStringLiteral("/private/app")});
    QVERIFY2(tags.exitCode == 0, qPrintable(tags.describe()));
    QCOMPARE(m_cli.run({QStringLiteral("logout"), host()}).exitCode, 0);
    QCOMPARE(m_cli.run({QStringLiteral("tags"), host() + QStringLiteral("/private/app")}).exitCode,
             1);
}

void TestCliLogin::keepsOtherEntries()
{
    const QString authFile = m_cli.scratchDir() + QStringLiteral("/others.json");
    QVERIFY(writeFile(authFile,
                      R"({"auths": {"other.example.com": {"auth": "dTpw", "email": "x@y"}},)"
                      R"( "unknownField": 42})"));
    const auto demo = m_lab->demoCredentials();
    const CliRunner::Run login = m_cli.run({QStringLiteral("login"),
                                            QStringLiteral("--authfile"),
                                            authFile,
                                            QStringLiteral("--creds"),
                                            demo.username + QLatin1Char(':') + demo.password,
                                            host()});
    QVERIFY2(login.exitCode == 0, qPrintable(login.describe()));
    const QJsonObject root = readJson(authFile);
    QCOMPARE(root.value(QStringLiteral("unknownField")).toInt(), 42);
    const QJsonObject auths = root.value(QStringLiteral("auths")).toObject();
    QCOMPARE(auths.value(QStringLiteral("other.example.com")).toObject(),
             (QJsonObject{{QStringLiteral("auth"), QStringLiteral("dTpw")},
                          {QStringLiteral("email"), QStringLiteral("x@y")}}));
    QVERIFY(auths.contains(host()));
    QCOMPARE(QFileInfo(authFile).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
             QFileDevice::Permissions());
}

void TestCliLogin::wrongPassword_data()
{
    QTest::addColumn<bool>("fileExists");
    QTest::newRow("no file yet") << false;
    QTest::newRow("existing file") << true;
}

void TestCliLogin::wrongPassword()
{
    QFETCH(bool, fileExists);
    const QString authFile = m_cli.scratchDir() + QStringLiteral("/wrong.json");
    QFile::remove(authFile);
    const QByteArray before = R"({"auths": {"other.example.com": {"auth": "dTpw"}}})";
    if (fileExists)
        QVERIFY(writeFile(authFile, before));
    const CliRunner::Run login = m_cli.run({QStringLiteral("login"),
                                            QStringLiteral("--authfile"),
                                            authFile,
                                            QStringLiteral("-u"),
                                            QStringLiteral("demo"),
                                            QStringLiteral("--password-stdin"),
                                            host()},
                                           "not-the-password\n");
    QCOMPARE(login.exitCode, 1);
    QVERIFY2(login.err.contains(QStringLiteral("login to %1 failed: ").arg(host())),
             qPrintable(login.err));
    QVERIFY2(login.err.contains(QStringLiteral("(HTTP 401)")), qPrintable(login.err));
    QVERIFY(!login.err.contains(QStringLiteral("not-the-password")));
    QCOMPARE(login.out, QByteArray());
    if (!fileExists) {
        QVERIFY(!QFileInfo::exists(authFile));
    } else {
        QFile file(authFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
    }
}

void TestCliLogin::credentialHelper()
{
    // A docker-credential-* helper on PATH that records what it is given: the auth file names
    // it for this host, so login stores there and not in the file.
    const QString bin = m_cli.scratchDir() + QStringLiteral("/bin");
    QDir().mkpath(bin);
    const QString record = m_cli.scratchDir() + QStringLiteral("/helper-record");
    const QString helper = bin + QStringLiteral("/docker-credential-pstest");
    QVERIFY(writeFile(helper,
                      QStringLiteral("#!/bin/sh\necho \"$1\" >> '%1'\ncat >> '%1'\necho >> '%1'\n")
                          .arg(record)
                          .toUtf8()));
    QFile::setPermissions(helper,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QString authFile = m_cli.scratchDir() + QStringLiteral("/helper.json");
    QVERIFY(writeFile(authFile,
                      QStringLiteral(R"({"credHelpers": {"%1": "pstest"}})").arg(host()).toUtf8()));
    CliRunner cli;
    cli.environment().insert(QStringLiteral("PATH"),
                             bin + QLatin1Char(':')
                                 + cli.environment().value(QStringLiteral("PATH")));
    // The helper can not answer "get"; login must not need it before storing.
    const auto demo = m_lab->demoCredentials();
    const CliRunner::Run login = cli.run({QStringLiteral("login"),
                                          QStringLiteral("--authfile"),
                                          authFile,
                                          QStringLiteral("-u"),
                                          demo.username,
                                          QStringLiteral("--password-stdin"),
                                          host()},
                                         demo.password.toUtf8());
    QVERIFY2(login.exitCode == 0, qPrintable(login.describe()));
    QFile recorded(record);
    QVERIFY(recorded.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = recorded.readAll().split('\n');
    QCOMPARE(lines.value(0), QByteArray("store"));
    const QJsonObject payload = QJsonDocument::fromJson(lines.value(1)).object();
    QCOMPARE(payload.value(QStringLiteral("ServerURL")).toString(), host());
    QCOMPARE(payload.value(QStringLiteral("Username")).toString(), demo.username);
    QCOMPARE(payload.value(QStringLiteral("Secret")).toString(), demo.password);
    // Nothing went into the file itself.
    QVERIFY(!readJson(authFile).contains(QStringLiteral("auths"))
            || readJson(authFile).value(QStringLiteral("auths")).toObject().isEmpty());
    recorded.close();

    const CliRunner::Run logout =
        cli.run({QStringLiteral("logout"), QStringLiteral("--authfile"), authFile, host()});
    QVERIFY2(logout.exitCode == 0, qPrintable(logout.describe()));
    QVERIFY(recorded.open(QIODevice::ReadOnly));
    QVERIFY2(recorded.readAll().contains(QByteArray("erase\n" + host().toUtf8())),
             "helper not asked to erase");
}

void TestCliLogin::usage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("no user, stdin not a terminal")
        << QStringList{QStringLiteral("login"),
                       QStringLiteral("--password-stdin"),
                       QStringLiteral("localhost:5000")}
        << QByteArray("pw") << 2 << QStringLiteral("no user name; use --username USER");
    QTest::newRow("no password, stdin not a terminal")
        << QStringList{QStringLiteral("login"),
                       QStringLiteral("-u"),
                       QStringLiteral("x"),
                       QStringLiteral("localhost:5000")}
        << QByteArray() << 2 << QStringLiteral("no password; use --password-stdin");
    QTest::newRow("both password options")
        << QStringList{QStringLiteral("login"),
                       QStringLiteral("-u"),
                       QStringLiteral("x"),
                       QStringLiteral("-p"),
                       QStringLiteral("y"),
                       QStringLiteral("--password-stdin"),
                       QStringLiteral("localhost:5000")}
        << QByteArray() << 2 << QStringLiteral("mutually exclusive");
    QTest::newRow("empty password")
        << QStringList{QStringLiteral("login"),
                       QStringLiteral("-u"),
                       QStringLiteral("x"),
                       QStringLiteral("--password-stdin"),
                       QStringLiteral("localhost:5000")}
        << QByteArray("\n") << 2 << QStringLiteral("the password is empty");
    QTest::newRow("a repository, not a registry")
        << QStringList{QStringLiteral("logout"), QStringLiteral("localhost:5000/team/app")}
        << QByteArray() << 2 << QStringLiteral("is not a registry host");
    QTest::newRow("--password warns")
        << QStringList{QStringLiteral("login"),
                       QStringLiteral("-u"),
                       QStringLiteral("x"),
                       QStringLiteral("-p"),
                       QStringLiteral("y"),
                       QStringLiteral("--timeout"),
                       QStringLiteral("5"),
                       QString(QStringLiteral("127.0.0.1:1"))}
        << QByteArray() << 1 << QStringLiteral("WARNING! A password given with -p is insecure");
}

void TestCliLogin::usage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const CliRunner::Run run = m_cli.run(arguments, input);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestCliLogin)
#include "tst_clilogin.moc"
