// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/core/error.h"

#include <QByteArray>
#include <QString>

#include <optional>

// A Kubernetes API server's failure answer, a `Status` object (docs/reference/cluster-api.md
// §3.10), and how kubectl words it (§3.1, kubectl helpers.go StandardErrorMessage):
// "error: You must be logged in to the server (Unauthorized)" for 401, "Error from server
// (Forbidden): secrets \"regcred\" is forbidden: User …" for the rest. A value.
struct ApiStatus
{
    int code = 0; // the HTTP status the Status names
    QString reason; // "Forbidden", "NotFound", "Unauthorized", "TooManyRequests", …
    QString message;
    QString detailsName; // details.name, when the object has one
    QString detailsKind; // details.kind ("secrets")
    int retryAfterSeconds = -1; // details.retryAfterSeconds

    // The Status in body (kind "Status"), or nothing when body is not one. httpStatus is used
    // when the Status names no code.
    static std::optional<ApiStatus> parse(const QByteArray &body, int httpStatus);

    // kubectl's line for it.
    QString kubectlText() const;

    // As an Error: the kind (Unauthorized, Denied, NotFound, TooManyRequests, Server, Timeout,
    // Protocol), kubectl's line as the message, retryable for 429, 5xx and server timeouts,
    // with the HTTP status and Retry-After.
    Error toError() const;
};
