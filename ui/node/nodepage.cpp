// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/node/nodepage.h"

#include "ui/common/emptystate.h"
#include "ui/common/icons.h"
#include "ui/node/nodeimageswidget.h"

#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

NodePage::NodePage(StoredImageModel *images, QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("nodePage"));
    m_tabs->setObjectName(QStringLiteral("nodeTabs"));
    m_tabs->setDocumentMode(true);
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
    if (images) {
        m_images = new NodeImagesWidget(images, this);
        m_tabs->addTab(m_images, tr("Images on this node"));
    }
    m_tabs->addTab(m_empty, tr("Simulation"));
    m_tabs->setCurrentWidget(m_empty);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_tabs);
}

NodePage::Tab NodePage::currentTab() const
{
    return m_images && m_tabs->currentWidget() == m_images ? Tab::Images : Tab::Simulation;
}

void NodePage::setCurrentTab(Tab tab)
{
    if (tab == Tab::Images && m_images)
        m_tabs->setCurrentWidget(m_images);
    else
        m_tabs->setCurrentWidget(m_empty);
}
