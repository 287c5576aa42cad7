// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/auth/credentiallookup.h"

#include <QGroupBox>
#include <QPointer>
#include <QProcessEnvironment>

class KeychainStore;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;
class RegistryConfigStore;

// "Which credential would be used for this image, and why?": the user types an image
// reference; CredentialLookup walks the sources (with the auth file of a configured registry
// whose host matches first, as RegistryClient does) and the box shows the chosen credential,
// masked, and every step as a list (source, outcome), problems marked. A newer question
// cancels the one running.
class CredentialLookupBox : public QGroupBox
{
    Q_OBJECT
public:
    explicit CredentialLookupBox(QWidget *parent = nullptr);

    // Configured registries (for their auth files); not owned, may be null.
    void setRegistryStore(RegistryConfigStore *store) { m_store = store; }

    // The desktop keyring's logins (Pullscope's own, consulted after the files); may be null.
    void setKeychain(KeychainStore *keychain) { m_keychain = keychain; }

    // The environment the search uses (default: the process environment).
    void setEnvironment(const QProcessEnvironment &env) { m_env = env; }

    QLineEdit *referenceEdit() const { return m_reference; }

    QTreeWidget *stepsView() const { return m_steps; }

    // The verdict line: the chosen credential, or why there is none.
    QString verdictText() const;

public Q_SLOTS:
    // Explains the reference in the edit.
    void explain();

Q_SIGNALS:
    // The steps for the last question are shown.
    void explained();

private:
    void showResult(CredentialLookup *lookup, const QString &host);
    void addStep(const QString &source, const QString &outcome, bool matched, bool problem);

    RegistryConfigStore *m_store = nullptr;
    KeychainStore *m_keychain = nullptr;
    QProcessEnvironment m_env = QProcessEnvironment::systemEnvironment();
    QLineEdit *m_reference;
    QPushButton *m_explain;
    QLabel *m_verdict;
    QTreeWidget *m_steps;
    QPointer<CredentialLookup> m_lookup;
};
