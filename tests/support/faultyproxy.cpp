// SPDX-License-Identifier: GPL-3.0-or-later
#include "faultyproxy.h"

#include "model/core/tr.h"

#include <QHostAddress>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace {
// Bounds on what one exchange holds in memory: the client's unsent bytes and one read.
constexpr qint64 kClientBacklog = 1024 * 1024;
constexpr qint64 kReadChunk = 64 * 1024;
constexpr qint64 kMaxHead = 64 * 1024;

using HeaderList = QList<std::pair<QByteArray, QByteArray>>;

QByteArray reasonFor(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 307:
        return "Temporary Redirect";
    case 308:
        return "Permanent Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

// Splits "Name: value" lines after the first line of an HTTP head.
HeaderList parseHeaderLines(const QList<QByteArray> &lines)
{
    HeaderList headers;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon <= 0)
            continue;
        headers.append({lines[i].left(colon).trimmed(), lines[i].mid(colon + 1).trimmed()});
    }
    return headers;
}

QByteArray headerValue(const HeaderList &headers, const QByteArray &lowerName)
{
    for (const auto &h : headers) {
        if (h.first.toLower() == lowerName)
            return h.second;
    }
    return QByteArray();
}

bool isHopByHop(const QByteArray &lowerName)
{
    return lowerName == "connection" || lowerName == "keep-alive" || lowerName == "proxy-connection"
        || lowerName == "transfer-encoding" || lowerName == "te" || lowerName == "upgrade";
}
} // namespace

// --- Fault and Rule builders ---

FaultyProxy::Fault FaultyProxy::Fault::cutAfter(qint64 bodyBytes)
{
    Fault f;
    f.kind = Kind::CutBody;
    f.bytes = bodyBytes;
    return f;
}

FaultyProxy::Fault FaultyProxy::Fault::truncateKeepingLength(qint64 bodyBytes)
{
    return cutAfter(bodyBytes);
}

FaultyProxy::Fault FaultyProxy::Fault::truncateWithLength(qint64 bodyBytes)
{
    Fault f;
    f.kind = Kind::ShortLength;
    f.bytes = bodyBytes;
    return f;
}

FaultyProxy::Fault FaultyProxy::Fault::flipByte(qint64 offset)
{
    Fault f;
    f.kind = Kind::FlipByte;
    f.bytes = offset;
    return f;
}

FaultyProxy::Fault
FaultyProxy::Fault::answer(int status, const QByteArray &body, const QByteArray &contentType)
{
    Fault f;
    f.kind = Kind::Answer;
    f.status = status;
    f.body = body;
    if (!contentType.isEmpty())
        f.headers.append({"Content-Type", contentType});
    return f;
}

FaultyProxy::Fault FaultyProxy::Fault::tooManyRequests(int retryAfterSeconds)
{
    Fault f = answer(
        429,
        R"({"errors":[{"code":"TOOMANYREQUESTS","message":"slow down from the faulty proxy"}]})");
    f.headers.append({"Retry-After", QByteArray::number(retryAfterSeconds)});
    return f;
}

FaultyProxy::Fault FaultyProxy::Fault::serverError(int status)
{
    return answer(
        status,
        status == 503
            ? R"({"errors":[{"code":"UNAVAILABLE","message":"service unavailable from the faulty proxy"}]})"
            : R"({"errors":[{"code":"UNKNOWN","message":"internal error from the faulty proxy"}]})");
}

FaultyProxy::Fault FaultyProxy::Fault::redirect(int status, const QByteArray &location)
{
    Fault f = answer(status, QByteArray(), QByteArray());
    f.headers.append({"Location", location});
    return f;
}

FaultyProxy::Fault FaultyProxy::Fault::stall(int ms, qint64 afterBodyBytes)
{
    Fault f;
    f.kind = Kind::Stall;
    f.ms = ms;
    f.bytes = afterBodyBytes;
    return f;
}

FaultyProxy::Fault FaultyProxy::Fault::replaceBody(const QByteArray &body)
{
    Fault f;
    f.kind = Kind::ReplaceBody;
    f.body = body;
    return f;
}

FaultyProxy::Fault FaultyProxy::Fault::setHeader(const QByteArray &name, const QByteArray &value)
{
    Fault f;
    f.kind = Kind::SetHeader;
    f.name = name;
    f.value = value;
    return f;
}

