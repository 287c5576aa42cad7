// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class EmptyState;
class InspectorWidget;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QSettings;
class QStackedWidget;
class QTreeView;
class RegistryClient;
class RegistryConfigStore;
class RegistryListModel;
class RegistryTreeModel;
class RepositoryFilterProxyModel;
class TagBrowser;

// The Registries page: an empty state until a registry is configured, then a browser. On the
// left the registries, and under the selected one its repositories (listed lazily, searchable,
// with a field to type a repository name when the registry has no catalog); on the right the
// repository's tags over an Inspector for the selected tag. Reads the store; adding goes
// through addRegistryRequested() so the window owns the dialog.
class RegistriesPage : public QWidget
{
    Q_OBJECT
public:
    // store: not owned, must outlive the page. client: not owned, may be null (nothing is
    // fetched). settings: where typed repositories are remembered; not owned, may be null.
    RegistriesPage(RegistryConfigStore *store,
                   RegistryClient *client,
                   QSettings *settings,
                   QWidget *parent = nullptr);
    // A page without network access (tests of the shell).
    explicit RegistriesPage(RegistryConfigStore *store, QWidget *parent = nullptr);

    EmptyState *emptyState() const { return m_empty; }

    // The registry list (one row per configured registry).
    QListView *listView() const { return m_list; }

    RegistryListModel *model() const { return m_model; }

    RegistryTreeModel *treeModel() const { return m_tree; }

    QTreeView *repositoryView() const { return m_repositories; }

    TagBrowser *tagBrowser() const { return m_tags; }

    InspectorWidget *inspector() const { return m_inspector; }

    // Selects the registry with this name, if present.
    void selectRegistry(const QString &name);
    // Opens registry (a name or "host:port") / repository and, when given, selects tag once
    // listed. Returns false when the registry or the repository name is unknown or invalid.
    bool browse(const QString &registry, const QString &repository, const QString &tag = {});
    // True while repositories, tags or an inspection are loading.
    bool isBusy() const;

Q_SIGNALS:
    // The user asked to add a registry (empty-state button or the header's Add button).
    void addRegistryRequested();
    // A line for the status bar.
    void statusMessageRequested(const QString &message);
    // The Inspector's Pull… button: the user wants to pull reference.
    void pullRequested(const QString &reference);

private:
    QWidget *createRepositoryPane(QWidget *parent);
    void refresh();
    void showRegistry();
    void updateRepositoryStatus();
    void openTypedRepository();
    void showRepository(const QModelIndex &proxyIndex);
    void removeSelected();
    QString currentRegistryName() const;

    RegistryConfigStore *m_store;
    RegistryClient *m_client;
    RegistryListModel *m_model;
    RegistryTreeModel *m_tree;
    RepositoryFilterProxyModel *m_treeProxy;
    QStackedWidget *m_stack;
    EmptyState *m_empty;
    QListView *m_list;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QLabel *m_registrySummary;
    QLineEdit *m_search;
    QTreeView *m_repositories;
    QLineEdit *m_openEdit;
    QPushButton *m_openButton;
    QLabel *m_repositoryStatus;
    TagBrowser *m_tags;
    InspectorWidget *m_inspector;
};
