// SPDX-License-Identifier: GPL-3.0-or-later
#include "tokenhttpserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QUrl>
#include <QUrlQuery>

namespace {

constexpr qsizetype maxRequestBytes = 64 * 1024;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 413:
        return "Payload Too Large";
    default:
        return "Error";
    }
}

QStringList splitScopes(const QStringList &values)
{
    // auth/token.md: one scope parameter per scope; auth/oauth.md: one space-separated list.
    QStringList scopes;
    for (const QString &v : values)
        scopes << v.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return scopes;
}

QString randomId()
{
    return QString::number(QRandomGenerator::system()->generate64(), 16)
        + QString::number(QRandomGenerator::system()->generate64(), 16);
}

} // namespace

TokenHttpServer::TokenHttpServer(TokenPolicy *policy, JwtSigner signer, Settings settings)
    : m_policy(policy)
    , m_signer(std::move(signer))
    , m_settings(std::move(settings))
{}

Result<QByteArray> TokenHttpServer::mintToken(const JwtSigner &signer,
                                              const Settings &settings,
                                              const QString &account,
                                              const QList<TokenScope> &granted)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QJsonArray access;
    for (const TokenScope &s : granted) {
        access.append(
            QJsonObject{{QStringLiteral("type"), s.type},
                        {QStringLiteral("name"), s.name},
                        {QStringLiteral("actions"), QJsonArray::fromStringList(s.actions)}});
    }
    // Claims as registry/auth/token/token.go ClaimSet reads them; aud is a single string,
    // which both 2.8 (string) and 3.x (AudienceList, string or array) accept.
    const QJsonObject claims{{QStringLiteral("iss"), settings.issuer},
                             {QStringLiteral("sub"), account},
                             {QStringLiteral("aud"), settings.service},
                             {QStringLiteral("exp"), now + settings.expiresInSeconds},
                             {QStringLiteral("nbf"), now - 1},
                             {QStringLiteral("iat"), now},
                             {QStringLiteral("jti"), randomId()},
                             {QStringLiteral("access"), access}};
    return signer.sign(claims);
}

void TokenHttpServer::incomingConnection(qintptr socketDescriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    m_buffers.insert(socket, {});
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
        onReadyRead(socket);
    });
    connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
        m_buffers.remove(socket);
        socket->deleteLater();
    });
}

void TokenHttpServer::onReadyRead(QTcpSocket *socket)
{
    if (!m_buffers.contains(socket))
        return; // already answered; ignore anything after the request
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        if (buffer.size() > maxRequestBytes) {
            send(socket,
                 errorResponse(413,
                               QStringLiteral("TOO_LARGE"),
                               QStringLiteral("request too large")));
            m_buffers.remove(socket);
        }
        return;
    }
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    QHash<QByteArray, QByteArray> headers;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            headers.insert(lines[i].left(colon).trimmed().toLower(),
                           lines[i].mid(colon + 1).trimmed());
    }
    const qint64 contentLength = headers.value("content-length", "0").toLongLong();
    if (requestLine.size() != 3 || contentLength < 0 || contentLength > maxRequestBytes) {
        send(
            socket,
            errorResponse(400, QStringLiteral("BAD_REQUEST"), QStringLiteral("malformed request")));
        m_buffers.remove(socket);
        return;
    }
    if (buffer.size() < headerEnd + 4 + contentLength)
        return; // wait for the rest of the body
    const QByteArray body = buffer.mid(headerEnd + 4, contentLength);
    const Response response = handle(requestLine[0], requestLine[1], headers, body);
    m_buffers.remove(socket);
    send(socket, response);
}

