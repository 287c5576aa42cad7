// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

class Clock;

// Bearer tokens by (realm, service, scopes) until they expire, as containerd caches them
// (authorizer.go doBearerAuth). Times come from the injected clock. Not thread-safe.
class TokenCache
{
public:
    explicit TokenCache(Clock *clock);

    // The key for a realm, a service and a set of scopes (sorted and de-duplicated, so the same
    // set in another order hits the same token).
    static QString key(const QString &realm, const QString &service, QStringList scopes);
    // The token, or an empty string when absent or expired (5 s of slack for the trip).
    QString token(const QString &key) const;
    // Stores a token for expiresInSeconds (clamped to at least 60 s: distribution token.md).
    void store(const QString &key, const QString &token, int expiresInSeconds);

    void clear() { m_entries.clear(); }

    int size() const { return int(m_entries.size()); }

private:
    struct Entry
    {
        QString token;
        qint64 expiresAtMs = 0;
    };

    Clock *m_clock;
    QHash<QString, Entry> m_entries;
};
