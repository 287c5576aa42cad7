// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/core/error.h"
#include "model/registry/registryconfig.h"

#include <QAbstractItemModel>
#include <QList>
#include <QPointer>
#include <QStringList>

class PagedListJob;
class QSettings;
class RegistryClient;
class RegistryConfigStore;

// The configured registries, each with its repositories as children. Repositories are listed
// lazily: a registry's catalog (/v2/_catalog, page by page) is fetched the first time a view
// calls fetchMore() on it. A registry that offers no catalog (Docker Hub, most cloud
// registries, a token server that refuses registry:catalog:*) gets a Hint child that tells the
// view to let the user type a repository name; repositories added that way are remembered in
// the settings. Failures become a Message child with the engine's text. Registries follow the
// store (rows reset when it changes; lists of unchanged registries are kept). GUI thread.
class RegistryTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    // What a row is.
    enum class Kind { Registry, Repository, Hint, Message };
    Q_ENUM(Kind)

    // Where a registry's repository list stands.
    enum class State { NotLoaded, Loading, Loaded, CatalogUnsupported, Failed };
    Q_ENUM(State)

    enum Role {
        KindRole = Qt::UserRole + 1, // Kind, as int
        NameRole, // registry name, or repository path ("demo/multiarch")
        RegistryNameRole, // the registry a row belongs to (itself for registries)
        HostRole, // "host:port" for requests and references
        RepositoryRole, // repository path; empty for other rows
        ReferenceRole, // "host:port/repository" for repositories
        StateRole, // State of the registry (also on its children), as int
        ErrorRole, // the engine's message when State is Failed or CatalogUnsupported
        UserAddedRole, // bool: a repository the user typed
        RepositoryCountRole, // int: repositories known for a registry
        UrlRole, // registry URL as text
    };
    Q_ENUM(Role)

    // store and settings: not owned, must outlive the model; settings may be null (typed
    // repositories are then not remembered). client: not owned; null means no network (every
    // registry fails to list with a message).
    RegistryTreeModel(RegistryConfigStore *store,
                      RegistryClient *client,
                      QSettings *settings,
                      QObject *parent = nullptr);
    ~RegistryTreeModel() override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    // Starts listing the registry's catalog (no-op for other rows or while listing).
    void fetchMore(const QModelIndex &parent) override;

    // Items asked per catalog page (default 1000).
    void setPageSize(int n) { m_pageSize = n; }

    QModelIndex registryIndex(const QString &name) const;
    QModelIndex repositoryIndex(const QString &registry, const QString &repository) const;
    State state(const QString &registry) const;

    // Adds a repository the user typed under registry (remembered in the settings) and
    // returns its index; returns the existing row when it is already listed, an invalid index
    // when the registry is unknown or the name is not a repository path.
    QModelIndex addRepository(const QString &registry, const QString &repository);
    // Forgets a typed repository; false when there was none.
    bool removeRepository(const QString &registry, const QString &repository);
    // Lists the registry again from scratch (after a login, or to retry a failure).
    void reload(const QString &registry);

Q_SIGNALS:
    // A registry's State changed (listing started, finished, failed, or degraded).
    void registryStateChanged(const QString &registry, RegistryTreeModel::State state);

private:
    struct Child
    {
        Kind kind = Kind::Repository;
        QString name;
        bool userAdded = false;
    };

    struct Node
    {
        RegistryConfig config;
        State state = State::NotLoaded;
        QString error;
        QList<Child> children;
        QPointer<PagedListJob> job;
    };

    void rebuild();
    void applyHostOptions();
    void setState(int row, State state, const QString &error = {});
    void onPage(int row, const QStringList &items);
    void onListed(int row, PagedListJob *job);
    void insertInfoRow(int row, Kind kind);
    int childRow(const Node &node, const QString &repository) const;
    QStringList storedRepositories(const QString &registry) const;
    void storeRepositories(const QString &registry, const QStringList &repositories);
    Node *nodeFor(PagedListJob *job, int *row);

    RegistryConfigStore *m_store;
    RegistryClient *m_client;
    QSettings *m_settings;
    QList<Node> m_nodes;
    int m_pageSize = 1000;
};
