// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/core/error.h"
#include "model/registry/ratelimit.h"

#include <QByteArray>
#include <QList>

// Turns a registry's failed answer into an Error a person can act on (go-containerregistry
// transport.Error, with the explanations containerd and skopeo users ask for).
namespace RegistryError {
// One entry of the spec's error body {"errors": [{"code", "message", "detail"}]}.
struct Entry
{
    QString code; // "MANIFEST_UNKNOWN", ... ("UNKNOWN" for unknown codes, api.md "Errors")
    QString message;
    QString detail; // compact JSON
};

// Parses an error body; non-JSON or other shapes give an empty list (spec: a 4xx body MAY
// be in any format).
QList<Entry> parseBody(const QByteArray &body);

// What was being done, for the message: "listing tags of demo/app on r.io:5000".
struct Context
{
    QString operation;
    QString registry; // host[:port]
    QString repository; // may be empty
    QString credential; // Credential::describe() of what was sent, or empty when anonymous
};

// The Error for an HTTP status and body. retryable follows ggcr's temporary tables (408,
// 429, 500, 502, 503, 504; TOOMANYREQUESTS, UNAVAILABLE, UNKNOWN).
Error fromResponse(int status,
                   const QByteArray &body,
                   const RateLimit &rateLimit,
                   int retryAfterSeconds,
                   const Context &context);

// No answer within seconds while doing operation (retryable): the words of every transport
// (RegistryRequest for QNetworkReply's TimeoutError, BlobStream for its own socket).
Error timedOut(const QString &host, int seconds, const QString &operation, const QString &raw = {});

// A connection that broke or failed in a way no other Error names; retryable says whether
// trying again may help.
Error networkFailure(const QString &host,
                     const QString &operation,
                     const QString &what,
                     const QString &raw,
                     bool retryable);
} // namespace RegistryError
