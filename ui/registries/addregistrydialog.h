// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/registry/registryconfig.h"

#include <QDialog>
#include <QStringList>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

// Asks for a new registry: name, URL, whether it is insecure, and an optional certificate
// folder. Accepting checks the input with RegistryConfig::problems() (plus a unique name) and
// stays open, showing what is wrong next to the field, until it is right. Saving is the
// caller's job: read config() after accepted().
class AddRegistryDialog : public QDialog
{
    Q_OBJECT
public:
    // existingNames: names already taken, so a duplicate is caught here.
    explicit AddRegistryDialog(const QStringList &existingNames, QWidget *parent = nullptr);

    // What the user entered, normalised (URL scheme added). Valid after accepted().
    RegistryConfig config() const;

    // The problems shown after the last attempt to accept, one sentence per line.
    QString problemText() const;

public Q_SLOTS:
    void accept() override;

private:
    void browseCertDir();
    void clearProblems();
    QLineEdit *editFor(RegistryConfig::Field field) const;

    QStringList m_existingNames;
    QLineEdit *m_name;
    QLineEdit *m_url;
    QCheckBox *m_insecure;
    QLineEdit *m_certDir;
    QLabel *m_problems;
    QDialogButtonBox *m_buttons;
};
