// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/auth/authfile.h"
#include "model/auth/credentialinventory.h"
#include "model/auth/loginlocation.h"
#include "model/core/result.h"

#include <QObject>
#include <QProcessEnvironment>
#include <QString>

#include <functional>

class KeychainStore;

// Stores a verified login, and removes one, where it belongs: the credential helper the
// user's files configure for that host (credHelpers, then credsStore) as docker login does;
// else the desktop keyring when one answers; else an auth file, which the caller writes only
// after asking the user (mode 0600; $XDG_RUNTIME_DIR/containers/auth.json as podman login,
// else docker's config.json). GUI thread; callbacks run later, never inside the call.
class CredentialWriter : public QObject
{
    Q_OBJECT
public:
    // Where a login for one host would go: the engine's rule (LoginLocation).
    using Target = LoginLocation;

    // "docker-credential-pass (configured in ~/.docker/config.json)", "the desktop keyring",
    // "/run/user/1000/containers/auth.json": for people.
    static QString describe(const Target &target);

    // keychain: may be null (no keyring support); not owned.
    CredentialWriter(QProcessEnvironment env, KeychainStore *keychain, QObject *parent = nullptr);

    void setEnvironment(const QProcessEnvironment &env) { m_env = env; }

    // Where a login for host would be stored now.
    Target targetFor(const QString &host) const;

    // Stores the login at target.
    void store(const Target &target,
               const QString &host,
               const QString &username,
               const QString &secret,
               std::function<void(const Result<void> &)> done);
    // Removes the credential an inventory row describes from where it is.
    void remove(const CredentialInventory::Entry &entry,
                std::function<void(const Result<void> &)> done);

private:
    void later(std::function<void(const Result<void> &)> done, Result<void> result);

    QProcessEnvironment m_env;
    KeychainStore *m_keychain;
};
