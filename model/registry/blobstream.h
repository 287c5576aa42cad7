// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/core/result.h"
#include "model/registry/registryrequest.h"

#include <QSslConfiguration>
#include <QUrl>

#include <atomic>
#include <functional>
#include <optional>

// A blob GET on a connection of its own, read with blocking calls on the thread that calls
// fetch() (a pull's worker thread), so every byte is hashed and written by the thread that
// received it while it is still in that core's cache: no hand-over from Qt's network thread,
// no copy of its buffers. That hand-over was a fifth of a pull's CPU time (bench/README.md).
//
// It speaks the part of HTTP/1.1 a blob download needs: one GET with the given headers, a
// Content-Length body, redirects followed by hand as RegistryRequest does (Authorization stays
// with the first host, https never turns into http, at most 10 hops), interim 1xx heads
// skipped. What it does not speak it declines before taking a byte of the body (a refused or
// failed connection, a 401 to answer, a chunked or compressed body, an odd redirect), and the
// caller asks again through RegistryRequest, which words the failure. Silence past the timeout,
// while connecting or waiting for the answer, fails as a retryable Timeout instead (asking
// again would only wait as long again). Each address of a host gets its share of the connect
// timeout. A 2xx body goes to the sink; any other final answer comes back with its body (up to
// 64 KiB) for the caller to judge.
class BlobStream
{
public:
    struct Target
    {
        QUrl url;
        QList<std::pair<QByteArray, QByteArray>> headers; // on every hop (Range, User-Agent)
        QByteArray authorization; // on the first host only
        std::optional<QSslConfiguration> tls; // for https
        bool verifyTls = true;
        int timeoutMs = 30'000; // to connect, and the longest silence mid-body
        QString host; // the registry, for messages
        QString operation; // "downloading sha256:… of library/busybox", for messages
    };

    struct Outcome
    {
        enum class Kind {
            Streamed, // a 2xx body went to the sink, whole (response without body)
            Answered, // a final non-2xx answer (response with body)
            Declined, // nothing taken; ask through RegistryRequest (error says why)
            Failed, // a timeout, or the transfer broke (error); bodyBytes went to the sink
        };
        Kind kind = Kind::Declined;
        RegistryResponse response;
        Error error;
        qint64 bodyBytes = 0;
    };

    // Takes a 2xx body piece by piece; an Error ends the transfer as Failed with that Error.
    using Sink = std::function<Result<void>(int status, const char *data, qint64 size)>;

    static Outcome
    fetch(const Target &target, const Sink &sink, const std::atomic<bool> &cancelled);
};
