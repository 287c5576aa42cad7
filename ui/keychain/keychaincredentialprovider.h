// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/auth/credentialprovider.h"

#include <QPointer>

class KeychainStore;

// Lets the engine's credential lookup consult the desktop keyring (after the files), from any
// thread: the question crosses to the keyring's thread and the answer comes back queued to the
// asker's. An unavailable or destroyed keyring answers "nothing".
class KeychainCredentialProvider : public CredentialProvider
{
public:
    explicit KeychainCredentialProvider(KeychainStore *store);

    QString name() const override;
    void lookup(const QString &host,
                QObject *context,
                std::function<void(const Result<Credential> &)> done) override;

private:
    QPointer<KeychainStore> m_store;
};
