// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/diagnose/probeclients.h"

ProbeClients::ProbeClients(RegistryClient *base, QString host)
    : m_base(base)
    , m_host(std::move(host))
{}

ProbeClients::~ProbeClients() = default;

RegistryClient *ProbeClients::make(const CredentialSources &sources)
{
    auto client = std::make_unique<RegistryClient>(m_base->network(), m_base->clock());
    client->setCredentialSources(sources);
    client->setTransferTimeoutMs(m_base->transferTimeoutMs());
    client->setHostOptions(m_host, m_base->optionsFor(m_host));
    m_clients.push_back(std::move(client));
    return m_clients.back().get();
}

RegistryClient *ProbeClients::anonymous()
{
    // No files, no providers, no explicit credential: CredentialLookup answers Anonymous, as
    // the kubelet pulls when the keyring has nothing (kuberuntime_image.go PullImage,
    // docs/reference/kubelet-image-pull.md §4.7).
    if (!m_anonymous)
        m_anonymous = make(CredentialSources());
    return m_anonymous;
}

RegistryClient *ProbeClients::with(const PullCredential &credential)
{
    CredentialSources sources;
    sources.hasExplicit = true;
    sources.explicitUsername = credential.username;
    sources.explicitSecret = credential.password;
    sources.explicitOrigin = credential.source;
    return make(sources);
}
