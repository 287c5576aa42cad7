// SPDX-License-Identifier: GPL-3.0-or-later
// pullscope-cli against lab registries in each mode: Basic (wrong password named with its
// source, right one works), Token (public repositories anonymously, a private one refused
// without credentials and served with --creds or --authfile), and TLS (refused without the CA,
// naming the places searched; served with --cert-dir and with --tls-verify=false).
#include "clirunner.h"
#include "lab.h"
#include "skopeo.h"
#include "tests/support/requiretool.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

#include <memory>

namespace {
// A containers auth.json with one login, written into dir; returns its path.
QString writeAuthFile(const QString &dir,
                      const QString &name,
                      const QString &host,
                      const QString &user,
                      const QString &password)
{
    const QString path = dir + QLatin1Char('/') + name;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    const QJsonObject auth{
        {QStringLiteral("auths"),
         QJsonObject{
             {host,
              QJsonObject{{QStringLiteral("auth"),
                           QString::fromLatin1(
                               (user + QLatin1Char(':') + password).toUtf8().toBase64())}}}}}};
    file.write(QJsonDocument(auth).toJson());
    return path;
}
} // namespace

class TestCliAuth : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void basic_data();
    void basic();
    void token_data();
    void token();
    void tls_data();
    void tls();

private:
    void check();

    std::unique_ptr<Lab> m_basic;
    std::unique_ptr<Lab> m_token;
    std::unique_ptr<Lab> m_tls;
    CliRunner m_cli;
};

void TestCliAuth::initTestCase()
{
    PULLSCOPE_REQUIRE_TOOL(
        !QStandardPaths::findExecutable(QStringLiteral("docker-registry")).isEmpty()
            && Skopeo::available(),
        "docker-registry and skopeo are needed");
    m_basic = std::make_unique<Lab>(RegistryProcess::Mode::Basic);
    m_token = std::make_unique<Lab>(RegistryProcess::Mode::Token);
    m_tls = std::make_unique<Lab>(RegistryProcess::Mode::Tls);
    for (Lab *lab : {m_basic.get(), m_token.get(), m_tls.get()}) {
        const Result<void> r = lab->start();
        QVERIFY2(r.has_value(), r ? "" : qPrintable(r.error().message + r.error().detail));
    }
}

// Columns: arguments, expected exit status, text stdout or stderr must contain.
void TestCliAuth::basic_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("expected");
    const QString host = m_basic->registry().hostPort();
    const QString repo = host + QStringLiteral("/library/busybox");
    const auto demo = m_basic->demoCredentials();
    const QString goodFile = writeAuthFile(m_cli.scratchDir(),
                                           QStringLiteral("basic-good.json"),
                                           host,
                                           demo.username,
                                           demo.password);
    const QString badFile = writeAuthFile(m_cli.scratchDir(),
                                          QStringLiteral("basic-bad.json"),
                                          host,
                                          demo.username,
                                          QStringLiteral("wrong"));
    QTest::newRow("no credential")
        << QStringList{QStringLiteral("tags"), repo} << 1
        << QStringLiteral("asks for credentials for listing the tags of library/busybox");
    QTest::newRow("wrong password, --creds")
        << QStringList{QStringLiteral("tags"),
                       QStringLiteral("--creds"),
                       demo.username + QStringLiteral(":wrong"),
                       repo}
        << 1 << QStringLiteral("demo (password) from given on the command line");
    QTest::newRow("wrong password, --authfile")
        << QStringList{QStringLiteral("tags"), QStringLiteral("--authfile"), badFile, repo} << 1
        << QString(QStringLiteral("demo (password) from containers auth.json ") + badFile);
    QTest::newRow("right password, --creds")
        << QStringList{QStringLiteral("tags"),
                       QStringLiteral("--creds"),
                       demo.username + QLatin1Char(':') + demo.password,
                       repo}
        << 0 << QStringLiteral("1.36");
    QTest::newRow("right password, --authfile") << QStringList{QStringLiteral("inspect"),
                                                               QStringLiteral("--authfile"),
                                                               goodFile,
                                                               repo + QStringLiteral(":1.36")}
                                                << 0 << m_basic->images().busybox.manifest.digest;
}

