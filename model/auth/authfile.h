// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/auth/credential.h"
#include "model/core/result.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

// One "auths" entry of a credential file, decoded.
struct AuthEntry
{
    QString key; // as written in the file
    QString username;
    QString password;
    QString identityToken;
    QString registryToken;

    bool hasCredential() const
    {
        return !password.isEmpty() || !identityToken.isEmpty() || !registryToken.isEmpty()
            || !username.isEmpty();
    }
};

// A docker config.json or containers auth.json: "auths", "credsStore", "credHelpers".
// Reading never fails on a single bad entry: the entry is dropped and described in problems()
// (file and key named), so one typo does not hide every other credential. A file that is not
// JSON at all is an Error with line and column.
class AuthFile
{
public:
    enum class Format { DockerConfig, ContainersAuth };

    AuthFile() = default;
    AuthFile(QString path, Format format);

    // Reads and parses path. A missing file is an Error with ErrorCode::Io.
    static Result<AuthFile> load(const QString &path, Format format);
    static Result<AuthFile> parse(const QByteArray &json, const QString &path, Format format);

    QString path() const { return m_path; }

    Format format() const { return m_format; }

    const QList<AuthEntry> &entries() const { return m_entries; }

    QString credsStore() const { return m_credsStore; }

    const QMap<QString, QString> &credHelpers() const { return m_credHelpers; }

    const QStringList &problems() const { return m_problems; }

    // The entry for an image in registry `host` (as in a reference's domain: "docker.io",
    // "r.io:5000") and repository `path`. docker config.json matches on the host only;
    // auth.json also matches namespaces, most specific first (reg/ns/img, reg/ns, reg).
    std::optional<AuthEntry> lookup(const QString &host, const QString &path) const;
    // The helper suffix configured for host: credHelpers first, then credsStore; empty if none.
    QString helperFor(const QString &host) const;
    // The entry's credential, with its origin filled in.
    Credential credentialFor(const AuthEntry &entry) const;

    // Adds or replaces the entry for host (username + password, stored as "auth").
    void setLogin(const QString &host, const QString &username, const QString &password);
    // Removes every entry whose key means host; returns how many were removed.
    int removeLogin(const QString &host);
    // Writes the file atomically with mode 0600, keeping fields this class does not know.
    Result<void> save() const;

    // The key a file uses for host: "https://index.docker.io/v1/" for Docker Hub in
    // config.json (docker/cli authConfigKey), "docker.io" in auth.json, else host[:port].
    static QString keyForHost(const QString &host, Format format);
    // A key reduced to what it names: scheme and (for config.json) path dropped, Docker Hub's
    // aliases (index.docker.io, registry-1.docker.io, https://index.docker.io/v1/) -> docker.io.
    static QString normalizeKey(const QString &key, Format format);
    // Decodes an "auth" field: base64 of "user:password" (docker/cli decodeAuth).
    static Result<QPair<QString, QString>> decodeAuth(const QString &auth);

private:
    QString m_path;
    Format m_format = Format::DockerConfig;
    QList<AuthEntry> m_entries;
    QString m_credsStore;
    QMap<QString, QString> m_credHelpers;
    QStringList m_problems;
    QByteArray m_raw; // the file as read, so save() keeps unknown fields
    QSet<QString> m_removedKeys; // keys removeLogin() took out, undecodable ones included
};
