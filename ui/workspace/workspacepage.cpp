// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/workspace/workspacepage.h"

#include "model/items/findingmodel.h"
#include "ui/common/emptystate.h"
#include "ui/common/icons.h"
#include "ui/common/pageheader.h"
#include "ui/workspace/containerform.h"
#include "ui/workspace/digestpinner.h"
#include "ui/workspace/problemspanel.h"
#include "ui/workspace/secretgeneratordialog.h"
#include "ui/workspace/workspacedocument.h"
#include "ui/workspace/workspacedocuments.h"
#include "ui/workspace/workspaceeditorpane.h"
#include "ui/workspace/workspacefilelist.h"
#include "ui/workspace/workspacelinter.h"
#include "ui/workspace/workspacetemplates.h"
#include "ui/workspace/yamleditor.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTextDocument>
#include <QVBoxLayout>

WorkspacePage::WorkspacePage(QSettings *settings, QWidget *parent)
    : QWidget(parent)
    , m_docs(new WorkspaceDocuments(settings, this))
    , m_linter(new WorkspaceLinter(m_docs, this))
    , m_stack(new QStackedWidget(this))
    , m_list(new WorkspaceFileList(this))
    , m_findings(new FindingModel(this))
    , m_pane(new WorkspaceEditorPane(m_findings, this))
    , m_pinner(new DigestPinner(this))
    , m_newMenu(new QMenu(this))
{
    setObjectName(QStringLiteral("workspacePage"));
    m_docs->setDark(isDark());

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

    connect(editor(), &YamlEditor::quickFixChosen, this, &WorkspacePage::applyFix);
    connect(problemsPanel(), &ProblemsPanel::quickFixChosen, this, &WorkspacePage::applyFix);
    connect(problemsPanel(), &ProblemsPanel::findingActivated, this, &WorkspacePage::showFinding);
    connect(containerForm(),
            &ContainerForm::editRequested,
            this,
            [this](const QList<TextEdit> &edits) {
                applyEditsTo(currentDocument(), edits);
            });
    connect(containerForm(), &ContainerForm::editStarted, this, [this] {
        // Edits are computed from the last read; after typing, read again soon (the edit is
        // moved onto the new text, applyEditsTo()).
        if (WorkspaceDocument *document = currentDocument(); document && !document->isReadCurrent())
            lintNow();
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
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row != m_current)
            setCurrentDocument(row);
    });

    connect(m_docs, &WorkspaceDocuments::opened, this, &WorkspacePage::showOpened);
    connect(m_docs,
            &WorkspaceDocuments::statusMessageRequested,
            this,
            &WorkspacePage::statusMessageRequested);
    connect(m_docs, &WorkspaceDocuments::filesChanged, this, &WorkspacePage::filesChanged);
    connect(m_docs, &WorkspaceDocuments::stateChanged, this, [this] {
        refresh();
    });
    connect(m_docs, &WorkspaceDocuments::textChanged, this, [this](WorkspaceDocument *document) {
        if (document == currentDocument())
            updateTitle();
    });
    connect(m_linter, &WorkspaceLinter::linted, this, &WorkspacePage::showFindings);
    connect(m_docs, &WorkspaceDocuments::busyChanged, this, &WorkspacePage::updateBusy);
    connect(m_linter, &WorkspaceLinter::busyChanged, this, &WorkspacePage::updateBusy);

    // Reopen what was open last time.
    m_docs->restore();
    refresh();
}

