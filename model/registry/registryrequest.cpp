// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/registry/registryrequest.h"

#include "model/auth/authchallenge.h"
#include "model/core/clock.h"
#include "model/core/logging.h"
#include "model/core/redaction.h"
#include "model/core/tr.h"
#include "model/registry/registryclient.h"
#include "model/registry/registryerror.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

namespace {
constexpr int kMaxRedirects = 10; // containerd's limit per request
constexpr char kCertificateRejected[] = "pullscopeCertificateRejected";

QHash<QByteArray, QByteArray> headersOf(const QNetworkReply *reply)
{
    QHash<QByteArray, QByteArray> headers;
    for (const auto &pair : reply->rawHeaderPairs()) {
        const QByteArray name = pair.first.toLower();
        if (headers.contains(name))
            headers[name] += '\n' + pair.second;
        else
            headers.insert(name, pair.second);
    }
    return headers;
}

QString hostPort(const QUrl &url)
{
    return url.port() < 0 ? url.host() : QStringLiteral("%1:%2").arg(url.host()).arg(url.port());
}
} // namespace

QList<AuthChallenge> RegistryResponse::challenges() const
{
    return AuthChallenge::parse(header("www-authenticate").split('\n'));
}

RateLimit RegistryResponse::rateLimitFromHeaders() const
{
    return RateLimit::fromHeaders(header("ratelimit-limit"),
                                  header("ratelimit-remaining"),
                                  header("docker-ratelimit-source"));
}

RegistryRequest::RegistryRequest(RegistryClient *client, RequestSpec spec, QObject *parent)
    : ResultJob(parent)
    , m_client(client)
    , m_spec(std::move(spec))
{}

RegistryRequest::~RegistryRequest()
{
    if (m_reply)
        m_reply->abort();
    if (m_tokenReply)
        m_tokenReply->abort();
}

void RegistryRequest::start()
{
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (isFinished())
                return;
            QUrl url = m_spec.url;
            if (url.isEmpty()) {
                url = m_client->baseUrl(m_spec.host);
                url.setPath(m_spec.path);
                if (!m_spec.query.isEmpty())
                    url.setQuery(QString::fromLatin1(m_spec.query), QUrl::StrictMode);
            }
            m_firstUrl = url;
            // A token or Basic header already earned for this host and scope goes up front.
            if (!m_spec.anonymousOnly)
                m_authorization = m_client->authorizationFor(m_spec.host, m_spec.scopes);
            send(url);
        },
        Qt::QueuedConnection);
}

void RegistryRequest::cancel()
{
    finish(Error(ErrorCode::Cancelled, Tr::tr("Cancelled")));
}

void RegistryRequest::send(const QUrl &url)
{
    QNetworkRequest request(url);
    // Redirects are ours to follow: Authorization must not cross to another host (spec.md
    // "API", ECR's presigned S3 URLs), and Range must survive the hop.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(m_client->transferTimeoutMs());
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("pullscope/" PULLSCOPE_VERSION));
    if (!m_spec.accept.isEmpty())
        request.setRawHeader("Accept", m_spec.accept);
    for (auto it = m_spec.headers.cbegin(); it != m_spec.headers.cend(); ++it)
        request.setRawHeader(it.key(), it.value());
    const bool sameHost = hostPort(url) == hostPort(m_firstUrl);
    if (!m_authorization.isEmpty() && sameHost)
        request.setRawHeader("Authorization", m_authorization);
    bool verifyTls = true;
    if (url.scheme() == QLatin1String("https")) {
        auto tls = m_client->tlsFor(m_spec.host);
        if (!tls) {
            finish(tls.error());
            return;
        }
        request.setSslConfiguration(tls->configuration);
        verifyTls = tls->verify;
    }
    qCDebug(lcRegistry) << m_spec.method << url.toDisplayString(QUrl::RemoveUserInfo);
    // HEAD must go through head(): as a custom verb, Qt would wait for the body that a HEAD
    // response's Content-Length announces and never sends.
    if (m_spec.method == "HEAD")
        m_reply = m_client->network()->head(request);
    else if (m_spec.method == "GET")
        m_reply = m_client->network()->get(request);
    else
        m_reply = m_client->network()->sendCustomRequest(request, m_spec.method);
    if (!verifyTls)
        m_reply->ignoreSslErrors();
    // Certificate errors mean the server does speak TLS: its certificate is the problem, and
    // plain HTTP is not the answer (see the fallback in onReplyFinished).
    connect(m_reply, &QNetworkReply::sslErrors, m_reply, [reply = m_reply.data()] {
        reply->setProperty(kCertificateRejected, true);
    });
    if (m_sink)
        m_reply->setReadBufferSize(m_readBufferSize);
    connect(m_reply, &QNetworkReply::readyRead, this, &RegistryRequest::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &RegistryRequest::onReplyFinished);
}