FaultyProxy::Fault FaultyProxy::Fault::replaceInHeader(const QByteArray &name,
                                                       const QRegularExpression &pattern,
                                                       const QByteArray &replacement)
{
    Fault f;
    f.kind = Kind::ReplaceInHeader;
    f.name = name;
    f.pattern = pattern;
    f.value = replacement;
    return f;
}

FaultyProxy::Rule
FaultyProxy::Rule::always(const QByteArray &method, const QString &targetRegex, Fault fault)
{
    Rule r;
    r.method = method;
    r.target = QRegularExpression(targetRegex);
    r.faults = {std::move(fault)};
    return r;
}

FaultyProxy::Rule
FaultyProxy::Rule::nth(int n, const QByteArray &method, const QString &targetRegex, Fault fault)
{
    Rule r = always(method, targetRegex, std::move(fault));
    r.from = n;
    r.count = 1;
    return r;
}

// --- one client connection and its upstream ---

struct FaultyProxy::Exchange
{
    enum class Framing { None, Length, Chunked, Close };
    enum class ChunkState { Size, Data, DataEnd, Trailer, Done };

    int id = 0;
    QTcpSocket *client = nullptr;
    QTcpSocket *upstream = nullptr;
    QByteArray in; // client bytes not yet parsed or forwarded
    bool headParsed = false;
    QByteArray method;
    QByteArray target;
    HeaderList requestHeaders;
    int recordIndex = -1;
    QList<Fault> faults;

    QByteArray upHead;
    bool upHeadDone = false;
    bool upstreamClosed = false;
    Framing upFraming = Framing::Close;
    qint64 upLength = -1;
    qint64 upRead = 0; // decoded body bytes taken from upstream
    QByteArray raw; // upstream body bytes not yet decoded
    ChunkState chunkState = ChunkState::Size;
    qint64 chunkLeft = 0;

    Framing outFraming = Framing::Close;
    QByteArray pending; // decoded bytes held back by a stall
    qint64 sent = 0;
    qint64 limit = -1; // close after this many body bytes
    bool stalled = false;
    bool stallDone = false;
    bool finished = false;

    const Fault *fault(Fault::Kind kind) const
    {
        for (const Fault &f : faults) {
            if (f.kind == kind)
                return &f;
        }
        return nullptr;
    }

    // Decodes what the upstream framing allows out of raw; returns at most max bytes.
    QByteArray decode(qint64 max)
    {
        QByteArray out;
        if (upFraming == Framing::Length) {
            out = raw.left(qMin(max, upLength - upRead));
            raw.remove(0, out.size());
        } else if (upFraming == Framing::Close) {
            out = raw.left(max);
            raw.remove(0, out.size());
        } else if (upFraming == Framing::Chunked) {
            while (out.size() < max && !raw.isEmpty() && chunkState != ChunkState::Done) {
                if (chunkState == ChunkState::Size || chunkState == ChunkState::DataEnd
                    || chunkState == ChunkState::Trailer) {
                    const qsizetype eol = raw.indexOf("\r\n");
                    if (eol < 0)
                        break;
                    const QByteArray line = raw.left(eol);
                    raw.remove(0, eol + 2);
                    if (chunkState == ChunkState::Size) {
                        bool ok = false;
                        chunkLeft = line.split(';').first().trimmed().toLongLong(&ok, 16);
                        if (!ok)
                            chunkLeft = 0;
                        chunkState = chunkLeft > 0 ? ChunkState::Data : ChunkState::Trailer;
                    } else if (chunkState == ChunkState::DataEnd) {
                        chunkState = ChunkState::Size;
                    } else if (line.isEmpty()) {
                        chunkState = ChunkState::Done;
                    }
                    continue;
                }
                const QByteArray part = raw.left(qMin(chunkLeft, max - out.size()));
                raw.remove(0, part.size());
                out += part;
                chunkLeft -= part.size();
                if (chunkLeft == 0)
                    chunkState = ChunkState::DataEnd;
            }
        }
        upRead += out.size();
        return out;
    }

    bool upstreamDone() const
    {
        switch (upFraming) {
        case Framing::None:
            return true;
        case Framing::Length:
            return upRead >= upLength;
        case Framing::Chunked:
            return chunkState == ChunkState::Done;
        case Framing::Close:
            return upstreamClosed && raw.isEmpty()
                && (!upstream || upstream->bytesAvailable() == 0);
        }
        return true;
    }
};

FaultyProxy::FaultyProxy(const QUrl &upstream, QObject *parent)
    : QObject(parent)
    , m_upstream(upstream)
{}

