// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/keychain/keychaincredentialprovider.h"

#include "model/core/tr.h"
#include "ui/keychain/keychainstore.h"

KeychainCredentialProvider::KeychainCredentialProvider(KeychainStore *store)
    : m_store(store)
{}

QString KeychainCredentialProvider::name() const
{
    return Tr::tr("system keychain");
}

void KeychainCredentialProvider::lookup(const QString &host,
                                        QObject *context,
                                        std::function<void(const Result<Credential> &)> done)
{
    QPointer<QObject> asker(context);
    // Runs on the asker's thread, later; nothing happens if the asker is gone.
    auto answer = [asker, done](const Result<Credential> &result) {
        if (asker)
            QMetaObject::invokeMethod(
                asker,
                [done, result] {
                    done(result);
                },
                Qt::QueuedConnection);
    };
    QPointer<KeychainStore> store = m_store;
    if (!store) {
        answer(Credential());
        return;
    }
    QMetaObject::invokeMethod(
        store,
        [store, host, answer] {
            if (!store || !store->isAvailable()) {
                answer(Credential());
                return;
            }
            store->read(host, answer);
        },
        Qt::QueuedConnection);
}
