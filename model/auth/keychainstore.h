// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/auth/credential.h"
#include "model/core/result.h"

#include <QMap>
#include <QObject>
#include <QTimer>

#include <functional>

namespace QKeychain {
class Job;
}

// Registry logins kept in the desktop keyring (Secret Service, KWallet) through QtKeychain.
// The keyring cannot list its entries, so an index (host -> user name) is kept in the keyring
// too. Whether a keyring exists is only known after checkAvailability(): headless machines
// often have none (no D-Bus session, no secret service), and the caller then falls back to a
// file. PULLSCOPE_KEYRING=off in the environment turns it off (tests, kiosk set-ups).
// Lives on one thread (the GUI's, or pullscope-cli's main thread) and needs its event loop:
// QtKeychain's jobs are asynchronous and nothing here waits for one. Callbacks run later on the
// event loop, never inside the call, and never after this object is destroyed. Secrets never reach
// a log or an error message.
class KeychainStore : public QObject
{
    Q_OBJECT
public:
    enum class State { Unknown, Checking, Available, Unavailable };

    // service: the keyring's service name under which entries live.
    explicit KeychainStore(QString service = QStringLiteral("pullscope"),
                           QObject *parent = nullptr);
    ~KeychainStore() override;

    // Reads the index once to learn whether a keyring answers; availabilityChecked() follows
    // (also when the answer was already known). Bounded by timeoutMs.
    void checkAvailability(int timeoutMs = 4000);

    State state() const { return m_state; }

    bool isAvailable() const { return m_state == State::Available; }

    // Why the keyring cannot be used (translated), when state() is Unavailable.
    QString unavailableReason() const { return m_reason; }

    // The logins the index lists: host -> user name. Empty until the keyring was checked.
    const QMap<QString, QString> &logins() const { return m_logins; }

    // Stores user and secret for host and adds it to the index.
    void store(const QString &host,
               const QString &username,
               const QString &secret,
               std::function<void(const Result<void> &)> done);
    // Removes host's login and its index line.
    void erase(const QString &host, std::function<void(const Result<void> &)> done);
    // Reads host's login (Origin::Keychain); Anonymous when there is none.
    void read(const QString &host, std::function<void(const Result<Credential> &)> done);

    // The keyring key for host.
    static QString keyFor(const QString &host);

Q_SIGNALS:
    void availabilityChecked();
    void loginsChanged();

private:
    void writeIndex(std::function<void(const Result<void> &)> done);
    void finishCheck(State state, const QString &reason);
    Error jobError(QKeychain::Job *job) const;

    QString m_service;
    State m_state = State::Unknown;
    QString m_reason;
    QMap<QString, QString> m_logins;
    QTimer m_checkTimer;
};
