// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/registries/registriespage.h"

#include "model/items/registrylistmodel.h"
#include "model/items/registrytreemodel.h"
#include "model/items/repositoryfilterproxymodel.h"
#include "model/items/tagtablemodel.h"
#include "model/reference/imagereference.h"
#include "model/registry/registryconfigstore.h"
#include "ui/common/emptystate.h"
#include "ui/common/icons.h"
#include "ui/common/pageheader.h"
#include "ui/inspector/inspectorwidget.h"
#include "ui/registries/addregistrydialog.h"
#include "ui/registries/registrydelegate.h"
#include "ui/registries/repositorydelegate.h"
#include "ui/registries/tagbrowser.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

using Kind = RegistryTreeModel::Kind;
using State = RegistryTreeModel::State;

namespace {
QSplitter *splitter(Qt::Orientation orientation, QWidget *parent)
{
    auto *s = new QSplitter(orientation, parent);
    s->setChildrenCollapsible(false);
    s->setHandleWidth(1);
    QColor line = parent->palette().color(QPalette::WindowText);
    line.setAlphaF(0.12);
    s->setStyleSheet(
        QStringLiteral("QSplitter::handle { background: %1; }").arg(line.name(QColor::HexArgb)));
    return s;
}

QLabel *secondaryLabel(QWidget *parent, const char *name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    QPalette pal = label->palette();
    pal.setColor(QPalette::WindowText, pal.color(QPalette::PlaceholderText));
    label->setPalette(pal);
    return label;
}
} // namespace

RegistriesPage::RegistriesPage(RegistryConfigStore *store, QWidget *parent)
    : RegistriesPage(store, nullptr, nullptr, parent)
{}

