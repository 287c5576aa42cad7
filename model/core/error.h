// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>

// What went wrong, in classes a caller can branch on. Registry error codes from the
// distribution spec (DENIED, NAME_UNKNOWN, ...) map onto these; the raw code stays in detail.
enum class ErrorCode {
    None,
    InvalidArgument, // the caller passed something malformed (a flag, a platform string)
    InvalidReference, // an image reference does not parse
    Parse, // a document (JSON, YAML, a header) does not parse
    Io, // a local file could not be read or written
    Network, // a transport failure not covered below
    Dns, // the host name does not resolve
    ConnectionRefused, // nothing listens on that port
    Timeout, // no answer in time
    Tls, // handshake or certificate verification failed
    Unauthorized, // HTTP 401: credentials missing or wrong
    Denied, // HTTP 403 / DENIED: credentials accepted, access refused
    NotFound, // HTTP 404 and the NAME_UNKNOWN / MANIFEST_UNKNOWN / BLOB_UNKNOWN family
    TooManyRequests, // HTTP 429, rate limited
    Server, // HTTP 5xx
    Protocol, // the server answered something the protocol does not allow
    DigestMismatch, // content does not hash to the digest it was asked by
    Unsupported, // recognised but not supported (schema 1 manifests, an unknown algorithm)
    Cancelled, // the user or the caller cancelled
    Internal, // a bug: a broken invariant
};

// One error value for the whole engine: a class, a message for people (translated), the raw
// detail for logs (already redacted), the HTTP status when there was one, whether trying again
// may help, and the place in a document when the error is about one.
struct Error
{
    ErrorCode code = ErrorCode::None;
    QString message;
    QString detail;
    int httpStatus = 0;
    bool retryable = false;
    int retryAfterSeconds = -1; // the server's Retry-After, when it sent one
    QString file;
    int line = 0; // 1-based; 0 when not about a place in a document
    int column = 0; // 1-based; 0 when unknown

    Error() = default;
    Error(ErrorCode c, QString msg, QString raw = {});

    // Builders that return a copy, for one-expression construction.
    Error withHttpStatus(int status) const;
    Error withRetryable(bool value) const;
    Error at(QString fileName, int lineNumber, int columnNumber = 0) const;

    bool isNull() const { return code == ErrorCode::None; }

    // "file:line:col: message" when there is a place, else the message alone.
    QString toString() const;
    // The code's stable English name ("not-found"), for JSON output and logs.
    static QString codeName(ErrorCode c);
};

Q_DECLARE_METATYPE(Error)
