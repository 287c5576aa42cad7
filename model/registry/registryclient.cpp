// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/registry/registryclient.h"

#include "model/auth/credentiallookup.h"
#include "model/registry/registryrequest.h"

#include <QHostAddress>

RegistryHostOptions RegistryHostOptions::fromConfig(const RegistryConfig &config)
{
    RegistryHostOptions o;
    o.insecure = config.insecure;
    o.tlsVerify = config.tlsVerify && !config.insecure;
    o.certDir = config.certDir;
    o.authFile = config.authFile;
    o.scheme = config.url.scheme().toLower();
    return o;
}

RegistryClient::RegistryClient(QNetworkAccessManager *network, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_clock(clock)
    , m_sources(CredentialSources::fromEnvironment())
    , m_tokens(clock)
{}

RegistryClient::~RegistryClient() = default;

void RegistryClient::setCredentialSources(const CredentialSources &sources)
{
    m_sources = sources;
    forgetCredentials();
}

void RegistryClient::setHostOptions(const QString &host, const RegistryHostOptions &options)
{
    m_options.insert(host, options);
    m_tls.remove(host);
    m_schemes.remove(host);
    m_credentials.clear();
}

RegistryHostOptions RegistryClient::optionsFor(const QString &host) const
{
    return m_options.value(host, m_defaults);
}

QString RegistryClient::apiHost(const QString &host)
{
    if (host == QLatin1String("docker.io") || host == QLatin1String("index.docker.io"))
        return QStringLiteral("registry-1.docker.io");
    return host;
}

bool RegistryClient::isLoopback(const QString &host)
{
    QString h = host;
    // Strip a port: "[::1]:5000", "127.0.0.1:5000", "localhost:5000".
    if (h.startsWith(QLatin1Char('['))) {
        h = h.mid(1, h.indexOf(QLatin1Char(']')) - 1);
    } else if (h.count(QLatin1Char(':')) == 1) {
        h = h.left(h.indexOf(QLatin1Char(':')));
    }
    if (h == QLatin1String("localhost"))
        return true;
    const QHostAddress address(h);
    return !address.isNull() && address.isLoopback();
}

QUrl RegistryClient::baseUrl(const QString &host) const
{
    QString scheme = m_schemes.value(host);
    if (scheme.isEmpty())
        scheme = optionsFor(host).scheme;
    if (scheme.isEmpty())
        scheme = QStringLiteral("https");
    return QUrl(scheme + QStringLiteral("://") + apiHost(host));
}

bool RegistryClient::mayFallBackToHttp(const QString &host) const
{
    const RegistryHostOptions o = optionsFor(host);
    if (!o.scheme.isEmpty())
        return false; // the user said which
    // Docker: insecure registries and 127.0.0.0/8 may speak plain HTTP (dockerd.md).
    return o.insecure || isLoopback(host);
}

void RegistryClient::rememberScheme(const QString &host, const QString &scheme)
{
    m_schemes.insert(host, scheme);
}

RegistryRequest *RegistryClient::request(const RequestSpec &spec)
{
    auto *r = new RegistryRequest(this, spec, this);
    r->start();
    return r;
}

Result<TlsSettings> RegistryClient::tlsFor(const QString &host)
{
    const auto it = m_tls.constFind(host);
    if (it != m_tls.cend())
        return *it;
    const RegistryHostOptions o = optionsFor(host);
    auto settings = TlsSettings::forHost(host, o.certDir, o.tlsVerify && !o.insecure);
    if (settings)
        m_tls.insert(host, *settings);
    return settings;
}

void RegistryClient::rememberChallenges(const QString &host, const QList<AuthChallenge> &challenges)
{
    if (!challenges.isEmpty())
        m_challenges.insert(host, challenges);
}

void RegistryClient::credentialFor(const QString &host,
                                   const QString &repository,
                                   QObject *context,
                                   std::function<void(const Result<Credential> &)> done)
{
    const QString key = host + QLatin1Char('/') + repository;
    const auto cached = m_credentials.constFind(key);
    if (cached != m_credentials.cend()) {
        const Result<Credential> value = *cached;
        QMetaObject::invokeMethod(
            context,
            [done, value] {
                done(value);
            },
            Qt::QueuedConnection);
        return;
    }
    CredentialSources sources = m_sources;
    const QString authFile = optionsFor(host).authFile;
    if (!authFile.isEmpty() && !sources.hasExplicit) {
        sources.files.prepend(
            {authFile, AuthFile::Format::ContainersAuth, tr("registry settings")});
    }
    auto *lookup = new CredentialLookup(sources, host, repository, this);
    connect(lookup, &CredentialLookup::finished, context, [this, lookup, key, done] {
        lookup->deleteLater();
        if (lookup->result())
            m_credentials.insert(key, lookup->result());
        done(lookup->result());
    });
    lookup->start();
}

void RegistryClient::forgetCredentials()
{
    m_credentials.clear();
    m_basic.clear();
    m_tokens.clear();
}

QByteArray RegistryClient::authorizationFor(const QString &host, const QStringList &scopes)
{
    for (const AuthChallenge &c : challengesFor(host)) {
        if (c.isBearer()) {
            const QString token = m_tokens.token(TokenCache::key(c.realm(), c.service(), scopes));
            if (!token.isEmpty())
                return "Bearer " + token.toLatin1();
        }
    }
    return basicFor(host);
}
