// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/registry/blobstream.h"

#include "model/core/logging.h"
#include "model/core/tr.h"

#include <QElapsedTimer>
#include <QNetworkProxy>
#include <QSslSocket>
#include <QTcpSocket>

#include <algorithm>
#include <memory>

namespace {
constexpr int kMaxRedirects = 10; // as RegistryRequest (containerd's limit)
constexpr int kSliceMs = 100; // how soon a cancel is seen
constexpr qsizetype kMaxHeadBytes = 64 * 1024;
constexpr qint64 kMaxAnswerBytes = 64 * 1024;
constexpr qint64 kReadBytes = 256 * 1024; // stays in the core's cache until hashed and staged

QString hostPort(const QUrl &url)
{
    return url.port() < 0 ? url.host() : QStringLiteral("%1:%2").arg(url.host()).arg(url.port());
}

using Outcome = BlobStream::Outcome;

Outcome declined(const QString &why)
{
    Outcome o;
    o.kind = Outcome::Kind::Declined;
    o.error = Error(ErrorCode::Unsupported, why);
    return o;
}

// One connection, read and written with blocking calls in slices, so a cancel is seen soon.
class Connection
{
public:
    Connection(const BlobStream::Target &target, const std::atomic<bool> &cancelled)
        : m_target(target)
        , m_cancelled(cancelled)
    {}

    bool open(const QUrl &url)
    {
        const bool https = url.scheme() == QLatin1String("https");
        if (https) {
            auto *ssl = new QSslSocket;
            m_socket.reset(ssl);
            ssl->setProxy(QNetworkProxy::NoProxy);
            if (m_target.tls)
                ssl->setSslConfiguration(*m_target.tls);
            if (!m_target.verifyTls)
                ssl->ignoreSslErrors();
            ssl->connectToHostEncrypted(url.host(), quint16(url.port(443)));
            return wait([ssl](int ms) {
                return ssl->waitForEncrypted(ms);
            });
        }
        m_socket = std::make_unique<QTcpSocket>();
        m_socket->setProxy(QNetworkProxy::NoProxy);
        // Unbuffered: read() receives straight into the caller's buffer.
        m_socket->connectToHost(url.host(),
                                quint16(url.port(80)),
                                QIODevice::ReadWrite | QIODevice::Unbuffered);
        return wait([this](int ms) {
            return m_socket->waitForConnected(ms);
        });
    }

    bool send(const QByteArray &bytes)
    {
        if (m_socket->write(bytes) != bytes.size())
            return false;
        while (m_socket->bytesToWrite() > 0) {
            if (!wait([this](int ms) {
                    return m_socket->waitForBytesWritten(ms);
                }))
                return false;
        }
        return true;
    }

    // Bytes read into data (at most size); 0 with timedOut() or closed() set when none came.
    qint64 read(char *data, qint64 size)
    {
        for (;;) {
            const qint64 n = m_socket->read(data, size);
            if (n > 0)
                return n;
            if (n < 0) {
                m_closed = true;
                return 0;
            }
            if (!wait([this](int ms) {
                    return m_socket->waitForReadyRead(ms);
                })) {
                // Data that came with the close is still readable; then read() says closed.
                if (m_socket->bytesAvailable() > 0)
                    continue;
                if (!m_timedOut && !m_cancelled.load())
                    m_closed = true;
                return 0;
            }
        }
    }

    bool timedOut() const { return m_timedOut; }

    bool closed() const { return m_closed; }

    QString errorString() const { return m_socket ? m_socket->errorString() : QString(); }

private:
    // Calls waitFn in slices until it succeeds, the socket fails, the timeout passes (a
    // silence of timeoutMs) or the transfer is cancelled.
    template<typename WaitFn>
    bool wait(WaitFn waitFn)
    {
        QElapsedTimer silence;
        silence.start();
        while (!m_cancelled.load()) {
            const qint64 left = m_target.timeoutMs - silence.elapsed();
            if (left <= 0) {
                m_timedOut = true;
                return false;
            }
            if (waitFn(int(std::min<qint64>(left, kSliceMs))))
                return true;
            if (m_socket->error() != QAbstractSocket::SocketTimeoutError)
                return false;
        }
        return false;
    }

    const BlobStream::Target &m_target;
    const std::atomic<bool> &m_cancelled;
    std::unique_ptr<QTcpSocket> m_socket;
    bool m_timedOut = false;
    bool m_closed = false;
};

QByteArray requestFor(const BlobStream::Target &target, const QUrl &url, bool sendAuthorization)
{
    QByteArray path = url.path(QUrl::FullyEncoded).toLatin1();
    if (path.isEmpty())
        path = "/";
    if (url.hasQuery())
        path += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    QByteArray request = "GET " + path + " HTTP/1.1\r\nHost: " + hostPort(url).toLatin1() + "\r\n";
    for (const auto &[name, value] : target.headers)
        request += name + ": " + value + "\r\n";
    if (sendAuthorization && !target.authorization.isEmpty())
        request += "Authorization: " + target.authorization + "\r\n";
    request += "Accept-Encoding: identity\r\nConnection: close\r\n\r\n";
    return request;
}

// "HTTP/1.1 206 Partial Content" -> 206; 0 when it is not a status line.
int statusOf(const QByteArray &line)
{
    if (!line.startsWith("HTTP/1."))
        return 0;
    const QList<QByteArray> parts = line.split(' ');
    bool ok = false;
    const int status = parts.size() >= 2 ? parts.at(1).toInt(&ok) : 0;
    return ok && status >= 100 && status < 600 ? status : 0;
}
} // namespace

