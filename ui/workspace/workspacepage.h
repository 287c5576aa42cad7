// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QWidget>

class EmptyState;
class QLabel;
class QListWidget;
class QSettings;
class QStackedWidget;

// The Workspace page: the Pod YAML files the user is working on. For now it collects the
// chosen files and lists them; reading Pods from them arrives with the Pod editor. Remembers
// the last directory in settings ("workspace/lastDirectory").
class WorkspacePage : public QWidget
{
    Q_OBJECT
public:
    // settings: not owned, must outlive the page.
    explicit WorkspacePage(QSettings *settings, QWidget *parent = nullptr);

    EmptyState *emptyState() const { return m_empty; }

    // The files in the workspace, absolute paths, in the order they were added.
    const QStringList &files() const { return m_files; }

    // Adds these files (duplicates ignored) and remembers their directory.
    void addFiles(const QStringList &paths);
    // Adds every *.yaml / *.yml file under dir (recursively, up to a limit) and remembers dir.
    // Returns how many files were found.
    int addFolder(const QString &dir);
    // The directory file dialogs start in: the last one used, else the home directory.
    QString lastDirectory() const;

public Q_SLOTS:
    // Ask with a file dialog, then add.
    void chooseFiles();
    void chooseFolder();
    void clear();

Q_SIGNALS:
    void filesChanged();
    void statusMessageRequested(const QString &message);

private:
    void rememberDirectory(const QString &dir);
    void refresh();

    QSettings *m_settings;
    QStringList m_files;
    QStackedWidget *m_stack;
    EmptyState *m_empty;
    QListWidget *m_list;
    QLabel *m_summary;
};
