// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/auth/authfile.h"
#include "model/auth/credential.h"
#include "model/auth/credentialsources.h"
#include "model/core/result.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QStringList>

class CredentialHelperCall;

// Every credential Pullscope can use for the desktop user, from every source: each auth file
// of the search (and each registry's own auth file) with its entries, and each configured
// credential helper with what its `list` action says. Secrets stay inside: entries carry no
// secret, reveal() hands one out on an explicit request. start() reads the files at once and
// asks the helpers asynchronously; finished() is emitted exactly once (never inside start()),
// also after cancel(). Main thread (or any one thread).
class CredentialInventory : public QObject
{
    Q_OBJECT
public:
    // One credential (or one problem) found, in the order the lookup would consult them.
    // Never holds a secret.
    struct Entry
    {
        QString registry; // normalised ("docker.io", "r.io:5000"); empty for a file problem
        QString key; // as written in the file, or the helper's ServerURL
        QString username;
        Credential::Kind kind = Credential::Kind::Anonymous;
        Credential::Origin origin = Credential::Origin::None;
        QString source; // the file path, or the helper program ("docker-credential-pass")
        QString file; // the file the entry is in, or that names the helper
        QString why; // why that file is consulted ("docker config.json", "--authfile", ...)
        QString note; // "shadowed by ...", "the helper has no login for r.io"
        QString problem; // non-empty: something is wrong here (translated sentence)
        bool shadowed = false; // an earlier source answers for the same key
        bool hasSecret = false; // reveal() can show something
    };

    // One file consulted, whether present or not.
    struct File
    {
        QString path;
        AuthFile::Format format = AuthFile::Format::ContainersAuth;
        QString why;
        bool present = false;
        QString error; // the file exists but cannot be read or parsed
        QStringList problems; // entries dropped while reading (AuthFile::problems())
        QString credsStore;
        QMap<QString, QString> credHelpers; // normalised host -> helper suffix
    };

    explicit CredentialInventory(CredentialSources sources, QObject *parent = nullptr);
    ~CredentialInventory() override;

    // Adds a configured registry's auth file, consulted first for that registry's host
    // (RegistryClient prepends it for that host only). Call before start().
    void addRegistryAuthFile(const QString &registryName, const QString &host, const QString &path);

    // Helper calls run user-configured programs; bound each one (default 10 s).
    void setHelperTimeoutMs(int ms) { m_helperTimeoutMs = ms; }

    void start();
    void cancel();

    bool isFinished() const { return m_done; }

    const QList<Entry> &entries() const { return m_entries; }

    const QList<File> &files() const { return m_files; }

    // Every problem seen, one sentence each (file errors, dropped entries, failing helpers).
    QStringList problems() const;

    // The secret of entries()[index] when it came from a file (password, identity token or
    // registry token). An Error for helper entries (ask the helper: CredentialHelperCall::get)
    // and for a bad index. The only way a secret leaves this object.
    Result<QString> reveal(int index) const;

    // Whether a key (normalised) names host, as the lookup matches it (namespace keys of
    // auth.json included: "r.io/team" is for host r.io).
    static bool keyIsForHost(const QString &normalizedKey, const QString &host);

Q_SIGNALS:
    void finished(QPrivateSignal);

private:
    struct HelperUse
    {
        QString suffix;
        QString host; // empty: credsStore (every registry)
        int fileIndex = 0;
    };

    void readFile(const CredentialSources::File &file, const QString &onlyHost);
    void askNextHelper();
    void assemble();
    void markShadowed();
    void finish();

    struct RegistryFile
    {
        CredentialSources::File file;
        QString host;
    };

    CredentialSources m_sources;
    QList<RegistryFile> m_registryFiles;
    int m_helperTimeoutMs = 10'000;
    QList<File> m_files;
    QList<Entry> m_fileEntries; // before helpers are merged in
    QList<int> m_fileEntryOwner; // index into m_files of each m_fileEntries item
    QHash<int, QString> m_fileSecrets; // index into m_fileEntries -> secret
    QList<HelperUse> m_helperUses;
    QStringList m_helperQueue;
    QHash<QString, Result<QMap<QString, QString>>> m_helperLists;
    QPointer<CredentialHelperCall> m_call;
    QList<Entry> m_entries;
    QHash<int, QString> m_secrets; // index into m_entries -> secret
    bool m_started = false;
    bool m_done = false;
};
