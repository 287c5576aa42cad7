// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/workspace/workspacepage.h"

#include "ui/common/emptystate.h"
#include "ui/common/icons.h"
#include "ui/common/pageheader.h"

#include <QDir>
#include <QDirIterator>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace {
const QString kLastDirectoryKey = QStringLiteral("workspace/lastDirectory");
// A folder with more YAML files than this is probably not one project.
constexpr int kMaxFolderFiles = 2000;
} // namespace

WorkspacePage::WorkspacePage(QSettings *settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_stack(new QStackedWidget(this))
    , m_list(new QListWidget(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("workspacePage"));
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

    auto *filesPage = new QWidget(this);
    auto *header = new PageHeader(tr("Workspace"),
                                  tr("The YAML files you opened. Reading Pods from them arrives "
                                     "with the Pod editor."),
                                  filesPage);
    connect(header->addButton(tr("Open File…")),
            &QPushButton::clicked,
            this,
            &WorkspacePage::chooseFiles);
    connect(header->addButton(tr("Open Folder…")),
            &QPushButton::clicked,
            this,
            &WorkspacePage::chooseFolder);
    connect(header->addButton(tr("Clear")), &QPushButton::clicked, this, &WorkspacePage::clear);

    m_list->setObjectName(QStringLiteral("workspaceFiles"));
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setStyleSheet(QStringLiteral("QListWidget#workspaceFiles::item { padding: 6px 8px; }"));
    m_list->setAlternatingRowColors(true);
    m_list->setUniformItemSizes(true);
    m_summary->setContentsMargins(24, 12, 24, 8);

    auto *filesLayout = new QVBoxLayout(filesPage);
    filesLayout->setContentsMargins(0, 0, 0, 0);
    filesLayout->setSpacing(0);
    filesLayout->addWidget(header);
    filesLayout->addWidget(m_summary);
    auto *listFrame = new QVBoxLayout;
    listFrame->setContentsMargins(16, 0, 16, 16);
    listFrame->addWidget(m_list);
    filesLayout->addLayout(listFrame, 1);

    m_stack->addWidget(m_empty);
    m_stack->addWidget(filesPage);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    refresh();
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

void WorkspacePage::addFiles(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    for (const QString &p : paths) {
        const QString abs = QFileInfo(p).absoluteFilePath();
        if (!m_files.contains(abs))
            m_files.append(abs);
    }
    rememberDirectory(QFileInfo(paths.first()).absolutePath());
    refresh();
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

void WorkspacePage::clear()
{
    m_files.clear();
    refresh();
    Q_EMIT filesChanged();
}

void WorkspacePage::refresh()
{
    m_list->clear();
    for (const QString &f : std::as_const(m_files)) {
        auto *item = new QListWidgetItem(QDir::toNativeSeparators(f), m_list);
        item->setToolTip(QDir::toNativeSeparators(f));
    }
    m_summary->setText(tr("%n file(s) in the workspace", nullptr, int(m_files.size())));
    m_stack->setCurrentIndex(m_files.isEmpty() ? 0 : 1);
}
