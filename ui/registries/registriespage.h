// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class EmptyState;
class QLabel;
class QListView;
class QPushButton;
class QStackedWidget;
class RegistryConfigStore;
class RegistryListModel;

// The Registries page: an empty state until a registry is configured, then the list of
// registries (name, URL, insecure badge) beside a detail pane. Reads the store; adding goes
// through addRegistryRequested() so the window owns the dialog.
class RegistriesPage : public QWidget
{
    Q_OBJECT
public:
    // store: not owned, must outlive the page.
    explicit RegistriesPage(RegistryConfigStore *store, QWidget *parent = nullptr);

    EmptyState *emptyState() const { return m_empty; }

    QListView *listView() const { return m_list; }

    RegistryListModel *model() const { return m_model; }

    // Selects the registry with this name, if present.
    void selectRegistry(const QString &name);

Q_SIGNALS:
    // The user asked to add a registry (empty-state button or the list's Add button).
    void addRegistryRequested();
    // A line for the status bar.
    void statusMessageRequested(const QString &message);

private:
    void refresh();
    void showDetails();
    void removeSelected();

    RegistryConfigStore *m_store;
    RegistryListModel *m_model;
    QStackedWidget *m_stack;
    EmptyState *m_empty;
    QListView *m_list;
    QPushButton *m_remove;
    QLabel *m_detailTitle;
    QLabel *m_detailUrl;
    QLabel *m_detailSecurity;
    QLabel *m_detailCertDir;
    QLabel *m_detailAuthFile;
    QWidget *m_detailPane;
};
