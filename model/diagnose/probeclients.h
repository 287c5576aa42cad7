// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/diagnose/pullcredential.h"
#include "model/registry/registryclient.h"

#include <QObject>

#include <memory>
#include <vector>

// Makes the RegistryClients a diagnosis talks through: one per credential tried (and one
// anonymous), each knowing only that credential, never the desktop user's files, because the
// kubelet knows only the keyring. They share the base client's network manager, clock,
// timeout and TLS options for the host. Owns the clients; main thread.
class ProbeClients
{
public:
    // base supplies the network, clock and host options; it must outlive this object.
    ProbeClients(RegistryClient *base, QString host);
    ~ProbeClients();

    // A client that sends no credential at all.
    RegistryClient *anonymous();
    // A fresh client that sends credential (and nothing else).
    RegistryClient *with(const PullCredential &credential);

    // The base client (for its TLS facts).
    RegistryClient *base() const { return m_base; }

    QString host() const { return m_host; }

private:
    RegistryClient *make(const CredentialSources &sources);

    RegistryClient *m_base;
    QString m_host;
    RegistryClient *m_anonymous = nullptr;
    std::vector<std::unique_ptr<RegistryClient>> m_clients;
};
