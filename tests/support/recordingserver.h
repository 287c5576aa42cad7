// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/core/result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QUrl>

class QTcpServer;
class QTcpSocket;

// A tiny HTTP/1.1 server that records what it receives and answers every request with one
// configurable response: the other host of a redirect (does Authorization arrive there?), a
// garbage token endpoint, a server that only ever says 500. Listens on 127.0.0.1, or on
// another loopback alias such as 127.0.0.2 to be a different host. One request per
// connection. Main thread.
class RecordingServer : public QObject
{
    Q_OBJECT
public:
    // One request as received; Authorization reduced to whether it was there.
    struct Record
    {
        QByteArray method;
        QByteArray target;
        QHash<QByteArray, QByteArray> headers; // lower-case names, no authorization / cookie
        bool hadAuthorization = false;
        qint64 bodySize = 0; // the body is not kept: a token request's form holds secrets
    };

    explicit RecordingServer(QObject *parent = nullptr);
    ~RecordingServer() override;

    // The answer to every request from now on (a Content-Length is added).
    void setResponse(int status,
                     const QByteArray &body,
                     const QByteArray &contentType = "application/json",
                     const QList<std::pair<QByteArray, QByteArray>> &headers = {});

    // Listens on address at a free port.
    Result<void> start(const QString &address = QStringLiteral("127.0.0.1"));

    // "http://ADDRESS:PORT" and "ADDRESS:PORT".
    QUrl baseUrl() const;
    QString hostPort() const;

    QList<Record> requests() const { return m_records; }

    void clearRequests() { m_records.clear(); }

Q_SIGNALS:
    // A request was answered.
    void requestAnswered(int index);

private:
    void onNewConnection();
    void onData(QTcpSocket *socket);

    QTcpServer *m_server = nullptr;
    int m_status = 200;
    QByteArray m_body;
    QList<std::pair<QByteArray, QByteArray>> m_headers;
    QList<Record> m_records;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};
