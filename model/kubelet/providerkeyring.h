// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/core/result.h"
#include "model/kubelet/podcredential.h"

#include <QList>
#include <QObject>

#include <functional>
#include <memory>

class CredentialProviderPlugin;
class PendingWork;
class RealClock;

// The kubelet's external credential provider keyring (k/k pkg/credentialprovider/plugin,
// docs/reference/kubelet-image-pull.md §5): every configured plugin whose matchImages match is
// asked, their answers merged into one keyring and looked up in its order. Plugin failures are
// swallowed (no credentials), as the kubelet does. Plugins run as real processes with real-time
// timeouts and caches even when the simulation's clock is virtual, so a hanging plugin can
// never stall virtual time. One thread.
class ProviderKeyring : public QObject
{
    Q_OBJECT
public:
    ProviderKeyring(PendingWork *pending, QObject *parent = nullptr);
    ~ProviderKeyring() override;

    // Reads a CredentialProviderConfig (file or directory) with plugins in binDir; an empty
    // path means no plugins. On an error (which stops a real kubelet) no plugin is kept.
    Result<void> configure(const QString &configPath, const QString &binDir);

    bool isEmpty() const { return m_plugins.isEmpty(); }

    // Credentials for repository (normalized, no tag or digest) from every plugin, in the
    // merged keyring's order; done is called exactly once, on a later turn of the event loop.
    void lookup(const QString &repository, std::function<void(const PodCredentialList &)> done);

private:
    PendingWork *m_pending;
    std::unique_ptr<RealClock> m_clock;
    QList<CredentialProviderPlugin *> m_plugins;
};
