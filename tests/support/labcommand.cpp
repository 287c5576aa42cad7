// SPDX-License-Identifier: GPL-3.0-or-later
#include "labcommand.h"

#include "labcertificateauthority.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QSocketNotifier>
#include <QTcpServer>
#include <QTextStream>

#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace {

int signalPipe[2] = {-1, -1};

void onSignal(int signo)
{
    const char c = char(signo);
    [[maybe_unused]] const ssize_t n = ::write(signalPipe[1], &c, 1);
}

// The version of the demo content; a different number in DIR/seeded.json reseeds.
constexpr int demoSeedVersion = 1;

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

bool writeJson(const QString &path, const QJsonObject &json, bool secret)
{
    // QSaveFile: readers (the GUI) never see a half-written file.
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    if (secret)
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    f.write(QJsonDocument(json).toJson());
    if (!f.commit())
        return false;
    if (secret) // QSaveFile keeps an existing file's mode; make sure it is 0600
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

bool portIsFree(quint16 port)
{
    QTcpServer probe;
    const bool ok = probe.listen(QHostAddress::LocalHost, port);
    probe.close();
    return ok;
}

// The demo password from an earlier run's auth.json, so a restart keeps the login.
QString previousPassword(const QString &authPath)
{
    const QJsonObject auths = readJson(authPath).value(QStringLiteral("auths")).toObject();
    for (auto it = auths.constBegin(); it != auths.constEnd(); ++it) {
        const QByteArray decoded = QByteArray::fromBase64(
            it.value().toObject().value(QStringLiteral("auth")).toString().toLatin1());
        const qsizetype colon = decoded.indexOf(':');
        if (colon > 0 && decoded.left(colon) == "demo")
            return QString::fromUtf8(decoded.mid(colon + 1));
    }
    return {};
}

QString generatePassword()
{
    static const char alphabet[] = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    QString p;
    for (int i = 0; i < 20; ++i)
        p += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(sizeof alphabet) - 1)]);
    return p;
}

} // namespace

LabCommand::LabCommand(QObject *parent)
    : QObject(parent)
{}

LabCommand::~LabCommand() = default;

int LabCommand::run(const QStringList &arguments)
{
    const QString command = arguments.value(0);
    if (command == QLatin1String("demo"))
        return runDemo(arguments);
    if (command == QLatin1String("serve"))
        return runServe(arguments);
    err() << "usage: pullscope-lab demo --dir DIR [--port N]\n"
             "       pullscope-lab serve --mode anonymous|basic|token|tls|tls+basic|tls+token "
             "[--seed] [--port N] [--dir DIR]\n";
    err().flush();
    return command == QLatin1String("--help") || command == QLatin1String("help") ? 0 : 2;
}

bool LabCommand::installSignalHandlers()
{
    if (::pipe2(signalPipe, O_CLOEXEC | O_NONBLOCK) != 0)
        return false;
    struct sigaction sa = {};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &sa, nullptr);
    ::sigaction(SIGTERM, &sa, nullptr);
    m_signalNotifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, this);
    connect(m_signalNotifier, &QSocketNotifier::activated, this, [] {
        char c;
        while (::read(signalPipe[0], &c, 1) > 0) {}
        QCoreApplication::quit();
    });
    return true;
}

int LabCommand::serveUntilSignal()
{
    const int code = QCoreApplication::exec();
    out() << "Stopping the registry.\n";
    out().flush();
    m_lab.reset(); // stops the registry (SIGTERM, wait) and joins the token server's thread
    return code;
}

