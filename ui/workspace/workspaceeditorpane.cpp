// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/workspace/workspaceeditorpane.h"

#include "model/items/findingmodel.h"
#include "ui/workspace/containerform.h"
#include "ui/workspace/problemspanel.h"
#include "ui/workspace/workspacedocument.h"
#include "ui/workspace/yamleditor.h"

#include <QAction>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBlock>
#include <QTextDocument>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

WorkspaceEditorPane::WorkspaceEditorPane(FindingModel *findings, QWidget *parent)
    : QWidget(parent)
    , m_findings(findings)
    , m_editor(new YamlEditor(this))
    , m_title(new QLabel(this))
    , m_cursorLabel(new QLabel(this))
    , m_lintLabel(new QLabel(this))
    , m_busy(new QWidget(this))
    , m_busyLabel(new QLabel(m_busy))
    , m_busyDelay(new QTimer(this))
    , m_form(new ContainerForm(this))
    , m_problems(new ProblemsPanel(findings, this))
    , m_bottomTabs(new QTabWidget(this))
    , m_bar(new QWidget(this))
{
    // The bar over the editor: the file, undo and redo, and the quick-fix button.
    m_title->setObjectName(QStringLiteral("workspaceFileTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *bar = new QHBoxLayout(m_bar);
    bar->setContentsMargins(10, 4, 6, 4);
    bar->addWidget(m_title, 1);

    // Long paths and summaries must not widen the window: they are cut, the tooltip has them.
    m_title->setMinimumWidth(40);
    m_lintLabel->setMinimumWidth(40);
    m_cursorLabel->setObjectName(QStringLiteral("workspaceCursor"));
    m_lintLabel->setObjectName(QStringLiteral("workspaceLintSummary"));
    // Reading and linting run on worker threads; a lint that takes a moment shows a busy bar.
    m_busy->setObjectName(QStringLiteral("workspaceBusy"));
    auto *progress = new QProgressBar(m_busy);
    progress->setRange(0, 0);
    progress->setTextVisible(false);
    progress->setFixedSize(64, 8);
    auto *busyRow = new QHBoxLayout(m_busy);
    busyRow->setContentsMargins(0, 0, 8, 0);
    busyRow->addWidget(progress);
    busyRow->addWidget(m_busyLabel);
    m_busy->hide();
    m_busyDelay->setSingleShot(true);
    m_busyDelay->setInterval(150); // a quick lint after a key would only flicker
    connect(m_busyDelay, &QTimer::timeout, m_busy, &QWidget::show);
    auto *statusRow = new QHBoxLayout;
    statusRow->setContentsMargins(10, 2, 10, 2);
    statusRow->addWidget(m_lintLabel, 1);
    statusRow->addWidget(m_busy);
    statusRow->addWidget(m_cursorLabel);

    auto *editorPane = new QWidget(this);
    auto *editorLayout = new QVBoxLayout(editorPane);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->setSpacing(0);
    editorLayout->addWidget(m_bar);
    editorLayout->addWidget(m_editor, 1);
    editorLayout->addLayout(statusRow);
    m_editor->setFrameShape(QFrame::NoFrame);

    m_bottomTabs->setObjectName(QStringLiteral("workspaceTabs"));
    m_bottomTabs->setDocumentMode(true);
    m_bottomTabs->addTab(m_problems, tr("Problems"));
    //: Tab of the form view: containers, images, pull policies and pull secrets
    m_bottomTabs->addTab(m_form, tr("Containers"));

    auto *vertical = new QSplitter(Qt::Vertical, this);
    vertical->setObjectName(QStringLiteral("workspaceVerticalSplitter"));
    vertical->addWidget(editorPane);
    vertical->addWidget(m_bottomTabs);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 1);
    // Most of the height for the text; the sizes are scaled to the real height when shown.
    vertical->setSizes({600, 260});
    vertical->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(vertical);

    connect(m_form, &ContainerForm::locationActivated, this, [this](int line, int column) {
        m_editor->goTo(line, column);
    });
    connect(m_editor,
            &QPlainTextEdit::cursorPositionChanged,
            this,
            &WorkspaceEditorPane::updateCursorLabel);
}

void WorkspaceEditorPane::setBarActions(QAction *undo,
                                        QAction *redo,
                                        QAction *quickFix,
                                        QAction *save)
{
    m_undo = undo;
    m_redo = redo;
    m_save = save;
    const auto toolButton = [this](QAction *action, const QString &tip) {
        auto *b = new QToolButton(this);
        b->setDefaultAction(action);
        b->setAutoRaise(true);
        b->setToolTip(tip);
        return b;
    };
    auto *bar = static_cast<QHBoxLayout *>(m_bar->layout());
    bar->addWidget(
        toolButton(undo, tr("Undo (%1)").arg(undo->shortcut().toString(QKeySequence::NativeText))));
    bar->addWidget(
        toolButton(redo, tr("Redo (%1)").arg(redo->shortcut().toString(QKeySequence::NativeText))));
    bar->addWidget(toolButton(quickFix, tr("Quick fixes at the cursor (Ctrl+.)")));
    bar->addWidget(
        toolButton(save, tr("Save (%1)").arg(save->shortcut().toString(QKeySequence::NativeText))));
    connect(undo, &QAction::triggered, m_editor, &QPlainTextEdit::undo);
    connect(redo, &QAction::triggered, m_editor, &QPlainTextEdit::redo);
    connect(m_editor, &QPlainTextEdit::undoAvailable, undo, &QAction::setEnabled);
    connect(m_editor, &QPlainTextEdit::redoAvailable, redo, &QAction::setEnabled);
    connect(quickFix, &QAction::triggered, m_editor, &YamlEditor::showQuickFixes);
}

void WorkspaceEditorPane::showDocument(WorkspaceDocument *document)
{
    m_document = document;
    if (!document) {
        m_editor->setFindings({});
        m_form->setFile(KubeFile());
        updateTitle();
        return;
    }
    if (m_editor->document() != document->document()) {
        m_editor->setDocument(document->document());
        if (m_undo)
            m_undo->setEnabled(document->document()->isUndoAvailable());
        if (m_redo)
            m_redo->setEnabled(document->document()->isRedoAvailable());
    }
    QList<Finding> mine;
    for (const Finding &f : m_findings->findings()) {
        if (f.at.file == document->key())
            mine.append(f);
    }
    m_editor->setFindings(mine);
    m_form->setFile(document->kubeFile());
    updateTitle();
}

void WorkspaceEditorPane::updateTitle()
{
    if (!m_document) {
        m_title->clear();
        updateCursorLabel();
        return;
    }
    const QString where = m_document->path().isEmpty()
        ? m_document->displayName()
        : QDir::toNativeSeparators(m_document->path());
    //: The file shown in the editor; %1 is its path, the dot marks unsaved changes
    m_title->setText(m_document->isModified() ? tr("%1 ●").arg(where) : where);
    if (m_save)
        m_save->setEnabled(m_document->isModified() || m_document->path().isEmpty());
    updateCursorLabel();
}

void WorkspaceEditorPane::updateSummary(qint64 lintMs)
{
    const int errors = m_findings->count(Finding::Severity::Error);
    const int warnings = m_findings->count(Finding::Severity::Warning);
    const int infos = m_findings->count(Finding::Severity::Info);
    //: Tab title with the number of problems
    m_bottomTabs->setTabText(0, tr("Problems (%1)").arg(m_findings->rowCount()));
    QStringList counts;
    //: Part of the summary under the editor
    counts.append(tr("%n error(s)", nullptr, errors));
    //: Part of the summary under the editor
    counts.append(tr("%n warning(s)", nullptr, warnings));
    //: Part of the summary under the editor: hints
    counts.append(tr("%n info(s)", nullptr, infos));
    m_lintLabel->setText(errors + warnings + infos == 0 ? tr("No problems")
                                                        : counts.join(QStringLiteral(", ")));
    m_lintLabel->setToolTip(tr("Checked in %1 ms").arg(lintMs));
}

void WorkspaceEditorPane::setBusy(const QString &what)
{
    m_busyLabel->setText(what);
    if (what.isEmpty()) {
        m_busyDelay->stop();
        m_busy->hide();
    } else if (!m_busy->isVisible() && !m_busyDelay->isActive()) {
        m_busyDelay->start();
    }
}

QWidget *WorkspaceEditorPane::busyIndicator() const
{
    return m_busy;
}

void WorkspaceEditorPane::updateCursorLabel()
{
    const QTextCursor c = m_editor->textCursor();
    //: Cursor position in the editor
    m_cursorLabel->setText(
        tr("Ln %1, Col %2").arg(c.blockNumber() + 1).arg(c.positionInBlock() + 1));
}
