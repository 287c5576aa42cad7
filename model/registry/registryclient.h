// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/auth/authchallenge.h"
#include "model/auth/credential.h"
#include "model/auth/credentialsources.h"
#include "model/registry/registryconfig.h"
#include "model/registry/tlssettings.h"
#include "model/registry/tokencache.h"

#include <QHash>
#include <QObject>
#include <QUrl>

#include <functional>

class Clock;
class CredentialLookup;
class QNetworkAccessManager;
class RegistryRequest;
struct RequestSpec;

// How Pullscope talks to one registry host beyond its name (a RegistryConfig's options, or
// the CLI's --tls-verify / --cert-dir / --authfile).
struct RegistryHostOptions
{
    bool insecure = false; // plain HTTP allowed (loopback registries always are, as in Docker)
    bool tlsVerify = true; // verify the certificate (skopeo --tls-verify)
    QString certDir; // replaces the certs.d search (skopeo --cert-dir)
    QString authFile; // a credential file searched before the standard ones
    QString scheme; // "http" or "https" when fixed by configuration; empty: https, then
                    // http for insecure and loopback registries

    static RegistryHostOptions fromConfig(const RegistryConfig &config);
};

// The registry protocol's shared state for every request: the network manager, the clock,
// credentials per host, the challenges each host answered, bearer tokens, TLS settings and
// the scheme each host speaks. Requests are jobs made by request(); operations (tags,
// manifests, ...) build on them. Lives on the thread of its QNetworkAccessManager.
class RegistryClient : public QObject
{
    Q_OBJECT
public:
    RegistryClient(QNetworkAccessManager *network, Clock *clock, QObject *parent = nullptr);
    ~RegistryClient() override;

    QNetworkAccessManager *network() const { return m_network; }

    Clock *clock() const { return m_clock; }

    // Where desktop credentials come from (default: the environment's standard search).
    void setCredentialSources(const CredentialSources &sources);

    const CredentialSources &credentialSources() const { return m_sources; }

    // Options for hosts without their own (the CLI's global flags).
    void setDefaultOptions(const RegistryHostOptions &options) { m_defaults = options; }

    void setHostOptions(const QString &host, const RegistryHostOptions &options);
    RegistryHostOptions optionsFor(const QString &host) const;

    // Per-request timeout without progress (QNetworkRequest::setTransferTimeout).
    void setTransferTimeoutMs(int ms) { m_transferTimeoutMs = ms; }

    int transferTimeoutMs() const { return m_transferTimeoutMs; }

    // Docker Hub's API host for docker.io (normalize.go "actual domain of Docker Hub's
    // registry is registry-1.docker.io"); others unchanged.
    static QString apiHost(const QString &host);
    static bool isLoopback(const QString &host);
    // The base URL requests to host go to ("https://registry-1.docker.io").
    QUrl baseUrl(const QString &host) const;
    // Whether a failed HTTPS attempt may fall back to plain HTTP for host.
    bool mayFallBackToHttp(const QString &host) const;
    void rememberScheme(const QString &host, const QString &scheme);

    // Starts a request; the caller owns the returned job (its parent is this client until
    // the caller reparents it) and connects to finished() before control returns to the loop.
    RegistryRequest *request(const RequestSpec &spec);

    // --- used by RegistryRequest ---
    Result<TlsSettings> tlsFor(const QString &host);

    TokenCache &tokens() { return m_tokens; }

    void rememberChallenges(const QString &host, const QList<AuthChallenge> &challenges);

    QList<AuthChallenge> challengesFor(const QString &host) const
    {
        return m_challenges.value(host);
    }

    // Basic credentials proven for host (sent up front on later requests).
    void rememberBasic(const QString &host, const QByteArray &header)
    {
        m_basic.insert(host, header);
    }

    QByteArray basicFor(const QString &host) const { return m_basic.value(host); }

    // The Authorization header already earned for host and these token scopes: a cached
    // bearer token for one of the host's challenges, else proven Basic credentials, else empty.
    QByteArray authorizationFor(const QString &host, const QStringList &scopes);

    // Finds the credential for host/repository (cached per host and repository); calls done
    // with it, on a later turn of the event loop, within context's lifetime.
    void credentialFor(const QString &host,
                       const QString &repository,
                       QObject *context,
                       std::function<void(const Result<Credential> &)> done);
    // Forgets cached credentials and tokens (after a login or logout).
    void forgetCredentials();

private:
    QNetworkAccessManager *m_network;
    Clock *m_clock;
    CredentialSources m_sources;
    RegistryHostOptions m_defaults;
    QHash<QString, RegistryHostOptions> m_options;
    QHash<QString, QString> m_schemes;
    QHash<QString, TlsSettings> m_tls;
    QHash<QString, QList<AuthChallenge>> m_challenges;
    QHash<QString, QByteArray> m_basic;
    QHash<QString, Result<Credential>> m_credentials;
    TokenCache m_tokens;
    int m_transferTimeoutMs = 30'000;
};

Q_DECLARE_METATYPE(RegistryHostOptions)