int LabCommand::runDemo(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("dir"), QStringLiteral("Where demo data lives."), QStringLiteral("DIR")});
    parser.addOption(
        {QStringLiteral("port"), QStringLiteral("Registry port."), QStringLiteral("N")});
    if (!parser.parse(arguments) || !parser.isSet(QStringLiteral("dir"))) {
        err() << "usage: pullscope-lab demo --dir DIR [--port N]\n";
        return 2;
    }
    if (!installSignalHandlers())
        return 1;
    const QString dir = QDir(parser.value(QStringLiteral("dir"))).absolutePath();
    QDir().mkpath(dir);
    const QString demoJsonPath = dir + QStringLiteral("/demo.json");
    const QString authPath = dir + QStringLiteral("/auth.json");
    const QString markerPath = dir + QStringLiteral("/seeded.json");

    // Same port as last time when it is still free, so the GUI's saved registry keeps working.
    quint16 port = parser.value(QStringLiteral("port")).toUShort();
    if (!port) {
        const QString previous = readJson(demoJsonPath)
                                     .value(QStringLiteral("login"))
                                     .toObject()
                                     .value(QStringLiteral("registry"))
                                     .toString();
        const quint16 old = previous.section(QLatin1Char(':'), 1).toUShort();
        if (old && portIsFree(old))
            port = old;
    }
    QString password = previousPassword(authPath);
    if (password.isEmpty())
        password = generatePassword();

    Lab::Options options;
    options.modes = RegistryProcess::Mode::Token;
    options.storageDir = dir + QStringLiteral("/registry");
    options.workDir = dir + QStringLiteral("/run");
    options.layoutDir = dir + QStringLiteral("/layout");
    options.port = port;
    options.demoPassword = password;
    options.seed = false;
    m_lab = std::make_unique<Lab>(options);
    if (Result<void> r = m_lab->start(); !r) {
        err() << "pullscope-lab: " << r.error().message << "\n" << r.error().detail << "\n";
        return 1;
    }
    const bool seeded =
        readJson(markerPath).value(QStringLiteral("version")).toInt() == demoSeedVersion
        && QDir(options.storageDir
                + QStringLiteral("/docker/registry/v2/repositories/demo/multiarch"))
               .exists();
    if (!seeded) {
        out() << "Seeding the demo images...\n";
        out().flush();
        if (Result<void> r = m_lab->seedStandardSet(); !r) {
            err() << "pullscope-lab: " << r.error().message << "\n" << r.error().detail << "\n";
            return 1;
        }
        writeJson(markerPath, {{QStringLiteral("version"), demoSeedVersion}}, false);
    }

    const RegistryProcess &registry = m_lab->registry();
    const QString hostPort = registry.hostPort();
    const QJsonObject demo{
        {QStringLiteral("version"), 1},
        {QStringLiteral("registries"),
         QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("Pullscope demo")},
                                {QStringLiteral("url"), registry.url().toString()},
                                {QStringLiteral("insecure"), true},
                                {QStringLiteral("authFile"), authPath}}}},
        {QStringLiteral("images"), QJsonArray::fromStringList(m_lab->imageReferences())},
        {QStringLiteral("login"),
         QJsonObject{{QStringLiteral("registry"), hostPort},
                     {QStringLiteral("username"), QStringLiteral("demo")}}}};
    // containers-auth.json(5): {"auths": {"host:port": {"auth": base64(user:password)}}}.
    const QJsonObject auth{
        {QStringLiteral("auths"),
         QJsonObject{
             {hostPort,
              QJsonObject{{QStringLiteral("auth"),
                           QString::fromLatin1(
                               (QStringLiteral("demo:") + password).toUtf8().toBase64())}}}}}};
    if (!writeJson(authPath, auth, true) || !writeJson(demoJsonPath, demo, false)) {
        err() << "pullscope-lab: cannot write " << dir << "\n";
        return 1;
    }
    out() << "Pullscope demo registry: " << registry.url().toString() << "\n"
          << "Login: demo (password in " << authPath << ")\n"
          << "Demo description: " << demoJsonPath << "\n"
          << "Ready. Press Ctrl+C to stop.\n";
    out().flush();
    return serveUntilSignal();
}

int LabCommand::runServe(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("mode"), QStringLiteral("Registry mode."), QStringLiteral("MODE")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Push the standard images.")});
    parser.addOption(
        {QStringLiteral("port"), QStringLiteral("Registry port."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("dir"),
                      QStringLiteral("Keep storage and config here."),
                      QStringLiteral("DIR")});
    if (!parser.parse(arguments)) {
        err() << parser.errorText() << "\n";
        return 2;
    }
    RegistryProcess::Modes modes;
    for (const QString &part :
         parser.value(QStringLiteral("mode")).split(QLatin1Char('+'), Qt::SkipEmptyParts)) {
        if (part == QLatin1String("basic"))
            modes |= RegistryProcess::Mode::Basic;
        else if (part == QLatin1String("token"))
            modes |= RegistryProcess::Mode::Token;
        else if (part == QLatin1String("tls"))
            modes |= RegistryProcess::Mode::Tls;
        else if (part != QLatin1String("anonymous")) {
            err() << "pullscope-lab: unknown mode " << part << "\n";
            return 2;
        }
    }
    if (!installSignalHandlers())
        return 1;
    Lab::Options options;
    options.modes = modes;
    options.port = parser.value(QStringLiteral("port")).toUShort();
    options.seed = parser.isSet(QStringLiteral("seed"));
    QString dir = parser.value(QStringLiteral("dir"));
    if (!dir.isEmpty()) {
        dir = QDir(dir).absolutePath();
        options.storageDir = dir + QStringLiteral("/registry");
        options.workDir = dir + QStringLiteral("/run");
        options.layoutDir = dir + QStringLiteral("/layout");
    }
    m_lab = std::make_unique<Lab>(options);
    if (Result<void> r = m_lab->start(); !r) {
        err() << "pullscope-lab: " << r.error().message << "\n" << r.error().detail << "\n";
        return 1;
    }
    const RegistryProcess &registry = m_lab->registry();
    out() << "Registry: " << registry.url().toString() << "\n";
    if (registry.isTls())
        out() << "CA certificate: " << registry.caCertificatePath() << "\n"
              << "certs.d: " << registry.certsDirRoot() << "\n";
    if (modes & (RegistryProcess::Mode::Basic | RegistryProcess::Mode::Token)) {
        // Logins go to a 0600 file, never to the terminal.
        const QString authPath = registry.workPath() + QStringLiteral("/auth.json");
        const RegistryProcess::Credentials admin = registry.adminCredentials();
        const RegistryProcess::Credentials demo = m_lab->demoCredentials();
        QJsonObject logins;
        for (const auto &c : {admin, demo})
            logins.insert(c.username,
                          QString::fromLatin1(
                              (c.username + QLatin1Char(':') + c.password).toUtf8().toBase64()));
        writeJson(
            authPath,
            {{QStringLiteral("auths"),
              QJsonObject{{registry.hostPort(),
                           QJsonObject{{QStringLiteral("auth"), logins.value(demo.username)}}}}},
             {QStringLiteral("logins"), logins}},
            true);
        out() << "Users: " << admin.username << " (push), " << demo.username
              << " (pull); auth file: " << authPath << "\n";
    }
    if (options.seed)
        out() << "Images:\n  " << m_lab->imageReferences().join(QStringLiteral("\n  ")) << "\n";
    out() << "Ready. Press Ctrl+C to stop.\n";
    out().flush();
    return serveUntilSignal();
}
