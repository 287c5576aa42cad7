// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/auth/credentialinventory.h"

#include "model/auth/credentialhelper.h"
#include "model/core/tr.h"

#include <QFileInfo>
#include <QSet>

CredentialInventory::CredentialInventory(CredentialSources sources, QObject *parent)
    : QObject(parent)
    , m_sources(std::move(sources))
{}

CredentialInventory::~CredentialInventory()
{
    if (m_call)
        m_call->cancel();
}

void CredentialInventory::addRegistryAuthFile(const QString &registryName,
                                              const QString &host,
                                              const QString &path)
{
    if (m_started || path.isEmpty())
        return;
    //: %1 is the name of a configured registry
    m_registryFiles.append({{path,
                             AuthFile::Format::ContainersAuth,
                             Tr::tr("auth file of registry \"%1\"").arg(registryName)},
                            host});
}

bool CredentialInventory::keyIsForHost(const QString &normalizedKey, const QString &host)
{
    // auth.json keys may name a namespace ("r.io/team/app"); the host is what precedes the
    // first '/' (containers-auth.json(5) "namespaced" entries).
    return normalizedKey == host || normalizedKey.startsWith(host + QLatin1Char('/'));
}

void CredentialInventory::start()
{
    if (m_started)
        return;
    m_started = true;
    for (const RegistryFile &r : std::as_const(m_registryFiles))
        readFile(r.file, r.host);
    for (const CredentialSources::File &f : std::as_const(m_sources.files))
        readFile(f, QString());
    QSet<QString> queued;
    for (const HelperUse &use : std::as_const(m_helperUses)) {
        if (!queued.contains(use.suffix)) {
            queued.insert(use.suffix);
            m_helperQueue.append(use.suffix);
        }
    }
    // Deferred so that finished() never fires inside start().
    QMetaObject::invokeMethod(this, &CredentialInventory::askNextHelper, Qt::QueuedConnection);
}

void CredentialInventory::cancel()
{
    if (m_done)
        return;
    if (m_call)
        m_call->cancel();
    m_helperQueue.clear();
    finish();
}

void CredentialInventory::readFile(const CredentialSources::File &source, const QString &onlyHost)
{
    File file;
    file.path = source.path;
    file.format = source.format;
    file.why = source.why;
    file.present = QFileInfo::exists(source.path);
    const int fileIndex = int(m_files.size());
    if (!file.present) {
        m_files.append(file);
        return;
    }
    const Result<AuthFile> loaded = AuthFile::load(source.path, source.format);
    if (!loaded) {
        file.error = loaded.error().toString();
        m_files.append(file);
        Entry problem;
        problem.source = source.path;
        problem.file = source.path;
        problem.why = source.why;
        problem.problem = file.error;
        m_fileEntries.append(problem);
        m_fileEntryOwner.append(fileIndex);
        return;
    }
    file.problems = loaded->problems();
    file.credsStore = loaded->credsStore();
    file.credHelpers = loaded->credHelpers();
    m_files.append(file);

    // docker/cli GetCredentialsStore: credHelpers[host], then credsStore, then "auths"; so
    // a file's helpers come before its entries. credsStore counts in config.json only, as
    // CredentialLookup reads it.
    for (auto it = file.credHelpers.cbegin(); it != file.credHelpers.cend(); ++it) {
        if (onlyHost.isEmpty() || it.key() == onlyHost)
            m_helperUses.append({it.value(), it.key(), fileIndex});
    }
    if (!file.credsStore.isEmpty() && source.format == AuthFile::Format::DockerConfig)
        m_helperUses.append({file.credsStore, QString(), fileIndex});

    for (const AuthEntry &authEntry : loaded->entries()) {
        const Credential c = loaded->credentialFor(authEntry);
        Entry e;
        e.key = authEntry.key;
        e.registry = AuthFile::normalizeKey(authEntry.key, source.format);
        e.username = c.username;
        e.kind = c.kind;
        e.origin = source.format == AuthFile::Format::DockerConfig
            ? Credential::Origin::DockerConfig
            : Credential::Origin::ContainersAuth;
        e.source = source.path;
        e.file = source.path;
        e.why = source.why;
        e.hasSecret = !c.secret.isEmpty();
        if (!onlyHost.isEmpty() && !keyIsForHost(e.registry, onlyHost)) {
            //: %1 is a registry host
            e.note = Tr::tr("not used: this file is consulted for %1 only").arg(onlyHost);
            e.shadowed = true;
        }
        if (e.hasSecret)
            m_fileSecrets.insert(int(m_fileEntries.size()), c.secret);
        m_fileEntries.append(e);
        m_fileEntryOwner.append(fileIndex);
    }
    for (const QString &p : std::as_const(file.problems)) {
        Entry problem;
        problem.source = source.path;
        problem.file = source.path;
        problem.why = source.why;
        problem.problem = p;
        m_fileEntries.append(problem);
        m_fileEntryOwner.append(fileIndex);
    }
}

