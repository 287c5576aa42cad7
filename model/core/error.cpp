// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/core/error.h"

#include <utility>

Error::Error(ErrorCode c, QString msg, QString raw)
    : code(c)
    , message(std::move(msg))
    , detail(std::move(raw))
{}

Error Error::withHttpStatus(int status) const
{
    Error e = *this;
    e.httpStatus = status;
    return e;
}

Error Error::withRetryable(bool value) const
{
    Error e = *this;
    e.retryable = value;
    return e;
}

Error Error::at(QString fileName, int lineNumber, int columnNumber) const
{
    Error e = *this;
    e.file = std::move(fileName);
    e.line = lineNumber;
    e.column = columnNumber;
    return e;
}

QString Error::toString() const
{
    if (file.isEmpty() && line <= 0)
        return message;
    QString place = file.isEmpty() ? QStringLiteral("<input>") : file;
    if (line > 0)
        place += QLatin1Char(':') + QString::number(line);
    if (column > 0)
        place += QLatin1Char(':') + QString::number(column);
    return place + QStringLiteral(": ") + message;
}

QString Error::codeName(ErrorCode c)
{
    switch (c) {
    case ErrorCode::None:
        return QStringLiteral("none");
    case ErrorCode::InvalidArgument:
        return QStringLiteral("invalid-argument");
    case ErrorCode::InvalidReference:
        return QStringLiteral("invalid-reference");
    case ErrorCode::Parse:
        return QStringLiteral("parse");
    case ErrorCode::Io:
        return QStringLiteral("io");
    case ErrorCode::Network:
        return QStringLiteral("network");
    case ErrorCode::Dns:
        return QStringLiteral("dns");
    case ErrorCode::ConnectionRefused:
        return QStringLiteral("connection-refused");
    case ErrorCode::Timeout:
        return QStringLiteral("timeout");
    case ErrorCode::Tls:
        return QStringLiteral("tls");
    case ErrorCode::Unauthorized:
        return QStringLiteral("unauthorized");
    case ErrorCode::Denied:
        return QStringLiteral("denied");
    case ErrorCode::NotFound:
        return QStringLiteral("not-found");
    case ErrorCode::TooManyRequests:
        return QStringLiteral("too-many-requests");
    case ErrorCode::Server:
        return QStringLiteral("server");
    case ErrorCode::Protocol:
        return QStringLiteral("protocol");
    case ErrorCode::DigestMismatch:
        return QStringLiteral("digest-mismatch");
    case ErrorCode::Unsupported:
        return QStringLiteral("unsupported");
    case ErrorCode::Cancelled:
        return QStringLiteral("cancelled");
    case ErrorCode::Internal:
        return QStringLiteral("internal");
    }
    return QStringLiteral("unknown");
}
