// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/items/registrytreemodel.h"

#include "model/core/tr.h"
#include "model/reference/imagereference.h"
#include "model/registry/pagedlistjob.h"
#include "model/registry/registryclient.h"
#include "model/registry/registryconfigstore.h"

#include <QSet>
#include <QSettings>

namespace {
const QString kTypedKey = QStringLiteral("browser/typedRepositories");
// internalId 0 marks a registry row; n > 0 a child of registry row n - 1.
constexpr quintptr kTopLevel = 0;
} // namespace

RegistryTreeModel::RegistryTreeModel(RegistryConfigStore *store,
                                     RegistryClient *client,
                                     QSettings *settings,
                                     QObject *parent)
    : QAbstractItemModel(parent)
    , m_store(store)
    , m_client(client)
    , m_settings(settings)
{
    rebuild();
    if (m_store) {
        connect(m_store, &RegistryConfigStore::registriesChanged, this, [this] {
            beginResetModel();
            rebuild();
            endResetModel();
        });
    }
}

RegistryTreeModel::~RegistryTreeModel()
{
    for (Node &node : m_nodes)
        delete node.job.data();
}

void RegistryTreeModel::rebuild()
{
    QList<Node> old = std::move(m_nodes);
    m_nodes.clear();
    const QList<RegistryConfig> configs = m_store ? m_store->registries() : QList<RegistryConfig>();
    for (const RegistryConfig &config : configs) {
        auto reused = std::find_if(old.begin(), old.end(), [&](const Node &n) {
            return n.config == config;
        });
        if (reused != old.end()) {
            // Same registry, same settings: keep what was listed (adding a registry must not
            // throw away the others' catalogs).
            m_nodes.append(std::move(*reused));
            old.erase(reused);
            continue;
        }
        Node node;
        node.config = config;
        for (const QString &repo : storedRepositories(config.name))
            node.children.append({Kind::Repository, repo, true});
        m_nodes.append(std::move(node));
    }
    for (Node &gone : old)
        delete gone.job.data();
    applyHostOptions();
}

void RegistryTreeModel::applyHostOptions()
{
    if (!m_client)
        return;
    // Each registry is reached the way its configuration says (scheme, TLS, its auth file).
    for (const Node &node : std::as_const(m_nodes))
        m_client->setHostOptions(node.config.hostKey(),
                                 RegistryHostOptions::fromConfig(node.config));
}

QModelIndex RegistryTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_nodes.size() ? createIndex(row, 0, kTopLevel) : QModelIndex();
    if (parent.internalId() != kTopLevel || parent.row() >= m_nodes.size())
        return {};
    if (row >= m_nodes.at(parent.row()).children.size())
        return {};
    return createIndex(row, 0, quintptr(parent.row() + 1));
}

QModelIndex RegistryTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kTopLevel)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kTopLevel);
}

int RegistryTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_nodes.size());
    if (parent.column() != 0 || parent.internalId() != kTopLevel)
        return 0;
    return int(m_nodes.at(parent.row()).children.size());
}

int RegistryTreeModel::columnCount(const QModelIndex &parent) const
{
    Q_UNUSED(parent)
    return 1;
}

bool RegistryTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return !m_nodes.isEmpty();
    if (parent.internalId() != kTopLevel)
        return false;
    // Until listed, a registry may have repositories: views show an expander and ask.
    const Node &node = m_nodes.at(parent.row());
    return node.state == State::NotLoaded || !node.children.isEmpty();
}

Qt::ItemFlags RegistryTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.internalId() == kTopLevel)
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const Child &c = m_nodes.at(int(index.internalId() - 1)).children.at(index.row());
    return c.kind == Kind::Repository ? Qt::ItemIsEnabled | Qt::ItemIsSelectable
                                      : Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
}

QVariant RegistryTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const bool top = index.internalId() == kTopLevel;
    const Node &node = m_nodes.at(top ? index.row() : int(index.internalId() - 1));
    if (top) {
        switch (role) {
        case Qt::DisplayRole:
        case NameRole:
        case RegistryNameRole:
            return node.config.name;
        case Qt::ToolTipRole:
        case UrlRole:
            return node.config.url.toString();
        case KindRole:
            return int(Kind::Registry);
        case HostRole:
            return node.config.hostKey();
        case StateRole:
            return int(node.state);
        case ErrorRole:
            return node.error;
        case RepositoryCountRole:
            return int(
                std::count_if(node.children.begin(), node.children.end(), [](const Child &c) {
                    return c.kind == Kind::Repository;
                }));
        default:
            return {};
        }
    }
    const Child &child = node.children.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (child.kind == Kind::Hint)
            return Tr::tr("Type a repository name");
        if (child.kind == Kind::Message)
            return node.error;
        return child.name;
    case Qt::ToolTipRole:
        return child.kind == Kind::Repository ? QVariant() : QVariant(node.error);
    case NameRole:
        return child.name;
    case KindRole:
        return int(child.kind);
    case RegistryNameRole:
        return node.config.name;
    case HostRole:
        return node.config.hostKey();
    case RepositoryRole:
        return child.kind == Kind::Repository ? child.name : QString();
    case ReferenceRole:
        return child.kind == Kind::Repository
            ? QVariant(node.config.hostKey() + QLatin1Char('/') + child.name)
            : QVariant();
    case StateRole:
        return int(node.state);
    case ErrorRole:
        return child.kind == Kind::Repository ? QString() : node.error;
    case UserAddedRole:
        return child.userAdded;
    default:
        return {};
    }
}