void RegistryRequest::setBodySink(BodySink sink, qint64 readBufferSize)
{
    m_sink = std::move(sink);
    m_readBufferSize = readBufferSize;
}

void RegistryRequest::onReadyRead()
{
    if (!m_reply || isFinished())
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_sink && status >= 200 && status < 300) {
        // Straight from Qt's buffer to the sink (at most readBufferSize bytes are buffered, so
        // no blob is ever held whole). read(n) hands over the array Qt's network thread filled
        // without a copy when n is the size of the one array buffered (QIODevice::read's
        // shortcut); readAll() would always copy. readyRead comes per array, so mostly it is one.
        while (m_reply && m_reply->bytesAvailable() > 0) {
            QByteArray chunk = m_reply->read(m_reply->bytesAvailable());
            if (chunk.isEmpty())
                break;
            if (auto accepted = m_sink(status, std::move(chunk)); !accepted) {
                finish(accepted.error());
                return;
            }
        }
        return;
    }
    if (m_reply->bytesAvailable() > m_spec.maxBodySize) {
        finish(Error(ErrorCode::Protocol,
                     Tr::tr("%1 sent more than %2 bytes while %3; stopped reading")
                         .arg(m_spec.host)
                         .arg(m_spec.maxBodySize)
                         .arg(m_spec.operation)));
    }
}

