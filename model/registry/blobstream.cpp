// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/registry/blobstream.h"

#include "model/core/logging.h"
#include "model/core/tr.h"
#include "model/registry/registryerror.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QHostInfo>
#include <QSslSocket>

#include <algorithm>
#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <memory>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

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

Outcome failed(Error error)
{
    Outcome o;
    o.kind = Outcome::Kind::Failed;
    o.error = std::move(error);
    return o;
}

Error timeoutError(const BlobStream::Target &target)
{
    return RegistryError::timedOut(target.host, target.timeoutMs / 1000, target.operation);
}

Outcome declined(const QString &why)
{
    Outcome o;
    o.kind = Outcome::Kind::Declined;
    o.error = Error(ErrorCode::Unsupported, why);
    return o;
}

// One connection, read and written in slices of waiting, so a cancel is seen soon. Plain HTTP
// is read straight from the socket into the caller's buffer; TLS goes through QSslSocket on the
// same socket (its buffer bounded to one read).
class Connection
{
public:
    Connection(const BlobStream::Target &target, const std::atomic<bool> &cancelled)
        : m_target(target)
        , m_cancelled(cancelled)
    {}

    ~Connection()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }

    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    bool open(const QUrl &url)
    {
        const bool https = url.scheme() == QLatin1String("https");
        const int fd = connectSocket(url.host(), quint16(url.port(https ? 443 : 80)));
        if (fd < 0)
            return false;
        if (!https) {
            m_fd = fd;
            return true;
        }
        m_ssl = std::make_unique<QSslSocket>();
        m_ssl->setReadBufferSize(kReadBytes);
        if (m_target.tls)
            m_ssl->setSslConfiguration(*m_target.tls);
        if (!m_target.verifyTls)
            m_ssl->ignoreSslErrors();
        if (!m_ssl->setSocketDescriptor(fd)) {
            ::close(fd);
            return false;
        }
        m_ssl->setPeerVerifyName(url.host()); // for SNI and the certificate's name
        m_ssl->startClientEncryption();
        return waitSsl([this](int ms) {
            return m_ssl->waitForEncrypted(ms);
        });
    }

    bool send(const QByteArray &bytes)
    {
        if (m_ssl) {
            if (m_ssl->write(bytes) != bytes.size())
                return false;
            while (m_ssl->bytesToWrite() > 0) {
                if (!waitSsl([this](int ms) {
                        return m_ssl->waitForBytesWritten(ms);
                    }))
                    return false;
            }
            return true;
        }
        qsizetype sent = 0;
        while (sent < bytes.size()) {
            const ssize_t n =
                ::send(m_fd, bytes.constData() + sent, size_t(bytes.size() - sent), MSG_NOSIGNAL);
            if (n > 0) {
                sent += n;
            } else if (n < 0 && errno == EINTR) {
                continue;
            } else if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
                if (!pollFd(POLLOUT))
                    return false;
            } else {
                m_why = qt_error_string(errno);
                return false;
            }
        }
        return true;
    }

    // Bytes read into data (at most size); 0 with timedOut() or closed() set when none came
    // (or the transfer was cancelled).
    qint64 read(char *data, qint64 size)
    {
        if (m_ssl)
            return readSsl(data, size);
        for (;;) {
            const ssize_t n = ::recv(m_fd, data, size_t(size), 0);
            if (n > 0)
                return n;
            if (n == 0) {
                m_closed = true;
                m_why = QStringLiteral("the remote host closed the connection");
                return 0;
            }
            if (errno == EINTR)
                continue;
            if (errno != EAGAIN && errno != EWOULDBLOCK) {
                m_closed = true;
                m_why = qt_error_string(errno);
                return 0;
            }
            if (!pollFd(POLLIN))
                return 0;
        }
    }

    bool timedOut() const { return m_timedOut; }

    bool closed() const { return m_closed; }

    QString errorString() const { return m_ssl && m_why.isEmpty() ? m_ssl->errorString() : m_why; }

