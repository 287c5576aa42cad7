// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/networksession.h"

#include "app/cli/command.h"
#include "app/cli/output.h"
#include "model/auth/credentialsources.h"
#include "model/auth/keychaincredentialprovider.h"
#include "model/auth/keychainstore.h"
#include "model/core/realclock.h"
#include "model/core/tr.h"
#include "model/registry/registryclient.h"

#include <QNetworkAccessManager>

NetworkSession::NetworkSession(NetworkOptions options, QProcessEnvironment environment)
    : m_options(std::move(options))
    , m_environment(std::move(environment))
{}

NetworkSession::~NetworkSession()
{
    // The client's pending replies belong to the manager; drop the client first, the keyring
    // its lookups ask after it.
    m_client.reset();
    m_network.reset();
    m_keychain.reset();
}

Result<void> NetworkSession::setUp()
{
    // --authfile replaces the whole search list, as it does for skopeo
    // (containers-auth.json(5)); --creds wins over every file.
    CredentialSources sources =
        CredentialSources::fromEnvironment(m_environment, m_options.authFile);
    if (!m_options.creds.isEmpty()) {
        if (Result<void> r = sources.setExplicit(m_options.creds); !r)
            return r.error();
    }
    // After the files, as the desktop app looks: the logins its Credentials page stored in the
    // keyring.
    m_keychain = std::make_unique<KeychainStore>();
    KeychainCredentialProvider::addTo(sources, m_keychain.get());
    m_network = std::make_unique<QNetworkAccessManager>();
    m_clock = std::make_unique<RealClock>();
    m_client = std::make_unique<RegistryClient>(m_network.get(), m_clock.get());
    m_client->setCredentialSources(sources);
    m_client->setTransferTimeoutMs(m_options.timeoutSeconds * 1000);

    RegistryHostOptions host;
    // skopeo: --tls-verify=false skips verification and lets the registry speak plain HTTP.
    host.tlsVerify = m_options.tlsVerify;
    host.insecure = !m_options.tlsVerify;
    host.certDir = m_options.certDir;
    m_client->setDefaultOptions(host);
    return {};
}

int NetworkSession::fail(Output &out, const Error &error) const
{
    if (m_interrupt.wasInterrupted() || error.code == ErrorCode::Cancelled) {
        out.error(Tr::tr("interrupted"));
        return Interrupted;
    }
    out.error(error.message);
    return ExitStatus::Failed;
}
