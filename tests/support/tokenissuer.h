// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "labcertificateauthority.h"
#include "tokenpolicy.h"

#include <QUrl>

#include <memory>

class QThread;
class TokenHttpServer;

// The lab's token server (Docker registry token auth): issues ES256 JWTs signed by a key whose
// certificate chains to the lab CA, for the users and grant rules configured here. It serves
// HTTP on 127.0.0.1 from its own thread, so a test that blocks its main thread (waiting for
// skopeo) still gets tokens. Configure users and grants before or after start(); they apply
// to the next request. The destructor stops the thread.
class TokenIssuer
{
public:
    struct Options
    {
        QString service = QStringLiteral("pullscope-lab");
        QString issuer = QStringLiteral("pullscope-lab-token-issuer");
        int expiresInSeconds = 300;
    };

    // Makes the signing certificate from ca now; start() serves.
    explicit TokenIssuer(const LabCertificateAuthority &ca);
    TokenIssuer(const LabCertificateAuthority &ca, Options options);
    ~TokenIssuer();
    TokenIssuer(const TokenIssuer &) = delete;
    TokenIssuer &operator=(const TokenIssuer &) = delete;

    // Listens on 127.0.0.1 at a free port (or port). Call once.
    Result<void> start(quint16 port = 0);
    // Stops listening and joins the thread; also done by the destructor.
    void stop();

    // The port and the realm URL (http://127.0.0.1:PORT/token) once started.
    quint16 port() const { return m_port; }

    QUrl realm() const;

    QString service() const { return m_options.service; }

    QString issuerName() const { return m_options.issuer; }

    // The PEM bundle the registry must trust (auth.token.rootcertbundle): the CA certificate.
    QByteArray rootCertificateBundlePem() const { return m_ca.certificatePem(); }

    // The signing certificate (PEM), the x5c leaf.
    QByteArray signingCertificatePem() const { return m_signing.certificatePem; }

    // See TokenPolicy: users, grant rules ("" = anonymous, "*" = any authenticated user).
    void addUser(const QString &user, const QString &password);
    void
    grant(const QString &account, const QString &repositoryPattern, const QStringList &actions);
    // Shorthand for grant("", pattern, {"pull"}).
    void allowAnonymousPull(const QString &repositoryPattern);

    // Signs a token for account (already authenticated) with what the rules allow of scopes,
    // without HTTP; for seeding and tests. Any thread, after construction.
    Result<QByteArray> issueToken(const QString &account, const QStringList &scopes) const;

    // The requests the HTTP endpoint answered, oldest first (no secrets in them).
    QList<TokenRequestRecord> requests() const { return m_policy.requests(); }

    void clearRequests() { m_policy.clearRequests(); }

    // Whether construction produced a usable signer; errors otherwise surface from start().
    const Error &setupError() const { return m_setupError; }

private:
    const LabCertificateAuthority m_ca;
    const Options m_options;
    LabCertificateAuthority::KeyPair m_signing;
    Error m_setupError;
    TokenPolicy m_policy;
    std::unique_ptr<QThread> m_thread;
    TokenHttpServer *m_server = nullptr; // lives on m_thread; deleted there
    quint16 m_port = 0;
};
