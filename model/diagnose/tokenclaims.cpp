// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/diagnose/tokenclaims.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

TokenClaims TokenClaims::fromToken(const QString &token)
{
    TokenClaims claims;
    const QStringList parts = token.split(QLatin1Char('.'));
    if (parts.size() != 3)
        return claims;
    const auto decoded = QByteArray::fromBase64Encoding(parts.at(1).toLatin1(),
                                                        QByteArray::Base64UrlEncoding
                                                            | QByteArray::OmitTrailingEquals);
    if (!decoded)
        return claims;
    const QJsonDocument doc = QJsonDocument::fromJson(*decoded);
    if (!doc.isObject())
        return claims;
    claims.readable = true;
    // distribution token.md: "access" lists the resources and the actions granted on each; an
    // empty or missing list is a token that grants nothing.
    for (const QJsonValue &v : doc.object().value(QStringLiteral("access")).toArray()) {
        const QJsonObject o = v.toObject();
        QStringList actions;
        for (const QJsonValue &a : o.value(QStringLiteral("actions")).toArray())
            actions.append(a.toString());
        claims.access.append(QStringLiteral("%1:%2:%3")
                                 .arg(o.value(QStringLiteral("type")).toString(),
                                      o.value(QStringLiteral("name")).toString(),
                                      actions.join(QLatin1Char(','))));
    }
    return claims;
}

bool TokenClaims::grants(const QString &repository, const QString &action) const
{
    const QString prefix = QStringLiteral("repository:%1:").arg(repository);
    for (const QString &a : access) {
        if (a.startsWith(prefix) && a.mid(prefix.size()).split(QLatin1Char(',')).contains(action))
            return true;
    }
    return false;
}