private:
    qint64 readSsl(char *data, qint64 size)
    {
        for (;;) {
            const qint64 n = m_ssl->read(data, size);
            if (n > 0)
                return n;
            if (n < 0) {
                m_closed = true;
                return 0;
            }
            if (!waitSsl([this](int ms) {
                    return m_ssl->waitForReadyRead(ms);
                })) {
                // Data that came with the close is still readable; then read() says closed.
                if (m_ssl->bytesAvailable() > 0)
                    continue;
                if (!m_timedOut && !m_cancelled.load())
                    m_closed = true;
                return 0;
            }
        }
    }

    int connectSocket(const QString &host, quint16 port)
    {
        QList<QHostAddress> addresses;
        if (QHostAddress literal; literal.setAddress(host)) {
            addresses << literal;
        } else {
            const QHostInfo info = QHostInfo::fromName(host); // blocking, on this worker thread
            if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
                m_why = info.errorString();
                return -1;
            }
            addresses = info.addresses();
        }
        QElapsedTimer elapsed;
        elapsed.start();
        for (qsizetype i = 0; i < addresses.size(); ++i) {
            const QHostAddress &address = addresses.at(i);
            // Each address gets its share of what is left, so a route that drops packets (an
            // IPv6 address first, say) leaves time for the next address.
            const qint64 remaining = m_target.timeoutMs - elapsed.elapsed();
            if (remaining <= 0)
                break;
            const qint64 budget = remaining / (addresses.size() - i);
            QElapsedTimer attempt;
            attempt.start();
            sockaddr_storage storage{};
            socklen_t length = 0;
            if (address.protocol() == QAbstractSocket::IPv4Protocol) {
                auto *in = reinterpret_cast<sockaddr_in *>(&storage);
                in->sin_family = AF_INET;
                in->sin_port = htons(port);
                in->sin_addr.s_addr = htonl(address.toIPv4Address());
                length = sizeof(sockaddr_in);
            } else if (address.protocol() == QAbstractSocket::IPv6Protocol) {
                auto *in6 = reinterpret_cast<sockaddr_in6 *>(&storage);
                in6->sin6_family = AF_INET6;
                in6->sin6_port = htons(port);
                const Q_IPV6ADDR bytes = address.toIPv6Address();
                std::memcpy(&in6->sin6_addr, &bytes, sizeof bytes);
                length = sizeof(sockaddr_in6);
            } else {
                continue;
            }
            const int fd =
                ::socket(storage.ss_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
            if (fd < 0) {
                m_why = qt_error_string(errno);
                continue;
            }
            bool connected = ::connect(fd, reinterpret_cast<sockaddr *>(&storage), length) == 0;
            bool failed = !connected && errno != EINPROGRESS;
            if (failed)
                m_why = qt_error_string(errno);
            while (!connected && !failed && !m_cancelled.load()) {
                const qint64 left = budget - attempt.elapsed();
                if (left <= 0) {
                    m_why = QStringLiteral("connection timed out");
                    break;
                }
                pollfd waiting{fd, POLLOUT, 0};
                const int ready = ::poll(&waiting, 1, int(std::min<qint64>(left, kSliceMs)));
                if (ready < 0 && errno != EINTR) {
                    failed = true;
                    m_why = qt_error_string(errno);
                } else if (ready > 0) {
                    int error = 0;
                    socklen_t size = sizeof error;
                    ::getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &size);
                    connected = error == 0;
                    failed = error != 0;
                    if (failed)
                        m_why = qt_error_string(error);
                }
            }
            if (connected)
                return fd;
            ::close(fd);
            if (m_cancelled.load())
                break;
        }
        if (!m_cancelled.load() && elapsed.elapsed() >= m_target.timeoutMs)
            m_timedOut = true;
        return -1;
    }

    // Waits for events on the plain socket in slices; false on silence past the timeout (or
    // a cancel).
    bool pollFd(short events)
    {
        QElapsedTimer silence;
        silence.start();
        while (!m_cancelled.load()) {
            const qint64 left = m_target.timeoutMs - silence.elapsed();
            if (left <= 0) {
                m_timedOut = true;
                return false;
            }
            pollfd waiting{m_fd, events, 0};
            const int ready = ::poll(&waiting, 1, int(std::min<qint64>(left, kSliceMs)));
            if (ready > 0)
                return true; // an error or hang-up shows in the next send() or recv()
            if (ready < 0 && errno != EINTR) {
                m_why = qt_error_string(errno);
                m_closed = true;
                return false;
            }
        }
        return false;
    }

    // Calls waitFn in slices until it succeeds, the socket fails, the timeout passes (a
    // silence of timeoutMs) or the transfer is cancelled. After connecting only: a timed-out
    // waitForEncrypted/ReadyRead/BytesWritten leaves the connection as it was.
    template<typename WaitFn>
    bool waitSsl(WaitFn waitFn)
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
            if (m_ssl->error() != QAbstractSocket::SocketTimeoutError)
                return false;
        }
        return false;
    }

    const BlobStream::Target &m_target;
    const std::atomic<bool> &m_cancelled;
    std::unique_ptr<QSslSocket> m_ssl; // https
    int m_fd = -1; // http
    bool m_timedOut = false;
    bool m_closed = false;
    QString m_why; // why the plain socket failed
};