FaultyProxy::~FaultyProxy()
{
    const auto exchanges = m_exchanges;
    for (Exchange *x : exchanges) {
        x->client->disconnect(this);
        if (x->upstream)
            x->upstream->disconnect(this);
        if (x->client)
            x->client->abort();
        if (x->upstream)
            x->upstream->abort();
        delete x->client;
        delete x->upstream;
        delete x;
    }
    m_exchanges.clear();
}

void FaultyProxy::setTls(const QByteArray &certificatePem, const QByteArray &privateKeyPem)
{
    m_tlsCertificate = certificatePem;
    m_tlsKey = privateKeyPem;
}

Result<void> FaultyProxy::start(const QString &address)
{
    if (!m_tlsCertificate.isEmpty()) {
        auto *server = new QSslServer(this);
        QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
        conf.setLocalCertificate(QSslCertificate(m_tlsCertificate, QSsl::Pem));
        QSslKey key(m_tlsKey, QSsl::Ec);
        if (key.isNull())
            key = QSslKey(m_tlsKey, QSsl::Rsa);
        conf.setPrivateKey(key);
        conf.setPeerVerifyMode(QSslSocket::VerifyNone);
        server->setSslConfiguration(conf);
        m_server = server;
    } else {
        m_server = new QTcpServer(this);
    }
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &FaultyProxy::onNewConnection);
    if (!m_server->listen(QHostAddress(address), 0))
        return Error(ErrorCode::Network,
                     QStringLiteral("faulty proxy cannot listen on %1: %2")
                         .arg(address, m_server->errorString()));
    return {};
}

QUrl FaultyProxy::baseUrl() const
{
    return QUrl(QStringLiteral("%1://%2").arg(m_tlsCertificate.isEmpty() ? QStringLiteral("http")
                                                                         : QStringLiteral("https"),
                                              hostPort()));
}

QString FaultyProxy::hostPort() const
{
    if (!m_server)
        return QString();
    return QStringLiteral("%1:%2").arg(m_server->serverAddress().toString()).arg(port());
}

quint16 FaultyProxy::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

int FaultyProxy::addRule(const Rule &rule)
{
    m_rules.append({rule, 0, 0});
    return int(m_rules.size()) - 1;
}

void FaultyProxy::clearRules()
{
    // Ids stay valid for counting; cleared rules simply never match again.
    for (RuleState &r : m_rules)
        r.rule.target = QRegularExpression(QStringLiteral("(?!)"));
}

int FaultyProxy::matchCount(int ruleId) const
{
    return ruleId >= 0 && ruleId < m_rules.size() ? m_rules[ruleId].matches : 0;
}

int FaultyProxy::appliedCount(int ruleId) const
{
    return ruleId >= 0 && ruleId < m_rules.size() ? m_rules[ruleId].applied : 0;
}

QList<FaultyProxy::Record> FaultyProxy::requestsMatching(const QString &targetRegex,
                                                         const QByteArray &method) const
{
    const QRegularExpression re(targetRegex);
    QList<Record> out;
    for (const Record &r : m_records) {
        if ((method.isEmpty() || r.method == method)
            && re.match(QString::fromLatin1(r.target)).hasMatch())
            out << r;
    }
    return out;
}

int FaultyProxy::openConnections() const
{
    return int(m_exchanges.size());
}

void FaultyProxy::onNewConnection()
{
    static int nextId = 0;
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        auto *x = new Exchange;
        x->id = ++nextId;
        x->client = socket;
        socket->setParent(nullptr);
        m_exchanges.append(x);
        connect(socket, &QTcpSocket::readyRead, this, [this, x] {
            onClientData(x);
        });
        connect(socket, &QTcpSocket::bytesWritten, this, [this, x] {
            pump(x);
        });
        // Queued: disconnectFromHost() may emit disconnected() synchronously, in the middle
        // of code that still uses the exchange.
        connect(
            socket,
            &QTcpSocket::disconnected,
            this,
            [this, x] {
                close(x);
            },
            Qt::QueuedConnection);
        if (socket->bytesAvailable() > 0)
            onClientData(x);
    }
}

