// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class EmptyState;

// The Node page: where the kubelet simulation will run. Until a Pod is in the workspace it
// explains what the simulation does and sends the user to the Workspace.
class NodePage : public QWidget
{
    Q_OBJECT
public:
    explicit NodePage(QWidget *parent = nullptr);

    EmptyState *emptyState() const { return m_empty; }

Q_SIGNALS:
    // The user wants to open a Pod first.
    void workspaceRequested();

private:
    EmptyState *m_empty;
};
