// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/workspace/workspacepage.h"

#include "model/items/findingmodel.h"
#include "model/kube/kubelinter.h"
#include "model/kube/kubeworkspace.h"
#include "ui/common/emptystate.h"
#include "ui/common/icons.h"
#include "ui/common/pageheader.h"
#include "ui/workspace/containerform.h"
#include "ui/workspace/digestpinner.h"
#include "ui/workspace/problemspanel.h"
#include "ui/workspace/secretgeneratordialog.h"
#include "ui/workspace/severitystyle.h"
#include "ui/workspace/workspacedocument.h"
#include "ui/workspace/workspacetemplates.h"
#include "ui/workspace/yamleditor.h"

#include <QAction>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTextBlock>
#include <QTextDocument>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace {
const QString kLastDirectoryKey = QStringLiteral("workspace/lastDirectory");
const QString kOpenFilesKey = QStringLiteral("workspace/openFiles");
// A folder with more YAML files than this is probably not one project.
constexpr int kMaxFolderFiles = 2000;
// Lint after typing pauses this long; slower lints stretch the pause (see scheduleLint()).
constexpr int kLintDelayMs = 300;
} // namespace

WorkspacePage::WorkspacePage(QSettings *settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_stack(new QStackedWidget(this))
    , m_list(new QListWidget(this))
    , m_editor(new YamlEditor(this))
    , m_title(new QLabel(this))
    , m_cursorLabel(new QLabel(this))
    , m_lintLabel(new QLabel(this))
    , m_form(new ContainerForm(this))
    , m_findings(new FindingModel(this))
    , m_bottomTabs(new QTabWidget(this))
    , m_lintTimer(new QTimer(this))
    , m_pinner(new DigestPinner(this))
    , m_newMenu(new QMenu(this))
{
    setObjectName(QStringLiteral("workspacePage"));
    m_problems = new ProblemsPanel(m_findings, this);
    m_lintTimer->setSingleShot(true);
    m_lintTimer->setInterval(kLintDelayMs);
    connect(m_lintTimer, &QTimer::timeout, this, &WorkspacePage::lintNow);

    m_empty = new EmptyState(Icons::path(QStringLiteral("workspace")),
                             tr("Open a Pod YAML file or folder"),
                             tr("The workspace holds the Kubernetes manifests you are working "
                                "on. Open a Pod, Deployment or folder of YAML files to check "
                                "image references, pull policies and image pull secrets before "
                                "they reach a cluster."),
                             this);
    connect(m_empty->addButton(tr("Open File…")),
            &QPushButton::clicked,
            this,
            &WorkspacePage::chooseFiles);
    connect(m_empty->addButton(tr("Open Folder…")),
            &QPushButton::clicked,
            this,
            &WorkspacePage::chooseFolder);
    //: Button on the empty Workspace page: start from a template
    QPushButton *fromTemplate = m_empty->addButton(tr("New from Template"));
    fromTemplate->setMenu(m_newMenu);

    createActions();
    m_stack->addWidget(m_empty);
    m_stack->addWidget(createEditorArea());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_editor, &YamlEditor::quickFixChosen, this, &WorkspacePage::applyFix);
    connect(m_problems, &ProblemsPanel::quickFixChosen, this, &WorkspacePage::applyFix);
    connect(m_problems, &ProblemsPanel::findingActivated, this, &WorkspacePage::showFinding);
    connect(m_form, &ContainerForm::editRequested, this, [this](const QList<TextEdit> &edits) {
        applyEditsTo(currentDocument(), edits);
    });
    connect(m_form, &ContainerForm::editStarted, this, [this] {
        // Edits are computed from the last read; after typing, read again first.
        if (m_stale.contains(currentDocument()))
            lintNow();
    });
    connect(m_form, &ContainerForm::locationActivated, this, [this](int line, int column) {
        m_editor->goTo(line, column);
    });
    connect(m_pinner, &DigestPinner::started, this, [this](const QString &image) {
        //: Status while the registry is asked for an image's digest; %1 is the image
        Q_EMIT statusMessageRequested(tr("Resolving the digest of %1…").arg(image));
    });
    connect(m_pinner, &DigestPinner::failed, this, &WorkspacePage::statusMessageRequested);
    connect(
        m_pinner,
        &DigestPinner::pinned,
        this,
        [this](WorkspaceDocument *document, const QList<TextEdit> &edits, const QString &digest) {
            applyEditsTo(document, edits);
            //: %1 is a digest such as sha256:abc…
            Q_EMIT statusMessageRequested(tr("Pinned to %1.").arg(digest));
        });
    connect(m_editor,
            &QPlainTextEdit::cursorPositionChanged,
            this,
            &WorkspacePage::updateCursorLabel);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row != m_current)
            setCurrentDocument(row);
    });

    // Reopen what was open last time; files that have gone are dropped quietly.
    m_restoring = true;
    const QStringList previous = m_settings->value(kOpenFilesKey).toStringList();
    for (const QString &path : previous) {
        if (QFileInfo(path).isFile())
            load(path);
    }
    m_restoring = false;
    if (!m_documents.isEmpty())
        setCurrentDocument(0);
    lintNow();
}

