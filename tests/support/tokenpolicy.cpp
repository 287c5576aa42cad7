// SPDX-License-Identifier: GPL-3.0-or-later
#include "tokenpolicy.h"

#include <QMutexLocker>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace {

bool globMatches(const QString &pattern, const QString &name)
{
    const QStringList parts = pattern.split(QLatin1Char('*'));
    QStringList escaped;
    for (const QString &p : parts)
        escaped << QRegularExpression::escape(p);
    const QRegularExpression re(
        QRegularExpression::anchoredPattern(escaped.join(QStringLiteral(".*"))));
    return re.match(name).hasMatch();
}

} // namespace

TokenScope TokenScope::parse(const QString &text)
{
    // auth/scope.md: the name may contain one ':' (host:port/name), so the type is before the
    // first ':' and the actions after the last one.
    const qsizetype first = text.indexOf(QLatin1Char(':'));
    const qsizetype last = text.lastIndexOf(QLatin1Char(':'));
    if (first <= 0 || last == first)
        return {};
    TokenScope s;
    s.type = text.left(first);
    s.name = text.mid(first + 1, last - first - 1);
    s.actions = text.mid(last + 1).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (s.name.isEmpty())
        return {};
    return s;
}

QString TokenScope::toString() const
{
    return type + QLatin1Char(':') + name + QLatin1Char(':') + actions.join(QLatin1Char(','));
}

void TokenPolicy::addUser(const QString &user, const QString &password)
{
    QMutexLocker lock(&m_mutex);
    m_passwords.insert(user, password);
}

void TokenPolicy::grant(const QString &account, const QString &pattern, const QStringList &actions)
{
    QMutexLocker lock(&m_mutex);
    m_rules.append({account, pattern, actions});
}

bool TokenPolicy::checkPassword(const QString &user, const QString &password) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_passwords.constFind(user);
    return it != m_passwords.cend() && *it == password;
}

QStringList TokenPolicy::allowedActions(const QString &account, const TokenScope &scope) const
{
    QMutexLocker lock(&m_mutex);
    QStringList result;
    for (const QString &action : scope.actions) {
        for (const Rule &rule : m_rules) {
            const bool accountMatches = rule.account.isEmpty()
                || (rule.account == QLatin1String("*") && !account.isEmpty())
                || rule.account == account;
            if (!accountMatches)
                continue;
            const QString resource = scope.type == QLatin1String("repository")
                ? scope.name
                : scope.type + QLatin1Char(':') + scope.name;
            if (!globMatches(rule.pattern, resource))
                continue;
            if (rule.actions.contains(action) || rule.actions.contains(QLatin1String("*"))) {
                if (!result.contains(action))
                    result << action;
                break;
            }
        }
    }
    return result;
}

QString TokenPolicy::newRefreshToken(const QString &user)
{
    QByteArray raw(24, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), 6);
    const QString token = QString::fromLatin1(
        raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    QMutexLocker lock(&m_mutex);
    m_refreshTokens.insert(token, user);
    return token;
}

QString TokenPolicy::refreshTokenUser(const QString &token) const
{
    QMutexLocker lock(&m_mutex);
    return m_refreshTokens.value(token);
}

void TokenPolicy::record(const TokenRequestRecord &r)
{
    QMutexLocker lock(&m_mutex);
    m_requests.append(r);
}

QList<TokenRequestRecord> TokenPolicy::requests() const
{
    QMutexLocker lock(&m_mutex);
    return m_requests;
}

void TokenPolicy::clearRequests()
{
    QMutexLocker lock(&m_mutex);
    m_requests.clear();
}
