// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class ContainerForm;
class FindingModel;
class ProblemsPanel;
class QAction;
class QLabel;
class QProgressBar;
class QTimer;
class QTabWidget;
class WorkspaceDocument;
class YamlEditor;

// The editor side of the Workspace page: the bar over the text (the file, undo, redo, quick
// fixes, save), the YAML editor, the line under it (the problem counts, the cursor's place) and
// the Problems and Containers tabs below. Shows one document with its findings (of the
// page's FindingModel) and its last read in the form; the page owns the documents and the
// actions. GUI thread.
class WorkspaceEditorPane : public QWidget
{
    Q_OBJECT
public:
    // findings: the page's model of the last lint, not owned.
    explicit WorkspaceEditorPane(FindingModel *findings, QWidget *parent = nullptr);

    YamlEditor *editor() const { return m_editor; }

    ProblemsPanel *problemsPanel() const { return m_problems; }

    ContainerForm *containerForm() const { return m_form; }

    QTabWidget *bottomTabs() const { return m_bottomTabs; }

    // The bar's buttons: the page's undo, redo, quick-fix and save actions (not owned).
    void setBarActions(QAction *undo, QAction *redo, QAction *quickFix, QAction *save);

    // Shows document (null: none) in the editor, its findings underlined and its containers in
    // the form.
    void showDocument(WorkspaceDocument *document);
    // The file's path over the editor, marked when modified; enables Save.
    void updateTitle();
    // The problem counts under the editor and on the Problems tab; lintMs: the last lint's time.
    void updateSummary(qint64 lintMs);
    // What runs in the background ("Reading files…", "Checking…"), shown beside the summary
    // with a busy bar once it takes a moment; empty when nothing runs.
    void setBusy(const QString &what);

    QWidget *busyIndicator() const;

private:
    void updateCursorLabel();

    FindingModel *m_findings;
    WorkspaceDocument *m_document = nullptr;
    YamlEditor *m_editor;
    QLabel *m_title;
    QLabel *m_cursorLabel;
    QLabel *m_lintLabel;
    QWidget *m_busy;
    QLabel *m_busyLabel;
    QTimer *m_busyDelay;
    ContainerForm *m_form;
    ProblemsPanel *m_problems;
    QTabWidget *m_bottomTabs;
    QWidget *m_bar;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_save = nullptr;
};
