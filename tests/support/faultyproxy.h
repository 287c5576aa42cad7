// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/core/result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QRegularExpression>
#include <QUrl>

#include <memory>

class QTcpServer;
class QTcpSocket;

// A hand-made fault injector: an HTTP/1.1 reverse proxy on 127.0.0.1 (free port) in front of a
// plain-HTTP lab registry. It forwards each request (streaming, with bounded buffers, Range and
// every other header passed through, the client's Host kept so absolute URLs point back here)
// and injects the faults of the first rule that selects it: cut or truncate a body, flip a
// byte, answer 429/5xx/redirects itself, stall, rewrite headers or the body. Every request is
// recorded, with Authorization reduced to "it was there". One request per connection (answers
// say Connection: close). Optionally listens with TLS. Main thread; the destructor closes all.
class FaultyProxy : public QObject
{
    Q_OBJECT
public:
    // One fault; build with the static functions. Body offsets count decoded body bytes.
    struct Fault
    {
        enum class Kind {
            CutBody, // send `bytes` body bytes, then close (Content-Length unchanged)
            ShortLength, // Content-Length `bytes`, send that much, then close
            FlipByte, // XOR 0xff into the body byte at offset `bytes`
            Answer, // answer `status` with `body` ourselves; the registry never sees it
            Stall, // stop sending for `ms` after `bytes` body bytes (-1: before the head)
            ReplaceBody, // send `body` instead of the registry's (Content-Length fixed)
            SetHeader, // response header `name` = `value` ("" removes it)
            ReplaceInHeader, // in header `name`, replace `pattern` matches by `value`
        };
        Kind kind = Kind::CutBody;
        qint64 bytes = 0;
        int status = 0;
        int ms = 0;
        QByteArray name; // header name
        QByteArray value; // header value; "{self}" = request target, "{base}" = baseUrl()
        QByteArray body;
        QList<std::pair<QByteArray, QByteArray>> headers; // extra headers of an Answer
        QRegularExpression pattern;

        static Fault cutAfter(qint64 bodyBytes);
        // The server "closes early": the announced length stays, fewer bytes come.
        static Fault truncateKeepingLength(qint64 bodyBytes);
        static Fault truncateWithLength(qint64 bodyBytes);
        static Fault flipByte(qint64 offset);
        static Fault answer(int status,
                            const QByteArray &body = QByteArray(),
                            const QByteArray &contentType = "application/json");
        // 429 with Retry-After: seconds and a TOOMANYREQUESTS error body.
        static Fault tooManyRequests(int retryAfterSeconds);
        // 500 / 503 (UNAVAILABLE) with an error body.
        static Fault serverError(int status);
        // status (301/302/307/308) with Location: location (placeholders allowed).
        static Fault redirect(int status, const QByteArray &location);
        static Fault stall(int ms, qint64 afterBodyBytes = 0);
        static Fault replaceBody(const QByteArray &body);
        static Fault setHeader(const QByteArray &name, const QByteArray &value);
        static Fault replaceInHeader(const QByteArray &name,
                                     const QRegularExpression &pattern,
                                     const QByteArray &replacement);
    };

    // Which requests get faults: method ("" any) and a regex searched in the request target
    // (path and query); the matches numbered from..from+count-1 (count 0: all from `from` on)
    // are selected. A request goes to the first rule that selects it.
    struct Rule
    {
        QByteArray method;
        QRegularExpression target;
        QList<Fault> faults;
        int from = 1;
        int count = 0;
        bool onlyWithAuthorization = false; // match only requests that carry Authorization

        static Rule always(const QByteArray &method, const QString &targetRegex, Fault fault);
        static Rule nth(int n, const QByteArray &method, const QString &targetRegex, Fault fault);
    };

    // One request as forwarded (or answered), without secrets.
    struct Record
    {
        QByteArray method;
        QByteArray target; // "/v2/library/busybox/manifests/latest"
        QHash<QByteArray, QByteArray> headers; // lower-case names, no authorization / cookie
        bool hadAuthorization = false;
        QByteArray authorizationScheme; // "Bearer", "Basic" or ""
        int ruleId = -1; // the rule whose faults applied, -1 for none
        int status = 0; // the status sent to the client (0: none sent)
        qint64 bodyBytesSent = 0;
    };

    // upstream: "http://127.0.0.1:PORT" of the registry.
    explicit FaultyProxy(const QUrl &upstream, QObject *parent = nullptr);
    ~FaultyProxy() override;

    // Serve TLS with this PEM certificate and key (call before start()).
    void setTls(const QByteArray &certificatePem, const QByteArray &privateKeyPem);
    // Listens on address (127.0.0.1 by default) at a free port.
    Result<void> start(const QString &address = QStringLiteral("127.0.0.1"));

    // "http://127.0.0.1:PORT" (https with TLS) and "127.0.0.1:PORT".
    QUrl baseUrl() const;
    QString hostPort() const;

    quint16 port() const;

    // Adds a rule and returns its id; rules are tried in the order added.
    int addRule(const Rule &rule);
    void clearRules();
    // How many requests a rule's method and target matched, and how many got its faults.
    int matchCount(int ruleId) const;
    int appliedCount(int ruleId) const;

    QList<Record> requests() const { return m_records; }

    void clearRequests() { m_records.clear(); }

    // Requests whose target matches the regex (and method, if given).
    QList<Record> requestsMatching(const QString &targetRegex,
                                   const QByteArray &method = QByteArray()) const;

    // Open client connections right now (a test's "nothing left hanging").
    int openConnections() const;

Q_SIGNALS:
    // A response was completed or cut (the record is final).
    void exchangeFinished(int recordIndex);

private:
    struct Exchange;

    struct RuleState
    {
        Rule rule;
        int matches = 0;
        int applied = 0;
    };

    void onNewConnection();
    void onClientData(Exchange *x);
    void beginExchange(Exchange *x);
    void onUpstreamData(Exchange *x);
    void sendResponseHead(Exchange *x);
    void pump(Exchange *x);
    void writeBody(Exchange *x, QByteArray data);
    void endBody(Exchange *x, bool complete);
    void close(Exchange *x);
    QByteArray expand(const QByteArray &text, const Exchange *x) const;

    QUrl m_upstream;
    QByteArray m_tlsCertificate;
    QByteArray m_tlsKey;
    QTcpServer *m_server = nullptr;
    QList<RuleState> m_rules;
    QList<Record> m_records;
    QList<Exchange *> m_exchanges;
};
