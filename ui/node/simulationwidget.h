// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/kube/finding.h"
#include "model/kube/kubeworkspace.h"
#include "model/kubelet/nodeprofile.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <memory>

class Clock;
class EventTableModel;
class KubeletSimulator;
class PullTimelineWidget;
class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class QTimer;
class RegistryClient;
class SimContainerModel;

// The Simulation tab: choose a Pod of the workspace (or open a YAML file), run it on the node
// profile for a span of virtual time at once, or in real time with a countdown to the next
// retry, and watch the containers' states, the events as `kubectl describe pod` prints them
// and the pull timeline. "Retry now" forgets the backoff; "Fix and rerun" asks for the
// diagnosis' YAML fix (fixAndRerunRequested) and applyFix() applies it to the text and runs
// again. Pulls are the simulator's, asynchronous; the GUI thread never waits.
class SimulationWidget : public QWidget
{
    Q_OBJECT
public:
    // client: the network for the simulated node (its own credentials are not the node's);
    // not owned, must outlive the widget.
    explicit SimulationWidget(RegistryClient *client, QWidget *parent = nullptr);
    ~SimulationWidget() override;

    // The Pods (and workloads) to choose from, and the Secrets and ServiceAccounts they use.
    void setWorkspace(const KubeWorkspace &workspace);

    const KubeWorkspace &workspace() const { return m_workspace; }

    // Asks for a YAML file with a file dialog (window-modal), then openFile().
    void chooseFile();
    // Reads a YAML file on a worker thread into the workspace (replacing a file of the same
    // path) and selects its first Pod; fileOpened() reports it (the error shown when it cannot
    // be read or has no Pod). A later openFile() supersedes one still reading.
    void openFile(const QString &path);

    // A file or a fixed text is being read.
    bool isReading() const { return m_reading > 0; }

    void setNode(const NodeProfile &node);

    const NodeProfile &node() const { return m_node; }

    // Selects the pod by "namespace/name", "name" or "Kind/name"; false when there is none.
    bool selectPod(const QString &name);
    // The selected object, or nullptr.
    const KubeObject *selectedPod() const;
    // "namespace/name" of the selected pod, as events name it.
    QString selectedPodName() const;

    // The virtual span Run simulates, in ms (10 minutes by default).
    void setSpanMs(qint64 ms);
    qint64 spanMs() const;
    // Resolve manifests only instead of pulling layers.
    void setDryRun(bool dry);

    // Runs the selected pod on a new simulated node for spanMs() of virtual time.
    void run();
    // Runs the selected pod on a new simulated node in real time until stopped.
    void runRealTime();
    // Stops a running simulation (the results stay).
    void stop();
    // Forgets the selected pod's backoff and syncs it now, then simulates spanMs() more
    // (virtual) or keeps running (real time).
    void retryNow();
    // Applies fix to the workspace's text (KubeFixes::applyEdits), reports it with
    // workspaceEdited(), reads the file again on a worker thread and, when rerun, runs again
    // once it is read; false when the fix has no edit (or needs a digest first) or its file is
    // not in the workspace.
    bool applyFix(const QuickFix &fix, bool rerun = true);

    bool isRunning() const { return !m_simulator.isNull() && m_running; }

    bool isRealTime() const { return m_realTime; }

    // Simulated ms since the run started.
    qint64 now() const { return m_now; }

    SimContainerModel *containerModel() const { return m_containers; }

    EventTableModel *eventModel() const { return m_events; }

    PullTimelineWidget *timeline() const { return m_timeline; }

    QTableView *containerView() const { return m_containerView; }

    QTableView *eventView() const { return m_eventView; }

    QLabel *countdownLabel() const { return m_countdown; }

    QLabel *summaryLabel() const { return m_summary; }

    QComboBox *podBox() const { return m_pods; }

    QPushButton *runButton() const { return m_run; }

    QPushButton *realTimeButton() const { return m_realTimeButton; }

    QPushButton *retryButton() const { return m_retry; }

    QPushButton *diagnoseButton() const { return m_diagnose; }

    QPushButton *fixButton() const { return m_fix; }

    // The container the diagnose and fix buttons act on: the selected row, else the first
    // failing one, else the first; empty when there is none.
    QString currentContainer() const;

Q_SIGNALS:
    // openFile() ended: hasPod tells whether the file was read and holds a Pod (then selected).
    void fileOpened(const QString &path, bool hasPod);
    // A run ended (the virtual span was simulated, or a real-time run was stopped).
    void runFinished();
    // The user wants the diagnosis of a container of the selected pod.
    void diagnoseRequested(const QString &pod, const QString &container);
    // The user wants the diagnosis' fix applied, then a new run (see applyFix()).
    void fixAndRerunRequested(const QString &pod, const QString &container);
    // The user wants to edit the node profile.
    void nodeEditRequested();
    // A fix changed a workspace file's text (the Workspace may want to show it).
    void workspaceEdited(const QString &path, const QString &text);
    void statusMessageRequested(const QString &message);

private:
    void startRun(bool realTime);
    void refresh();
    void refreshPods();
    void updateCountdown();
    void updateActions();
    void finishRun();
    void readStarted(const QString &what);
    void readEnded();

    RegistryClient *m_client;
    KubeWorkspace m_workspace;
    NodeProfile m_node;
    bool m_dryRun = false;
    std::unique_ptr<Clock> m_clock;
    QPointer<KubeletSimulator> m_simulator;
    bool m_running = false;
    bool m_realTime = false;
    qint64 m_now = 0;
    int m_shownEvents = 0;
    QString m_runPod;
    int m_reading = 0;
    quint64 m_openGeneration = 0;
    // Texts fixes wrote that are still being read, by path: the next fix builds on them.
    QHash<QString, QString> m_fixedTexts;

    SimContainerModel *m_containers;
    EventTableModel *m_events;
    QComboBox *m_pods;
    QComboBox *m_span;
    QCheckBox *m_dry;
    QLabel *m_nodeLabel;
    QPushButton *m_run;
    QPushButton *m_realTimeButton;
    QPushButton *m_retry;
    QPushButton *m_diagnose;
    QPushButton *m_fix;
    QLabel *m_countdown;
    QLabel *m_summary;
    QTableView *m_containerView;
    QTableView *m_eventView;
    PullTimelineWidget *m_timeline;
    QTimer *m_ticker;
};