TokenHttpServer::Response
TokenHttpServer::errorResponse(int status, const QString &code, const QString &message)
{
    Response r;
    r.status = status;
    const QJsonObject error{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    r.body = QJsonDocument(QJsonObject{{QStringLiteral("errors"), QJsonArray{error}},
                                       {QStringLiteral("details"), message}})
                 .toJson(QJsonDocument::Compact);
    if (status == 401)
        r.headers.append(
            std::pair<QByteArray, QByteArray>("WWW-Authenticate",
                                              "Basic realm=\"pullscope-lab token server\""));
    return r;
}

TokenHttpServer::Response TokenHttpServer::handle(const QByteArray &method,
                                                  const QByteArray &target,
                                                  const QHash<QByteArray, QByteArray> &headers,
                                                  const QByteArray &body)
{
    const QUrl url(QString::fromLatin1(target));
    TokenRequestRecord record;
    record.method = QString::fromLatin1(method);
    record.path = url.path();
    record.at = QDateTime::currentDateTimeUtc();
    auto finish = [&](Response r) {
        record.status = r.status;
        m_policy->record(record);
        return r;
    };

    if (url.path() != QLatin1String("/token"))
        return finish(
            errorResponse(404, QStringLiteral("NOT_FOUND"), QStringLiteral("no such endpoint")));

    // Credentials from an Authorization: Basic header (GET, and POST clients that send it).
    QString basicUser;
    QString basicPassword;
    const QByteArray authorization = headers.value("authorization");
    if (authorization.startsWith("Basic ")) {
        record.basicAuth = true;
        const QByteArray decoded = QByteArray::fromBase64(authorization.mid(6).trimmed());
        const qsizetype colon = decoded.indexOf(':');
        basicUser = QString::fromUtf8(decoded.left(colon));
        basicPassword = colon >= 0 ? QString::fromUtf8(decoded.mid(colon + 1)) : QString();
    }

    if (method == "GET") {
        const QUrlQuery query(url);
        record.service = query.queryItemValue(QStringLiteral("service"), QUrl::FullyDecoded);
        record.scopes =
            splitScopes(query.allQueryItemValues(QStringLiteral("scope"), QUrl::FullyDecoded));
        record.claimedAccount = query.queryItemValue(QStringLiteral("account"), QUrl::FullyDecoded);
        record.offlineToken =
            query.queryItemValue(QStringLiteral("offline_token")) == QLatin1String("true");
        if (record.service != m_settings.service)
            return finish(errorResponse(400,
                                        QStringLiteral("INVALID_SERVICE"),
                                        QStringLiteral("unknown service")));
        QString account;
        if (record.basicAuth) {
            if (!m_policy->checkPassword(basicUser, basicPassword))
                return finish(errorResponse(401,
                                            QStringLiteral("UNAUTHORIZED"),
                                            QStringLiteral("authentication failed")));
            account = basicUser;
        }
        return finish(tokenResponse(record, account, record.scopes, record.offlineToken, false));
    }

    if (method == "POST") {
        // auth/oauth.md: application/x-www-form-urlencoded; '+' means space in such forms.
        QByteArray form = body;
        form.replace('+', ' ');
        const QUrlQuery query(QString::fromUtf8(form));
        auto field = [&](const char *name) {
            return query.queryItemValue(QString::fromLatin1(name), QUrl::FullyDecoded);
        };
        record.service = field("service");
        record.grantType = field("grant_type");
        record.scopes = splitScopes({field("scope")});
        record.offlineToken = field("access_type") == QLatin1String("offline");
        if (!headers.value("content-type").startsWith("application/x-www-form-urlencoded"))
            return finish(errorResponse(400,
                                        QStringLiteral("INVALID_REQUEST"),
                                        QStringLiteral("expected a form")));
        if (record.service != m_settings.service)
            return finish(errorResponse(400,
                                        QStringLiteral("INVALID_SERVICE"),
                                        QStringLiteral("unknown service")));
        if (field("client_id").isEmpty())
            return finish(errorResponse(400,
                                        QStringLiteral("INVALID_REQUEST"),
                                        QStringLiteral("client_id required")));
        QString account;
        if (record.grantType == QLatin1String("password")) {
            record.claimedAccount = field("username");
            if (!m_policy->checkPassword(record.claimedAccount, field("password")))
                return finish(errorResponse(401,
                                            QStringLiteral("UNAUTHORIZED"),
                                            QStringLiteral("authentication failed")));
            account = record.claimedAccount;
        } else if (record.grantType == QLatin1String("refresh_token")) {
            account = m_policy->refreshTokenUser(field("refresh_token"));
            if (account.isEmpty())
                return finish(errorResponse(401,
                                            QStringLiteral("UNAUTHORIZED"),
                                            QStringLiteral("invalid refresh token")));
        } else {
            return finish(errorResponse(400,
                                        QStringLiteral("UNSUPPORTED_GRANT_TYPE"),
                                        QStringLiteral("unsupported grant_type")));
        }
        return finish(tokenResponse(record, account, record.scopes, record.offlineToken, true));
    }

    return finish(
        errorResponse(405, QStringLiteral("UNSUPPORTED"), QStringLiteral("method not allowed")));
}

TokenHttpServer::Response TokenHttpServer::tokenResponse(TokenRequestRecord &record,
                                                         const QString &account,
                                                         const QStringList &scopes,
                                                         bool withRefreshToken,
                                                         bool oauthForm)
{
    record.account = account;
    // auth/token.md: the grant is the intersection of what was asked and what is allowed; an
    // empty intersection is not an error, the registry refuses the request itself.
    QList<TokenScope> granted;
    for (const QString &text : scopes) {
        TokenScope requested = TokenScope::parse(text);
        if (requested.type.isEmpty())
            return errorResponse(400,
                                 QStringLiteral("INVALID_SCOPE"),
                                 QStringLiteral("malformed scope"));
        TokenScope allowed = requested;
        allowed.actions = m_policy->allowedActions(account, requested);
        if (!allowed.actions.isEmpty()) {
            granted << allowed;
            record.granted << allowed.toString();
        }
    }
    Result<QByteArray> token = mintToken(m_signer, m_settings, account, granted);
    if (!token)
        return errorResponse(500, QStringLiteral("UNKNOWN"), token.error().message);
    QJsonObject json{
        {QStringLiteral("token"), QString::fromLatin1(*token)},
        {QStringLiteral("access_token"), QString::fromLatin1(*token)},
        {QStringLiteral("expires_in"), m_settings.expiresInSeconds},
        {QStringLiteral("issued_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
    if (oauthForm)
        json.insert(QStringLiteral("scope"), record.granted.join(QLatin1Char(' ')));
    if (withRefreshToken && !account.isEmpty())
        json.insert(QStringLiteral("refresh_token"), m_policy->newRefreshToken(account));
    Response r;
    r.body = QJsonDocument(json).toJson(QJsonDocument::Compact);
    return r;
}

void TokenHttpServer::send(QTcpSocket *socket, const Response &response)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' '
        + reasonPhrase(response.status) + "\r\n";
    out += "Content-Type: application/json\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    out += "Cache-Control: no-store\r\n";
    out += "Connection: close\r\n";
    for (const auto &[name, value] : response.headers)
        out += name + ": " + value + "\r\n";
    out += "\r\n" + response.body;
    socket->write(out);
    socket->disconnectFromHost(); // flushes what was written, then closes
}
