// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/registry/registryerror.h"

#include "model/core/redaction.h"
#include "model/core/tr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

QList<RegistryError::Entry> RegistryError::parseBody(const QByteArray &body)
{
    QList<Entry> entries;
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    for (const QJsonValue &v : root.value(QStringLiteral("errors")).toArray()) {
        const QJsonObject o = v.toObject();
        Entry e;
        e.code = o.value(QStringLiteral("code")).toString();
        if (e.code.isEmpty())
            e.code = QStringLiteral("UNKNOWN");
        e.message = o.value(QStringLiteral("message")).toString();
        const QJsonValue detail = o.value(QStringLiteral("detail"));
        if (detail.isObject())
            e.detail =
                QString::fromUtf8(QJsonDocument(detail.toObject()).toJson(QJsonDocument::Compact));
        else if (detail.isArray())
            e.detail =
                QString::fromUtf8(QJsonDocument(detail.toArray()).toJson(QJsonDocument::Compact));
        else if (detail.isString())
            e.detail = detail.toString();
        entries.append(e);
    }
    return entries;
}

Error RegistryError::fromResponse(int status,
                                  const QByteArray &body,
                                  const RateLimit &rateLimit,
                                  int retryAfterSeconds,
                                  const Context &context)
{
    const QList<Entry> entries = parseBody(body);
    const QString code = entries.isEmpty() ? QString() : entries.first().code;
    QString registryText = entries.isEmpty() ? QString() : entries.first().message;
    if (registryText.isEmpty() && entries.isEmpty() && !body.isEmpty() && body.size() < 512
        && !body.trimmed().startsWith('<'))
        registryText = QString::fromUtf8(body.trimmed()); // a short plain-text body says something
    const QString what = context.repository.isEmpty()
        ? context.registry
        : QStringLiteral("%1/%2").arg(context.registry, context.repository);

    ErrorCode errorCode = ErrorCode::Protocol;
    QString message;
    bool retryable = false;
    switch (status) {
    case 401:
        errorCode = ErrorCode::Unauthorized;
        message = context.credential.isEmpty()
            ? Tr::tr("%1 asks for credentials for %2 and none were found; log in first "
                     "(pullscope-cli login %3)")
                  .arg(context.registry, context.operation, context.registry)
            //: %1 registry, %2 operation, %3 credential description
            : Tr::tr("%1 refused the credential for %2: %3 was tried")
                  .arg(context.registry, context.operation, context.credential);
        break;
    case 403:
        errorCode = ErrorCode::Denied;
        message = Tr::tr("%1 denied access while %2: the credential is valid but has no permission "
                         "for %3")
                      .arg(context.registry, context.operation, what);
        break;
    case 404:
        errorCode = ErrorCode::NotFound;
        if (code == QLatin1String("NAME_UNKNOWN"))
            message = Tr::tr("The repository %1 does not exist (or is private and the credential "
                             "cannot see it)")
                          .arg(what);
        else if (code == QLatin1String("MANIFEST_UNKNOWN"))
            message =
                Tr::tr("%1 has no such tag or manifest (while %2)").arg(what, context.operation);
        else if (code == QLatin1String("BLOB_UNKNOWN"))
            message = Tr::tr("%1 does not have the requested blob (while %2)")
                          .arg(what, context.operation);
        else
            message = Tr::tr("%1 answered 404 Not Found while %2")
                          .arg(context.registry, context.operation);
        break;
    case 429: {
        errorCode = ErrorCode::TooManyRequests;
        retryable = true;
        QStringList parts;
        parts << Tr::tr("%1 is rate limiting requests (429 Too Many Requests) while %2")
                     .arg(context.registry, context.operation);
        if (rateLimit.isKnown())
            parts << rateLimit.describe();
        if (retryAfterSeconds >= 0)
            parts << Tr::tr("retry after %n s", nullptr, retryAfterSeconds);
        message = parts.join(QStringLiteral("; "));
        break;
    }
    case 408:
        errorCode = ErrorCode::Timeout;
        retryable = true;
        message =
            Tr::tr("%1 timed out the request while %2").arg(context.registry, context.operation);
        break;
    default:
        if (status >= 500) {
            errorCode = ErrorCode::Server;
            retryable = status == 500 || status == 502 || status == 503 || status == 504;
            message = Tr::tr("%1 failed with HTTP %2 while %3")
                          .arg(context.registry)
                          .arg(status)
                          .arg(context.operation);
        } else {
            message = Tr::tr("%1 answered HTTP %2 while %3")
                          .arg(context.registry)
                          .arg(status)
                          .arg(context.operation);
        }
    }
    if (code == QLatin1String("TOOMANYREQUESTS") || code == QLatin1String("UNAVAILABLE"))
        retryable = true;
    if (!registryText.isEmpty())
        message += Tr::tr(" (registry said: %1%2)")
                       .arg(code.isEmpty() ? QString() : code + QStringLiteral(" "),
                            registryText.left(300));
    QString detail = QStringLiteral("HTTP %1").arg(status);
    for (const Entry &e : entries)
        detail += QStringLiteral("; %1: %2 %3").arg(e.code, e.message, e.detail);
    Error error = Error(errorCode, Redaction::redact(message), Redaction::redact(detail))
                      .withHttpStatus(status)
                      .withRetryable(retryable);
    error.retryAfterSeconds = retryAfterSeconds;
    return error;
}

Error RegistryError::timedOut(const QString &host,
                              int seconds,
                              const QString &operation,
                              const QString &raw)
{
    return Error(ErrorCode::Timeout,
                 Tr::tr("%1 did not answer within %2 s while %3")
                     .arg(host)
                     .arg(seconds)
                     .arg(operation),
                 raw)
        .withRetryable(true);
}

Error RegistryError::networkFailure(const QString &host,
                                    const QString &operation,
                                    const QString &what,
                                    const QString &raw,
                                    bool retryable)
{
    return Error(ErrorCode::Network,
                 Tr::tr("Network error talking to %1 while %2: %3").arg(host, operation, what),
                 raw)
        .withRetryable(retryable);
}