void RegistryRequest::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || isFinished())
        return;
    reply->deleteLater();
    m_reply = nullptr;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0) {
        // No HTTP answer. A TLS or protocol failure on https may mean a plain-HTTP registry;
        // insecure and loopback registries may then be tried over http (as Docker does).
        const auto error = reply->error();
        const bool tlsLike = (error == QNetworkReply::SslHandshakeFailedError
                              || error == QNetworkReply::RemoteHostClosedError
                              || error == QNetworkReply::ProtocolFailure
                              || error == QNetworkReply::UnknownNetworkError)
            && !reply->property(kCertificateRejected).toBool();
        if (tlsLike && reply->url().scheme() == QLatin1String("https") && !m_triedHttpFallback
            && m_redirects == 0 && m_client->mayFallBackToHttp(m_spec.host)) {
            m_triedHttpFallback = true;
            QUrl http = reply->url();
            http.setScheme(QStringLiteral("http"));
            m_firstUrl = http;
            m_client->rememberScheme(m_spec.host, QStringLiteral("http"));
            send(http);
            return;
        }
        finish(networkError(reply));
        return;
    }
    if (status >= 200 && status < 300 && reply->error() != QNetworkReply::NoError) {
        // The answer started but did not arrive whole (connection cut, stall): a transient
        // network failure, not a response.
        finish(networkError(reply));
        return;
    }
    if (m_sink && status >= 200 && status < 300) {
        m_reply = reply; // drain what is left in Qt's buffer through the sink
        onReadyRead();
        m_reply = nullptr;
        if (isFinished())
            return;
    }
    if (reply->url().scheme() == QLatin1String("http") && m_triedHttpFallback)
        m_client->rememberScheme(m_spec.host, QStringLiteral("http"));

    RegistryResponse response;
    response.status = status;
    response.url = reply->url();
    response.headers = headersOf(reply);
    response.body = reply->readAll();
    response.credential = m_credential;
    response.rateLimit = response.rateLimitFromHeaders();
    if (response.body.size() > m_spec.maxBodySize) {
        finish(Error(ErrorCode::Protocol,
                     Tr::tr("%1 sent more than %2 bytes while %3")
                         .arg(m_spec.host)
                         .arg(m_spec.maxBodySize)
                         .arg(m_spec.operation)));
        return;
    }

    if (status >= 300 && status < 400 && !response.header("location").isEmpty()) {
        if (++m_redirects > kMaxRedirects) {
            finish(Error(ErrorCode::Protocol,
                         Tr::tr("%1 redirected more than %2 times while %3")
                             .arg(m_spec.host)
                             .arg(kMaxRedirects)
                             .arg(m_spec.operation)));
            return;
        }
        const QUrl target = reply->url().resolved(QUrl::fromEncoded(response.header("location")));
        if (reply->url().scheme() == QLatin1String("https")
            && target.scheme() != QLatin1String("https")) {
            finish(
                Error(ErrorCode::Protocol,
                      Tr::tr("%1 redirected from HTTPS to %2; refused")
                          .arg(m_spec.host,
                               target.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery))));
            return;
        }
        send(target); // send() drops Authorization when the host changes
        return;
    }

    if (status == 401 && !m_spec.anonymousOnly && hostPort(reply->url()) == hostPort(m_firstUrl)) {
        m_client->rememberChallenges(m_spec.host, response.challenges());
        if (!m_authRetried) {
            handleUnauthorized(response);
            return;
        }
    }
    if ((status >= 200 && status < 300) || m_accepted.contains(status)) {
        finish(response);
        return;
    }
    RegistryError::Context context{m_spec.operation,
                                   m_spec.host,
                                   m_spec.repository,
                                   m_credential.isAnonymous() ? QString()
                                                              : m_credential.describe()};
    const int retryAfter =
        RateLimit::parseRetryAfter(response.header("retry-after"), m_client->clock()->wallTime());
    finish(RegistryError::fromResponse(status,
                                       response.body,
                                       response.rateLimit,
                                       retryAfter,
                                       context));
}

void RegistryRequest::handleUnauthorized(const RegistryResponse &response)
{
    m_authRetried = true;
    QList<AuthChallenge> challenges = response.challenges();
    if (challenges.isEmpty()) // gcr.io style: 401 without a challenge; use the ping's
        challenges = m_client->challengesFor(m_spec.host);
    const AuthChallenge *challenge = AuthChallenge::preferred(challenges);
    if (!challenge) {
        RegistryError::Context context{m_spec.operation, m_spec.host, m_spec.repository, QString()};
        Error e = RegistryError::fromResponse(401, response.body, response.rateLimit, -1, context);
        e.message += Tr::tr(" The registry sent no challenge Pullscope can answer (%1).")
                         .arg(QString::fromLatin1(response.header("www-authenticate")).left(100));
        finish(e);
        return;
    }
    const AuthChallenge chosen = *challenge;
    m_client->credentialFor(m_spec.host,
                            m_spec.repository,
                            this,
                            [this, chosen, response](const Result<Credential> &c) {
                                if (isFinished())
                                    return;
                                m_credential = c ? *c : Credential();
                                if (chosen.isBearer()) {
                                    fetchToken(chosen);
                                    return;
                                }
                                // Basic: only a user and password can answer it.
                                if (m_credential.kind != Credential::Kind::Password) {
                                    RegistryError::Context context{m_spec.operation,
                                                                   m_spec.host,
                                                                   m_spec.repository,
                                                                   QString()};
                                    finish(RegistryError::fromResponse(401,
                                                                       response.body,
                                                                       response.rateLimit,
                                                                       -1,
                                                                       context));
                                    return;
                                }
                                m_authorization = "Basic "
                                    + (m_credential.username + QLatin1Char(':')
                                       + m_credential.secret)
                                          .toUtf8()
                                          .toBase64();
                                send(m_firstUrl);
                            });
}