// RFC 9110 §7.2: the host as it travels (IDN encoded, IPv6 in brackets) and the port when given.
QByteArray hostHeader(const QUrl &url)
{
    QString host = url.host(QUrl::FullyEncoded);
    if (host.contains(QLatin1Char(':')))
        host = QLatin1Char('[') + host + QLatin1Char(']');
    if (url.port() >= 0)
        host += QLatin1Char(':') + QString::number(url.port());
    return host.toLatin1();
}

QByteArray requestFor(const BlobStream::Target &target, const QUrl &url, bool sendAuthorization)
{
    QByteArray path = url.path(QUrl::FullyEncoded).toLatin1();
    if (path.isEmpty())
        path = "/";
    if (url.hasQuery())
        path += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    QByteArray request = "GET " + path + " HTTP/1.1\r\nHost: " + hostHeader(url) + "\r\n";
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
        if (!connection.open(url)) {
            if (connection.timedOut())
                return failed(timeoutError(target));
            return declined(QStringLiteral("cannot connect to %1: %2")
                                .arg(hostPort(url), connection.errorString()));
        }
        if (!connection.send(requestFor(target, url, hostPort(url) == firstHost)))
            return declined(QStringLiteral("cannot send to %1: %2")
                                .arg(hostPort(url), connection.errorString()));

        // The answer's head; whatever follows the blank line is the body's start. Interim 1xx
        // heads (100 Continue, 103 Early Hints) come before the final one and are skipped.
        QByteArray pending;
        QByteArray head;
        for (;;) {
            qsizetype end = pending.indexOf("\r\n\r\n");
            while (end < 0) {
                const qint64 n = connection.read(buffer.data(), buffer.size());
                if (n == 0 && connection.timedOut())
                    return failed(timeoutError(target));
                if (n == 0)
                    return declined(QStringLiteral("no answer from %1").arg(hostPort(url)));
                pending.append(buffer.constData(), n);
                end = pending.indexOf("\r\n\r\n");
                if (end < 0 && pending.size() > kMaxHeadBytes)
                    return declined(QStringLiteral("an answer head over 64 KiB"));
            }
            head = pending.left(end);
            pending.remove(0, end + 4);
            const int interim = statusOf(head.left(head.indexOf('\n')).trimmed());
            if (interim < 100 || interim >= 200 || interim == 101)
                break;
        }
        QByteArray body = pending;
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
                    return broke(timeoutError(target));
                //: %1 bytes received, %2 bytes announced
                const QString detail = Tr::tr("the connection closed after %1 of %2 bytes")
                                           .arg(outcome.bodyBytes)
                                           .arg(length);
                return broke(RegistryError::networkFailure(target.host,
                                                           target.operation,
                                                           detail,
                                                           connection.errorString(),
                                                           true));
            }
            if (auto taken = sink(status, buffer.constData(), n); !taken)
                return broke(taken.error());
            outcome.bodyBytes += n;
        }
        outcome.kind = Outcome::Kind::Streamed;
        return outcome;
    }
}