void FaultyProxy::onClientData(Exchange *x)
{
    x->in += x->client->readAll();
    if (!x->headParsed) {
        // A TLS ClientHello (a client trying https first) or other non-HTTP bytes: refuse at
        // once so the client sees a failure instead of waiting for its timeout.
        if (!x->in.isEmpty() && !(x->in.at(0) >= 'A' && x->in.at(0) <= 'Z')) {
            x->client->write("HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n");
            x->finished = true;
            x->client->disconnectFromHost();
            return;
        }
        const qsizetype end = x->in.indexOf("\r\n\r\n");
        if (end < 0) {
            if (x->in.size() > kMaxHead) {
                x->finished = true;
                x->client->abort();
            }
            return;
        }
        const QList<QByteArray> lines = x->in.left(end).split('\n');
        x->in.remove(0, end + 4);
        const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
        if (requestLine.size() != 3) {
            x->client->write("HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n");
            x->finished = true;
            x->client->disconnectFromHost();
            return;
        }
        x->method = requestLine[0];
        x->target = requestLine[1];
        for (const auto &h : parseHeaderLines(lines))
            x->requestHeaders.append({h.first, h.second.trimmed()});
        x->headParsed = true;
        beginExchange(x);
    }
    if (x->upstream && !x->in.isEmpty()) {
        x->upstream->write(x->in); // a request body, streamed as it comes
        x->in.clear();
    }
}

void FaultyProxy::beginExchange(Exchange *x)
{
    Record record;
    record.method = x->method;
    record.target = x->target;
    for (const auto &h : x->requestHeaders) {
        const QByteArray name = h.first.toLower();
        if (name == "authorization") {
            record.hadAuthorization = true;
            record.authorizationScheme = h.second.split(' ').first();
            continue;
        }
        if (name == "cookie")
            continue;
        record.headers.insert(name, h.second);
    }
    const QString target = QString::fromLatin1(x->target);
    for (int i = 0; i < m_rules.size(); ++i) {
        RuleState &state = m_rules[i];
        const Rule &rule = state.rule;
        if ((!rule.method.isEmpty() && rule.method != x->method)
            || !rule.target.match(target).hasMatch()
            || (rule.onlyWithAuthorization && !record.hadAuthorization))
            continue;
        ++state.matches;
        if (state.matches < rule.from
            || (rule.count > 0 && state.matches >= rule.from + rule.count))
            continue;
        ++state.applied;
        record.ruleId = i;
        x->faults = rule.faults;
        break;
    }
    m_records.append(record);
    x->recordIndex = int(m_records.size()) - 1;

    if (const Fault *answer = x->fault(Fault::Kind::Answer)) {
        const QByteArray body = expand(answer->body, x);
        QByteArray out = "HTTP/1.1 " + QByteArray::number(answer->status) + ' '
            + reasonFor(answer->status) + "\r\n";
        for (const auto &h : answer->headers)
            out += h.first + ": " + expand(h.second, x) + "\r\n";
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
        out += "Connection: close\r\n\r\n";
        if (x->method != "HEAD")
            out += body;
        x->client->write(out);
        m_records[x->recordIndex].status = answer->status;
        m_records[x->recordIndex].bodyBytesSent = x->method != "HEAD" ? body.size() : 0;
        endBody(x, true);
        return;
    }

    auto connectUpstream = [this, id = x->id] {
        Exchange *x = nullptr;
        for (Exchange *e : std::as_const(m_exchanges)) {
            if (e->id == id)
                x = e;
        }
        if (!x || x->finished)
            return;
        x->upstream = new QTcpSocket;
        x->upstream->setReadBufferSize(256 * 1024); // backpressure: the rest waits in TCP
        connect(x->upstream, &QTcpSocket::readyRead, this, [this, x] {
            onUpstreamData(x);
        });
        connect(x->upstream, &QTcpSocket::disconnected, this, [this, x] {
            x->upstreamClosed = true;
            onUpstreamData(x);
        });
        connect(x->upstream, &QTcpSocket::errorOccurred, this, [this, x] {
            if (x->upHeadDone || x->finished)
                return;
            const QByteArray body = "faulty proxy: upstream " + m_upstream.toEncoded() + ": "
                + x->upstream->errorString().toUtf8();
            x->client->write("HTTP/1.1 502 Bad Gateway\r\nContent-Type: text/plain\r\n"
                             "Content-Length: "
                             + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n"
                             + body);
            m_records[x->recordIndex].status = 502;
            endBody(x, true);
        });
        QByteArray head = x->method + ' ' + x->target + " HTTP/1.1\r\n";
        for (const auto &h : std::as_const(x->requestHeaders)) {
            if (!isHopByHop(h.first.toLower()) || h.first.toLower() == "transfer-encoding")
                head += h.first + ": " + h.second + "\r\n";
        }
        head += "Connection: close\r\n\r\n";
        x->upstream->connectToHost(m_upstream.host(), quint16(m_upstream.port(80)));
        x->upstream->write(head + x->in);
        x->in.clear();
    };
    const Fault *stall = x->fault(Fault::Kind::Stall);
    if (stall && stall->bytes < 0) {
        x->stallDone = true;
        QTimer::singleShot(stall->ms, this, connectUpstream);
    } else {
        connectUpstream();
    }
}

