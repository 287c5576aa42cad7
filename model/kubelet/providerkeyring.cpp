// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/kubelet/providerkeyring.h"

#include "model/auth/credentialproviderconfig.h"
#include "model/auth/credentialproviderplugin.h"
#include "model/auth/dockerkeyring.h"
#include "model/core/logging.h"
#include "model/core/realclock.h"
#include "model/kubelet/pendingwork.h"

ProviderKeyring::ProviderKeyring(PendingWork *pending, QObject *parent)
    : QObject(parent)
    , m_pending(pending)
    , m_clock(std::make_unique<RealClock>())
{}

ProviderKeyring::~ProviderKeyring()
{
    qDeleteAll(m_plugins);
}

Result<void> ProviderKeyring::configure(const QString &configPath, const QString &binDir)
{
    qDeleteAll(m_plugins);
    m_plugins.clear();
    if (configPath.isEmpty())
        return {};
    const Result<CredentialProviderConfig> config = CredentialProviderConfig::load(configPath);
    if (!config)
        return config.error();
    for (const CredentialProviderConfig::Provider &p : config->providers())
        m_plugins << new CredentialProviderPlugin(p, binDir, m_clock.get());
    return {};
}

void ProviderKeyring::lookup(const QString &repository,
                             std::function<void(const PodCredentialList &)> done)
{
    struct Gathering
    {
        int waiting = 0;
        QList<QList<DockerKeyring::Entry>> answers; // per plugin, in configuration order
        std::function<void(const PodCredentialList &)> done;
    };

    auto g = std::make_shared<Gathering>();
    g->waiting = int(m_plugins.size());
    g->answers.resize(m_plugins.size());
    g->done = std::move(done);
    m_pending->begin();
    const auto complete = [this, g, repository] {
        // externalCredentialProviderKeyring.Lookup: all answers in one BasicDockerKeyring;
        // "the value from the provider earlier in this list is attempted first" for equal keys.
        DockerKeyring keyring;
        for (const QList<DockerKeyring::Entry> &entries : std::as_const(g->answers))
            keyring.addAll(entries);
        PodCredentialList out;
        for (const DockerKeyring::Entry &e : keyring.lookup(repository))
            out << PodCredential{e.key, e.username, e.password, e.source, std::nullopt};
        g->done(out);
        m_pending->end();
    };
    if (m_plugins.isEmpty()) {
        QMetaObject::invokeMethod(this, complete, Qt::QueuedConnection);
        return;
    }
    for (int i = 0; i < m_plugins.size(); ++i) {
        m_plugins.at(i)->provide(repository,
                                 this,
                                 [g, i, complete](const CredentialProviderPlugin::Outcome &o) {
                                     // Failures are swallowed; the plugin logged its reason.
                                     if (!o.failure.isEmpty())
                                         qCInfo(lcKubelet)
                                             << "credential provider failed:" << o.failure;
                                     g->answers[i] = o.entries;
                                     if (--g->waiting == 0)
                                         complete();
                                 });
    }
}
