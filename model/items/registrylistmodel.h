// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QPointer>

class RegistryConfigStore;

// The configured registries as a flat list, one row per RegistryConfig, in the store's order.
// Reads the store; never writes it. Resets when the store reports a change.
class RegistryListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        NameRole = Qt::UserRole + 1, // QString
        UrlRole, // QString, the URL as text
        InsecureRole, // bool: plain HTTP / unverified TLS allowed
        TlsVerifyRole, // bool
        CertDirRole, // QString, may be empty
        AuthFileRole, // QString, may be empty
        HostKeyRole, // QString, "host:port"
    };
    Q_ENUM(Role)

    // store: not owned; may be null (an empty model).
    explicit RegistryListModel(RegistryConfigStore *store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Row of the registry with this name, or -1.
    int rowOf(const QString &name) const;

private:
    QPointer<RegistryConfigStore> m_store;
};
