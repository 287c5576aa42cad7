// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/core/clock.h"
#include "model/kubelet/admittedpod.h"
#include "model/kubelet/containerstatus.h"

#include <QList>
#include <QObject>

#include <functional>
#include <memory>

class EventRecorder;
class ImageManager;
class PodKeyring;

// One pod's worker (k/k pkg/kubelet/pod_workers.go with kuberuntime SyncPod's image steps):
// each sync starts the next init container, or else every regular container not yet running,
// one after another through the image manager; a sync with any failure is requeued after
// wait.Jitter(10 s, 0.5), the 10-15 s cadence of docs/reference/kubelet-image-pull.md §2.8. An init
// container whose image is there is taken to run and complete at once; the next sync follows
// one PLEG relist (1 s) later. Lives on the simulator's thread.
class PodWorker : public QObject
{
    Q_OBJECT
public:
    // Builds the pod's keyring for one sync.
    using KeyringFactory = std::function<std::shared_ptr<const PodKeyring>(const AdmittedPod &)>;
    // wait.Jitter(base, factor) on the simulator's random source.
    using Jitter = std::function<qint64(qint64 baseMs)>;

    PodWorker(AdmittedPod pod,
              ImageManager *images,
              EventRecorder *recorder,
              Clock *clock,
              KeyringFactory keyring,
              Jitter jitter,
              QObject *parent = nullptr);
    ~PodWorker() override;

    // Schedules the first sync delayMs from now.
    void start(qint64 delayMs);
    // Syncs now, as if the pod were recreated: its backoff entries are forgotten first.
    void retryNow();

    const AdmittedPod &pod() const { return m_pod; }

    // Every container's status, init containers first.
    QList<SimContainerStatus> statuses() const;

    // True while a sync waits for the image manager.
    bool isSyncing() const { return m_syncing; }

Q_SIGNALS:
    // A container's status changed.
    void containerChanged(const SimContainerStatus &status);

private:
    void sync();
    void startContainers(QList<int> indexes, bool failed);
    void finishSync(bool failed, bool initCompleted);
    void setStatus(int index, const QString &state, const QString &reason, const QString &message);

    AdmittedPod m_pod;
    ImageManager *m_images;
    EventRecorder *m_recorder;
    Clock *m_clock;
    KeyringFactory m_keyringFactory;
    Jitter m_jitter;
    QList<SimContainerStatus> m_statuses;
    std::shared_ptr<const PodKeyring> m_keyring;
    Clock::TimerId m_timer = 0;
    bool m_syncing = false;
    bool m_retryRequested = false;
};
