// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/kube/kubeworkspace.h"
#include "model/kubelet/nodeprofile.h"

#include <QWidget>

class DiagnoseWidget;
class EmptyState;
class NodeImagesWidget;
class QNetworkAccessManager;
class QStackedWidget;
class QTabWidget;
class RegistryClient;
class SimulationWidget;
class StoredImageModel;
class WorkspaceDocuments;

// The Node page, in three tabs: "Images on this node" (the local content store, when a model
// is given), "Simulation" (a Pod of the workspace run on the node profile; until there is a Pod
// it explains what the simulation does and sends the user to the Workspace) and "Diagnose"
// (why a container's image does not pull). Owns the node profile and the simulated node's
// network client, which has no credentials of its own: the node's come from the profile and
// the Pod's secrets.
class NodePage : public QWidget
{
    Q_OBJECT
public:
    enum class Tab { Images, Simulation, Diagnose };

    // images: the store's model, not owned, must outlive the page; null leaves the images tab
    // out. The page opens on the Simulation tab.
    explicit NodePage(StoredImageModel *images = nullptr, QWidget *parent = nullptr);
    ~NodePage() override;

    // The Simulation tab's empty state.
    EmptyState *emptyState() const { return m_empty; }

    // Null without a store model.
    NodeImagesWidget *imagesWidget() const { return m_images; }

    SimulationWidget *simulationWidget() const { return m_simulation; }

    DiagnoseWidget *diagnoseWidget() const { return m_diagnose; }

    QTabWidget *tabs() const { return m_tabs; }

    // The network client the simulation and the diagnosis use (for per-host options).
    RegistryClient *registryClient() const { return m_client; }

    Tab currentTab() const;
    void setCurrentTab(Tab tab);

    // The Pods to simulate and the Secrets and ServiceAccounts they use.
    void setWorkspace(const KubeWorkspace &workspace);
    // Simulates the Workspace's saved files (read again on a worker thread when its file list
    // changes; a read overtaken by a newer one is dropped), and sends the fixes made here to its
    // open copies of them (WorkspaceDocuments::applyOutsideEdit). documents: not owned, must
    // outlive the page.
    void setWorkspaceDocuments(WorkspaceDocuments *documents);
    // Opens a YAML file in the Simulation tab (see SimulationWidget::openFile); fileOpened()
    // follows.
    void openFile(const QString &path);
    void setNodeProfile(const NodeProfile &profile);

    const NodeProfile &nodeProfile() const { return m_profile; }

    // Opens path, runs its first Pod and, with thenDiagnose, diagnoses the first failing
    // container when the run ends (showing the Diagnose tab); fileOpened() says whether path
    // has a Pod.
    void simulateFile(const QString &path, bool thenDiagnose);
    // Files are read, or a simulation or a diagnosis is running.
    bool isBusy() const;

public Q_SLOTS:
    // Opens the node profile editor (window-modal), focused on setting when given.
    void editNode(const QString &setting = {});
    // Diagnoses container of pod and shows the Diagnose tab.
    void diagnose(const QString &pod, const QString &container);

Q_SIGNALS:
    // The user wants to open a Pod first.
    void workspaceRequested();
    // A file opened here was read: hasPod tells whether it holds a Pod to simulate.
    void fileOpened(const QString &path, bool hasPod);
    // A fix changed a workspace file's text (after it was handed to the Workspace's documents).
    void workspaceEdited(const QString &path, const QString &text);
    void statusMessageRequested(const QString &message);

private:
    void updateSimulationStack();
    void readWorkspaceFiles();
    void runOpened(bool thenDiagnose);

    NodeProfile m_profile;
    QNetworkAccessManager *m_network;
    RegistryClient *m_client;
    EmptyState *m_empty;
    NodeImagesWidget *m_images = nullptr;
    SimulationWidget *m_simulation;
    DiagnoseWidget *m_diagnose;
    QStackedWidget *m_simulationStack;
    QTabWidget *m_tabs;
    WorkspaceDocuments *m_documents = nullptr;
    quint64 m_workspaceGeneration = 0;
    bool m_readingWorkspace = false;
    bool m_fixPending = false;
};