void RegistryRequest::fetchToken(const AuthChallenge &challenge)
{
    QStringList scopes = m_spec.scopes;
    // An insufficient_scope challenge names what is missing; ggcr puts it first because some
    // registries only read the first scope (transport/bearer.go).
    for (const QString &s : challenge.scopes()) {
        if (!scopes.contains(s))
            scopes.prepend(s);
    }
    const QString realm = challenge.realm();
    const QUrl realmUrl(realm);
    // A registry spoken to over plain HTTP (configured so, or fallen back to) may have a plain
    // realm: its own traffic is no better protected.
    const bool plainAllowed = m_client->mayFallBackToHttp(m_spec.host)
        || m_client->optionsFor(m_spec.host).insecure
        || m_firstUrl.scheme() == QLatin1String("http");
    if (!realmUrl.isValid() || realmUrl.host().isEmpty()
        || (realmUrl.scheme() != QLatin1String("https")
            && !(realmUrl.scheme() == QLatin1String("http") && plainAllowed))) {
        finish(
            Error(ErrorCode::Protocol,
                  Tr::tr("%1 sent a token realm Pullscope will not use: \"%2\" (HTTPS is required "
                         "unless the registry is marked insecure)")
                      .arg(m_spec.host, realm.left(200))));
        return;
    }
    const QString cacheKey = TokenCache::key(realm, challenge.service(), m_spec.scopes);
    const QString cached = m_client->tokens().token(cacheKey);
    if (!cached.isEmpty() && m_authorization != "Bearer " + cached.toLatin1()) {
        m_authorization = "Bearer " + cached.toLatin1();
        send(m_firstUrl);
        return;
    }

    QUrl url = realmUrl;
    QNetworkRequest request;
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setTransferTimeout(m_client->transferTimeoutMs());
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("pullscope/" PULLSCOPE_VERSION));
    if (url.scheme() == QLatin1String("https")) {
        // The realm may be another host; its CA comes from the system or the registry's dir.
        if (auto tls = m_client->tlsFor(m_spec.host))
            request.setSslConfiguration(tls->configuration);
    }
    QNetworkReply *reply = nullptr;
    if (m_credential.kind == Credential::Kind::IdentityToken) {
        // OAuth2 POST with the refresh token (distribution auth/oauth.md).
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
        form.addQueryItem(QStringLiteral("refresh_token"), m_credential.secret);
        form.addQueryItem(QStringLiteral("service"), challenge.service());
        form.addQueryItem(QStringLiteral("client_id"), QStringLiteral("pullscope"));
        form.addQueryItem(QStringLiteral("scope"), scopes.join(QLatin1Char(' ')));
        request.setUrl(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QStringLiteral("application/x-www-form-urlencoded"));
        reply = m_client->network()->post(request, form.toString(QUrl::FullyEncoded).toLatin1());
    } else {
        // GET with Basic when there is a password (distribution auth/token.md).
        QUrlQuery query(url);
        if (!challenge.service().isEmpty())
            query.addQueryItem(QStringLiteral("service"), challenge.service());
        for (const QString &s : scopes)
            query.addQueryItem(QStringLiteral("scope"), s);
        if (m_credential.kind == Credential::Kind::Password) {
            query.addQueryItem(QStringLiteral("account"), m_credential.username);
            request.setRawHeader(
                "Authorization",
                "Basic "
                    + (m_credential.username + QLatin1Char(':') + m_credential.secret)
                          .toUtf8()
                          .toBase64());
        }
        url.setQuery(query);
        request.setUrl(url);
        reply = m_client->network()->get(request);
    }
    m_tokenReply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply, cacheKey, realm] {
        onTokenReply(reply, cacheKey, realm);
    });
}

