// SPDX-License-Identifier: GPL-3.0-or-later
#include "registryprocess.h"

#include "tokenissuer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QThread>

#include <csignal>
#include <sys/prctl.h>

namespace {

QString randomSecret(int bytes = 18)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (char &c : raw)
        c = char(QRandomGenerator::system()->bounded(256));
    return QString::fromLatin1(
        raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

quint16 freePort()
{
    // Bind port 0 and give it back: a race with other processes is possible, so start()
    // retries with a new port when the registry reports the address in use.
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

QByteArray yamlString(const QString &s)
{
    QString escaped = s;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return '"' + escaped.toUtf8() + '"';
}

Error ioError(const QString &what)
{
    return Error(ErrorCode::Io, what);
}

} // namespace

RegistryProcess::RegistryProcess(Options options)
    : m_options(std::move(options))
{
    m_adminPassword = m_options.adminPassword.isEmpty() ? randomSecret() : m_options.adminPassword;
    if (m_options.modes & (Mode::Tls | Mode::Token)) {
        Result<LabCertificateAuthority> ca =
            LabCertificateAuthority::create(QStringLiteral("Pullscope lab CA"));
        if (ca)
            m_ca = *ca;
    }
    if (m_options.modes.testFlag(Mode::Token) && m_ca) {
        m_tokenIssuer = std::make_unique<TokenIssuer>(*m_ca);
        m_tokenIssuer->addUser(m_options.adminUser, m_adminPassword);
        m_tokenIssuer->grant(m_options.adminUser, QStringLiteral("*"), {QStringLiteral("*")});
    }
    if (m_options.modes.testFlag(Mode::Basic))
        m_basicUsers.insert(m_options.adminUser, m_adminPassword);
}

RegistryProcess::RegistryProcess(Modes modes)
    : RegistryProcess(Options{modes, {}, {}, 0, QStringLiteral("lab-admin"), {}, 20000})
{}

RegistryProcess::~RegistryProcess()
{
    stop();
}

void RegistryProcess::addBasicUser(const QString &user, const QString &password)
{
    m_basicUsers.insert(user, password);
}

bool RegistryProcess::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

QUrl RegistryProcess::url() const
{
    return QUrl(QStringLiteral("%1://127.0.0.1:%2")
                    .arg(isTls() ? QStringLiteral("https") : QStringLiteral("http"))
                    .arg(m_port));
}

QString RegistryProcess::hostPort() const
{
    return QStringLiteral("127.0.0.1:%1").arg(m_port);
}

QString RegistryProcess::configPath() const
{
    return m_workDir + QStringLiteral("/config.yml");
}

QString RegistryProcess::caCertificatePath() const
{
    return isTls() ? m_workDir + QStringLiteral("/tls/ca.crt") : QString();
}

QString RegistryProcess::certsDirRoot() const
{
    return isTls() ? m_workDir + QStringLiteral("/certs.d") : QString();
}

QString RegistryProcess::certDir() const
{
    return isTls() ? certsDirRoot() + QLatin1Char('/') + hostPort() : QString();
}

QStringList RegistryProcess::skopeoTransportArgs(const QString &prefix) const
{
    if (isTls())
        return {QStringLiteral("--") + prefix + QStringLiteral("cert-dir"), certDir()};
    return {QStringLiteral("--") + prefix + QStringLiteral("tls-verify=false")};
}

QString RegistryProcess::log() const
{
    QFile f(m_workDir + QStringLiteral("/registry.log"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

Result<void> RegistryProcess::prepare()
{
    if (m_options.storageDir.isEmpty()) {
        m_tempStorage = std::make_unique<QTemporaryDir>();
        m_storageDir = m_tempStorage->path();
    } else {
        m_storageDir = QDir(m_options.storageDir).absolutePath();
    }
    if (m_options.workDir.isEmpty()) {
        m_tempWork = std::make_unique<QTemporaryDir>();
        m_workDir = m_tempWork->path();
    } else {
        m_workDir = QDir(m_options.workDir).absolutePath();
    }
    if (!QDir().mkpath(m_storageDir) || !QDir().mkpath(m_workDir))
        return ioError(QStringLiteral("cannot create the registry folders"));
    if ((m_options.modes & (Mode::Tls | Mode::Token)) && !m_ca)
        return Error(ErrorCode::Internal, QStringLiteral("cannot create the lab CA"));
    if (isTls()) {
        Result<LabCertificateAuthority::KeyPair> server =
            m_ca->issueServerCertificate(QStringLiteral("127.0.0.1"),
                                         {QStringLiteral("localhost")},
                                         {QStringLiteral("127.0.0.1")});
        if (!server)
            return server.error();
        const QString tls = m_workDir + QStringLiteral("/tls/");
        for (const auto &[name, data, secret] :
             {std::tuple{QStringLiteral("ca.crt"), m_ca->certificatePem(), false},
              std::tuple{QStringLiteral("server.crt"), server->certificatePem, false},
              std::tuple{QStringLiteral("server.key"), server->privateKeyPem, true}}) {
            if (Result<void> r = LabCertificateAuthority::writeFile(tls + name, data, secret); !r)
                return r;
        }
    }
    if (m_tokenIssuer) {
        if (Result<void> r = m_tokenIssuer->start(); !r)
            return r;
        if (Result<void> r = LabCertificateAuthority::writeFile(
                m_workDir + QStringLiteral("/token/rootcerts.pem"),
                m_tokenIssuer->rootCertificateBundlePem());
            !r)
            return r;
    }
    if (m_options.modes.testFlag(Mode::Basic))
        return writeHtpasswd();
    return {};
}

Result<void> RegistryProcess::writeHtpasswd()
{
    // bcrypt entries from the real htpasswd (-B), reading the password on stdin (-i) so it
    // never shows in a process list. Cost 5, the minimum, keeps logins fast.
    QByteArray lines;
    for (auto it = m_basicUsers.cbegin(); it != m_basicUsers.cend(); ++it) {
        QProcess p;
        p.start(QStringLiteral("htpasswd"),
                {QStringLiteral("-niB"), QStringLiteral("-C"), QStringLiteral("5"), it.key()});
        if (!p.waitForStarted(10000))
            return Error(ErrorCode::Io,
                         QStringLiteral("cannot run htpasswd (apache2-utils)"),
                         p.errorString());
        p.write(it.value().toUtf8() + '\n');
        p.closeWriteChannel();
        if (!p.waitForFinished(20000) || p.exitCode() != 0)
            return Error(ErrorCode::Io,
                         QStringLiteral("htpasswd failed"),
                         QString::fromUtf8(p.readAllStandardError()));
        lines += p.readAllStandardOutput().trimmed() + '\n';
    }
    return LabCertificateAuthority::writeFile(m_workDir + QStringLiteral("/htpasswd"), lines, true);
}

Result<void> RegistryProcess::writeConfig()
{
    // Configuration of distribution 2.8 (docs/configuration.md): filesystem storage with
    // delete enabled, the listener on 127.0.0.1 only, and at most one auth section.
    QByteArray y;
    y += "version: 0.1\n";
    y += "log:\n  level: info\n  formatter: text\n  fields:\n    service: pullscope-lab\n";
    y += "storage:\n  filesystem:\n    rootdirectory: " + yamlString(m_storageDir) + "\n";
    y += "  delete:\n    enabled: true\n  cache:\n    blobdescriptor: inmemory\n";
    y += "  maintenance:\n    uploadpurging:\n      enabled: false\n";
    y += "http:\n  addr: 127.0.0.1:" + QByteArray::number(m_port) + "\n";
    y += "  secret: " + yamlString(randomSecret()) + "\n";
    y += "  headers:\n    X-Content-Type-Options: [nosniff]\n";
    if (isTls()) {
        y += "  tls:\n    certificate: " + yamlString(m_workDir + QStringLiteral("/tls/server.crt"))
            + "\n";
        y += "    key: " + yamlString(m_workDir + QStringLiteral("/tls/server.key")) + "\n";
    }
    if (m_options.modes.testFlag(Mode::Token)) {
        // auth.token: the registry verifies the JWT's x5c chain against rootcertbundle.
        y += "auth:\n  token:\n";
        y += "    realm: " + yamlString(m_tokenIssuer->realm().toString()) + "\n";
        y += "    service: " + yamlString(m_tokenIssuer->service()) + "\n";
        y += "    issuer: " + yamlString(m_tokenIssuer->issuerName()) + "\n";
        y += "    rootcertbundle: " + yamlString(m_workDir + QStringLiteral("/token/rootcerts.pem"))
            + "\n";
    } else if (m_options.modes.testFlag(Mode::Basic)) {
        y += "auth:\n  htpasswd:\n    realm: pullscope-lab\n";
        y += "    path: " + yamlString(m_workDir + QStringLiteral("/htpasswd")) + "\n";
    }
    if (Result<void> r = LabCertificateAuthority::writeFile(configPath(), y); !r)
        return r;
    if (isTls()) {
        for (const QString &host : {hostPort(), QStringLiteral("localhost:%1").arg(m_port)}) {
            if (Result<void> r = LabCertificateAuthority::writeFile(
                    certsDirRoot() + QLatin1Char('/') + host + QStringLiteral("/ca.crt"),
                    m_ca->certificatePem());
                !r)
                return r;
        }
    }
    return {};
}

Result<bool> RegistryProcess::launchOnce()
{
    m_port = m_options.port ? m_options.port : freePort();
    if (m_port == 0)
        return Error(ErrorCode::Io, QStringLiteral("no free port on 127.0.0.1"));
    if (Result<void> r = writeConfig(); !r)
        return r.error();
    const QString logPath = m_workDir + QStringLiteral("/registry.log");
    QFile::remove(logPath);

    m_process = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &key : env.keys()) {
        if (key.startsWith(QLatin1String("REGISTRY_")) || key.startsWith(QLatin1String("OTEL_")))
            env.remove(key); // they would override the config file
    }
    m_process->setProcessEnvironment(env);
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setStandardOutputFile(logPath, QIODevice::Append);
    m_process->setStandardInputFile(QProcess::nullDevice());
    m_process->setChildProcessModifier([] {
        // Dies with us: a crashed or killed test leaves no registry behind.
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    });
    m_process->start(QStringLiteral("docker-registry"), {QStringLiteral("serve"), configPath()});
    if (!m_process->waitForStarted(10000))
        return Error(ErrorCode::Io,
                     QStringLiteral("cannot start docker-registry"),
                     m_process->errorString());
    m_pid = m_process->processId();
    if (Result<void> r = waitUntilReady(); !r) {
        const QString text = log();
        stopProcess();
        if (m_options.port == 0 && text.contains(QLatin1String("address already in use")))
            return false;
        Error e = r.error();
        e.detail += QStringLiteral("\nregistry log:\n") + text.right(4000);
        return e;
    }
    return true;
}

// GET /v2/ on a plain socket: the HTTP status, or 0 when there is no answer yet. Deliberately
// not QNetworkAccessManager: destroying one right after refused TLS connections crashed Qt 6.4
// now and then (in its HTTP thread), and the probe runs while the port is still closed.
int RegistryProcess::probe(int timeoutMs) const
{
    std::unique_ptr<QTcpSocket> socket;
    if (isTls()) {
        auto ssl = std::make_unique<QSslSocket>();
        QSslConfiguration config = ssl->sslConfiguration();
        config.setCaCertificates(QSslCertificate::fromData(m_ca->certificatePem(), QSsl::Pem));
        ssl->setSslConfiguration(config);
        ssl->connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_port);
        if (!ssl->waitForEncrypted(timeoutMs))
            return 0;
        socket = std::move(ssl);
    } else {
        socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(QHostAddress::LocalHost, m_port);
        if (!socket->waitForConnected(timeoutMs))
            return 0;
    }
    socket->write("GET /v2/ HTTP/1.1\r\nHost: " + hostPort().toLatin1()
                  + "\r\nConnection: close\r\n\r\n");
    QByteArray response;
    while (!response.contains("\r\n") && socket->waitForReadyRead(timeoutMs))
        response += socket->readAll();
    const QList<QByteArray> statusLine = response.left(response.indexOf("\r\n")).split(' ');
    return statusLine.size() >= 2 && statusLine[0].startsWith("HTTP/") ? statusLine[1].toInt() : 0;
}

Result<void> RegistryProcess::waitUntilReady()
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < m_options.startTimeoutMs) {
        if (m_process->state() == QProcess::NotRunning)
            return Error(
                ErrorCode::Io,
                QStringLiteral("docker-registry exited (code %1)").arg(m_process->exitCode()));
        // 200 anonymously, 401 with an auth section: either way the API answers.
        const int status = probe(2000);
        if (status == 200 || status == 401)
            return {};
        m_process->waitForFinished(50);
    }
    return Error(ErrorCode::Timeout, QStringLiteral("docker-registry did not answer /v2/ in time"));
}

Result<void> RegistryProcess::start()
{
    if (isRunning())
        return Error(ErrorCode::Internal, QStringLiteral("the registry is already running"));
    if (Result<void> r = prepare(); !r)
        return r;
    for (int attempt = 0; attempt < 5; ++attempt) {
        Result<bool> launched = launchOnce();
        if (!launched)
            return launched.error();
        if (*launched)
            return {};
    }
    return Error(ErrorCode::Io,
                 QStringLiteral("no free port for docker-registry after 5 attempts"));
}

void RegistryProcess::stop()
{
    stopProcess();
    if (m_tokenIssuer)
        m_tokenIssuer->stop();
}

void RegistryProcess::stopProcess()
{
    if (m_process) {
        if (m_process->state() != QProcess::NotRunning) {
            m_process->terminate();
            if (!m_process->waitForFinished(5000)) {
                m_process->kill();
                m_process->waitForFinished(5000);
            }
        }
        m_process.reset();
    }
}
