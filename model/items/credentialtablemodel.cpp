// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/items/credentialtablemodel.h"

#include <QDir>

CredentialTableModel::CredentialTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void CredentialTableModel::setEntries(const QList<CredentialInventory::Entry> &entries)
{
    beginResetModel();
    m_entries = entries;
    m_revealed.clear();
    endResetModel();
}

void CredentialTableModel::setRevealSecrets(bool reveal)
{
    if (m_reveal == reveal)
        return;
    m_reveal = reveal;
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, SecretColumn), index(rowCount() - 1, SecretColumn));
}

void CredentialTableModel::setRevealed(int row, const QString &secret)
{
    if (row < 0 || row >= m_entries.size())
        return;
    m_revealed.insert(row, secret);
    const QModelIndex i = index(row, SecretColumn);
    Q_EMIT dataChanged(i, i);
}

int CredentialTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int CredentialTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : NoteColumn + 1;
}

QString CredentialTableModel::kindName(Credential::Kind kind)
{
    switch (kind) {
    case Credential::Kind::Anonymous:
        return QString();
    case Credential::Kind::Password:
        return tr("password");
    case Credential::Kind::IdentityToken:
        return tr("identity token");
    case Credential::Kind::RegistryToken:
        return tr("registry token");
    }
    return QString();
}

QString CredentialTableModel::secretText(int row) const
{
    const CredentialInventory::Entry &e = m_entries.at(row);
    if (e.kind == Credential::Kind::Anonymous)
        return QString();
    if (m_reveal) {
        const auto it = m_revealed.constFind(row);
        if (it != m_revealed.cend())
            return *it;
    }
    // Helper and keyring entries carry no hasSecret (the secret is elsewhere), but there is
    // one: mask it the same way, so the column does not tell the kinds apart.
    return QStringLiteral("••••••");
}

QVariant CredentialTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CredentialInventory::Entry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case RegistryColumn:
            return e.registry.isEmpty() ? tr("(file)") : e.registry;
        case UserColumn:
            return e.username;
        case SecretColumn:
            return secretText(index.row());
        case KindColumn:
            return kindName(e.kind);
        case SourceColumn:
            return e.origin == Credential::Origin::Helper
                    || e.origin == Credential::Origin::Keychain
                ? e.source
                : QDir::toNativeSeparators(e.source);
        case NoteColumn:
            return e.problem.isEmpty() ? e.note : e.problem;
        }
        return {};
    case Qt::ToolTipRole: {
        // Where and why; never the secret.
        QStringList lines;
        if (!e.key.isEmpty())
            lines << tr("Key: %1").arg(e.key);
        if (!e.why.isEmpty())
            lines << tr("Consulted as: %1").arg(e.why);
        if (!e.file.isEmpty() && e.file != e.source)
            lines << tr("Named in: %1").arg(QDir::toNativeSeparators(e.file));
        if (!e.problem.isEmpty())
            lines << e.problem;
        else if (!e.note.isEmpty())
            lines << e.note;
        return lines.join(QLatin1Char('\n'));
    }
    case ProblemRole:
        return !e.problem.isEmpty();
    case ShadowedRole:
        return e.shadowed;
    case OriginRole:
        return int(e.origin);
    case RegistryRole:
        return e.registry;
    case SourcePathRole:
        return e.source;
    case UsernameRole:
        return e.username;
    case HasSecretRole:
        return e.hasSecret;
    default:
        return {};
    }
}

QVariant CredentialTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case RegistryColumn:
        return tr("Registry");
    case UserColumn:
        return tr("User");
    case SecretColumn:
        return tr("Secret");
    case KindColumn:
        return tr("Kind");
    case SourceColumn:
        return tr("Comes from");
    case NoteColumn:
        return tr("Notes");
    }
    return {};
}

QHash<int, QByteArray> CredentialTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(ProblemRole, "problem");
    names.insert(ShadowedRole, "shadowed");
    names.insert(OriginRole, "origin");
    names.insert(RegistryRole, "registry");
    names.insert(SourcePathRole, "sourcePath");
    names.insert(UsernameRole, "username");
    names.insert(HasSecretRole, "hasSecret");
    return names;
}
