// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// A credential for one registry and where it came from. The secret is never shown: use
// maskedSecret() for display, and never log a Credential's secret.
struct Credential
{
    enum class Kind {
        Anonymous, // nothing to send
        Password, // username + password (Basic, or the token server's GET with Basic)
        IdentityToken, // an OAuth2 refresh token (config.json "identitytoken", helper "<token>")
        RegistryToken, // a bearer token sent to the registry as is ("registrytoken")
    };
    enum class Origin {
        None,
        Explicit, // --creds or the login dialog
        DockerConfig, // a docker config.json "auths" entry
        ContainersAuth, // a containers auth.json "auths" entry
        Helper, // a docker-credential-* helper
        Keychain, // the desktop keyring through QtKeychain
        Environment, // DOCKER_AUTH_CONFIG
    };

    Kind kind = Kind::Anonymous;
    QString username;
    QString secret;
    Origin origin = Origin::None;
    QString originPath; // the file, or the helper program's name
    QString key; // the auths key or helper ServerURL that matched

    bool isAnonymous() const { return kind == Kind::Anonymous; }

    // "••••••" for a secret of any length, or an empty string when there is none.
    QString maskedSecret() const;
    // "demo (password) from /root/.docker/config.json, key \"r.io:5000\"": for people.
    QString describe() const;
    static QString originName(Origin origin);
};
