// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/auth/keychaincredentialprovider.h"

#include "model/auth/credentialsources.h"
#include "model/auth/keychainstore.h"
#include "model/core/logging.h"
#include "model/core/tr.h"

KeychainCredentialProvider::KeychainCredentialProvider(KeychainStore *store)
    : m_store(store)
{}

void KeychainCredentialProvider::addTo(CredentialSources &sources, KeychainStore *store)
{
    sources.providers.append(std::make_shared<KeychainCredentialProvider>(store));
}

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
    // On the keyring's thread: read when it answers, "nothing" when it cannot; a keyring not
    // yet checked is checked first and asked once the check is done (never waited for).
    auto ask = [store, host, answer] {
        if (!store) {
            answer(Credential());
            return;
        }
        if (!store->isAvailable()) {
            qCDebug(lcAuth) << "desktop keyring not consulted:" << store->unavailableReason();
            answer(Credential());
            return;
        }
        store->read(host, answer);
    };
    QMetaObject::invokeMethod(
        store,
        [store, ask] {
            if (!store)
                return ask();
            if (store->state() == KeychainStore::State::Unknown
                || store->state() == KeychainStore::State::Checking) {
                QObject::connect(store,
                                 &KeychainStore::availabilityChecked,
                                 store,
                                 ask,
                                 Qt::SingleShotConnection);
                store->checkAvailability();
                return;
            }
            ask();
        },
        Qt::QueuedConnection);
}
