// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/workspace/workspacefilelist.h"

#include "ui/workspace/severitystyle.h"
#include "ui/workspace/workspacedocument.h"

#include <QDir>
#include <QMenu>
#include <QStyle>

WorkspaceFileList::WorkspaceFileList(QWidget *parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("workspaceFiles"));
    //: Accessible name of the list of open files on the Workspace page
    setAccessibleName(tr("Open files"));
    setFrameShape(QFrame::NoFrame);
    setStyleSheet(QStringLiteral("QListWidget#workspaceFiles::item { padding: 5px 6px; }"));
    setUniformItemSizes(true);
    setIconSize(QSize(16, 16));
    setContextMenuPolicy(Qt::CustomContextMenu);
    connect(this, &QListWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const int row = indexAt(pos).row();
        if (row < 0)
            return;
        QMenu menu;
        menu.addAction(tr("Close"), this, [this, row] {
            Q_EMIT closeRequested(row);
        });
        menu.exec(viewport()->mapToGlobal(pos));
    });
}

void WorkspaceFileList::showDocuments(const QList<WorkspaceDocument *> &documents,
                                      int current,
                                      const QList<Finding> &findings)
{
    QHash<QString, Finding::Severity> worst;
    for (const Finding &f : findings) {
        const auto it = worst.constFind(f.at.file);
        if (it == worst.cend() || SeverityStyle::rank(f.severity) < SeverityStyle::rank(*it))
            worst.insert(f.at.file, f.severity);
    }
    const QSignalBlocker block(this);
    while (count() > documents.size())
        delete takeItem(count() - 1);
    while (count() < documents.size())
        new QListWidgetItem(this);
    const QIcon file = style()->standardIcon(QStyle::SP_FileIcon);
    for (int i = 0; i < documents.size(); ++i) {
        const WorkspaceDocument *d = documents.at(i);
        QListWidgetItem *row = item(i);
        updateName(i, d);
        row->setToolTip(d->path().isEmpty() ? tr("Not saved yet")
                                            : QDir::toNativeSeparators(d->path()));
        const auto it = worst.constFind(d->key());
        row->setIcon(it == worst.cend() ? file : SeverityStyle::icon(*it));
    }
    setCurrentRow(current);
}

void WorkspaceFileList::updateName(int row, const WorkspaceDocument *document)
{
    if (QListWidgetItem *it = item(row); it && document) {
        const QString name = document->displayName();
        //: A file in the list; %1 is its name, the dot marks unsaved changes
        it->setText(document->isModified() ? tr("%1 ●").arg(name) : name);
    }
}
