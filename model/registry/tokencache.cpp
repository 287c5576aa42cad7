// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/registry/tokencache.h"

#include "model/core/clock.h"

TokenCache::TokenCache(Clock *clock)
    : m_clock(clock)
{}

QString TokenCache::key(const QString &realm, const QString &service, QStringList scopes)
{
    scopes.sort();
    scopes.removeDuplicates();
    return realm + QLatin1Char('\n') + service + QLatin1Char('\n') + scopes.join(QLatin1Char(' '));
}

QString TokenCache::token(const QString &key) const
{
    const auto it = m_entries.constFind(key);
    if (it == m_entries.cend() || m_clock->nowMs() + 5'000 >= it->expiresAtMs)
        return {};
    return it->token;
}

void TokenCache::store(const QString &key, const QString &token, int expiresInSeconds)
{
    m_entries.insert(key, {token, m_clock->nowMs() + qint64(qMax(60, expiresInSeconds)) * 1000});
}