void RegistryRequest::onTokenReply(QNetworkReply *reply,
                                   const QString &cacheKey,
                                   const QString &realm)
{
    reply->deleteLater();
    m_tokenReply = nullptr;
    if (isFinished())
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->read(1024 * 1024);
    const QString realmShown =
        QUrl(realm).toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
    if (status == 0) {
        Error e = networkError(reply);
        e.message = Tr::tr("The token server %1 of %2 could not be reached: %3")
                        .arg(realmShown, m_spec.host, e.message);
        finish(e);
        return;
    }
    if (status == 401 || status == 403) {
        const QString who =
            m_credential.isAnonymous() ? Tr::tr("anonymous access") : m_credential.describe();
        finish(Error(status == 401 ? ErrorCode::Unauthorized : ErrorCode::Denied,
                     Tr::tr("The token server %1 refused %2 for %3 (HTTP %4)")
                         .arg(realmShown, who, m_spec.operation)
                         .arg(status))
                   .withHttpStatus(status));
        return;
    }
    if (status < 200 || status >= 300) {
        finish(Error(status >= 500 ? ErrorCode::Server : ErrorCode::Protocol,
                     Tr::tr("The token server %1 answered HTTP %2").arg(realmShown).arg(status))
                   .withHttpStatus(status)
                   .withRetryable(status >= 500 || status == 429));
        return;
    }
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    // containerd and ggcr prefer access_token, containers/image token; they are the same in
    // every server we know of.
    QString token = o.value(QStringLiteral("access_token")).toString();
    if (token.isEmpty())
        token = o.value(QStringLiteral("token")).toString();
    if (token.isEmpty()) {
        finish(Error(ErrorCode::Protocol,
                     Tr::tr("The token server %1 answered without a token (expected JSON with "
                            "\"token\" or \"access_token\")")
                         .arg(realmShown),
                     Redaction::redact(QString::fromUtf8(body.left(300)))));
        return;
    }
    const int expiresIn = o.value(QStringLiteral("expires_in")).toInt(60);
    m_client->tokens().store(cacheKey, token, expiresIn);
    m_authorization = "Bearer " + token.toLatin1();
    send(m_firstUrl);
}

Error RegistryRequest::networkError(QNetworkReply *reply) const
{
    const QString host = m_spec.host;
    const QString what = m_spec.operation;
    switch (reply->error()) {
    case QNetworkReply::HostNotFoundError:
        return Error(ErrorCode::Dns,
                     Tr::tr("The host name of %1 does not resolve (DNS) while %2").arg(host, what),
                     reply->errorString())
            .withRetryable(true);
    case QNetworkReply::ConnectionRefusedError:
        return Error(ErrorCode::ConnectionRefused,
                     Tr::tr("%1 refused the connection while %2: nothing listens at %3")
                         .arg(host,
                              what,
                              reply->url().toDisplayString(QUrl::RemovePath | QUrl::RemoveQuery)),
                     reply->errorString())
            .withRetryable(true);
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        return RegistryError::timedOut(host,
                                       m_client->transferTimeoutMs() / 1000,
                                       what,
                                       reply->errorString());
    case QNetworkReply::SslHandshakeFailedError: {
        auto tls = m_client->tlsFor(host);
        const QString places = tls ? tls->consulted.join(QStringLiteral(", ")) : QString();
        return Error(
            ErrorCode::Tls,
            Tr::tr("The TLS certificate of %1 was not accepted while %2: %3. CA certificates "
                   "were looked for in the system store and in: %4. Add the registry's CA "
                   "as HOST:PORT/ca.crt in one of those, or turn verification off for it.")
                .arg(host, what, reply->errorString(), places),
            reply->errorString());
    }
    default:
        return RegistryError::networkFailure(
            host,
            what,
            reply->errorString(),
            reply->errorString(),
            reply->error() == QNetworkReply::RemoteHostClosedError
                || reply->error() == QNetworkReply::TemporaryNetworkFailureError);
    }
}

void RegistryRequest::finish(Result<RegistryResponse> result)
{
    if (isFinished())
        return;
    ResultJob::finish(std::move(result)); // finished() is queued: the aborts below come first
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    if (m_tokenReply) {
        m_tokenReply->disconnect(this);
        m_tokenReply->abort();
        m_tokenReply->deleteLater();
    }
}