void FaultyProxy::onUpstreamData(Exchange *x)
{
    if (x->finished)
        return;
    if (!x->upHeadDone) {
        x->upHead += x->upstream->read(kMaxHead);
        const qsizetype end = x->upHead.indexOf("\r\n\r\n");
        if (end < 0) {
            if (x->upstreamClosed || x->upHead.size() >= kMaxHead) {
                x->client->write("HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n"
                                 "Connection: close\r\n\r\n");
                m_records[x->recordIndex].status = 502;
                endBody(x, true);
            }
            return;
        }
        x->raw = x->upHead.mid(end + 4);
        x->upHead.truncate(end);
        x->upHeadDone = true;
        sendResponseHead(x);
        if (x->finished)
            return;
    }
    pump(x);
}

void FaultyProxy::sendResponseHead(Exchange *x)
{
    const QList<QByteArray> lines = x->upHead.split('\n');
    const QByteArray first = lines.first().trimmed();
    const qsizetype space1 = first.indexOf(' ');
    const qsizetype space2 = first.indexOf(' ', space1 + 1);
    const int status = first.mid(space1 + 1, space2 < 0 ? -1 : space2 - space1 - 1).toInt();
    const QByteArray reason = space2 < 0 ? reasonFor(status) : first.mid(space2 + 1);
    HeaderList headers = parseHeaderLines(lines);

    // How the registry delimits the body (RFC 9112 6.3).
    const bool noBody = x->method == "HEAD" || status == 204 || status == 304 || status / 100 == 1;
    if (noBody) {
        x->upFraming = Exchange::Framing::None;
    } else if (headerValue(headers, "transfer-encoding").toLower().contains("chunked")) {
        x->upFraming = Exchange::Framing::Chunked;
    } else if (!headerValue(headers, "content-length").isEmpty()) {
        x->upFraming = Exchange::Framing::Length;
        x->upLength = headerValue(headers, "content-length").toLongLong();
    } else {
        x->upFraming = Exchange::Framing::Close;
    }

    HeaderList out;
    for (const auto &h : std::as_const(headers)) {
        const QByteArray name = h.first.toLower();
        if (isHopByHop(name) || (name == "content-length" && !noBody))
            continue;
        out.append(h);
    }
    for (const Fault &f : std::as_const(x->faults)) {
        if (f.kind == Fault::Kind::SetHeader) {
            out.removeIf([&](const auto &h) {
                return h.first.toLower() == f.name.toLower();
            });
            if (!f.value.isEmpty())
                out.append({f.name, expand(f.value, x)});
        } else if (f.kind == Fault::Kind::ReplaceInHeader) {
            for (auto &h : out) {
                if (h.first.toLower() == f.name.toLower())
                    h.second = QString::fromLatin1(h.second)
                                   .replace(f.pattern, QString::fromLatin1(expand(f.value, x)))
                                   .toLatin1();
            }
        }
    }

    const Fault *replace = x->fault(Fault::Kind::ReplaceBody);
    const Fault *shortLength = x->fault(Fault::Kind::ShortLength);
    const Fault *cut = x->fault(Fault::Kind::CutBody);
    QByteArray replacement;
    if (noBody) {
        x->outFraming = Exchange::Framing::None;
    } else if (replace) {
        replacement = expand(replace->body, x);
        out.append({"Content-Length", QByteArray::number(replacement.size())});
        x->outFraming = Exchange::Framing::Length;
    } else if (shortLength) {
        out.append({"Content-Length", QByteArray::number(shortLength->bytes)});
        x->outFraming = Exchange::Framing::Length;
        x->limit = shortLength->bytes;
    } else {
        x->outFraming = x->upFraming;
        if (x->upFraming == Exchange::Framing::Length)
            out.append({"Content-Length", QByteArray::number(x->upLength)});
        else if (x->upFraming == Exchange::Framing::Chunked)
            out.append({QByteArray("Transfer-Encoding"), QByteArray("chunked")});
        if (cut)
            x->limit = cut->bytes;
    }
    out.append({QByteArray("Connection"), QByteArray("close")});

    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    for (const auto &h : std::as_const(out))
        head += h.first + ": " + h.second + "\r\n";
    head += "\r\n";
    x->client->write(head);
    m_records[x->recordIndex].status = status;

    if (replace) {
        x->client->write(replacement);
        x->sent = replacement.size();
        endBody(x, true);
        return;
    }
    const Fault *stall = x->fault(Fault::Kind::Stall);
    if (stall && stall->bytes == 0 && !x->stallDone) {
        x->stallDone = true;
        x->stalled = true;
        QTimer::singleShot(stall->ms, this, [this, id = x->id] {
            for (Exchange *e : std::as_const(m_exchanges)) {
                if (e->id == id) {
                    e->stalled = false;
                    pump(e);
                }
            }
        });
    }
}