WorkspacePage::~WorkspacePage()
{
    m_pinner->cancelAll();
    // The editor must not show a document that is deleted before it.
    m_editor->setDocument(nullptr);
}

void WorkspacePage::createActions()
{
    const auto add = [this](const QString &text, const QKeySequence &key, const char *name) {
        auto *a = new QAction(text, this);
        a->setObjectName(QLatin1String(name));
        a->setShortcut(key);
        // Only while the page (the editor, the lists) has focus: other pages keep their keys.
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
        return a;
    };
    QAction *newDoc = add(tr("New Empty File"), QKeySequence::New, "workspaceNewAction");
    connect(newDoc, &QAction::triggered, this, [this] {
        newDocument();
    });
    m_newMenu->setObjectName(QStringLiteral("workspaceNewMenu"));
    m_newMenu->addAction(newDoc);
    m_newMenu->addSeparator();
    for (const WorkspaceTemplates::Template &t : WorkspaceTemplates::all()) {
        QAction *a = m_newMenu->addAction(t.title);
        a->setObjectName(QStringLiteral("template_") + t.id);
        a->setStatusTip(t.description);
        a->setToolTip(t.description);
        const QString id = t.id;
        connect(a, &QAction::triggered, this, [this, id] {
            newFromTemplate(id);
        });
    }
    m_newMenu->setToolTipsVisible(true);
    connect(add(tr("Open File…"), QKeySequence::Open, "workspaceOpenAction"),
            &QAction::triggered,
            this,
            &WorkspacePage::chooseFiles);
    m_saveAction = add(tr("Save"), QKeySequence::Save, "workspaceSaveAction");
    connect(m_saveAction, &QAction::triggered, this, [this] {
        saveCurrent();
    });
    m_saveAsAction = add(tr("Save As…"), QKeySequence::SaveAs, "workspaceSaveAsAction");
    connect(m_saveAsAction, &QAction::triggered, this, [this] {
        saveCurrentAs();
    });
    m_closeAction = add(tr("Close File"), QKeySequence::Close, "workspaceCloseAction");
    connect(m_closeAction, &QAction::triggered, this, [this] {
        closeDocument(m_current);
    });
    m_undoAction = add(tr("Undo"), QKeySequence::Undo, "workspaceUndoAction");
    m_undoAction->setShortcutContext(Qt::WidgetShortcut); // the editor handles its own keys
    connect(m_undoAction, &QAction::triggered, m_editor, &QPlainTextEdit::undo);
    m_redoAction = add(tr("Redo"), QKeySequence::Redo, "workspaceRedoAction");
    m_redoAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_redoAction, &QAction::triggered, m_editor, &QPlainTextEdit::redo);
    connect(m_editor, &QPlainTextEdit::undoAvailable, m_undoAction, &QAction::setEnabled);
    connect(m_editor, &QPlainTextEdit::redoAvailable, m_redoAction, &QAction::setEnabled);
    m_secretAction = add(tr("Generate Pull Secret…"),
                         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G),
                         "workspaceSecretAction");
    connect(m_secretAction, &QAction::triggered, this, &WorkspacePage::openSecretGenerator);
    m_quickFixAction = add(tr("Quick Fix…"), QKeySequence(), "workspaceQuickFixAction");
    connect(m_quickFixAction, &QAction::triggered, m_editor, &YamlEditor::showQuickFixes);
    connect(add(tr("Next Problem"), QKeySequence(Qt::Key_F8), "workspaceNextProblemAction"),
            &QAction::triggered,
            this,
            [this] {
                m_problems->step(1);
            });
    connect(add(tr("Previous Problem"),
                QKeySequence(Qt::SHIFT | Qt::Key_F8),
                "workspacePreviousProblemAction"),
            &QAction::triggered,
            this,
            [this] {
                m_problems->step(-1);
            });
}

