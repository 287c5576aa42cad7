// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QNetworkAccessManager>
#include <QSslConfiguration>
#include <QUrl>

// A small blocking HTTP client for the lab itself (readiness probes, bulk tagging, checks in
// tests), on QNetworkAccessManager with a local event loop. It answers a registry's 401
// challenge once: Basic with the configured credentials, or Bearer by fetching a token from
// the challenge's realm (auth/token.md) and caching it per scope. Not for the engine under
// test. Lives on one thread; not thread-safe.
class LabHttpClient
{
public:
    struct Request
    {
        QByteArray method = "GET";
        QUrl url;
        QList<std::pair<QByteArray, QByteArray>> headers;
        QByteArray body;
        QString bodyFile; // when set, the body is streamed from this file instead
    };

    struct Reply
    {
        int status = 0; // 0 when no HTTP answer (see error)
        QByteArray body;
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QString error; // transport error text, empty when an answer came

        bool ok() const { return status >= 200 && status < 300; }

        QByteArray header(const QByteArray &lowerName) const { return headers.value(lowerName); }
    };

    LabHttpClient();

    // Trusts exactly these PEM CA certificates for https (the lab CA).
    void setCaCertificates(const QByteArray &pem);
    // Credentials for Basic challenges and for token requests.
    void setCredentials(const QString &user, const QString &password);

    // Sends one request, answering one 401 challenge. Blocks up to timeoutMs.
    Reply send(const Request &request, int timeoutMs = 30000);
    // Sends many requests with at most maxParallel in flight; replies in request order. The
    // first request goes alone so that authentication is settled before the rest.
    QList<Reply>
    sendAll(const QList<Request> &requests, int maxParallel = 8, int timeoutMs = 120000);

private:
    QNetworkRequest makeRequest(const Request &request) const;
    class QNetworkReply *start(const Request &request);
    Reply sendOnce(const Request &request, int timeoutMs);
    bool authorize(const Reply &challenge, const QUrl &url);
    static Reply toReply(class QNetworkReply *reply);

    QNetworkAccessManager m_nam;
    QSslConfiguration m_ssl;
    QString m_user;
    QString m_password;
    QByteArray m_authorization; // the header that worked last
};
