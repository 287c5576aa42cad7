// SPDX-License-Identifier: GPL-3.0-or-later
#include "tokenissuer.h"

#include "tokenhttpserver.h"

#include <QHostAddress>
#include <QThread>

TokenIssuer::TokenIssuer(const LabCertificateAuthority &ca)
    : TokenIssuer(ca, Options())
{}

TokenIssuer::TokenIssuer(const LabCertificateAuthority &ca, Options options)
    : m_ca(ca)
    , m_options(std::move(options))
{
    Result<LabCertificateAuthority::KeyPair> signing =
        m_ca.issueSigningCertificate(QStringLiteral("Pullscope lab token signer"));
    if (!signing) {
        m_setupError = signing.error();
        return;
    }
    m_signing = *signing;
    Result<JwtSigner> signer =
        JwtSigner::create(m_signing.privateKeyPem, {m_signing.certificatePem});
    if (!signer) {
        m_setupError = signer.error();
        return;
    }
    m_server =
        new TokenHttpServer(&m_policy,
                            *signer,
                            {m_options.service, m_options.issuer, m_options.expiresInSeconds});
}

TokenIssuer::~TokenIssuer()
{
    stop();
    delete m_server; // only when it never moved to the thread
}

Result<void> TokenIssuer::start(quint16 port)
{
    if (!m_setupError.isNull())
        return m_setupError;
    if (m_thread)
        return Error(ErrorCode::Internal, QStringLiteral("the token issuer was already started"));
    m_thread = std::make_unique<QThread>();
    m_thread->setObjectName(QStringLiteral("lab-token-issuer"));
    m_server->moveToThread(m_thread.get());
    TokenHttpServer *server = m_server;
    m_server = nullptr; // from now on owned by the thread, deleted when it finishes
    QObject::connect(m_thread.get(), &QThread::finished, server, &QObject::deleteLater);
    m_thread->start();
    bool ok = false;
    QString why;
    QMetaObject::invokeMethod(
        server,
        [&] {
            ok = server->listen(QHostAddress::LocalHost, port);
            why = server->errorString();
            m_port = server->serverPort();
        },
        Qt::BlockingQueuedConnection);
    if (!ok)
        return Error(ErrorCode::Io, QStringLiteral("the token server cannot listen"), why);
    return {};
}

void TokenIssuer::stop()
{
    if (!m_thread)
        return;
    m_thread->quit();
    m_thread->wait();
    m_thread.reset();
}

QUrl TokenIssuer::realm() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/token").arg(m_port));
}

void TokenIssuer::addUser(const QString &user, const QString &password)
{
    m_policy.addUser(user, password);
}

void TokenIssuer::grant(const QString &account,
                        const QString &repositoryPattern,
                        const QStringList &actions)
{
    m_policy.grant(account, repositoryPattern, actions);
}

void TokenIssuer::allowAnonymousPull(const QString &repositoryPattern)
{
    m_policy.grant(QString(), repositoryPattern, {QStringLiteral("pull")});
}

Result<QByteArray> TokenIssuer::issueToken(const QString &account, const QStringList &scopes) const
{
    if (!m_setupError.isNull())
        return m_setupError;
    Result<JwtSigner> signer =
        JwtSigner::create(m_signing.privateKeyPem, {m_signing.certificatePem});
    if (!signer)
        return signer.error();
    QList<TokenScope> granted;
    for (const QString &text : scopes) {
        TokenScope s = TokenScope::parse(text);
        s.actions = m_policy.allowedActions(account, s);
        if (!s.actions.isEmpty())
            granted << s;
    }
    return TokenHttpServer::mintToken(
        *signer,
        {m_options.service, m_options.issuer, m_options.expiresInSeconds},
        account,
        granted);
}