QWidget *WorkspacePage::createEditorArea()
{
    auto *area = new QWidget(this);
    auto *header = new PageHeader(tr("Workspace"),
                                  tr("Kubernetes YAML checked as you type: image names, pull "
                                     "policies and image pull secrets, as the API server and "
                                     "the kubelet will see them."),
                                  area);
    //: Header button opening a menu: an empty file or a template
    QPushButton *newButton = header->addButton(tr("New"));
    newButton->setObjectName(QStringLiteral("workspaceNewButton"));
    newButton->setMenu(m_newMenu);
    //: Header button opening a menu: open files or a folder
    QPushButton *openButton = header->addButton(tr("Open"));
    openButton->setObjectName(QStringLiteral("workspaceOpenButton"));
    auto *openMenu = new QMenu(openButton);
    openMenu->addAction(tr("Open File…"), QKeySequence::Open, this, &WorkspacePage::chooseFiles);
    openMenu->addAction(tr("Open Folder…"), this, &WorkspacePage::chooseFolder);
    openButton->setMenu(openMenu);
    QPushButton *secret = header->addButton(tr("Pull Secret…"));
    secret->setObjectName(QStringLiteral("workspaceSecretButton"));
    secret->setToolTip(tr("Generate a docker-registry Secret as kubectl does (Ctrl+Shift+G)"));
    connect(secret, &QPushButton::clicked, this, &WorkspacePage::openSecretGenerator);

    m_list->setObjectName(QStringLiteral("workspaceFiles"));
    //: Accessible name of the list of open files on the Workspace page
    m_list->setAccessibleName(tr("Open files"));
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setStyleSheet(QStringLiteral("QListWidget#workspaceFiles::item { padding: 5px 6px; }"));
    m_list->setUniformItemSizes(true);
    m_list->setIconSize(QSize(16, 16));
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_list, &QListWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const int row = m_list->indexAt(pos).row();
        if (row < 0)
            return;
        QMenu menu;
        menu.addAction(tr("Close"), this, [this, row] {
            closeDocument(row);
        });
        menu.exec(m_list->viewport()->mapToGlobal(pos));
    });
    auto *filesTitle = new QLabel(tr("Files"), this);
    QFont bold = filesTitle->font();
    bold.setWeight(QFont::DemiBold);
    filesTitle->setFont(bold);
    filesTitle->setContentsMargins(10, 8, 8, 4);
    auto *filesPane = new QWidget(this);
    auto *filesLayout = new QVBoxLayout(filesPane);
    filesLayout->setContentsMargins(0, 0, 0, 0);
    filesLayout->setSpacing(0);
    filesLayout->addWidget(filesTitle);
    filesLayout->addWidget(m_list, 1);

    // The bar over the editor: the file, undo and redo, and the quick-fix button.
    m_title->setObjectName(QStringLiteral("workspaceFileTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    const auto toolButton = [this](QAction *action, const QString &tip) {
        auto *b = new QToolButton(this);
        b->setDefaultAction(action);
        b->setAutoRaise(true);
        b->setToolTip(tip);
        return b;
    };
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(10, 4, 6, 4);
    bar->addWidget(m_title, 1);
    bar->addWidget(toolButton(
        m_undoAction,
        tr("Undo (%1)").arg(m_undoAction->shortcut().toString(QKeySequence::NativeText))));
    bar->addWidget(toolButton(
        m_redoAction,
        tr("Redo (%1)").arg(m_redoAction->shortcut().toString(QKeySequence::NativeText))));
    bar->addWidget(toolButton(m_quickFixAction, tr("Quick fixes at the cursor (Ctrl+.)")));
    bar->addWidget(toolButton(
        m_saveAction,
        tr("Save (%1)").arg(m_saveAction->shortcut().toString(QKeySequence::NativeText))));

    // Long paths and summaries must not widen the window: they are cut, the tooltip has them.
    m_title->setMinimumWidth(40);
    m_lintLabel->setMinimumWidth(40);
    m_cursorLabel->setObjectName(QStringLiteral("workspaceCursor"));
    m_lintLabel->setObjectName(QStringLiteral("workspaceLintSummary"));
    auto *statusRow = new QHBoxLayout;
    statusRow->setContentsMargins(10, 2, 10, 2);
    statusRow->addWidget(m_lintLabel, 1);
    statusRow->addWidget(m_cursorLabel);

    auto *editorPane = new QWidget(this);
    auto *editorLayout = new QVBoxLayout(editorPane);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->setSpacing(0);
    editorLayout->addLayout(bar);
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
    auto *horizontal = new QSplitter(Qt::Horizontal, this);
    horizontal->setObjectName(QStringLiteral("workspaceSplitter"));
    horizontal->addWidget(filesPane);
    horizontal->addWidget(vertical);
    horizontal->setStretchFactor(0, 0);
    horizontal->setStretchFactor(1, 1);
    horizontal->setSizes({200, 800});
    horizontal->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(area);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(header);
    layout->addWidget(horizontal, 1);
    return area;
}

