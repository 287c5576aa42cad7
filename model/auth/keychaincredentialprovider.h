// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/auth/credentialprovider.h"

#include <QPointer>

class KeychainStore;

struct CredentialSources;

// Lets the engine's credential lookup consult the desktop keyring (after the files), from any
// thread: the question crosses to the keyring's thread and the answer comes back queued to the
// asker's. A keyring not yet checked is checked first (KeychainStore::checkAvailability(),
// asynchronous and bounded by its timeout); an unavailable or destroyed keyring answers
// "nothing", so the lookup goes on to its next source. Nothing here waits or blocks.
class KeychainCredentialProvider : public CredentialProvider
{
public:
    explicit KeychainCredentialProvider(KeychainStore *store);

    // Appends the keyring to sources' providers: the one way the GUI and pullscope-cli add it.
    static void addTo(CredentialSources &sources, KeychainStore *store);

    QString name() const override;
    void lookup(const QString &host,
                QObject *context,
                std::function<void(const Result<Credential> &)> done) override;

private:
    QPointer<KeychainStore> m_store;
};
