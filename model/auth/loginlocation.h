// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/auth/authfile.h"

#include <QProcessEnvironment>
#include <QString>

// Where a login for one registry host is stored: the one rule the GUI's Credentials page and
// pullscope-cli login/logout both follow.
//   1. An auth file the user named (--authfile, else $REGISTRY_AUTH_FILE), as podman login:
//      the helper that file names for the host (credHelpers, then credsStore), else the file.
//   2. Otherwise the helper a credential file configures for the host, as docker login
//      (credHelpers[host], then credsStore in a docker config.json), searched in lookup order.
//   3. Otherwise the desktop keyring, when the caller has one that answers.
//   4. Otherwise $XDG_RUNTIME_DIR/containers/auth.json (podman's default), else docker's
//      config.json ($DOCKER_CONFIG or ~/.docker).
// Reads the credential files (small, local); any thread.
struct LoginLocation
{
    enum class Kind { Helper, Keychain, File };
    Kind kind = Kind::File;
    QString helper; // suffix, for Helper
    QString configuredIn; // the file that names the helper
    QString path; // for File
    AuthFile::Format format = AuthFile::Format::ContainersAuth; // of path, or of configuredIn

    // authFileOption: --authfile, or empty. keychainAvailable: a keyring answers.
    static LoginLocation forHost(const QString &host,
                                 const QProcessEnvironment &env,
                                 const QString &authFileOption = QString(),
                                 bool keychainAvailable = false);
};
