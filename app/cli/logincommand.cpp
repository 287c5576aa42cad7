// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/logincommand.h"

#include "app/cli/argumentparser.h"
#include "app/cli/networkoptions.h"
#include "app/cli/networksession.h"
#include "app/cli/output.h"
#include "model/auth/authfile.h"
#include "model/auth/credentialhelper.h"
#include "model/auth/credentialsources.h"
#include "model/auth/loginlocation.h"
#include "model/core/tr.h"
#include "model/registry/registryclient.h"
#include "model/registry/registryrequest.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace {
// One line from stdin without its line end; echo off while reading when asked (a password
// typed on a terminal).
QString readLine(bool hideInput)
{
    termios saved = {};
    const bool terminal = ::isatty(STDIN_FILENO) == 1;
    if (hideInput && terminal && ::tcgetattr(STDIN_FILENO, &saved) == 0) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    QByteArray line;
    char c;
    while (::read(STDIN_FILENO, &c, 1) == 1 && c != '\n')
        line += c;
    if (hideInput && terminal) {
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        std::fputc('\n', stderr);
    }
    if (line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

void prompt(const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
}

// What login stores under: a helper's ServerURL or an auths key.
QString serverUrlFor(const QString &host)
{
    return AuthFile::keyForHost(host, AuthFile::Format::ContainersAuth);
}

// The target file as it is now; a missing file is an empty one. A file that does not parse
// is an Error: rewriting it would lose whatever else it holds.
Result<AuthFile> loadTarget(const QString &path, AuthFile::Format format)
{
    if (!QFileInfo::exists(path))
        return AuthFile(path, format);
    return AuthFile::load(path, format);
}
} // namespace

QString LoginCommand::summary() const
{
    return m_mode == Mode::Login ? Tr::tr("Check a credential with a registry and store it")
                                 : Tr::tr("Remove a stored credential for a registry");
}

void LoginCommand::declareOptions(ArgumentParser &parser) const
{
    if (m_mode == Mode::Logout)
        return;
    parser.addOption({QStringLiteral("username"), QStringLiteral("u")});
    parser.addOption({QStringLiteral("password"), QStringLiteral("p")});
    parser.addFlag({QStringLiteral("password-stdin")});
}

QString LoginCommand::helpText() const
{
    if (m_mode == Mode::Logout) {
        return Tr::tr(
            "Usage: pullscope-cli logout [OPTIONS] REGISTRY\n"
            "\n"
            "Removes the credential for REGISTRY from where login stores it (see login\n"
            "--help): the credential helper named for that host, else the auth file's entry.\n"
            "Not being logged in is an error (exit status 1).");
    }
    return Tr::tr(
        "Usage: pullscope-cli login [OPTIONS] REGISTRY\n"
        "\n"
        "Checks a user name and password with REGISTRY (its /v2/ endpoint, answering the\n"
        "registry's Basic or bearer-token challenge with them) and, when the registry\n"
        "accepts them, stores them where the desktop app would: in the file --authfile or\n"
        "$REGISTRY_AUTH_FILE names (or the helper it names for that host), else with a\n"
        "credential helper configured for the host in any credential file (credHelpers,\n"
        "a docker config.json's credsStore), else in $XDG_RUNTIME_DIR/containers/auth.json\n"
        "(podman's and skopeo's default), else in ~/.docker/config.json. Files are written\n"
        "atomically with mode 0600 and every other entry kept. A refused login stores\n"
        "nothing.\n"
        "\n"
        "Options:\n"
        "  -u, --username USER   The user name (asked for on a terminal when missing).\n"
        "  --password-stdin      Read the password from standard input.\n"
        "  -p, --password PASS   The password; insecure (visible in the process list and\n"
        "                        shell history); prefer --password-stdin.\n"
        "  --creds USER[:PASS]   User and password in one option.\n"
        "Without a password option the password is asked for on the terminal, unechoed.");
}

int LoginCommand::execute(const QStringList &positional,
                          const ArgumentParser &parser,
                          NetworkSession &session,
                          Output &out)
{
    const Result<QString> host = NetworkOptions::registryHost(positional.first());
    if (!host)
        return usageError(out, host.error().message);
    return m_mode == Mode::Login ? login(*host, parser, session, out) : logout(*host, session, out);
}

int LoginCommand::login(const QString &host,
                        const ArgumentParser &parser,
                        NetworkSession &session,
                        Output &out)
{
    const QString creds = session.options().creds;
    const qsizetype colon = creds.indexOf(QLatin1Char(':'));
    QString username = parser.value(QStringLiteral("username"));
    if (username.isEmpty() && !creds.isEmpty())
        username = colon < 0 ? creds : creds.left(colon);
    const bool passwordStdin = parser.isSet(QStringLiteral("password-stdin"));
    const bool passwordOption = parser.isSet(QStringLiteral("password"));
    if (passwordStdin && passwordOption)
        return usageError(out, Tr::tr("--password and --password-stdin are mutually exclusive"));
    const bool interactive = ::isatty(STDIN_FILENO) == 1;
    if (username.isEmpty()) {
        if (!interactive || passwordStdin)
            return usageError(out, Tr::tr("no user name; use --username USER"));
        prompt(Tr::tr("Username: "));
        username = readLine(false).trimmed();
        if (username.isEmpty())
            return usageError(out, Tr::tr("no user name given"));
    }

    QString password;
    if (passwordStdin) {
        // docker and podman: everything on stdin, without the trailing line end.
        QFile in;
        if (in.open(stdin, QIODevice::ReadOnly))
            password = QString::fromUtf8(in.readAll());
        while (password.endsWith(QLatin1Char('\n')) || password.endsWith(QLatin1Char('\r')))
            password.chop(1);
    } else if (passwordOption) {
        out.error(Tr::tr("WARNING! A password given with -p is insecure (it shows in the process "
                         "list and shell history); use --password-stdin."));
        password = parser.value(QStringLiteral("password"));
    } else if (colon >= 0) {
        password = creds.mid(colon + 1);
    } else if (interactive) {
        prompt(Tr::tr("Password: "));
        password = readLine(true);
    } else {
        return usageError(out,
                          Tr::tr("no password; use --password-stdin (standard input is not a "
                                 "terminal to ask on)"));
    }
    if (password.isEmpty())
        return usageError(out, Tr::tr("the password is empty"));

    // Check the credential with the registry before storing anything: /v2/ answered with it,
    // which for a bearer registry means the token server issuing a token for this user
    // (distribution auth/token.md; a 401 from it is a wrong password).
    CredentialSources sources;
    sources.hasExplicit = true;
    sources.explicitUsername = username;
    sources.explicitSecret = password;
    session.client()->setCredentialSources(sources);
    RequestSpec spec;
    spec.host = host;
    spec.path = QStringLiteral("/v2/");
    //: %1 the registry
    spec.operation = Tr::tr("logging in to %1").arg(host);
    spec.maxBodySize = 64 * 1024;
    RegistryRequest request(session.client(), spec);
    session.run(&request);
    const Result<RegistryResponse> response = request.result();
    if (!response) {
        Error e = response.error();
        //: %1 the registry, %2 the engine's explanation
        e.message = Tr::tr("login to %1 failed: %2").arg(host, e.message);
        return session.fail(out, e);
    }

    const LoginLocation where =
        LoginLocation::forHost(host, session.environment(), session.options().authFile);
    const QString path = where.kind == LoginLocation::Kind::File ? where.path : where.configuredIn;
    Result<AuthFile> file = loadTarget(path, where.format);
    if (!file)
        return session.fail(out, file.error());
    QString storedIn;
    const QString helper = where.helper;
    if (!helper.isEmpty()) {
        std::unique_ptr<CredentialHelperCall> call(
            CredentialHelperCall::store(helper, serverUrlFor(host), username, password, nullptr));
        session.run(call.get());
        if (!call->result())
            return session.fail(out, call->result().error());
        storedIn = call->program();
    } else {
        file->setLogin(host, username, password);
        // The runtime directory's containers/ may not exist yet; only its owner may enter.
        const QFileInfo info(path);
        if (!info.dir().exists()) {
            QDir().mkpath(info.absolutePath());
            QFile::setPermissions(info.absolutePath(),
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                      | QFileDevice::ExeOwner);
        }
        if (Result<void> saved = file->save(); !saved)
            return session.fail(out, saved.error());
        storedIn = path;
    }
    if (session.options().json) {
        out.json(QJsonObject{{QStringLiteral("registry"), host},
                             {QStringLiteral("username"), username},
                             {QStringLiteral("storedIn"), storedIn}});
    } else {
        out.line(Tr::tr("Login Succeeded!"));
    }
    return ExitStatus::Ok;
}

int LoginCommand::logout(const QString &host, NetworkSession &session, Output &out)
{
    const LoginLocation where =
        LoginLocation::forHost(host, session.environment(), session.options().authFile);
    const QString path = where.kind == LoginLocation::Kind::File ? where.path : where.configuredIn;
    Result<AuthFile> file = loadTarget(path, where.format);
    if (!file)
        return session.fail(out, file.error());
    QString removedFrom;
    const QString helper = where.helper;
    if (!helper.isEmpty()) {
        std::unique_ptr<CredentialHelperCall> call(
            CredentialHelperCall::erase(helper, serverUrlFor(host), nullptr));
        session.run(call.get());
        if (!call->result())
            return session.fail(out, call->result().error());
        removedFrom = call->program();
    }
    // An entry in the file goes too, also next to a helper (podman removes both).
    if (file->removeLogin(host) > 0) {
        if (Result<void> saved = file->save(); !saved)
            return session.fail(out, saved.error());
        removedFrom = path;
    } else if (helper.isEmpty()) {
        //: %1 the registry, %2 the auth file
        return session.fail(out,
                            Error(ErrorCode::NotFound,
                                  Tr::tr("not logged in to %1: %2 has no entry for it")
                                      .arg(host, QDir::toNativeSeparators(path))));
    }
    if (session.options().json) {
        out.json(QJsonObject{{QStringLiteral("registry"), host},
                             {QStringLiteral("removedFrom"), removedFrom}});
    } else {
        //: %1 the registry
        out.line(Tr::tr("Removed login credentials for %1").arg(host));
    }
    return ExitStatus::Ok;
}
