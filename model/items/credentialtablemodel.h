// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/auth/credentialinventory.h"

#include <QAbstractTableModel>
#include <QList>

// The Credentials page's table: one row per credential (or problem) of a CredentialInventory,
// plus the desktop keyring's logins. Secrets are masked; a secret handed in with
// setRevealed() shows only while revealSecrets() is on (off by default). Meaning goes out
// through roles; the view picks colours.
class CredentialTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { RegistryColumn, UserColumn, SecretColumn, KindColumn, SourceColumn, NoteColumn };

    enum Role {
        ProblemRole = Qt::UserRole + 1, // bool: something is wrong with this row
        ShadowedRole, // bool: an earlier source answers for the same registry
        OriginRole, // int: Credential::Origin
        RegistryRole, // QString: normalised registry key
        SourcePathRole, // QString: file path, or helper program, or "keyring"
        UsernameRole, // QString
        HasSecretRole, // bool
    };

    explicit CredentialTableModel(QObject *parent = nullptr);

    // Replaces every row; revealed secrets are forgotten.
    void setEntries(const QList<CredentialInventory::Entry> &entries);

    const QList<CredentialInventory::Entry> &entries() const { return m_entries; }

    // Shows revealed secrets in the secret column (when on) or the mask (when off).
    void setRevealSecrets(bool reveal);

    bool revealSecrets() const { return m_reveal; }

    // Hands in the secret of row, for showing while revealSecrets() is on.
    void setRevealed(int row, const QString &secret);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // "password", "identity token", ... for people.
    static QString kindName(Credential::Kind kind);

private:
    QString secretText(int row) const;

    QList<CredentialInventory::Entry> m_entries;
    QHash<int, QString> m_revealed;
    bool m_reveal = false;
};
