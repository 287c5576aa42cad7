// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class EmptyState;
class NodeImagesWidget;
class QTabWidget;
class StoredImageModel;

// The Node page, in two tabs: "Images on this node" (the local content store, when a model is
// given) and "Simulation", where the kubelet simulation will run; until a Pod is in the
// workspace it explains what the simulation does and sends the user to the Workspace.
class NodePage : public QWidget
{
    Q_OBJECT
public:
    enum class Tab { Images, Simulation };

    // images: the store's model, not owned, must outlive the page; null leaves the images tab
    // out. The page opens on the Simulation tab.
    explicit NodePage(StoredImageModel *images = nullptr, QWidget *parent = nullptr);

    // The Simulation tab's empty state.
    EmptyState *emptyState() const { return m_empty; }

    // Null without a store model.
    NodeImagesWidget *imagesWidget() const { return m_images; }

    QTabWidget *tabs() const { return m_tabs; }

    Tab currentTab() const;
    void setCurrentTab(Tab tab);

Q_SIGNALS:
    // The user wants to open a Pod first.
    void workspaceRequested();

private:
    EmptyState *m_empty;
    NodeImagesWidget *m_images = nullptr;
    QTabWidget *m_tabs;
};