QHash<int, QByteArray> RegistryTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(KindRole, "kind");
    names.insert(NameRole, "name");
    names.insert(RegistryNameRole, "registryName");
    names.insert(HostRole, "host");
    names.insert(RepositoryRole, "repository");
    names.insert(ReferenceRole, "reference");
    names.insert(StateRole, "state");
    names.insert(ErrorRole, "error");
    names.insert(UserAddedRole, "userAdded");
    names.insert(RepositoryCountRole, "repositoryCount");
    names.insert(UrlRole, "url");
    return names;
}

bool RegistryTreeModel::canFetchMore(const QModelIndex &parent) const
{
    return parent.isValid() && parent.internalId() == kTopLevel && parent.row() < m_nodes.size()
        && m_nodes.at(parent.row()).state == State::NotLoaded;
}

void RegistryTreeModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const int row = parent.row();
    Node &node = m_nodes[row];
    if (!m_client) {
        setState(row, State::Failed, Tr::tr("Pullscope has no network connection for registries."));
        insertInfoRow(row, Kind::Message);
        return;
    }
    auto *job =
        new PagedListJob(m_client, PagedListJob::Kind::Catalog, node.config.hostKey(), {}, this);
    job->setPageSize(m_pageSize);
    node.job = job;
    connect(job, &PagedListJob::pageReceived, this, [this, job](const QStringList &items) {
        int r = -1;
        if (nodeFor(job, &r))
            onPage(r, items);
    });
    connect(job, &PagedListJob::finished, this, [this, job] {
        int r = -1;
        job->deleteLater();
        if (nodeFor(job, &r))
            onListed(r, job);
    });
    setState(row, State::Loading);
    job->start();
}

RegistryTreeModel::Node *RegistryTreeModel::nodeFor(PagedListJob *job, int *row)
{
    for (int i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes.at(i).job == job) {
            *row = i;
            return &m_nodes[i];
        }
    }
    return nullptr;
}

void RegistryTreeModel::onPage(int row, const QStringList &items)
{
    Node &node = m_nodes[row];
    QSet<QString> known;
    for (const Child &c : std::as_const(node.children))
        known.insert(c.name);
    QList<Child> fresh;
    for (const QString &item : items) {
        if (!item.isEmpty() && !known.contains(item)) {
            known.insert(item);
            fresh.append({Kind::Repository, item, false});
        }
    }
    if (fresh.isEmpty())
        return;
    const int first = int(node.children.size());
    beginInsertRows(index(row, 0), first, first + int(fresh.size()) - 1);
    node.children += fresh;
    endInsertRows();
    const QModelIndex top = index(row, 0);
    Q_EMIT dataChanged(top, top, {RepositoryCountRole});
}

void RegistryTreeModel::onListed(int row, PagedListJob *job)
{
    m_nodes[row].job = nullptr;
    if (job->result()) {
        setState(row, State::Loaded);
        return;
    }
    const Error &e = job->result().error();
    if (e.code == ErrorCode::Cancelled) {
        setState(row, State::NotLoaded);
        return;
    }
    if (e.code == ErrorCode::Unsupported) {
        // No catalog is normal for most registries (regclient#539): degrade to typing a
        // repository name rather than showing a failure.
        setState(row, State::CatalogUnsupported, e.message);
        insertInfoRow(row, Kind::Hint);
        return;
    }
    setState(row, State::Failed, e.message);
    insertInfoRow(row, Kind::Message);
}

void RegistryTreeModel::insertInfoRow(int row, Kind kind)
{
    Node &node = m_nodes[row];
    beginInsertRows(index(row, 0), 0, 0);
    node.children.prepend({kind, QString(), false});
    endInsertRows();
}