void CredentialInventory::askNextHelper()
{
    if (m_done)
        return;
    if (m_helperQueue.isEmpty()) {
        assemble();
        finish();
        return;
    }
    const QString suffix = m_helperQueue.takeFirst();
    m_call = CredentialHelperCall::list(suffix, this);
    m_call->setTimeoutMs(m_helperTimeoutMs);
    connect(m_call, &CredentialHelperCall::finished, this, [this, suffix] {
        CredentialHelperCall *call = m_call;
        m_call = nullptr;
        call->deleteLater();
        if (m_done)
            return;
        if (call->result())
            m_helperLists.insert(suffix, call->listResult());
        else
            m_helperLists.insert(suffix, call->result().error());
        askNextHelper();
    });
    m_call->start();
}

void CredentialInventory::assemble()
{
    // Walk the files in lookup order; a file's helper rows precede its "auths" rows.
    int fileEntry = 0;
    for (int fileIndex = 0; fileIndex < m_files.size(); ++fileIndex) {
        const File &file = m_files.at(fileIndex);
        for (const HelperUse &use : std::as_const(m_helperUses)) {
            if (use.fileIndex != fileIndex)
                continue;
            const QString program = QStringLiteral("docker-credential-") + use.suffix;
            const Result<QMap<QString, QString>> list = m_helperLists.value(
                use.suffix,
                Error(ErrorCode::Cancelled, Tr::tr("the helper was not asked (cancelled)")));
            Entry base;
            base.origin = Credential::Origin::Helper;
            base.source = program;
            base.file = file.path;
            base.why = use.host.isEmpty() ? Tr::tr("credsStore of %1").arg(file.path)
                                          : Tr::tr("credHelpers of %1").arg(file.path);
            if (!list) {
                Entry e = base;
                e.registry = use.host;
                e.problem = list.error().message;
                m_entries.append(e);
                continue;
            }
            bool any = false;
            for (auto it = list->cbegin(); it != list->cend(); ++it) {
                const QString registry =
                    AuthFile::normalizeKey(it.key(), AuthFile::Format::DockerConfig);
                if (!use.host.isEmpty() && registry != use.host)
                    continue;
                any = true;
                Entry e = base;
                e.key = it.key();
                e.registry = registry;
                e.username = it.value();
                // docker-credential-helpers: the user name "<token>" marks an identity token.
                e.kind = it.value() == QLatin1String("<token>") ? Credential::Kind::IdentityToken
                                                                : Credential::Kind::Password;
                m_entries.append(e);
            }
            if (!any && !use.host.isEmpty()) {
                Entry e = base;
                e.registry = use.host;
                //: %1 a helper program, %2 a registry host
                e.note = Tr::tr("%1 has no login for %2").arg(program, use.host);
                m_entries.append(e);
            }
        }
        while (fileEntry < m_fileEntries.size() && m_fileEntryOwner.at(fileEntry) == fileIndex) {
            if (m_fileSecrets.contains(fileEntry))
                m_secrets.insert(int(m_entries.size()), m_fileSecrets.value(fileEntry));
            m_entries.append(m_fileEntries.at(fileEntry));
            ++fileEntry;
        }
    }
    markShadowed();
}

void CredentialInventory::markShadowed()
{
    QHash<QString, QString> firstSource; // normalised key -> source that answers for it
    for (Entry &e : m_entries) {
        if (e.registry.isEmpty() || !e.problem.isEmpty() || e.shadowed)
            continue;
        if (e.kind == Credential::Kind::Anonymous) // a helper with nothing for the host
            continue;
        const auto it = firstSource.constFind(e.registry);
        if (it == firstSource.cend()) {
            firstSource.insert(e.registry, e.source);
            continue;
        }
        e.shadowed = true;
        //: %1 is a file path or a helper program
        e.note = Tr::tr("not used: %1 comes first").arg(*it);
    }
}

QStringList CredentialInventory::problems() const
{
    QStringList out;
    for (const Entry &e : m_entries) {
        if (!e.problem.isEmpty())
            out.append(e.problem);
    }
    return out;
}

Result<QString> CredentialInventory::reveal(int index) const
{
    if (index < 0 || index >= m_entries.size())
        return Error(ErrorCode::InvalidArgument, Tr::tr("No such credential."));
    const Entry &e = m_entries.at(index);
    if (e.origin == Credential::Origin::Helper)
        //: %1 a helper program
        return Error(ErrorCode::Unsupported,
                     Tr::tr("The secret is kept by %1; ask the helper for it.").arg(e.source));
    const auto it = m_secrets.constFind(index);
    if (it == m_secrets.cend())
        return Error(ErrorCode::NotFound, Tr::tr("This entry has no secret."));
    return *it;
}

void CredentialInventory::finish()
{
    if (m_done)
        return;
    m_done = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            Q_EMIT finished(QPrivateSignal());
        },
        Qt::QueuedConnection);
}
