// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/networkoptions.h"

#include "app/cli/argumentparser.h"
#include "model/core/tr.h"
#include "model/reference/imagereference.h"

#include <QFileInfo>

void NetworkOptions::declare(ArgumentParser &parser)
{
    parser.addOption({QStringLiteral("authfile")});
    parser.addOption({QStringLiteral("creds")});
    parser.addOption({QStringLiteral("cert-dir")});
    parser.addBoolOption({QStringLiteral("tls-verify")});
    parser.addOption({QStringLiteral("timeout")});
    parser.addFlag({QStringLiteral("json")});
    parser.addFlag({QStringLiteral("help"), QStringLiteral("h")});
}

Result<NetworkOptions> NetworkOptions::read(const ArgumentParser &parser)
{
    NetworkOptions o;
    o.authFile = parser.value(QStringLiteral("authfile"));
    o.creds = parser.value(QStringLiteral("creds"));
    o.certDir = parser.value(QStringLiteral("cert-dir"));
    o.json = parser.isSet(QStringLiteral("json"));
    o.help = parser.isSet(QStringLiteral("help"));
    if (parser.isSet(QStringLiteral("tls-verify")))
        o.tlsVerify = parser.value(QStringLiteral("tls-verify")) == QLatin1String("true");
    if (parser.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        o.timeoutSeconds = parser.value(QStringLiteral("timeout")).toInt(&ok);
        if (!ok || o.timeoutSeconds <= 0)
            //: %1 the value given
            return Error(ErrorCode::InvalidArgument,
                         Tr::tr("--timeout wants a whole number of seconds above 0, not \"%1\"")
                             .arg(parser.value(QStringLiteral("timeout"))));
    }
    if (parser.isSet(QStringLiteral("authfile")) && o.authFile.isEmpty())
        return Error(ErrorCode::InvalidArgument, Tr::tr("--authfile needs a file name"));
    if (parser.isSet(QStringLiteral("creds")) && o.creds.isEmpty())
        return Error(ErrorCode::InvalidArgument, Tr::tr("--creds needs USER[:PASSWORD]"));
    if (!o.certDir.isEmpty() && !QFileInfo(o.certDir).isDir())
        //: %1 the folder given
        return Error(ErrorCode::InvalidArgument,
                     Tr::tr("--cert-dir %1 is not a folder").arg(o.certDir));
    return o;
}

QString NetworkOptions::helpText()
{
    return Tr::tr("Options shared by the network commands (skopeo's meanings):\n"
                  "  --authfile FILE        Read credentials from FILE only (containers auth.json\n"
                  "                         format) instead of the standard search.\n"
                  "  --creds USER[:PASS]    Use this credential; it wins over every file.\n"
                  "  --cert-dir DIR         Use the CA certificates (*.crt) and client pair\n"
                  "                         (*.cert/*.key) in DIR instead of the certs.d folders.\n"
                  "  --tls-verify[=BOOL]    Verify TLS certificates (default true). false also\n"
                  "                         allows plain HTTP.\n"
                  "  --timeout SECONDS      Give up on a request without progress after SECONDS\n"
                  "                         (default 30).\n"
                  "  --json                 Print one JSON document instead of text.\n"
                  "  -h, --help             Show this help.\n"
                  "\n"
                  "Exit status: 0 on success, 1 when the operation failed, 2 for a usage error,\n"
                  "130 when interrupted (Ctrl-C).");
}

Result<QString> NetworkOptions::registryHost(const QString &text)
{
    QString host = text.trimmed();
    for (const QLatin1String scheme : {QLatin1String("https://"), QLatin1String("http://")}) {
        if (host.startsWith(scheme))
            host = host.mid(scheme.size());
    }
    while (host.endsWith(QLatin1Char('/')))
        host.chop(1);
    // A registry is what distribution/reference accepts as a domain: with a dot, a port, or
    // "localhost" (normalize.go splitDockerDomain). Anything else would be read as a Docker
    // Hub repository, so it is refused here rather than sent to docker.io.
    const auto probe = ImageReference::parseNormalized(host + QStringLiteral("/probe"));
    // Docker Hub's other names mean docker.io (normalize.go legacyDefaultDomain).
    if (probe && probe->domain() == QLatin1String("docker.io")
        && (host == QLatin1String("index.docker.io")
            || host == QLatin1String("registry-1.docker.io")))
        return QStringLiteral("docker.io");
    if (host.isEmpty() || host.contains(QLatin1Char('/')) || !probe || probe->domain() != host) {
        //: %1 what the user typed
        return Error(ErrorCode::InvalidArgument,
                     Tr::tr("\"%1\" is not a registry host; give HOST[:PORT], for example "
                            "registry.example.com or localhost:5000")
                         .arg(text));
    }
    return host;
}
