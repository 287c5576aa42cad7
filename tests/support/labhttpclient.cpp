// SPDX-License-Identifier: GPL-3.0-or-later
#include "labhttpclient.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSet>
#include <QSslCertificate>
#include <QTimer>
#include <QUrlQuery>

LabHttpClient::LabHttpClient()
    : m_ssl(QSslConfiguration::defaultConfiguration())
{}

void LabHttpClient::setCaCertificates(const QByteArray &pem)
{
    m_ssl.setCaCertificates(QSslCertificate::fromData(pem, QSsl::Pem));
}

void LabHttpClient::setCredentials(const QString &user, const QString &password)
{
    m_user = user;
    m_password = password;
}

QNetworkRequest LabHttpClient::makeRequest(const Request &request) const
{
    QNetworkRequest r(request.url);
    r.setSslConfiguration(m_ssl);
    r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    // HTTP/1.1 only. Qt 6.4's HTTP/2 handler can crash its own thread when an upload's reply is
    // deleted while the stream is still open (a registry that answers 401 before reading the
    // body): QHttp2ProtocolHandler::_q_replyDestroyed() disconnects from the upload device the
    // delegate has already deleted. Seen once in CI (tst_credentials_lab, LabSeeder::pushBlob).
    r.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    bool hasAuthorization = false;
    for (const auto &[name, value] : request.headers) {
        r.setRawHeader(name, value);
        hasAuthorization |= name.compare("authorization", Qt::CaseInsensitive) == 0;
    }
    if (!hasAuthorization && !m_authorization.isEmpty())
        r.setRawHeader("Authorization", m_authorization);
    return r;
}

LabHttpClient::Reply LabHttpClient::toReply(QNetworkReply *reply)
{
    Reply out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply->readAll();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        out.headers.insert(name.toLower(), value);
    if (out.status == 0)
        out.error = reply->errorString();
    return out;
}

QNetworkReply *LabHttpClient::start(const Request &request)
{
    if (request.bodyFile.isEmpty())
        return m_nam.sendCustomRequest(makeRequest(request), request.method, request.body);
    auto *file = new QFile(request.bodyFile);
    file->open(QIODevice::ReadOnly);
    QNetworkRequest r = makeRequest(request);
    r.setHeader(QNetworkRequest::ContentLengthHeader, file->size());
    QNetworkReply *reply = m_nam.sendCustomRequest(r, request.method, file);
    file->setParent(reply); // lives as long as the upload
    return reply;
}

LabHttpClient::Reply LabHttpClient::sendOnce(const Request &request, int timeoutMs)
{
    QNetworkReply *reply = start(request);
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timer, &QTimer::timeout, reply, &QNetworkReply::abort);
    timer.start(timeoutMs);
    if (!reply->isFinished())
        loop.exec();
    Reply out = toReply(reply);
    reply->deleteLater();
    return out;
}

bool LabHttpClient::authorize(const Reply &challenge, const QUrl &url)
{
    const QByteArray header = challenge.header("www-authenticate");
    if (header.startsWith("Basic")) {
        if (m_user.isEmpty())
            return false;
        m_authorization = "Basic " + (m_user + QLatin1Char(':') + m_password).toUtf8().toBase64();
        return true;
    }
    if (!header.startsWith("Bearer"))
        return false;
    // auth/token.md: Bearer realm="...",service="...",scope="..."
    QHash<QString, QString> params;
    static const QRegularExpression re(QStringLiteral(R"re((\w+)="([^"]*)")re"));
    auto it = re.globalMatch(QString::fromLatin1(header.mid(6)));
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        params.insert(m.captured(1).toLower(), m.captured(2));
    }
    QUrl realm(params.value(QStringLiteral("realm")));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("service"), params.value(QStringLiteral("service")));
    for (const QString &scope :
         params.value(QStringLiteral("scope")).split(QLatin1Char(' '), Qt::SkipEmptyParts))
        query.addQueryItem(QStringLiteral("scope"), scope);
    if (!m_user.isEmpty())
        query.addQueryItem(QStringLiteral("account"), m_user);
    realm.setQuery(query);
    Request tokenRequest;
    tokenRequest.url = realm;
    if (!m_user.isEmpty()) {
        tokenRequest.headers.append(
            {"Authorization",
             "Basic " + (m_user + QLatin1Char(':') + m_password).toUtf8().toBase64()});
    }
    Q_UNUSED(url);
    m_authorization.clear(); // the registry's header must not go to the token server
    const Reply tokenReply = sendOnce(tokenRequest, 30000);
    if (!tokenReply.ok())
        return false;
    const QJsonObject json = QJsonDocument::fromJson(tokenReply.body).object();
    QString token = json.value(QStringLiteral("token")).toString();
    if (token.isEmpty())
        token = json.value(QStringLiteral("access_token")).toString();
    if (token.isEmpty())
        return false;
    m_authorization = "Bearer " + token.toLatin1();
    return true;
}

LabHttpClient::Reply LabHttpClient::send(const Request &request, int timeoutMs)
{
    Reply reply = sendOnce(request, timeoutMs);
    if (reply.status == 401 && authorize(reply, request.url))
        reply = sendOnce(request, timeoutMs);
    return reply;
}

QList<LabHttpClient::Reply>
LabHttpClient::sendAll(const QList<Request> &requests, int maxParallel, int timeoutMs)
{
    QList<Reply> replies(requests.size());
    if (requests.isEmpty())
        return replies;
    replies[0] = send(requests[0], timeoutMs);
    qsizetype next = 1;
    int inFlight = 0;
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    bool timedOut = false;
    QObject::connect(&timer, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        loop.quit();
    });
    QSet<QNetworkReply *> active;
    std::function<void()> launch = [&] {
        while (inFlight < maxParallel && next < requests.size()) {
            const qsizetype i = next++;
            QNetworkReply *reply = start(requests[i]);
            ++inFlight;
            active.insert(reply);
            QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply, i] {
                active.remove(reply);
                replies[i] = toReply(reply);
                reply->deleteLater();
                --inFlight;
                launch();
                if (inFlight == 0 && next >= requests.size())
                    loop.quit();
            });
        }
    };
    launch();
    timer.start(timeoutMs);
    if (inFlight > 0)
        loop.exec();
    for (QNetworkReply *reply : std::as_const(active)) {
        QObject::disconnect(reply, nullptr, &loop, nullptr);
        reply->abort();
        reply->deleteLater();
    }
    if (timedOut) {
        for (Reply &r : replies) {
            if (r.status == 0 && r.error.isEmpty())
                r.error = QStringLiteral("timed out");
        }
    }
    // A token may have expired mid-way: retry what was refused, one by one, re-authorizing.
    for (qsizetype i = 1; i < requests.size(); ++i) {
        if (replies[i].status == 401)
            replies[i] = send(requests[i], timeoutMs);
    }
    return replies;
}
