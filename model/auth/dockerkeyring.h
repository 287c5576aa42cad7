// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <map>

// The kubelet's credential keyring (k/k pkg/credentialprovider/keyring.go, BasicDockerKeyring):
// credentials filed under normalized keys ("index.docker.io", "reg.io/team", "*.azurecr.io"),
// looked up by a normalized repository ("docker.io/library/nginx") with the kubelet's glob and
// prefix rules, in the kubelet's order. Pure value type; no I/O.
class DockerKeyring
{
public:
    // One credential filed under one key, with where it came from.
    struct Entry
    {
        QString key; // normalized keyring key, e.g. "index.docker.io", "reg.io/team"
        QString writtenKey; // as written in the file / secret / plugin response
        QString username;
        QString password;
        QString email;
        // Human-readable origin: 'secret "default/regcred"', 'node file
        // /var/lib/kubelet/config.json', 'provider "ecr"'.
        QString source;
    };

    // Files entry under normalizeKey(entry.writtenKey) (entry.key when writtenKey is empty, which
    // is then normalized as well). Returns false and leaves the keyring unchanged when the key
    // does not parse, as the kubelet skips such an entry; *why then says why.
    bool add(const Entry &entry, QString *why = nullptr);
    // Adds every entry of entries in order; returns how many were rejected.
    int addAll(const QList<Entry> &entries);

    // Every entry whose key matches repository (a normalized repository without tag or digest,
    // "docker.io/library/nginx"), keys walked in reverse-lexicographic order, entries under one
    // key in insertion order. When no key matches and repository is a default-registry name, the
    // entries under "index.docker.io"; *viaDefaultRegistry then becomes true.
    QList<Entry> lookup(const QString &repository, bool *viaDefaultRegistry = nullptr) const;

    // All entries in keyring order (keys reverse-lexicographic, insertion order within a key).
    QList<Entry> entries() const;
    // The distinct keys in keyring order.
    QStringList keys() const;

    bool isEmpty() const { return m_byKey.empty(); }

    // The kubelet's URLsMatchStr(glob, target): equal ports (both empty counts as equal), the same
    // number of host labels, each label matched as a filepath.Match glob, and glob's path a plain
    // string prefix of target's. On false, *why says in plain words what differed (or that a side
    // does not parse, or that a glob is malformed).
    static bool urlsMatch(const QString &glob, const QString &target, QString *why = nullptr);
    // The key the kubelet files a written key under: "https://" prepended when there is no
    // http(s) scheme, the URL parsed, the scheme dropped, a leading "/v1/" or "/v2/" stripped;
    // host, or host + path when the path is neither empty nor "/". *ok false (and *why set) when
    // the key does not parse as a URL.
    static QString normalizeKey(const QString &written, bool *ok, QString *why = nullptr);
    // isDefaultRegistryMatch: a single path component, a first component "docker.io" or
    // "index.docker.io", or a first component with neither '.' nor ':'.
    static bool isDefaultRegistryMatch(const QString &repository);
    // Go's path/filepath.Match on Linux ('*', '?', '[...]', '\\' escapes; '*' and '?' never
    // match '/'). On a malformed pattern returns false and sets *badPattern.
    static bool globMatch(const QString &pattern, const QString &name, bool *badPattern = nullptr);

    // The key credentials of Docker Hub images fall back to.
    static QString defaultRegistryKey() { return QStringLiteral("index.docker.io"); }

private:
    // Keyed by the key's UTF-8 bytes so the order is Go's byte-wise string order.
    std::map<QByteArray, QList<Entry>> m_byKey;
};