void RegistryTreeModel::setState(int row, State state, const QString &error)
{
    Node &node = m_nodes[row];
    if (state == State::NotLoaded || state == State::Loading) {
        // Drop a previous Hint or Message row before listing again.
        for (int i = int(node.children.size()) - 1; i >= 0; --i) {
            if (node.children.at(i).kind == Kind::Repository)
                continue;
            beginRemoveRows(index(row, 0), i, i);
            node.children.removeAt(i);
            endRemoveRows();
        }
    }
    node.state = state;
    node.error = error;
    const QModelIndex top = index(row, 0);
    Q_EMIT dataChanged(top, top, {StateRole, ErrorRole});
    if (!node.children.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0, top),
                           index(int(node.children.size()) - 1, 0, top),
                           {StateRole, ErrorRole, Qt::ToolTipRole});
    }
    Q_EMIT registryStateChanged(node.config.name, state);
}

QModelIndex RegistryTreeModel::registryIndex(const QString &name) const
{
    for (int i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes.at(i).config.name == name)
            return index(i, 0);
    }
    return {};
}

int RegistryTreeModel::childRow(const Node &node, const QString &repository) const
{
    for (int i = 0; i < node.children.size(); ++i) {
        const Child &c = node.children.at(i);
        if (c.kind == Kind::Repository && c.name == repository)
            return i;
    }
    return -1;
}

QModelIndex RegistryTreeModel::repositoryIndex(const QString &registry,
                                               const QString &repository) const
{
    const QModelIndex top = registryIndex(registry);
    if (!top.isValid())
        return {};
    const int r = childRow(m_nodes.at(top.row()), repository);
    return r < 0 ? QModelIndex() : index(r, 0, top);
}

RegistryTreeModel::State RegistryTreeModel::state(const QString &registry) const
{
    const QModelIndex top = registryIndex(registry);
    return top.isValid() ? m_nodes.at(top.row()).state : State::NotLoaded;
}

QModelIndex RegistryTreeModel::addRepository(const QString &registry, const QString &repository)
{
    const QModelIndex top = registryIndex(registry);
    const QString name = repository.trimmed();
    // The distribution spec's repository name grammar (path components, lower case).
    const auto parsed = ImageReference::withName(name);
    // reference.Parse reads "demo/app" as domain "demo" and path "app"; name() is both.
    if (!top.isValid() || name.isEmpty() || !parsed || parsed->name() != name)
        return {};
    Node &node = m_nodes[top.row()];
    if (const int r = childRow(node, name); r >= 0)
        return index(r, 0, top);
    // Typed repositories go after the Hint / Message row and before catalog ones.
    int at = 0;
    while (at < node.children.size() && node.children.at(at).kind != Kind::Repository)
        ++at;
    beginInsertRows(top, at, at);
    node.children.insert(at, {Kind::Repository, name, true});
    endInsertRows();
    Q_EMIT dataChanged(top, top, {RepositoryCountRole});
    QStringList stored = storedRepositories(registry);
    if (!stored.contains(name)) {
        stored.append(name);
        storeRepositories(registry, stored);
    }
    return index(at, 0, top);
}

bool RegistryTreeModel::removeRepository(const QString &registry, const QString &repository)
{
    const QModelIndex top = registryIndex(registry);
    if (!top.isValid())
        return false;
    QStringList stored = storedRepositories(registry);
    const bool wasStored = stored.removeAll(repository) > 0;
    if (wasStored)
        storeRepositories(registry, stored);
    Node &node = m_nodes[top.row()];
    const int r = childRow(node, repository);
    if (r >= 0 && node.children.at(r).userAdded) {
        beginRemoveRows(top, r, r);
        node.children.removeAt(r);
        endRemoveRows();
        Q_EMIT dataChanged(top, top, {RepositoryCountRole});
    }
    return wasStored;
}

void RegistryTreeModel::reload(const QString &registry)
{
    const QModelIndex top = registryIndex(registry);
    if (!top.isValid())
        return;
    Node &node = m_nodes[top.row()];
    delete node.job.data();
    node.job = nullptr;
    // Keep typed repositories; drop what the catalog said.
    for (int i = int(node.children.size()) - 1; i >= 0; --i) {
        if (node.children.at(i).userAdded)
            continue;
        beginRemoveRows(top, i, i);
        node.children.removeAt(i);
        endRemoveRows();
    }
    setState(top.row(), State::NotLoaded);
    fetchMore(top);
}

QStringList RegistryTreeModel::storedRepositories(const QString &registry) const
{
    if (!m_settings)
        return {};
    const QVariantMap map = m_settings->value(kTypedKey).toMap();
    return map.value(registry).toStringList();
}

void RegistryTreeModel::storeRepositories(const QString &registry, const QStringList &repositories)
{
    if (!m_settings)
        return;
    QVariantMap map = m_settings->value(kTypedKey).toMap();
    if (repositories.isEmpty())
        map.remove(registry);
    else
        map.insert(registry, repositories);
    m_settings->setValue(kTypedKey, map);
}
