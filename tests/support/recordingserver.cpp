// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordingserver.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>

RecordingServer::RecordingServer(QObject *parent)
    : QObject(parent)
{}

RecordingServer::~RecordingServer() = default;

void RecordingServer::setResponse(int status,
                                  const QByteArray &body,
                                  const QByteArray &contentType,
                                  const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    m_status = status;
    m_body = body;
    m_headers = headers;
    if (!contentType.isEmpty())
        m_headers.prepend({"Content-Type", contentType});
}

Result<void> RecordingServer::start(const QString &address)
{
    m_server = new QTcpServer(this);
    connect(m_server,
            &QTcpServer::pendingConnectionAvailable,
            this,
            &RecordingServer::onNewConnection);
    if (!m_server->listen(QHostAddress(address), 0))
        return Error(ErrorCode::Network,
                     QStringLiteral("recording server cannot listen on %1: %2")
                         .arg(address, m_server->errorString()));
    return {};
}

QUrl RecordingServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://") + hostPort());
}

QString RecordingServer::hostPort() const
{
    if (!m_server)
        return QString();
    return QStringLiteral("%1:%2")
        .arg(m_server->serverAddress().toString())
        .arg(m_server->serverPort());
}

void RecordingServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
            onData(socket);
        });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void RecordingServer::onData(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return;
    const QList<QByteArray> lines = buffer.left(end).split('\n');
    Record record;
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    record.method = requestLine.value(0);
    record.target = requestLine.value(1);
    qint64 contentLength = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = lines[i].left(colon).trimmed().toLower();
        const QByteArray value = lines[i].mid(colon + 1).trimmed();
        if (name == "authorization") {
            record.hadAuthorization = true;
            continue;
        }
        if (name == "cookie")
            continue;
        if (name == "content-length")
            contentLength = value.toLongLong();
        record.headers.insert(name, value);
    }
    if (buffer.size() - end - 4 < contentLength)
        return; // wait for the whole body
    record.bodySize = contentLength;
    m_buffers.remove(socket);
    m_records.append(record);

    QByteArray out = "HTTP/1.1 " + QByteArray::number(m_status) + " Recorded\r\n";
    for (const auto &h : std::as_const(m_headers))
        out += h.first + ": " + h.second + "\r\n";
    out += "Content-Length: " + QByteArray::number(m_body.size()) + "\r\n";
    out += "Connection: close\r\n\r\n";
    if (record.method != "HEAD")
        out += m_body;
    socket->write(out);
    socket->disconnectFromHost();
    Q_EMIT requestAnswered(int(m_records.size()) - 1);
}