BlobStream::Outcome
BlobStream::fetch(const Target &target, const Sink &sink, const std::atomic<bool> &cancelled)
{
    QUrl url = target.url;
    const QString firstHost = hostPort(url);
    QByteArray buffer(kReadBytes, Qt::Uninitialized);
    for (int hop = 0;; ++hop) {
        Connection connection(target, cancelled);
        if (!connection.open(url))
            return declined(QStringLiteral("cannot connect to %1: %2")
                                .arg(hostPort(url), connection.errorString()));
        if (!connection.send(requestFor(target, url, hostPort(url) == firstHost)))
            return declined(QStringLiteral("cannot send to %1: %2")
                                .arg(hostPort(url), connection.errorString()));

        // The answer's head; whatever follows the blank line is the body's start.
        QByteArray head;
        qsizetype end = -1;
        while (end < 0) {
            const qint64 n = connection.read(buffer.data(), buffer.size());
            if (n == 0)
                return declined(QStringLiteral("no answer from %1").arg(hostPort(url)));
            head.append(buffer.constData(), n);
            end = head.indexOf("\r\n\r\n");
            if (end < 0 && head.size() > kMaxHeadBytes)
                return declined(QStringLiteral("an answer head over 64 KiB"));
        }
        QByteArray body = head.mid(end + 4);
        head.truncate(end);
        const QList<QByteArray> lines = head.split('\n');
        Outcome outcome;
        RegistryResponse &response = outcome.response;
        response.status = statusOf(lines.first().trimmed());
        response.url = url;
        if (response.status == 0)
            return declined(QStringLiteral("not an HTTP/1.1 answer"));
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (response.headers.contains(name))
                response.headers[name] += '\n' + value;
            else
                response.headers.insert(name, value);
        }
        const int status = response.status;
        const QByteArray location = response.header("location");
        if (status >= 300 && status < 400 && !location.isEmpty()) {
            const QUrl next = url.resolved(QUrl::fromEncoded(location));
            // Too many hops and https -> http are RegistryRequest's to refuse, in its words.
            if (hop + 1 > kMaxRedirects
                || (url.scheme() == QLatin1String("https")
                    && next.scheme() != QLatin1String("https"))
                || (next.scheme() != QLatin1String("https")
                    && next.scheme() != QLatin1String("http")))
                return declined(QStringLiteral("a redirect RegistryRequest judges"));
            url = next;
            continue;
        }
        if (status == 401)
            return declined(QStringLiteral("a challenge to answer"));
        bool knownLength = false;
        const qint64 length = response.header("content-length").toLongLong(&knownLength);
        const QByteArray encoding = response.header("content-encoding").toLower();
        if (!response.header("transfer-encoding").isEmpty()
            || (!encoding.isEmpty() && encoding != "identity"))
            return declined(QStringLiteral("an encoded body"));

        if (status < 200 || status >= 300) {
            // The answer, as RegistryRequest would see it: status, headers, a bounded body.
            const qint64 wanted = knownLength ? std::min(length, kMaxAnswerBytes) : kMaxAnswerBytes;
            while (body.size() < wanted) {
                const qint64 n =
                    connection.read(buffer.data(),
                                    std::min<qint64>(buffer.size(), wanted - body.size()));
                if (n == 0)
                    break;
                body.append(buffer.constData(), n);
            }
            response.body = body.left(wanted);
            outcome.kind = Outcome::Kind::Answered;
            return outcome;
        }
        if (!knownLength || length < body.size())
            return declined(QStringLiteral("a body without a usable Content-Length"));

        auto broke = [&](Error error) {
            outcome.kind = Outcome::Kind::Failed;
            outcome.error = std::move(error);
            return outcome;
        };
        if (!body.isEmpty()) {
            if (auto taken = sink(status, body.constData(), body.size()); !taken)
                return broke(taken.error());
            outcome.bodyBytes = body.size();
        }
        while (outcome.bodyBytes < length) {
            const qint64 n =
                connection.read(buffer.data(),
                                std::min<qint64>(buffer.size(), length - outcome.bodyBytes));
            if (n == 0) {
                if (cancelled.load())
                    return broke(Error(ErrorCode::Cancelled, Tr::tr("Cancelled")));
                if (connection.timedOut())
                    return broke(Error(ErrorCode::Timeout,
                                       Tr::tr("%1 did not answer within %2 s while %3")
                                           .arg(target.host)
                                           .arg(target.timeoutMs / 1000)
                                           .arg(target.operation))
                                     .withRetryable(true));
                //: %1 bytes received, %2 bytes announced
                const QString detail = Tr::tr("the connection closed after %1 of %2 bytes")
                                           .arg(outcome.bodyBytes)
                                           .arg(length);
                return broke(Error(ErrorCode::Network,
                                   Tr::tr("Network error talking to %1 while %2: %3")
                                       .arg(target.host, target.operation, detail),
                                   connection.errorString())
                                 .withRetryable(true));
            }
            if (auto taken = sink(status, buffer.constData(), n); !taken)
                return broke(taken.error());
            outcome.bodyBytes += n;
        }
        outcome.kind = Outcome::Kind::Streamed;
        return outcome;
    }
}
