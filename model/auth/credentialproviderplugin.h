// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/auth/credentialproviderconfig.h"
#include "model/auth/dockerkeyring.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>

#include <functional>

class Clock;
class QProcess;

// One kubelet credential provider plugin (k/k pkg/credentialprovider/plugin/plugin.go,
// pluginProvider + execPlugin): runs <binDir>/<name> <args...> with a
// credentialprovider.kubelet.k8s.io CredentialProviderRequest on stdin, reads the
// CredentialProviderResponse from stdout, and caches the answer by its cacheKeyType (Image,
// Registry, Global) for cacheDuration or the provider's defaultCacheDuration, against the injected
// Clock. Like the kubelet it never fails a lookup: a failure (not allowed, exit status, timeout,
// bad JSON, wrong apiVersion or cacheKeyType) yields no credentials and a logged, redacted reason.
// Identical concurrent requests share one process (the kubelet's singleflight).
class CredentialProviderPlugin : public QObject
{
    Q_OBJECT
public:
    // What one provide() produced.
    struct Outcome
    {
        QString image;
        QList<DockerKeyring::Entry> entries; // source 'provider "<name>"'
        bool fromCache = false;
        bool skipped = false; // matchImages did not match: the plugin was not run
        QString failure; // the kubelet's error text when the plugin failed; never a secret
    };

    // The kubelet's hard exec timeout (context.WithTimeout(ctx, 1*time.Minute)).
    static constexpr qint64 defaultTimeoutMs = 60 * 1000;

    CredentialProviderPlugin(CredentialProviderConfig::Provider provider,
                             QString binDir,
                             Clock *clock,
                             QObject *parent = nullptr);
    ~CredentialProviderPlugin() override;

    const CredentialProviderConfig::Provider &provider() const { return m_provider; }

    // The executable: binDir/name.
    QString executablePath() const;

    // Overrides the exec timeout (tests); measured on the Clock.
    void setTimeoutMs(qint64 ms) { m_timeoutMs = ms; }

    // The environment the provider's env is appended to (default: this process's).
    void setBaseEnvironment(const QProcessEnvironment &env) { m_baseEnvironment = env; }

    // Credentials for image (a normalized repository without tag or digest, as the kubelet sends
    // it). done runs exactly once, never inside the call, on this object's thread, unless context
    // is gone.
    void provide(const QString &image, QObject *context, std::function<void(const Outcome &)> done);

    // Drops every cached response.
    void clearCache() { m_cache.clear(); }

    // How many unexpired responses are cached (expired ones are purged first).
    int cachedResponses();

    // The request the kubelet writes to the plugin's stdin for image and apiVersion.
    static QByteArray requestJson(const QString &image, const QString &apiVersion);
    // The keyring source text for a provider: 'provider "name"'.
    static QString sourceFor(const QString &providerName);
    // parseRegistry: the text before the first '/' (port included).
    static QString registryOf(const QString &image);

Q_SIGNALS:
    // A provide() finished with a failure; reason is redacted.
    void failed(const QString &image, const QString &reason);

private:
    struct CacheEntry
    {
        QList<DockerKeyring::Entry> entries;
        qint64 expiresAtMs = 0;
    };

    struct Waiter
    {
        QPointer<QObject> context;
        bool hadContext = false;
        std::function<void(const Outcome &)> done;
    };
    struct Run;

    bool lookupCache(const QString &image, QList<DockerKeyring::Entry> *entries);
    void start(const QString &image);
    void finish(const QString &image, Outcome outcome);
    void deliver(const QList<Waiter> &waiters, const Outcome &outcome);
    // Applies the response's cache rules and returns its entries, or a failure text.
    Outcome handleResponse(const QString &image, const QByteArray &stdoutBytes);

    CredentialProviderConfig::Provider m_provider;
    QString m_binDir;
    Clock *m_clock;
    qint64 m_timeoutMs = defaultTimeoutMs;
    QProcessEnvironment m_baseEnvironment;
    QHash<QString, CacheEntry> m_cache;
    QHash<QString, QList<Waiter>> m_waiting; // image -> callers sharing one run
    QHash<QString, Run *> m_running;
};
