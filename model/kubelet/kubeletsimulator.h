// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/auth/dockerkeyring.h"
#include "model/kube/kubeworkspace.h"
#include "model/kubelet/containerstatus.h"
#include "model/kubelet/kubeletevent.h"
#include "model/kubelet/nodeprofile.h"

#include <QList>
#include <QObject>
#include <QRandomGenerator>

#include <memory>

class Clock;
class EventRecorder;
class ImageManager;
class ImagePuller;
class ImageRuntime;
class PendingWork;
class PodWorker;
class ProviderKeyring;
class RegistryClient;
class SimulationDriver;

// A simulated node's kubelet: admits pods from a workspace (PodAdmission), runs one
// PodWorker per pod through the ImageManager, ImagePuller and ImageRuntime against the real
// registries, and records the kubelet's events and container states. Time comes from the
// given clock: on a VirtualClock runFor() jumps between timers whenever no real pull is in
// flight (SimulationDriver). The RegistryClient gives the network and per-host options and
// should run on a real clock. Lives on one thread; finished() is emitted once per runFor().
class KubeletSimulator : public QObject
{
    Q_OBJECT
public:
    // A pod the API server refused (kubectl's error text), with no kubelet events.
    struct Rejection
    {
        QString pod; // "namespace/name"
        QString message; // 'pods "web" is forbidden: ...'
    };

    KubeletSimulator(RegistryClient *client, Clock *clock, QObject *parent = nullptr);
    ~KubeletSimulator() override;

    // The node; applies to pods run afterwards (the image manager's state is kept).
    void setNode(const NodeProfile &node);

    const NodeProfile &node() const { return m_node; }

    // Why the node's credential provider configuration could not be used (a real kubelet
    // would not start); null when it could.
    Error nodeError() const { return m_nodeError; }

    // The Secrets and ServiceAccounts pods are admitted and pulled against (copied).
    void setWorkspace(const KubeWorkspace &workspace);
    // Dry: resolve manifests for the node's platform instead of pulling layers.
    void setDryRun(bool dry);
    // The pod worker's requeue jitter: wait.Jitter(10 s, factor) with a seeded random source;
    // factor 0 makes every requeue exactly 10 s (for exact expectations).
    void setSyncJitter(double factor, quint32 seed = 1);

    // Admits pod and schedules its first sync startDelayMs from now; false when admission
    // refused it (see rejections()).
    bool runPod(const KubeObject &pod, qint64 startDelayMs = 0);
    // Runs the simulation for ms of the clock's time; finished() follows once.
    void runFor(qint64 ms);
    // Stops a running runFor() early (finished() still follows).
    void stop();
    // Syncs pod ("namespace/name") now with its backoff forgotten, as if recreated.
    void retryNow(const QString &pod);

    // Every event so far, in recording order; times since the simulation started.
    QList<KubeletEvent> events() const;
    // Every container of every admitted pod, in run order.
    QList<SimContainerStatus> containers() const;

    QList<Rejection> rejections() const { return m_rejections; }

    // Milliseconds of simulation time since construction.
    qint64 elapsedMs() const;
    // The most pulls that ran at once (serial vs parallel pullers).
    int peakConcurrentPulls() const;
    // Pulls refused by registryPullQPS so far.
    int throttledPulls() const;

Q_SIGNALS:
    void eventRecorded(const KubeletEvent &event);
    void containerChanged(const SimContainerStatus &status);
    void finished(QPrivateSignal);

private:
    void configure();
    QList<DockerKeyring::Entry> nodeEntries();
    qint64 jitter(qint64 baseMs);

    Clock *m_clock;
    NodeProfile m_node;
    KubeWorkspace m_workspace;
    bool m_dryRun = false;
    double m_jitterFactor = 0.5;
    QRandomGenerator m_random{1};
    std::unique_ptr<PendingWork> m_pending;
    std::unique_ptr<EventRecorder> m_recorder;
    ImageRuntime *m_runtime;
    ImagePuller *m_puller;
    ImageManager *m_images;
    ProviderKeyring *m_providers;
    Error m_nodeError;
    SimulationDriver *m_driver;
    QList<PodWorker *> m_workers;
    QList<Rejection> m_rejections;
    bool m_nodeEntriesRead = false;
    QList<DockerKeyring::Entry> m_nodeEntries;
};
