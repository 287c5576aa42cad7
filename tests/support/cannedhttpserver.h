// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/core/result.h"

#include <QByteArray>
#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>

// A hand-made fake HTTP server, for what no real server does on demand: it answers every
// request with the same raw bytes (interim 1xx heads before the final one, say) or never
// answers at all (silent), and keeps the bytes it was sent. One request per connection; main
// thread.
class CannedHttpServer : public QTcpServer
{
public:
    // bytes: written once a request's head has arrived, then the connection closes. Empty:
    // silent (the connection stays open and unanswered).
    explicit CannedHttpServer(QByteArray bytes = {})
        : m_answer(std::move(bytes))
    {
        connect(this, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_received += socket->readAll();
                    if (!m_answer.isEmpty() && m_received.contains("\r\n\r\n")) {
                        socket->write(m_answer);
                        socket->disconnectFromHost();
                    }
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

    Result<void> start(const QHostAddress &address = QHostAddress::LocalHost)
    {
        if (!listen(address, 0))
            return Error(ErrorCode::Network,
                         QStringLiteral("canned server cannot listen: %1").arg(errorString()));
        return {};
    }

    // "127.0.0.1:PORT", or "[::1]:PORT" for IPv6.
    QString hostPort() const
    {
        const QString host = serverAddress().toString();
        return (host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host)
            + QLatin1Char(':') + QString::number(serverPort());
    }

    // Everything the clients sent, requests one after another.
    QByteArray received() const { return m_received; }

private:
    QByteArray m_answer;
    QByteArray m_received;
};
