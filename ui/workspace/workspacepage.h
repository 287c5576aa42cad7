// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/kube/finding.h"

#include <QList>
#include <QStringList>
#include <QWidget>

#include <functional>

class ContainerForm;
class DigestPinner;
class EmptyState;
class FindingModel;
class ProblemsPanel;
class QAction;
class QMenu;
class QSettings;
class QStackedWidget;
class QTabWidget;
class RegistryClient;
class WorkspaceDocument;
class WorkspaceDocuments;
class WorkspaceEditorPane;
class WorkspaceFileList;
class WorkspaceLinter;
class YamlEditor;

// The Workspace page: the Kubernetes YAML files the user works on. Open files or a folder
// (listed on the left), edit them in a YAML editor with live diagnostics (re-read and linted
// a moment after typing stops, WorkspaceLinter), a Problems list, quick fixes (pin to digest
// asks the registry off the GUI thread), a form view of containers and pull secrets that edits
// the text, new documents from templates, a Secret generator, and atomic saves with an
// unsaved-changes prompt. The documents, their files and the session are WorkspaceDocuments'.
class WorkspacePage : public QWidget
{
    Q_OBJECT
public:
    // What to do with unsaved changes: Save, Discard or Cancel (QMessageBox buttons).
    using SavePrompt = std::function<int(WorkspaceDocument *document)>;

    // settings: not owned, must outlive the page. Reopens the files open last time.
    explicit WorkspacePage(QSettings *settings, QWidget *parent = nullptr);
    ~WorkspacePage() override;

    EmptyState *emptyState() const { return m_empty; }

    YamlEditor *editor() const;

    ProblemsPanel *problemsPanel() const;

    FindingModel *findingModel() const { return m_findings; }

    ContainerForm *containerForm() const;

    DigestPinner *digestPinner() const { return m_pinner; }

    QTabWidget *bottomTabs() const;

    // The registry connection pin-to-digest uses (not owned; the window's client).
    void setRegistryClient(RegistryClient *client);

    // The open documents and their files: what other pages are given to read and edit the
    // workspace (owned by the page).
    WorkspaceDocuments *documentService() const { return m_docs; }

    // The saved files in the workspace, absolute paths, in the order they were opened.
    QStringList files() const;

    const QList<WorkspaceDocument *> &documents() const;

    WorkspaceDocument *currentDocument() const;

    // Opens these files (one already open is shown instead) and remembers their directory. The
    // files are read, then linted, on worker threads (isBusy()); the first is shown when read.
    void addFiles(const QStringList &paths);
    // Opens one file and shows it when read (a status message when it cannot be read).
    void openFile(const QString &path);
    // Opens every *.yaml / *.yml file under dir (recursively, up to a limit) and remembers dir;
    // WorkspaceDocuments::folderOpened() says how many were found.
    void addFolder(const QString &dir);
    // Files are being read or the workspace linted (off the GUI thread).
    bool isBusy() const;
    // A new unsaved document holding text, shown in the editor.
    WorkspaceDocument *newDocument(const QByteArray &text = {});
    // A new document from a template (WorkspaceTemplates id); nullptr for an unknown id.
    WorkspaceDocument *newFromTemplate(const QString &id);
    // Shows the document at index in the editor.
    void setCurrentDocument(int index);
    // The directory file dialogs start in: the last one used, else the home directory.
    QString lastDirectory() const;

    // Saves the current document (asking for a name when it has none). False on failure or
    // when the user cancels.
    bool saveCurrent();
    // Saves the current document under path (asking when empty).
    bool saveCurrentAs(const QString &path = {});
    // Closes the document at index, asking about unsaved changes. False when kept open.
    bool closeDocument(int index);
    // Asks about every unsaved document (before the window closes). False to keep running.
    bool confirmClose();

    // Replaces the unsaved-changes question (tests); an empty function restores the dialog.
    void setSavePrompt(SavePrompt prompt) { m_savePrompt = std::move(prompt); }

    // Re-reads changed documents and lints the workspace now instead of after the pause (on a
    // worker thread; the findings follow).
    void lintNow();

    // How long the last lint took (reading and linting every open file), in milliseconds.
    qint64 lastLintMs() const;

    // Applies a quick fix to the document the finding is about (one undo step); a fix that
    // needs a digest starts the registry lookup and applies when it answers.
    void applyFix(const Finding &finding, const QuickFix &fix);
    // Shows a finding's place in its document.
    void showFinding(const Finding &finding);

public Q_SLOTS:
    // Ask with a file dialog, then open.
    void chooseFiles();
    void chooseFolder();
    // Closes every document, asking about unsaved changes.
    void clear();
    // The Secret generator dialog; its YAML goes into the current document or a new one.
    void openSecretGenerator();

Q_SIGNALS:
    void filesChanged();
    void statusMessageRequested(const QString &message);
    // isBusy() changed.
    void busyChanged(bool busy);

private:
    void createActions();
    QWidget *createEditorArea();
    bool askToSave(WorkspaceDocument *document);
    void showOpened(const QList<WorkspaceDocument *> &documents);
    void showFindings();
    // fromLastRead: the edits were computed from the document's last read.
    void applyEditsTo(WorkspaceDocument *document,
                      const QList<TextEdit> &edits,
                      bool fromLastRead = true);
    void refresh();
    void updateTitle();
    void updateBusy();
    bool isDark() const;

    WorkspaceDocuments *m_docs;
    WorkspaceLinter *m_linter;
    int m_current = -1;
    SavePrompt m_savePrompt;

    QStackedWidget *m_stack;
    EmptyState *m_empty;
    WorkspaceFileList *m_list;
    FindingModel *m_findings;
    WorkspaceEditorPane *m_pane;
    DigestPinner *m_pinner;
    QMenu *m_newMenu;
    QAction *m_saveAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_secretAction = nullptr;
    QAction *m_quickFixAction = nullptr;
};
