// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/auth/credentialsources.h"

#include "model/core/tr.h"

#include <QDir>

#include <unistd.h>

CredentialSources CredentialSources::fromEnvironment(const QProcessEnvironment &env,
                                                     const QString &authFile)
{
    CredentialSources s;
    using F = AuthFile::Format;
    if (!authFile.isEmpty()) {
        s.files.append({authFile, F::ContainersAuth, QStringLiteral("--authfile")});
        return s;
    }
    const QString registryAuthFile = env.value(QStringLiteral("REGISTRY_AUTH_FILE"));
    if (!registryAuthFile.isEmpty())
        s.files.append({registryAuthFile, F::ContainersAuth, QStringLiteral("REGISTRY_AUTH_FILE")});

    const QString home = env.value(QStringLiteral("HOME"), QDir::homePath());
    // containers/image pkg/docker/config getPathToAuthWithOS: XDG_RUNTIME_DIR, else
    // /run/containers/<uid>.
    const QString runtimeDir = env.value(QStringLiteral("XDG_RUNTIME_DIR"));
    const QString runtimeAuth = runtimeDir.isEmpty()
        ? QStringLiteral("/run/containers/%1/auth.json").arg(::getuid())
        : runtimeDir + QStringLiteral("/containers/auth.json");
    s.files.append({runtimeAuth, F::ContainersAuth, Tr::tr("podman/skopeo login file")});

    const QString configHome =
        env.value(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    s.files.append({configHome + QStringLiteral("/containers/auth.json"),
                    F::ContainersAuth,
                    Tr::tr("containers auth.json")});

    const QString dockerConfig = env.value(QStringLiteral("DOCKER_CONFIG"));
    s.files.append(
        {(dockerConfig.isEmpty() ? home + QStringLiteral("/.docker") : dockerConfig)
             + QStringLiteral("/config.json"),
         F::DockerConfig,
         dockerConfig.isEmpty() ? Tr::tr("docker config.json") : QStringLiteral("DOCKER_CONFIG")});
    return s;
}

Result<void> CredentialSources::setExplicit(const QString &userColonPassword)
{
    const qsizetype colon = userColonPassword.indexOf(QLatin1Char(':'));
    const QString user = colon < 0 ? userColonPassword : userColonPassword.left(colon);
    if (user.isEmpty())
        return Error(ErrorCode::InvalidArgument,
                     Tr::tr("--creds needs a user name: use USER:PASSWORD"));
    hasExplicit = true;
    explicitUsername = user;
    explicitSecret = colon < 0 ? QString() : userColonPassword.mid(colon + 1);
    return {};
}