void WorkspacePage::setRegistryClient(RegistryClient *client)
{
    m_pinner->setClient(client);
}

bool WorkspacePage::isDark() const
{
    return palette().color(QPalette::Base).lightness() < 128;
}

WorkspaceDocument *WorkspacePage::currentDocument() const
{
    return m_documents.value(m_current);
}

QString WorkspacePage::lastDirectory() const
{
    const QString dir = m_settings->value(kLastDirectoryKey).toString();
    if (!dir.isEmpty() && QFileInfo(dir).isDir())
        return dir;
    return QDir::homePath();
}

void WorkspacePage::rememberDirectory(const QString &dir)
{
    m_settings->setValue(kLastDirectoryKey, QDir::cleanPath(dir));
}

void WorkspacePage::rememberOpenFiles()
{
    if (!m_restoring)
        m_settings->setValue(kOpenFilesKey, m_files);
}

int WorkspacePage::indexOfKey(const QString &key) const
{
    for (int i = 0; i < m_documents.size(); ++i) {
        if (m_documents.at(i)->key() == key)
            return i;
    }
    return -1;
}

WorkspaceDocument *WorkspacePage::adopt(WorkspaceDocument *document)
{
    m_documents.append(document);
    connect(document->document(), &QTextDocument::contentsChanged, this, [this, document] {
        scheduleLint(document);
    });
    connect(document, &WorkspaceDocument::stateChanged, this, [this] {
        refresh();
    });
    m_stale.insert(document);
    return document;
}

WorkspaceDocument *WorkspacePage::load(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (const int existing = indexOfKey(absolute); existing >= 0)
        return m_documents.at(existing);
    auto *document = new WorkspaceDocument(QString(), isDark(), this);
    if (const Result<void> loaded = document->load(absolute); !loaded) {
        delete document;
        Q_EMIT statusMessageRequested(loaded.error().message);
        return nullptr;
    }
    return adopt(document);
}

WorkspaceDocument *WorkspacePage::openFile(const QString &path)
{
    WorkspaceDocument *document = load(path);
    if (!document)
        return nullptr;
    setCurrentDocument(int(m_documents.indexOf(document)));
    lintNow();
    Q_EMIT filesChanged();
    return document;
}

void WorkspacePage::addFiles(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    // Read every file first and lint once: the findings of one file depend on the others
    // (a pull secret defined elsewhere), and a folder should not be linted once per file.
    WorkspaceDocument *first = nullptr;
    for (const QString &p : paths) {
        WorkspaceDocument *document = load(p);
        if (!first)
            first = document;
    }
    if (first)
        setCurrentDocument(int(m_documents.indexOf(first)));
    lintNow();
    rememberDirectory(QFileInfo(paths.first()).absolutePath());
    Q_EMIT filesChanged();
}

int WorkspacePage::addFolder(const QString &dir)
{
    QStringList found;
    QDirIterator it(dir,
                    {QStringLiteral("*.yaml"), QStringLiteral("*.yml")},
                    QDir::Files | QDir::Readable,
                    QDirIterator::Subdirectories);
    while (it.hasNext() && found.size() < kMaxFolderFiles)
        found.append(it.next());
    found.sort();
    rememberDirectory(dir);
    if (found.isEmpty()) {
        Q_EMIT statusMessageRequested(
            tr("No YAML files (*.yaml, *.yml) in %1.").arg(QDir::toNativeSeparators(dir)));
        return 0;
    }
    addFiles(found);
    rememberDirectory(dir);
    Q_EMIT statusMessageRequested(tr("Added %n YAML file(s) from %1.", nullptr, int(found.size()))
                                      .arg(QDir::toNativeSeparators(dir)));
    return int(found.size());
}

