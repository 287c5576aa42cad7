// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/cluster/apistatus.h"

#include <QJsonDocument>
#include <QJsonObject>

std::optional<ApiStatus> ApiStatus::parse(const QByteArray &body, int httpStatus)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    const QJsonObject o = document.object();
    if (!document.isObject()
        || o.value(QStringLiteral("kind")).toString() != QLatin1String("Status"))
        return std::nullopt;
    ApiStatus s;
    s.code = o.value(QStringLiteral("code")).toInt(httpStatus);
    s.reason = o.value(QStringLiteral("reason")).toString();
    s.message = o.value(QStringLiteral("message")).toString();
    const QJsonObject details = o.value(QStringLiteral("details")).toObject();
    s.detailsName = details.value(QStringLiteral("name")).toString();
    s.detailsKind = details.value(QStringLiteral("kind")).toString();
    if (details.contains(QStringLiteral("retryAfterSeconds")))
        s.retryAfterSeconds = details.value(QStringLiteral("retryAfterSeconds")).toInt();
    return s;
}

QString ApiStatus::kubectlText() const
{
    // kubectl pkg/cmd/util/helpers.go StandardErrorMessage (docs/reference/cluster-api.md §3.1):
    // English, as kubectl prints it, so it matches what people search for.
    if (code == 401 || reason == QLatin1String("Unauthorized"))
        return QStringLiteral("error: You must be logged in to the server (%1)")
            .arg(message.isEmpty() ? QStringLiteral("Unauthorized") : message);
    if (reason.isEmpty())
        return QStringLiteral("Error from server: %1").arg(message);
    return QStringLiteral("Error from server (%1): %2").arg(reason, message);
}

Error ApiStatus::toError() const
{
    ErrorCode kind = ErrorCode::Protocol;
    bool retryable = false;
    if (code == 401 || reason == QLatin1String("Unauthorized")) {
        kind = ErrorCode::Unauthorized;
    } else if (code == 403 || reason == QLatin1String("Forbidden")) {
        kind = ErrorCode::Denied;
    } else if (code == 404 || reason == QLatin1String("NotFound")) {
        kind = ErrorCode::NotFound;
    } else if (code == 429 || reason == QLatin1String("TooManyRequests")) {
        kind = ErrorCode::TooManyRequests;
        retryable = true;
    } else if (reason == QLatin1String("ServerTimeout") || reason == QLatin1String("Timeout")
               || code == 504) {
        kind = ErrorCode::Timeout;
        retryable = true;
    } else if (code >= 500) {
        kind = ErrorCode::Server;
        retryable = true;
    }
    Error e(kind, kubectlText());
    e.httpStatus = code;
    e.retryable = retryable;
    e.retryAfterSeconds = retryAfterSeconds;
    return e;
}
