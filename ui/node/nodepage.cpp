// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/node/nodepage.h"

#include "ui/common/emptystate.h"
#include "ui/common/icons.h"

#include <QPushButton>
#include <QVBoxLayout>

NodePage::NodePage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("nodePage"));
    m_empty = new EmptyState(Icons::path(QStringLiteral("node")),
                             tr("Simulate how the kubelet pulls a Pod's images"),
                             tr("The node simulation replays what the kubelet does with a Pod: "
                                "it applies the pull policy, picks credentials from image pull "
                                "secrets, pulls, and backs off after failures, producing the "
                                "same events you see in kubectl describe pod. Start by opening "
                                "a Pod in the workspace."),
                             this);
    connect(m_empty->addButton(tr("Open a Pod in the Workspace")),
            &QPushButton::clicked,
            this,
            &NodePage::workspaceRequested);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_empty);
}