WorkspaceDocument *WorkspacePage::newDocument(const QByteArray &text)
{
    //: Name of a new document not saved yet; %1 is a number
    auto *document =
        new WorkspaceDocument(tr("Untitled-%1.yaml").arg(++m_untitled), isDark(), this);
    document->document()->setPlainText(QString::fromUtf8(text));
    document->document()->setModified(!text.isEmpty());
    adopt(document);
    setCurrentDocument(int(m_documents.size()) - 1);
    lintNow();
    m_editor->setFocus(Qt::OtherFocusReason);
    Q_EMIT filesChanged();
    return document;
}

WorkspaceDocument *WorkspacePage::newFromTemplate(const QString &id)
{
    const QByteArray text = WorkspaceTemplates::text(id);
    if (text.isEmpty())
        return nullptr;
    return newDocument(text);
}

void WorkspacePage::setCurrentDocument(int index)
{
    if (index < 0 || index >= m_documents.size())
        return;
    m_current = index;
    WorkspaceDocument *document = m_documents.at(index);
    if (m_editor->document() != document->document()) {
        m_editor->setDocument(document->document());
        m_undoAction->setEnabled(document->document()->isUndoAvailable());
        m_redoAction->setEnabled(document->document()->isRedoAvailable());
    }
    QList<Finding> mine;
    for (const Finding &f : m_findings->findings()) {
        if (f.at.file == document->key())
            mine.append(f);
    }
    m_editor->setFindings(mine);
    m_form->setFile(document->kubeFile());
    refresh();
}

void WorkspacePage::scheduleLint(WorkspaceDocument *document)
{
    m_stale.insert(document);
    m_lintTimer->start();
    if (document == currentDocument())
        updateTitle();
}

void WorkspacePage::lintNow()
{
    m_lintTimer->stop();
    QElapsedTimer timer;
    timer.start();
    KubeWorkspace workspace;
    for (WorkspaceDocument *document : std::as_const(m_documents)) {
        if (m_stale.contains(document))
            document->reread();
        workspace.addFile(document->kubeFile());
    }
    m_stale.clear();
    const QList<Finding> findings = KubeLinter::lint(workspace);
    m_lastLintMs = timer.elapsed();
    // Reading and linting run on the GUI thread: a few milliseconds for hand-written files. A
    // big workspace stretches the pause instead, so typing never stutters on every key.
    m_lintTimer->setInterval(qMax<int>(kLintDelayMs, int(m_lastLintMs) * 4));
    m_findings->setFindings(findings);
    if (WorkspaceDocument *document = currentDocument()) {
        QList<Finding> mine;
        for (const Finding &f : findings) {
            if (f.at.file == document->key())
                mine.append(f);
        }
        m_editor->setFindings(mine);
        m_form->setFile(document->kubeFile());
    } else {
        m_editor->setFindings({});
        m_form->setFile(KubeFile());
    }
    refresh();
}

void WorkspacePage::applyEditsTo(WorkspaceDocument *document, const QList<TextEdit> &edits)
{
    if (!document || edits.isEmpty())
        return;
    const bool ok = YamlEditor::applyEdits(document->document(), edits);
    if (!ok) {
        Q_EMIT statusMessageRequested(tr("The file changed; the edit no longer fits. Try again."));
        return;
    }
    // The form and the underlines follow at once, not after the typing pause.
    lintNow();
}

void WorkspacePage::applyFix(const Finding &finding, const QuickFix &fix)
{
    const int index = indexOfKey(finding.at.file);
    WorkspaceDocument *document = m_documents.value(index, currentDocument());
    if (!document)
        return;
    if (fix.needsDigest) {
        m_pinner->pin(document, finding);
        return;
    }
    QList<TextEdit> edits = fix.edits;
    if (m_stale.contains(document)) {
        // The fix was computed from the last read and the text changed since: read again and
        // take the same fix of the same finding, if it is still there.
        lintNow();
        edits.clear();
        for (const Finding &f : m_findings->findings()) {
            if (f.rule != finding.rule || f.object != finding.object
                || f.fieldPath != finding.fieldPath || f.at.file != finding.at.file)
                continue;
            for (const QuickFix &q : f.fixes) {
                if (q.id == fix.id && q.title == fix.title)
                    edits = q.edits;
            }
        }
        if (edits.isEmpty()) {
            Q_EMIT statusMessageRequested(tr("The problem is gone; nothing to fix."));
            return;
        }
    }
    applyEditsTo(document, edits);
    Q_EMIT statusMessageRequested(tr("Applied: %1").arg(fix.title));
}

