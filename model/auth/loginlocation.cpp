// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/auth/loginlocation.h"

#include "model/auth/credentialsources.h"

#include <QFileInfo>

LoginLocation LoginLocation::forHost(const QString &host,
                                     const QProcessEnvironment &env,
                                     const QString &authFileOption,
                                     bool keychainAvailable)
{
    LoginLocation t;
    // containers/common pkg/auth GetDefaultAuthFile: --authfile, else REGISTRY_AUTH_FILE.
    QString explicitFile = authFileOption;
    if (explicitFile.isEmpty())
        explicitFile = env.value(QStringLiteral("REGISTRY_AUTH_FILE"));
    if (!explicitFile.isEmpty()) {
        t.path = explicitFile;
        t.format = AuthFile::Format::ContainersAuth;
        if (QFileInfo::exists(explicitFile)) {
            const Result<AuthFile> file =
                AuthFile::load(explicitFile, AuthFile::Format::ContainersAuth);
            if (file && !file->helperFor(host).isEmpty()) {
                t.kind = Kind::Helper;
                t.helper = file->helperFor(host);
                t.configuredIn = explicitFile;
            }
        }
        return t;
    }

    const CredentialSources sources = CredentialSources::fromEnvironment(env);
    // docker/cli GetCredentialsStore: a helper configured for the host keeps its logins.
    for (const CredentialSources::File &f : sources.files) {
        if (!QFileInfo::exists(f.path))
            continue;
        const Result<AuthFile> file = AuthFile::load(f.path, f.format);
        if (!file)
            continue;
        QString helper = file->credHelpers().value(AuthFile::normalizeKey(host, f.format));
        if (helper.isEmpty() && f.format == AuthFile::Format::DockerConfig)
            helper = file->credsStore();
        if (!helper.isEmpty()) {
            t.kind = Kind::Helper;
            t.helper = helper;
            t.configuredIn = f.path;
            t.format = f.format;
            return t;
        }
    }
    if (keychainAvailable) {
        t.kind = Kind::Keychain;
        return t;
    }
    // podman login's default (containers-auth.json(5), containers/image
    // getPathToAuthWithOS); docker's file when there is no runtime directory (podman's
    // /run/containers/<uid> fallback is rarely writable by the user).
    t.kind = Kind::File;
    const QString runtime = env.value(QStringLiteral("XDG_RUNTIME_DIR"));
    if (!runtime.isEmpty()) {
        t.path = runtime + QStringLiteral("/containers/auth.json");
        t.format = AuthFile::Format::ContainersAuth;
    } else {
        t.path = sources.files.last().path;
        t.format = sources.files.last().format;
    }
    return t;
}
