// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayList>
#include <QList>
#include <QMap>
#include <QString>

// One challenge of a WWW-Authenticate header: a scheme ("bearer", "basic") and its
// parameters (realm, service, scope, error), keys lower-cased.
struct AuthChallenge
{
    QString scheme; // lower-cased
    QMap<QString, QString> params;

    QString realm() const { return params.value(QStringLiteral("realm")); }

    QString service() const { return params.value(QStringLiteral("service")); }

    // The scopes of the challenge's "scope" parameter (space-separated in the header).
    QStringList scopes() const;

    bool isBearer() const { return scheme == QLatin1String("bearer"); }

    bool isBasic() const { return scheme == QLatin1String("basic"); }

    // A bearer challenge that says the token lacks a scope (error="insufficient_scope").
    bool isInsufficientScope() const;

    // Parses the values of every WWW-Authenticate header line of a response; each line is one
    // challenge (as distribution and containerd read them). Lines that do not parse are
    // skipped. Never throws; never fails.
    static QList<AuthChallenge> parse(const QByteArrayList &headerValues);
    // The challenge a client should answer: bearer before basic; unknown schemes ignored.
    // Returns nullptr when there is none.
    static const AuthChallenge *preferred(const QList<AuthChallenge> &challenges);
};
