// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>
#include <QStringList>

// One request the token server answered, as later tests want to assert on it. Never holds a
// password or a token.
struct TokenRequestRecord
{
    QString method; // "GET" or "POST"
    QString path; // "/token"
    QString service;
    QStringList scopes; // as requested, one resource scope per entry
    QString account; // the authenticated user, "" when anonymous or rejected
    QString claimedAccount; // the `account` query parameter or form username, as sent
    QString grantType; // "password", "refresh_token" (POST) or "" (GET)
    bool basicAuth = false; // an Authorization: Basic header was present
    bool offlineToken = false; // offline_token=true or access_type=offline
    int status = 0; // HTTP status answered
    QStringList granted; // "repository:name:pull,push" per granted resource
    QDateTime at;
};

// One resource scope (auth/scope.md): type, name, actions. Name may contain one ':' (a port).
struct TokenScope
{
    QString type;
    QString name;
    QStringList actions;

    // Parses "repository:demo/app:pull,push"; returns a scope with empty type when malformed.
    static TokenScope parse(const QString &text);
    // Back to the wire form.
    QString toString() const;
};

// Who may do what: users with passwords, grant rules (account -> repository glob -> actions),
// refresh tokens issued, and the log of requests. Thread-safe: every member locks.
class TokenPolicy
{
public:
    // Adds or replaces a user.
    void addUser(const QString &user, const QString &password);
    // Grants actions on repositories matching pattern ('*' matches any characters, '/' too)
    // to account; account "" means anonymous (and so everyone), "*" any authenticated user.
    // "*" in actions means every action.
    void grant(const QString &account, const QString &pattern, const QStringList &actions);
    // True when user exists and password matches.
    bool checkPassword(const QString &user, const QString &password) const;
    // The actions of scope that account may do (account "" = anonymous), in request order.
    QStringList allowedActions(const QString &account, const TokenScope &scope) const;
    // Makes a new opaque refresh token bound to user.
    QString newRefreshToken(const QString &user);
    // The user a refresh token belongs to, or "" when unknown.
    QString refreshTokenUser(const QString &token) const;
    // Appends to and reads the request log.
    void record(const TokenRequestRecord &r);
    QList<TokenRequestRecord> requests() const;
    void clearRequests();

private:
    struct Rule
    {
        QString account;
        QString pattern;
        QStringList actions;
    };

    mutable QMutex m_mutex;
    QHash<QString, QString> m_passwords;
    QList<Rule> m_rules;
    QHash<QString, QString> m_refreshTokens;
    QList<TokenRequestRecord> m_requests;
};