WorkspacePage::~WorkspacePage()
{
    m_pinner->cancelAll();
    // The editor must not show a document that is deleted before it.
    editor()->setDocument(nullptr);
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
    WorkspaceTemplates::addActions(m_newMenu, [this](const QString &id) {
        newFromTemplate(id);
    });
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
    m_redoAction = add(tr("Redo"), QKeySequence::Redo, "workspaceRedoAction");
    m_redoAction->setShortcutContext(Qt::WidgetShortcut);
    m_secretAction = add(tr("Generate Pull Secret…"),
                         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G),
                         "workspaceSecretAction");
    connect(m_secretAction, &QAction::triggered, this, &WorkspacePage::openSecretGenerator);
    m_quickFixAction = add(tr("Quick Fix…"), QKeySequence(), "workspaceQuickFixAction");
    m_pane->setBarActions(m_undoAction, m_redoAction, m_quickFixAction, m_saveAction);
    connect(add(tr("Next Problem"), QKeySequence(Qt::Key_F8), "workspaceNextProblemAction"),
            &QAction::triggered,
            this,
            [this] {
                problemsPanel()->step(1);
            });
    connect(add(tr("Previous Problem"),
                QKeySequence(Qt::SHIFT | Qt::Key_F8),
                "workspacePreviousProblemAction"),
            &QAction::triggered,
            this,
            [this] {
                problemsPanel()->step(-1);
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

    connect(m_list, &WorkspaceFileList::closeRequested, this, &WorkspacePage::closeDocument);
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

    auto *horizontal = new QSplitter(Qt::Horizontal, this);
    horizontal->setObjectName(QStringLiteral("workspaceSplitter"));
    horizontal->addWidget(filesPane);
    horizontal->addWidget(m_pane);
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

YamlEditor *WorkspacePage::editor() const
{
    return m_pane->editor();
}

ProblemsPanel *WorkspacePage::problemsPanel() const
{
    return m_pane->problemsPanel();
}

ContainerForm *WorkspacePage::containerForm() const
{
    return m_pane->containerForm();
}

QTabWidget *WorkspacePage::bottomTabs() const
{
    return m_pane->bottomTabs();
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
    return m_docs->documents().value(m_current);
}

const QList<WorkspaceDocument *> &WorkspacePage::documents() const
{
    return m_docs->documents();
}

QStringList WorkspacePage::files() const
{
    return m_docs->files();
}

QString WorkspacePage::lastDirectory() const
{
    return m_docs->lastDirectory();
}

qint64 WorkspacePage::lastLintMs() const
{
    return m_linter->lastLintMs();
}

void WorkspacePage::showOpened(const QList<WorkspaceDocument *> &documents)
{
    setCurrentDocument(int(m_docs->documents().indexOf(documents.first())));
    lintNow();
}

void WorkspacePage::openFile(const QString &path)
{
    m_docs->open({path});
}

bool WorkspacePage::isBusy() const
{
    return m_docs->isBusy() || m_linter->isBusy();
}

void WorkspacePage::addFiles(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    m_docs->rememberDirectory(QFileInfo(paths.first()).absolutePath());
    m_docs->open(paths);
}

void WorkspacePage::addFolder(const QString &dir)
{
    m_docs->openFolder(dir);
}

WorkspaceDocument *WorkspacePage::newDocument(const QByteArray &text)
{
    WorkspaceDocument *document = m_docs->create(text);
    setCurrentDocument(int(m_docs->documents().size()) - 1);
    lintNow();
    editor()->setFocus(Qt::OtherFocusReason);
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
    if (index < 0 || index >= m_docs->documents().size())
        return;
    m_current = index;
    m_pane->showDocument(m_docs->documents().at(index));
    refresh();
}

void WorkspacePage::lintNow()
{
    m_linter->lintNow();
}

void WorkspacePage::updateBusy()
{
    //: Under the editor while files are read in the background
    m_pane->setBusy(m_docs->isBusy() ? tr("Reading files…")
                        //: Under the editor while the workspace is linted
                        : m_linter->isBusy() ? tr("Checking…")
                                             : QString());
    // While the first files are read, the editor area (with its busy bar) replaces the
    // empty state.
    refresh();
    Q_EMIT busyChanged(isBusy());
}

void WorkspacePage::showFindings()
{
    m_findings->setFindings(m_linter->findings());
    m_pane->showDocument(currentDocument());
    refresh();
}

void WorkspacePage::applyEditsTo(WorkspaceDocument *document,
                                 const QList<TextEdit> &edits,
                                 bool fromLastRead)
{
    if (!document || edits.isEmpty())
        return;
    // Edits computed from the last read are moved onto what was typed since.
    const std::optional<QList<TextEdit>> moved =
        fromLastRead ? document->rebase(edits) : std::optional(edits);
    if (!moved || !YamlEditor::applyEdits(document->document(), *moved)) {
        Q_EMIT statusMessageRequested(tr("The file changed; the edit no longer fits. Try again."));
        lintNow();
        return;
    }
    // The form and the underlines follow at once, not after the typing pause.
    lintNow();
}

void WorkspacePage::applyFix(const Finding &finding, const QuickFix &fix)
{
    const int index = m_docs->indexOfKey(finding.at.file);
    WorkspaceDocument *document = m_docs->documents().value(index, currentDocument());
    if (!document)
        return;
    if (fix.needsDigest) {
        m_pinner->pin(document, finding);
        return;
    }
    applyEditsTo(document, fix.edits);
    Q_EMIT statusMessageRequested(tr("Applied: %1").arg(fix.title));
}

void WorkspacePage::showFinding(const Finding &finding)
{
    const int index = m_docs->indexOfKey(finding.at.file);
    if (index < 0)
        return;
    setCurrentDocument(index);
    editor()->goTo(finding.at.line, finding.at.column);
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
    setCurrentDocument(int(m_docs->documents().indexOf(document)));
    return saveCurrent();
}

bool WorkspacePage::closeDocument(int index)
{
    WorkspaceDocument *document = m_docs->documents().value(index);
    if (!document || !askToSave(document))
        return false;
    if (editor()->document() == document->document())
        editor()->setDocument(nullptr);
    m_current = -1;
    m_docs->close(document);
    if (!m_docs->documents().isEmpty())
        setCurrentDocument(qMin(index, int(m_docs->documents().size()) - 1));
    lintNow();
    return true;
}

bool WorkspacePage::confirmClose()
{
    for (WorkspaceDocument *document : m_docs->documents()) {
        if (!askToSave(document))
            return false;
    }
    return true;
}

void WorkspacePage::clear()
{
    while (!m_docs->documents().isEmpty()) {
        if (!closeDocument(int(m_docs->documents().size()) - 1))
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
    if (const Result<void> saved = m_docs->save(document); !saved) {
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
    if (const Result<void> saved = m_docs->saveAs(document, target); !saved) {
        QMessageBox::warning(this, tr("Save Failed"), saved.error().message);
        return false;
    }
    if (oldKey != document->key())
        lintNow(); // findings now name the new path
    Q_EMIT statusMessageRequested(tr("Saved %1.").arg(QDir::toNativeSeparators(document->path())));
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
        applyEditsTo(document, {document->appendEdit(yaml)}, false);
        editor()->goTo(editor()->document()->blockCount(), 1);
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
    m_pane->updateTitle();
    m_list->updateName(m_current, currentDocument());
}

void WorkspacePage::refresh()
{
    m_list->showDocuments(m_docs->documents(), m_current, m_findings->findings());
    m_pane->updateSummary(m_linter->lastLintMs());
    m_stack->setCurrentIndex(m_docs->documents().isEmpty() && !m_docs->isBusy() ? 0 : 1);
    m_closeAction->setEnabled(!m_docs->documents().isEmpty());
    m_saveAsAction->setEnabled(!m_docs->documents().isEmpty());
    m_secretAction->setEnabled(true);
    updateTitle();
}
