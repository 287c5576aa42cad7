// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/auth/credentiallookup.h"

#include "model/auth/credentialhelper.h"
#include "model/core/tr.h"

#include <QFileInfo>

CredentialLookup::CredentialLookup(CredentialSources sources,
                                   QString host,
                                   QString path,
                                   QObject *parent)
    : ResultJob(parent)
    , m_sources(std::move(sources))
    , m_host(std::move(host))
    , m_path(std::move(path))
{}

void CredentialLookup::start()
{
    // The walk reads files; it starts from the event loop so start() returns at once.
    QMetaObject::invokeMethod(this, &CredentialLookup::next, Qt::QueuedConnection);
}

void CredentialLookup::cancel()
{
    if (isFinished())
        return;
    ResultJob::cancel();
    // Its finished() is queued too and finds the lookup finished.
    if (m_call)
        m_call->cancel();
}

void CredentialLookup::next()
{
    if (isFinished())
        return;
    if (m_index < 0) {
        m_index = 0;
        if (m_sources.hasExplicit) {
            Credential c;
            c.kind = Credential::Kind::Password;
            c.username = m_sources.explicitUsername;
            c.secret = m_sources.explicitSecret;
            c.origin = Credential::Origin::Explicit;
            c.originPath = m_sources.explicitOrigin;
            m_steps.append({Tr::tr("--creds"),
                            Tr::tr("given explicitly; files are not consulted"),
                            true,
                            false});
            finish(c);
            return;
        }
    }
    while (m_index < m_sources.files.size()) {
        const CredentialSources::File file = m_sources.files.at(m_index++);
        const QString source = QStringLiteral("%1 (%2)").arg(file.path, file.why);
        if (!QFileInfo::exists(file.path)) {
            m_steps.append({source, Tr::tr("not present"), false, false});
            continue;
        }
        auto loaded = AuthFile::load(file.path, file.format);
        if (!loaded) {
            m_steps.append({source, loaded.error().toString(), false, true});
            continue;
        }
        m_current = *loaded;
        for (const QString &problem : m_current.problems())
            m_steps.append({source, problem, false, true});

        const auto useEntry = [this, source] {
            if (const auto entry = m_current.lookup(m_host, m_path)) {
                m_steps.append({source, Tr::tr("matched key \"%1\"").arg(entry->key), true, false});
                finish(m_current.credentialFor(*entry));
                return true;
            }
            m_steps.append({source, Tr::tr("no entry for %1").arg(m_host), false, false});
            return false;
        };
        // docker/cli configfile GetCredentialsStore: credHelpers[host] first, then credsStore,
        // then "auths". When the helper has nothing, the "auths" entry still counts, as it
        // does for containers/image (docker itself would stop at the helper).
        const QString specific =
            m_current.credHelpers().value(AuthFile::normalizeKey(m_host, file.format));
        const QString helper = specific.isEmpty() && file.format == AuthFile::Format::DockerConfig
            ? m_current.credsStore()
            : specific;
        if (!helper.isEmpty()) {
            askHelper(helper, source, [this, useEntry] {
                if (!useEntry())
                    next();
            });
            return;
        }
        if (useEntry())
            return;
    }
    askProvider(0);
}

void CredentialLookup::askProvider(int index)
{
    if (isFinished())
        return;
    if (index < m_sources.providers.size()) {
        const std::shared_ptr<CredentialProvider> provider = m_sources.providers.at(index);
        provider->lookup(m_host, this, [this, index, provider](const Result<Credential> &c) {
            if (isFinished())
                return;
            if (!c) {
                m_steps.append({provider->name(), c.error().message, false, true});
            } else if (c->isAnonymous()) {
                m_steps.append(
                    {provider->name(), Tr::tr("no entry for %1").arg(m_host), false, false});
            } else {
                m_steps.append(
                    {provider->name(), Tr::tr("has a login for %1").arg(m_host), true, false});
                finish(*c);
                return;
            }
            askProvider(index + 1);
        });
        return;
    }
    m_steps.append({Tr::tr("end of the search"),
                    Tr::tr("no credential: the request goes anonymously"),
                    false,
                    false});
    finish(Credential());
}

void CredentialLookup::askHelper(const QString &helper,
                                 const QString &source,
                                 std::function<void()> onNone)
{
    const QString serverUrl = AuthFile::keyForHost(m_host, AuthFile::Format::DockerConfig);
    m_call = CredentialHelperCall::get(helper, serverUrl, this);
    connect(
        m_call,
        &CredentialHelperCall::finished,
        this,
        [this, source, onNone = std::move(onNone)] {
            CredentialHelperCall *call = m_call;
            m_call = nullptr;
            call->deleteLater();
            const QString program = call->program();
            if (isFinished())
                return;
            if (!call->result()) {
                m_steps.append({source, call->result().error().message, false, true});
                onNone();
                return;
            }
            if (call->result()->isAnonymous()) {
                m_steps.append(
                    {source, Tr::tr("%1 has nothing for %2").arg(program, m_host), false, false});
                onNone();
                return;
            }
            m_steps.append(
                {source, Tr::tr("%1 answered for %2").arg(program, m_host), true, false});
            finish(*call->result());
        });
    m_call->start();
}
