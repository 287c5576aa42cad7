// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jwtsigner.h"
#include "tokenpolicy.h"

#include <QHash>
#include <QTcpServer>

class QTcpSocket;

// The token endpoint as a small HTTP/1.1 server on QTcpServer (auth/token.md, auth/oauth.md):
// GET /token?service=&scope=&account= with Basic auth or anonymously, and the OAuth2 POST
// form (grant_type=password / refresh_token). Each response closes its connection. Lives on
// the TokenIssuer's worker thread; mintToken() is safe from any thread.
class TokenHttpServer : public QTcpServer
{
    Q_OBJECT
public:
    struct Settings
    {
        QString service;
        QString issuer;
        int expiresInSeconds = 300;
    };

    TokenHttpServer(TokenPolicy *policy, JwtSigner signer, Settings settings);

    // Signs a JWT for account with exactly these granted scopes (claims iss, sub, aud, exp,
    // nbf, iat, jti, access). Any thread.
    static Result<QByteArray> mintToken(const JwtSigner &signer,
                                        const Settings &settings,
                                        const QString &account,
                                        const QList<TokenScope> &granted);

    const Settings &settings() const { return m_settings; }

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    struct Response
    {
        int status = 200;
        QByteArray body;
        QList<std::pair<QByteArray, QByteArray>> headers;
    };

    void onReadyRead(QTcpSocket *socket);
    Response handle(const QByteArray &method,
                    const QByteArray &target,
                    const QHash<QByteArray, QByteArray> &headers,
                    const QByteArray &body);
    Response tokenResponse(TokenRequestRecord &record,
                           const QString &account,
                           const QStringList &scopes,
                           bool withRefreshToken,
                           bool oauthForm);
    static Response errorResponse(int status, const QString &code, const QString &message);
    static void send(QTcpSocket *socket, const Response &response);

    TokenPolicy *m_policy; // not owned; outlives this server
    const JwtSigner m_signer;
    const Settings m_settings;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};