void TestCliAuth::check()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, expected);
    const CliRunner::Run run = m_cli.run(arguments);
    QVERIFY2(run.exitCode == exitCode, qPrintable(run.describe()));
    const QString text = exitCode == 0 ? run.outText() : run.err;
    QVERIFY2(text.contains(expected), qPrintable(text));
    // No secret ever comes back in a message.
    const QStringList secrets{m_basic->demoCredentials().password,
                              m_token->demoCredentials().password};
    for (const QString &secret : secrets)
        QVERIFY(!run.err.contains(secret));
}

void TestCliAuth::basic()
{
    check();
}

void TestCliAuth::token_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("expected");
    const QString host = m_token->registry().hostPort();
    const QString app = host + QStringLiteral("/private/app");
    const auto demo = m_token->demoCredentials();
    const QString goodFile = writeAuthFile(m_cli.scratchDir(),
                                           QStringLiteral("token-good.json"),
                                           host,
                                           demo.username,
                                           demo.password);
    QTest::newRow("public repository, anonymous")
        << QStringList{QStringLiteral("inspect"),
                       QStringLiteral("--json"),
                       host + QStringLiteral("/demo/multiarch:1.0")}
        << 0 << m_token->images().multiarch.index.digest;
    QTest::newRow("private repository, no credential")
        << QStringList{QStringLiteral("tags"), app} << 1
        << QStringLiteral("asks for credentials for listing the tags of private/app and none "
                          "were found");
    QTest::newRow("private repository, wrong password")
        << QStringList{QStringLiteral("tags"),
                       QStringLiteral("--creds"),
                       demo.username + QStringLiteral(":wrong"),
                       app}
        << 1
        << QStringLiteral("refused demo (password) from given on the command line for listing "
                          "the tags of private/app (HTTP 401)");
    QTest::newRow("private repository, --creds")
        << QStringList{QStringLiteral("tags"),
                       QStringLiteral("--creds"),
                       demo.username + QLatin1Char(':') + demo.password,
                       app}
        << 0 << QStringLiteral("1.0");
    QTest::newRow("private repository, --authfile")
        << QStringList{QStringLiteral("inspect"),
                       QStringLiteral("--authfile"),
                       goodFile,
                       app + QStringLiteral(":1.0")}
        << 0 << m_token->images().privateApp.manifest.digest;
}

void TestCliAuth::token()
{
    check();
}

void TestCliAuth::tls_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("expected");
    const QString host = m_tls->registry().hostPort();
    const QString busybox = host + QStringLiteral("/library/busybox:latest");
    QTest::newRow("no CA")
        << QStringList{QStringLiteral("inspect"), busybox} << 1
        << QString(QStringLiteral("CA certificates were looked for in the system store and in: ")
                   + m_cli.environment().value(QStringLiteral("XDG_CONFIG_HOME"))
                   + QStringLiteral("/containers/certs.d/") + host);
    QTest::newRow("--cert-dir") << QStringList{QStringLiteral("inspect"),
                                               QStringLiteral("--cert-dir"),
                                               m_tls->registry().certDir(),
                                               busybox}
                                << 0 << m_tls->images().busybox.manifest.digest;
    QTest::newRow("--cert-dir without the CA")
        << QStringList{QStringLiteral("inspect"),
                       QStringLiteral("--cert-dir"),
                       m_cli.scratchDir(),
                       busybox}
        << 1 << QString(QStringLiteral("in: ") + m_cli.scratchDir());
    QTest::newRow("--tls-verify=false") << QStringList{QStringLiteral("tags"),
                                                       QStringLiteral("--tls-verify=false"),
                                                       host + QStringLiteral("/library/busybox")}
                                        << 0 << QStringLiteral("latest\n1.36\n");
}

void TestCliAuth::tls()
{
    check();
}

QTEST_GUILESS_MAIN(TestCliAuth)
#include "tst_cliauth.moc"
