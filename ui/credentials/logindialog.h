// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QPointer>

#include <functional>

class CredentialWriter;
class LoginVerifier;
class QComboBox;
class QDialogButtonBox;
class ErrorBanner;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class RegistryConfigStore;

// "Log in to a registry": registry, user name, password (masked) and an optional repository
// to check. Log In first VERIFIES the login against the registry (LoginVerifier); a wrong
// password shows the engine's message and stores nothing. A verified login goes where
// CredentialWriter says (helper, keyring, or a file after the user agrees to it, mode 0600).
// The dialog stays open until the login is stored or the user cancels; closing it cancels a
// check in flight.
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    // writer: not owned; store: configured registries (hosts offered, their TLS options), may
    // be null.
    LoginDialog(CredentialWriter *writer, RegistryConfigStore *store, QWidget *parent = nullptr);
    ~LoginDialog() override;

    // Pre-fills the registry field.
    void setRegistry(const QString &host);

    // Asks whether a file may be written; default: a question box. Tests replace it.
    void setFileConfirmation(std::function<bool(const QString &message)> confirm)
    {
        m_confirm = std::move(confirm);
    }

    // The status line (progress, the engine's error, where the login went).
    QString statusText() const;

    // The host the last stored login was for.
    QString storedHost() const { return m_storedHost; }

public Q_SLOTS:
    void accept() override;
    void reject() override;

Q_SIGNALS:
    // A verified login was stored; where is a sentence for people.
    void loginStored(const QString &host, const QString &where);

private:
    void setBusy(bool busy);
    void showStatus(const QString &text, bool problem);
    void store(const QString &host);

    CredentialWriter *m_writer;
    RegistryConfigStore *m_store;
    QNetworkAccessManager *m_network;
    QComboBox *m_registry;
    QLineEdit *m_username;
    QLineEdit *m_password;
    QLineEdit *m_repository;
    ErrorBanner *m_status;
    QDialogButtonBox *m_buttons;
    QPointer<LoginVerifier> m_verifier;
    std::function<bool(const QString &)> m_confirm;
    QString m_storedHost;
};
