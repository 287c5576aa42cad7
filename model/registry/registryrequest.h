// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/auth/credential.h"
#include "model/core/job.h"
#include "model/core/result.h"
#include "model/registry/ratelimit.h"

#include <QByteArray>
#include <QHash>
#include <QPointer>
#include <QUrl>

#include <functional>

class QNetworkReply;
class RegistryClient;
struct AuthChallenge;

// What to ask a registry.
struct RequestSpec
{
    QString host; // the reference's domain: "docker.io", "r.io:5000"
    QString repository; // the repository path, for the token scope; empty for /v2/ and catalog
    QByteArray method = "GET";
    QString path; // "/v2/library/busybox/tags/list"
    QUrl url; // a full URL instead of path (a Link header's next page), same host only
    QByteArray query; // "n=100&last=x" (encoded)
    QByteArray accept;
    QStringList scopes; // token scopes: "repository:library/busybox:pull", "registry:catalog:*"
    QString operation; // for messages: "listing tags of library/busybox"
    qint64 maxBodySize = 16 * 1024 * 1024;
    QHash<QByteArray, QByteArray> headers; // extra request headers (Range, ...)
    bool anonymousOnly = false; // never look up or send credentials (connection tests)
};

// What came back.
struct RegistryResponse
{
    int status = 0;
    QUrl url; // after redirects
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-cased names; repeated headers joined by '\n'
    RateLimit rateLimit;
    Credential credential; // what was sent (Anonymous if nothing)
    QList<AuthChallenge> challenges() const;
    // The rate limit its headers announce (RateLimit::fromHeaders over ratelimit-limit,
    // ratelimit-remaining and docker-ratelimit-source).
    RateLimit rateLimitFromHeaders() const;

    QByteArray header(const QByteArray &lowerName) const { return headers.value(lowerName); }
};

// One request to a registry with everything around it: credentials on demand, the 401
// challenge and bearer-token exchange (GET, or OAuth2 POST for identity tokens), redirects
// followed by hand so Authorization never goes to another host, https->http fallback for
// insecure and loopback registries, a cap on the body, and every failure explained.
// Non-2xx answers are Errors (RegistryError) except those listed in acceptStatuses().
// finished() is emitted exactly once, queued, never inside start(); also after cancel() (the Job
// contract).
class RegistryRequest : public ResultJob<RegistryResponse>
{
    Q_OBJECT
public:
    RegistryRequest(RegistryClient *client, RequestSpec spec, QObject *parent = nullptr);
    ~RegistryRequest() override;

    // Statuses returned as a response rather than an Error (e.g. 404 for the referrers API).
    void setAcceptedStatuses(QList<int> statuses) { m_accepted = std::move(statuses); }

    // Streams a 2xx body to sink instead of keeping it (blobs): sink gets the final status
    // and each chunk as it arrives, and may refuse it with an Error, which ends the request.
    // readBufferSize bounds what Qt buffers per reply (memory stays bounded, design.md). A
    // chunk is the QByteArray Qt's network thread filled, handed on without a copy.
    using BodySink = std::function<Result<void>(int status, QByteArray chunk)>;
    void setBodySink(BodySink sink, qint64 readBufferSize = 512 * 1024);

    void start() override;
    // Aborts the replies in flight; finished() follows with a Cancelled error.
    void cancel() override;

    const RequestSpec &spec() const { return m_spec; }

private:
    void send(const QUrl &url);
    void onReplyFinished();
    void onReadyRead();
    void handleUnauthorized(const RegistryResponse &response);
    void fetchToken(const AuthChallenge &challenge);
    void onTokenReply(QNetworkReply *reply, const QString &cacheKey, const QString &realm);
    Error networkError(QNetworkReply *reply) const;
    // Aborts what is in flight, then ResultJob::finish().
    void finish(Result<RegistryResponse> result);

    RegistryClient *m_client;
    RequestSpec m_spec;
    QList<int> m_accepted;
    BodySink m_sink;
    qint64 m_readBufferSize = 0;
    QPointer<QNetworkReply> m_reply;
    QPointer<QNetworkReply> m_tokenReply;
    QUrl m_firstUrl;
    QByteArray m_authorization; // the header value sent to the registry host
    Credential m_credential;
    bool m_authRetried = false;
    bool m_triedHttpFallback = false;
    int m_redirects = 0;
};
