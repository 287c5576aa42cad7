// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/kube/finding.h"

#include <QListWidget>

class WorkspaceDocument;

// The Workspace page's list of open files: each document's name (a dot when it has unsaved
// changes), its path as the tooltip and the icon of its worst finding; the context menu closes
// one (closeRequested). GUI thread.
class WorkspaceFileList : public QListWidget
{
    Q_OBJECT
public:
    explicit WorkspaceFileList(QWidget *parent = nullptr);

    // Shows documents with row current selected; the icons come from findings.
    void showDocuments(const QList<WorkspaceDocument *> &documents,
                       int current,
                       const QList<Finding> &findings);
    // Updates the name of the document in row (after its modified flag changed).
    void updateName(int row, const WorkspaceDocument *document);

Q_SIGNALS:
    void closeRequested(int row);
};
