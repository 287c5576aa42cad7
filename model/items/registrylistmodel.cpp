// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/items/registrylistmodel.h"

#include "model/registry/registryconfigstore.h"

RegistryListModel::RegistryListModel(RegistryConfigStore *store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{
    if (m_store) {
        // The store changes as a whole (load, import) often enough that a reset is simplest
        // and the list is short.
        connect(m_store, &RegistryConfigStore::registriesChanged, this, [this] {
            beginResetModel();
            endResetModel();
        });
    }
}

int RegistryListModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_store)
        return 0;
    return int(m_store->registries().size());
}

QVariant RegistryListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || !m_store)
        return {};
    const RegistryConfig &c = m_store->registries().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return c.name;
    case Qt::ToolTipRole:
    case UrlRole:
        return c.url.toDisplayString();
    case InsecureRole:
        return c.insecure;
    case TlsVerifyRole:
        return c.tlsVerify;
    case CertDirRole:
        return c.certDir;
    case AuthFileRole:
        return c.authFile;
    case HostKeyRole:
        return c.hostKey();
    default:
        return {};
    }
}

QHash<int, QByteArray> RegistryListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(NameRole, "name");
    names.insert(UrlRole, "url");
    names.insert(InsecureRole, "insecure");
    names.insert(TlsVerifyRole, "tlsVerify");
    names.insert(CertDirRole, "certDir");
    names.insert(AuthFileRole, "authFile");
    names.insert(HostKeyRole, "hostKey");
    return names;
}

int RegistryListModel::rowOf(const QString &name) const
{
    return m_store ? m_store->indexOf(name) : -1;
}