RegistriesPage::RegistriesPage(RegistryConfigStore *store,
                               RegistryClient *client,
                               QSettings *settings,
                               QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_client(client)
    , m_model(new RegistryListModel(store, this))
    , m_tree(new RegistryTreeModel(store, client, settings, this))
    , m_treeProxy(new RepositoryFilterProxyModel(this))
    , m_stack(new QStackedWidget(this))
    , m_list(new QListView(this))
{
    setObjectName(QStringLiteral("registriesPage"));
    m_treeProxy->setSourceModel(m_tree);
    m_empty = new EmptyState(Icons::path(QStringLiteral("registries")),
                             tr("Add a registry"),
                             tr("Registries are where your images live: Docker Hub, your "
                                "company's Harbor or GitLab, a cloud registry, or a local one for "
                                "testing. Add one to browse its repositories, tags, platforms and "
                                "layers, and to check that your cluster can pull from it."),
                             this);
    connect(m_empty->addButton(tr("Add a Registry…")),
            &QPushButton::clicked,
            this,
            &RegistriesPage::addRegistryRequested);

    auto *browserPage = new QWidget(this);
    auto *header = new PageHeader(tr("Registries"),
                                  tr("Browse repositories and tags; select a tag to inspect "
                                     "its platforms, layers and configuration."),
                                  browserPage);
    auto *add = header->addButton(tr("Add Registry…"));
    m_edit = header->addButton(tr("Edit…"));
    m_edit->setObjectName(QStringLiteral("editRegistryButton"));
    m_edit->setEnabled(false);
    connect(m_edit, &QPushButton::clicked, this, [this] {
        AddRegistryDialog::editInStore(m_store, currentRegistryName(), this);
    });
    m_remove = header->addButton(tr("Remove"));
    m_remove->setObjectName(QStringLiteral("removeRegistryButton"));
    m_remove->setEnabled(false);
    connect(add, &QPushButton::clicked, this, &RegistriesPage::addRegistryRequested);
    connect(m_remove, &QPushButton::clicked, this, &RegistriesPage::removeSelected);

    m_tags = new TagBrowser(client, browserPage);
    m_inspector = new InspectorWidget(browserPage);
    m_inspector->setClient(client);
    connect(m_inspector, &InspectorWidget::pullRequested, this, &RegistriesPage::pullRequested);
    // Explicit minimums: the panes squeeze rather than forcing a big window (their contents'
    // own minimums add up to more than a small laptop screen).
    m_tags->setMinimumSize(300, 150);
    m_inspector->setMinimumSize(300, 150);

    auto *right = splitter(Qt::Vertical, browserPage);
    right->addWidget(m_tags);
    right->addWidget(m_inspector);
    right->setStretchFactor(0, 1);
    right->setStretchFactor(1, 1);
    right->setSizes({330, 420});

    auto *columns = splitter(Qt::Horizontal, browserPage);
    columns->addWidget(createRepositoryPane(browserPage));
    columns->addWidget(right);
    columns->setStretchFactor(0, 0);
    columns->setStretchFactor(1, 1);
    columns->setSizes({290, 900});

    auto *browserLayout = new QVBoxLayout(browserPage);
    browserLayout->setContentsMargins(0, 0, 0, 0);
    browserLayout->setSpacing(0);
    browserLayout->addWidget(header);
    browserLayout->addWidget(columns, 1);

    m_stack->addWidget(m_empty);
    m_stack->addWidget(browserPage);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_tags,
            &TagBrowser::tagSelected,
            this,
            [this](const QString &reference, const QString &digest) {
                const auto parsed = ImageReference::parse(reference);
                if (reference.isEmpty() || !parsed) {
                    m_inspector->clear();
                    return;
                }
                const auto known = Digest::parse(digest);
                m_inspector->inspect(*parsed, known ? *known : Digest());
            });
    connect(m_inspector, &InspectorWidget::copied, this, [this](const QString &text) {
        Q_EMIT statusMessageRequested(tr("Copied %1").arg(text));
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &RegistriesPage::refresh);
    // The tree resets on the same store change, possibly after the list: root again then.
    connect(m_tree, &QAbstractItemModel::modelReset, this, &RegistriesPage::showRegistry);
    connect(m_tree,
            &RegistryTreeModel::registryStateChanged,
            this,
            &RegistriesPage::updateRepositoryStatus);
    connect(m_tree,
            &QAbstractItemModel::rowsInserted,
            this,
            &RegistriesPage::updateRepositoryStatus);
    refresh();
}

QWidget *RegistriesPage::createRepositoryPane(QWidget *parent)
{
    auto *pane = new QWidget(parent);
    pane->setObjectName(QStringLiteral("repositoryPane"));
    pane->setMinimumSize(200, 200);

    m_list->setObjectName(QStringLiteral("registryList"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new RegistryDelegate(m_list));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setUniformItemSizes(true);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_list->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_list->setMaximumHeight(200);
    m_list->setAccessibleName(tr("Registries"));
    connect(m_list->selectionModel(),
            &QItemSelectionModel::currentChanged,
            this,
            &RegistriesPage::showRegistry);

    m_registrySummary = secondaryLabel(pane, "registrySummary");

    m_search = new QLineEdit(pane);
    m_search->setObjectName(QStringLiteral("repositorySearch"));
    m_search->setPlaceholderText(tr("Search repositories"));
    m_search->setClearButtonEnabled(true);
    connect(m_search,
            &QLineEdit::textChanged,
            m_treeProxy,
            &RepositoryFilterProxyModel::setFilterText);

    m_repositories = new QTreeView(pane);
    m_repositories->setObjectName(QStringLiteral("repositoryTree"));
    m_repositories->setModel(m_treeProxy);
    m_repositories->setItemDelegate(new RepositoryDelegate(m_repositories));
    m_repositories->setHeaderHidden(true);
    m_repositories->setRootIsDecorated(false);
    m_repositories->setUniformRowHeights(false);
    m_repositories->setWordWrap(true);
    m_repositories->setFrameShape(QFrame::NoFrame);
    m_repositories->setAccessibleName(tr("Repositories"));
    connect(m_repositories->selectionModel(),
            &QItemSelectionModel::currentChanged,
            this,
            [this](const QModelIndex &current) {
                showRepository(current);
            });
    connect(m_repositories, &QTreeView::clicked, this, [this](const QModelIndex &index) {
        if (Kind(index.data(RegistryTreeModel::KindRole).toInt()) == Kind::Hint)
            m_openEdit->setFocus();
    });

    m_openEdit = new QLineEdit(pane);
    m_openEdit->setObjectName(QStringLiteral("openRepositoryEdit"));
    m_openEdit->setPlaceholderText(tr("Repository name, e.g. library/busybox"));
    m_openEdit->setToolTip(tr("Type a repository name to open it; useful for registries that do "
                              "not list their repositories, such as Docker Hub"));
    m_openButton = new QPushButton(tr("Open"), pane);
    m_openButton->setObjectName(QStringLiteral("openRepositoryButton"));
    connect(m_openEdit, &QLineEdit::returnPressed, this, &RegistriesPage::openTypedRepository);
    connect(m_openButton, &QPushButton::clicked, this, &RegistriesPage::openTypedRepository);
    auto *openRow = new QHBoxLayout;
    openRow->setSpacing(6);
    openRow->addWidget(m_openEdit, 1);
    openRow->addWidget(m_openButton);

    m_repositoryStatus = secondaryLabel(pane, "repositoryStatus");

    auto *reposTitle = new QLabel(tr("Repositories"), pane);
    QFont f = reposTitle->font();
    f.setWeight(QFont::DemiBold);
    reposTitle->setFont(f);

    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(8);
    layout->addWidget(m_list);
    layout->addWidget(m_registrySummary);
    layout->addSpacing(4);
    layout->addWidget(reposTitle);
    layout->addWidget(m_search);
    layout->addWidget(m_repositories, 1);
    layout->addLayout(openRow);
    layout->addWidget(m_repositoryStatus);
    return pane;
}

void RegistriesPage::selectRegistry(const QString &name)
{
    const int row = m_model->rowOf(name);
    if (row >= 0)
        m_list->setCurrentIndex(m_model->index(row));
}

QString RegistriesPage::currentRegistryName() const
{
    return m_list->currentIndex().data(RegistryListModel::NameRole).toString();
}

void RegistriesPage::refresh()
{
    const bool empty = m_model->rowCount() == 0;
    m_stack->setCurrentIndex(empty ? 0 : 1);
    if (!empty && !m_list->currentIndex().isValid())
        m_list->setCurrentIndex(m_model->index(0));
    showRegistry();
}

void RegistriesPage::showRegistry()
{
    const QModelIndex index = m_list->currentIndex();
    m_remove->setEnabled(index.isValid());
    m_edit->setEnabled(index.isValid());
    const QString name = currentRegistryName();
    const QModelIndex source = m_tree->registryIndex(name);
    const QModelIndex root = m_treeProxy->mapFromSource(source);
    if (m_repositories->rootIndex() != root || !root.isValid()) {
        m_repositories->setRootIndex(root);
        m_tags->clear();
        m_inspector->clear();
    }
    if (!index.isValid()) {
        m_registrySummary->clear();
        m_repositoryStatus->clear();
        return;
    }
    QStringList summary;
    summary << index.data(RegistryListModel::UrlRole).toString();
    summary << (index.data(RegistryListModel::InsecureRole).toBool() ? tr("insecure (HTTP allowed)")
                                                                     : tr("HTTPS, verified"));
    const QString authFile = index.data(RegistryListModel::AuthFileRole).toString();
    if (!authFile.isEmpty())
        summary << tr("credentials from %1").arg(authFile);
    m_registrySummary->setText(summary.join(QStringLiteral(" · ")));
    // Repositories are listed the first time the registry is shown (lazily, never at start-up
    // for registries nobody looks at).
    if (m_tree->canFetchMore(source))
        m_tree->fetchMore(source);
    updateRepositoryStatus();
}

void RegistriesPage::updateRepositoryStatus()
{
    const QModelIndex source = m_tree->registryIndex(currentRegistryName());
    if (!source.isValid())
        return;
    const int count = source.data(RegistryTreeModel::RepositoryCountRole).toInt();
    QString text;
    switch (State(source.data(RegistryTreeModel::StateRole).toInt())) {
    case State::NotLoaded:
        break;
    case State::Loading:
        text = tr("Listing repositories… %n so far", nullptr, count);
        break;
    case State::Loaded:
        text = tr("%n repository(s)", nullptr, count);
        break;
    case State::CatalogUnsupported:
    case State::Failed:
        text = source.data(RegistryTreeModel::ErrorRole).toString();
        break;
    }
    m_repositoryStatus->setText(text);
    m_repositoryStatus->setToolTip(text);
}

void RegistriesPage::openTypedRepository()
{
    const QString registry = currentRegistryName();
    const QString name = m_openEdit->text().trimmed();
    if (registry.isEmpty() || name.isEmpty())
        return;
    if (!browse(registry, name)) {
        Q_EMIT statusMessageRequested(
            tr("\"%1\" is not a repository name: use lower-case path components such as "
               "library/busybox, without a tag.")
                .arg(name));
        return;
    }
    m_openEdit->clear();
}

bool RegistriesPage::browse(const QString &registry, const QString &repository, const QString &tag)
{
    // A registry name, or its host:port as references spell it.
    QString name = registry;
    if (m_model->rowOf(name) < 0) {
        name.clear();
        for (int r = 0; r < m_model->rowCount(); ++r) {
            const QModelIndex i = m_model->index(r);
            if (i.data(RegistryListModel::HostKeyRole).toString() == registry)
                name = i.data(RegistryListModel::NameRole).toString();
        }
    }
    if (name.isEmpty())
        return false;
    selectRegistry(name);
    QModelIndex source = m_tree->repositoryIndex(name, repository);
    if (!source.isValid())
        source = m_tree->addRepository(name, repository);
    if (!source.isValid())
        return false;
    QModelIndex proxy = m_treeProxy->mapFromSource(source);
    if (!proxy.isValid()) {
        m_search->clear();
        proxy = m_treeProxy->mapFromSource(source);
    }
    m_repositories->setCurrentIndex(proxy);
    m_repositories->scrollTo(proxy);
    if (!tag.isEmpty())
        m_tags->selectTag(tag);
    return true;
}

void RegistriesPage::showRepository(const QModelIndex &proxyIndex)
{
    if (Kind(proxyIndex.data(RegistryTreeModel::KindRole).toInt()) != Kind::Repository) {
        return;
    }
    const QString host = proxyIndex.data(RegistryTreeModel::HostRole).toString();
    const QString repository = proxyIndex.data(RegistryTreeModel::RepositoryRole).toString();
    if (host == m_tags->model()->host() && repository == m_tags->model()->repository())
        return;
    m_inspector->clear();
    m_tags->showRepository(host,
                           repository,
                           proxyIndex.data(RegistryTreeModel::RegistryNameRole).toString()
                               + QStringLiteral("  /  ") + repository);
}

bool RegistriesPage::isBusy() const
{
    const QModelIndex source = m_tree->registryIndex(currentRegistryName());
    const bool listing = source.isValid()
        && State(source.data(RegistryTreeModel::StateRole).toInt()) == State::Loading;
    return listing || m_tags->isBusy() || m_inspector->isBusy();
}

void RegistriesPage::removeSelected()
{
    const QModelIndex index = m_list->currentIndex();
    if (!index.isValid())
        return;
    const QString name = index.data(RegistryListModel::NameRole).toString();
    const auto answer = QMessageBox::question(this,
                                              tr("Remove Registry"),
                                              tr("Remove \"%1\" from Pullscope? Images and "
                                                 "credentials are not touched.")
                                                  .arg(name));
    if (answer != QMessageBox::Yes)
        return;
    if (m_store->remove(name))
        Q_EMIT statusMessageRequested(tr("Removed registry \"%1\".").arg(name));
}