void FaultyProxy::pump(Exchange *x)
{
    if (x->finished || !x->upHeadDone || x->stalled)
        return;
    while (!x->stalled && !x->finished && x->client->bytesToWrite() < kClientBacklog) {
        QByteArray data;
        if (!x->pending.isEmpty()) {
            data = x->pending;
            x->pending.clear();
        } else {
            if (x->raw.size() < kReadChunk && x->upstream)
                x->raw += x->upstream->read(kReadChunk);
            data = x->decode(kReadChunk);
        }
        if (data.isEmpty())
            break;
        writeBody(x, std::move(data));
    }
    if (!x->finished && !x->stalled && x->pending.isEmpty() && x->upstreamDone()) {
        endBody(x, true);
        return;
    }
    if (!x->finished && x->upstreamClosed && x->pending.isEmpty() && x->raw.isEmpty() && x->upstream
        && x->upstream->bytesAvailable() == 0 && !x->stalled) {
        endBody(x, false); // the registry itself closed early
    }
}

void FaultyProxy::writeBody(Exchange *x, QByteArray data)
{
    const Fault *stall = x->fault(Fault::Kind::Stall);
    if (stall && stall->bytes > 0 && !x->stallDone && x->sent + data.size() > stall->bytes) {
        const qint64 now = stall->bytes - x->sent;
        x->pending = data.mid(now);
        data.truncate(now);
        x->stallDone = true;
        x->stalled = true;
        QTimer::singleShot(stall->ms, this, [this, id = x->id] {
            for (Exchange *e : std::as_const(m_exchanges)) {
                if (e->id == id) {
                    e->stalled = false;
                    pump(e);
                }
            }
        });
    }
    for (const Fault &f : std::as_const(x->faults)) {
        if (f.kind == Fault::Kind::FlipByte && f.bytes >= x->sent
            && f.bytes < x->sent + data.size())
            data[f.bytes - x->sent] = char(data.at(f.bytes - x->sent) ^ 0xff);
    }
    bool cutNow = false;
    if (x->limit >= 0 && x->sent + data.size() >= x->limit) {
        data.truncate(x->limit - x->sent);
        cutNow = true;
    }
    if (!data.isEmpty()) {
        if (x->outFraming == Exchange::Framing::Chunked)
            x->client->write(QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n");
        else
            x->client->write(data);
        x->sent += data.size();
    }
    if (cutNow)
        endBody(x, false);
}

void FaultyProxy::endBody(Exchange *x, bool complete)
{
    if (x->finished)
        return;
    x->finished = true;
    if (complete && x->outFraming == Exchange::Framing::Chunked)
        x->client->write("0\r\n\r\n");
    if (x->recordIndex >= 0 && m_records[x->recordIndex].bodyBytesSent == 0)
        m_records[x->recordIndex].bodyBytesSent = x->sent;
    if (x->upstream)
        x->upstream->abort();
    // disconnectFromHost() sends what is buffered, then FIN: a cut body arrives exactly cut.
    x->client->disconnectFromHost();
    Q_EMIT exchangeFinished(x->recordIndex);
}

void FaultyProxy::close(Exchange *x)
{
    if (!m_exchanges.removeOne(x))
        return;
    x->finished = true;
    if (x->upstream) {
        x->upstream->disconnect(this);
        x->upstream->abort();
        x->upstream->deleteLater();
    }
    x->client->disconnect(this);
    x->client->deleteLater();
    delete x;
}

QByteArray FaultyProxy::expand(const QByteArray &text, const Exchange *x) const
{
    QByteArray out = text;
    out.replace("{self}", x->target);
    out.replace("{base}", baseUrl().toEncoded());
    return out;
}
