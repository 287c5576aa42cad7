// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/core/result.h"
#include "model/registry/registryclient.h"

#include <QObject>
#include <QPointer>

class PingJob;
class QNetworkAccessManager;

// Proves a user name and password against a registry before anything is stored: /v2/
// without credentials (PingJob: reachable, which auth scheme), then one request that needs
// them, with the login given as the only credential (CredentialSources::setExplicit): the
// tags of a repository when one is named, else /v2/ itself (Basic answers it with the login;
// a bearer registry first hands out a token for it, so a wrong password fails at the token
// server). finished() is emitted exactly once, never inside start(); also after cancel().
class LoginVerifier : public QObject
{
    Q_OBJECT
public:
    // network: not owned, must outlive this object.
    explicit LoginVerifier(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~LoginVerifier() override;

    // How to reach host (a configured registry's options); defaults otherwise.
    void setHostOptions(const RegistryHostOptions &options) { m_options = options; }

    // host: "r.io:5000"; repository: optional ("team/app").
    void start(const QString &host,
               const QString &username,
               const QString &password,
               const QString &repository);
    void cancel();

    bool isFinished() const { return m_done; }

    // A sentence saying what was proven, or the engine's error.
    const Result<QString> &result() const { return m_result; }

    // The auth scheme /v2/ asked for ("none", "basic", "bearer"), once known.
    QString authScheme() const { return m_authScheme; }

Q_SIGNALS:
    void finished(QPrivateSignal);

private:
    void checkWithCredentials();
    void finish(Result<QString> result);

    QNetworkAccessManager *m_network;
    RegistryClient *m_client = nullptr;
    RegistryHostOptions m_options;
    QString m_host;
    QString m_repository;
    QString m_authScheme;
    QPointer<QObject> m_job;
    bool m_started = false;
    bool m_done = false;
    Result<QString> m_result = QString();
};