void WorkspacePage::showFinding(const Finding &finding)
{
    const int index = indexOfKey(finding.at.file);
    if (index < 0)
        return;
    setCurrentDocument(index);
    m_editor->goTo(finding.at.line, finding.at.column);
}

bool WorkspacePage::askToSave(WorkspaceDocument *document)
{
    if (!document->isModified())
        return true;
    int answer = 0;
    if (m_savePrompt) {
        answer = m_savePrompt(document);
    } else {
        QMessageBox box(QMessageBox::Warning,
                        tr("Unsaved Changes"),
                        //: %1 is a file name
                        tr("Save the changes to %1?").arg(document->displayName()),
                        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                        this);
        box.setInformativeText(tr("Your changes are lost if you don't save them."));
        box.setDefaultButton(QMessageBox::Save);
        answer = box.exec();
    }
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Discard)
        return true;
    const int index = int(m_documents.indexOf(document));
    setCurrentDocument(index);
    return saveCurrent();
}

bool WorkspacePage::closeDocument(int index)
{
    WorkspaceDocument *document = m_documents.value(index);
    if (!document || !askToSave(document))
        return false;
    m_documents.removeAt(index);
    m_stale.remove(document);
    if (m_editor->document() == document->document())
        m_editor->setDocument(nullptr);
    document->deleteLater();
    m_current = -1;
    if (!m_documents.isEmpty())
        setCurrentDocument(qMin(index, int(m_documents.size()) - 1));
    lintNow();
    Q_EMIT filesChanged();
    return true;
}

bool WorkspacePage::confirmClose()
{
    for (WorkspaceDocument *document : std::as_const(m_documents)) {
        if (!askToSave(document))
            return false;
    }
    return true;
}

void WorkspacePage::clear()
{
    while (!m_documents.isEmpty()) {
        if (!closeDocument(int(m_documents.size()) - 1))
            return;
    }
}

bool WorkspacePage::saveCurrent()
{
    WorkspaceDocument *document = currentDocument();
    if (!document)
        return false;
    if (document->path().isEmpty())
        return saveCurrentAs();
    if (const Result<void> saved = document->save(); !saved) {
        QMessageBox::warning(this, tr("Save Failed"), saved.error().message);
        return false;
    }
    Q_EMIT statusMessageRequested(tr("Saved %1.").arg(QDir::toNativeSeparators(document->path())));
    return true;
}

bool WorkspacePage::saveCurrentAs(const QString &path)
{
    WorkspaceDocument *document = currentDocument();
    if (!document)
        return false;
    QString target = path;
    if (target.isEmpty()) {
        const QString start = document->path().isEmpty()
            ? QDir(lastDirectory()).filePath(document->displayName())
            : document->path();
        target = QFileDialog::getSaveFileName(this,
                                              tr("Save YAML As"),
                                              start,
                                              tr("Kubernetes YAML (*.yaml *.yml);;All files (*)"));
        if (target.isEmpty())
            return false;
    }
    const QString oldKey = document->key();
    if (const Result<void> saved = document->saveAs(target); !saved) {
        QMessageBox::warning(this, tr("Save Failed"), saved.error().message);
        return false;
    }
    rememberDirectory(QFileInfo(target).absolutePath());
    if (oldKey != document->key())
        lintNow(); // findings now name the new path
    Q_EMIT statusMessageRequested(tr("Saved %1.").arg(QDir::toNativeSeparators(document->path())));
    Q_EMIT filesChanged();
    return true;
}

void WorkspacePage::chooseFiles()
{
    const QStringList paths =
        QFileDialog::getOpenFileNames(this,
                                      tr("Open Pod YAML"),
                                      lastDirectory(),
                                      tr("Kubernetes YAML (*.yaml *.yml);;All files (*)"));
    addFiles(paths);
}

void WorkspacePage::chooseFolder()
{
    const QString dir =
        QFileDialog::getExistingDirectory(this, tr("Open Folder of YAML Files"), lastDirectory());
    if (!dir.isEmpty())
        addFolder(dir);
}

