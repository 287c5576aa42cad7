// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/auth/authfile.h"
#include "model/auth/credentialprovider.h"

#include <QList>
#include <QProcessEnvironment>
#include <QString>

#include <memory>

// Where the desktop user's credentials are looked for, in order, the way skopeo and podman
// look (containers-auth.json(5)) with docker's config.json as the fallback:
//   --creds (explicit) > --authfile > $REGISTRY_AUTH_FILE > $XDG_RUNTIME_DIR/containers/auth.json
//   > ${XDG_CONFIG_HOME:-~/.config}/containers/auth.json > ${DOCKER_CONFIG:-~/.docker}/config.json
// A value type; build it with fromEnvironment() and adjust.
struct CredentialSources
{
    struct File
    {
        QString path;
        AuthFile::Format format = AuthFile::Format::ContainersAuth;
        QString why; // "--authfile", "REGISTRY_AUTH_FILE", "default podman location", ...
    };

    // An explicit credential (--creds USER:PASS or a login dialog) wins over every file.
    bool hasExplicit = false;
    QString explicitUsername;
    QString explicitSecret;
    // Where the explicit credential came from, for messages ("the login dialog"); empty means
    // the command line.
    QString explicitOrigin;
    QList<File> files;
    // Consulted after the files, in order (the desktop keyring).
    QList<std::shared_ptr<CredentialProvider>> providers;

    // The standard search list for this environment. authFile (the --authfile flag) replaces
    // the whole list, as it does for skopeo.
    static CredentialSources
    fromEnvironment(const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
                    const QString &authFile = QString());
    // Parses "USER[:PASSWORD]" as skopeo's --creds does; an empty user is an error.
    Result<void> setExplicit(const QString &userColonPassword);
};