void WorkspacePage::openSecretGenerator()
{
    auto *dialog = new SecretGeneratorDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (WorkspaceDocument *document = currentDocument()) {
        // Start from the namespace of the file's first object: the secret belongs beside it.
        for (const KubeObject &object : document->kubeFile().objects) {
            if (object.namespaceName.present) {
                dialog->setNamespace(object.namespaceName.value);
                break;
            }
        }
    }
    dialog->setCanInsert(currentDocument() != nullptr);
    connect(dialog, &SecretGeneratorDialog::insertRequested, this, [this](const QByteArray &yaml) {
        WorkspaceDocument *document = currentDocument();
        if (!document) {
            newDocument(yaml);
            return;
        }
        // A new document at the end of the file, after a "---" separator.
        const QString text = document->document()->toPlainText();
        QString insert;
        if (!text.isEmpty() && !text.endsWith(QLatin1Char('\n')))
            insert += QLatin1Char('\n');
        if (!text.trimmed().isEmpty())
            insert += QStringLiteral("---\n");
        insert += QString::fromUtf8(yaml);
        applyEditsTo(document, {TextEdit{document->key(), int(text.size()), 0, insert}});
        m_editor->goTo(m_editor->document()->blockCount(), 1);
    });
    connect(dialog,
            &SecretGeneratorDialog::newDocumentRequested,
            this,
            [this](const QByteArray &yaml) {
                newDocument(yaml);
            });
    dialog->open();
}

void WorkspacePage::updateTitle()
{
    WorkspaceDocument *document = currentDocument();
    if (!document) {
        m_title->clear();
        return;
    }
    const QString where = document->path().isEmpty() ? document->displayName()
                                                     : QDir::toNativeSeparators(document->path());
    //: The file shown in the editor; %1 is its path, the dot marks unsaved changes
    m_title->setText(document->isModified() ? tr("%1 ●").arg(where) : where);
    m_saveAction->setEnabled(document->isModified() || document->path().isEmpty());
    if (QListWidgetItem *item = m_list->item(m_current)) {
        const QString name = document->displayName();
        item->setText(document->isModified() ? tr("%1 ●").arg(name) : name);
    }
}

void WorkspacePage::updateCursorLabel()
{
    const QTextCursor c = m_editor->textCursor();
    //: Cursor position in the editor
    m_cursorLabel->setText(
        tr("Ln %1, Col %2").arg(c.blockNumber() + 1).arg(c.positionInBlock() + 1));
}

void WorkspacePage::refresh()
{
    m_files.clear();
    for (WorkspaceDocument *d : std::as_const(m_documents)) {
        if (!d->path().isEmpty())
            m_files.append(d->path());
    }
    rememberOpenFiles();

    QHash<QString, Finding::Severity> worst;
    for (const Finding &f : m_findings->findings()) {
        const auto it = worst.constFind(f.at.file);
        if (it == worst.cend() || SeverityStyle::rank(f.severity) < SeverityStyle::rank(*it))
            worst.insert(f.at.file, f.severity);
    }
    const QSignalBlocker block(m_list);
    while (m_list->count() > m_documents.size())
        delete m_list->takeItem(m_list->count() - 1);
    while (m_list->count() < m_documents.size())
        new QListWidgetItem(m_list);
    const QIcon file = style()->standardIcon(QStyle::SP_FileIcon);
    for (int i = 0; i < m_documents.size(); ++i) {
        WorkspaceDocument *d = m_documents.at(i);
        QListWidgetItem *item = m_list->item(i);
        item->setText(d->isModified() ? tr("%1 ●").arg(d->displayName()) : d->displayName());
        item->setToolTip(d->path().isEmpty() ? tr("Not saved yet")
                                             : QDir::toNativeSeparators(d->path()));
        const auto it = worst.constFind(d->key());
        item->setIcon(it == worst.cend() ? file : SeverityStyle::icon(*it));
    }
    m_list->setCurrentRow(m_current);

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
    m_lintLabel->setToolTip(tr("Checked in %1 ms").arg(m_lastLintMs));
    m_stack->setCurrentIndex(m_documents.isEmpty() ? 0 : 1);
    m_closeAction->setEnabled(!m_documents.isEmpty());
    m_saveAsAction->setEnabled(!m_documents.isEmpty());
    m_secretAction->setEnabled(true);
    updateTitle();
    updateCursorLabel();
}
