// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/kubelet/podworker.h"

#include "model/kubelet/eventrecorder.h"
#include "model/kubelet/imagemanager.h"
#include "model/kubelet/podkeyring.h"

namespace {
// k/k pkg/kubelet/kubelet.go backOffPeriod: the pod worker's requeue after a failed sync.
constexpr qint64 syncBackOffMs = 10'000;
// k/k pkg/kubelet/pleg: the generic PLEG relists every second.
constexpr qint64 plegRelistMs = 1'000;
} // namespace

PodWorker::PodWorker(AdmittedPod pod,
                     ImageManager *images,
                     EventRecorder *recorder,
                     Clock *clock,
                     KeyringFactory keyring,
                     Jitter jitter,
                     QObject *parent)
    : QObject(parent)
    , m_pod(std::move(pod))
    , m_images(images)
    , m_recorder(recorder)
    , m_clock(clock)
    , m_keyringFactory(std::move(keyring))
    , m_jitter(std::move(jitter))
{
    // convertToAPIContainerStatuses: ContainerCreating, or PodInitializing with init containers.
    bool hasInit = false;
    for (const AdmittedContainer &c : m_pod.containers)
        hasInit = hasInit || c.kind == AdmittedContainer::Kind::Init;
    for (const AdmittedContainer &c : m_pod.containers) {
        SimContainerStatus s;
        s.pod = m_pod.key();
        s.container = c.name;
        s.image = c.image;
        s.state = QStringLiteral("Waiting");
        s.reason =
            hasInit ? QStringLiteral("PodInitializing") : QStringLiteral("ContainerCreating");
        m_statuses << s;
    }
}

PodWorker::~PodWorker()
{
    if (m_timer)
        m_clock->cancel(m_timer);
}

void PodWorker::start(qint64 delayMs)
{
    if (m_timer)
        m_clock->cancel(m_timer);
    m_timer = m_clock->callAfter(delayMs, this, [this] {
        m_timer = 0;
        sync();
    });
}

void PodWorker::retryNow()
{
    m_images->forgetPod(m_pod);
    if (m_syncing) {
        m_retryRequested = true; // after the sync in progress
        return;
    }
    start(0);
}

QList<SimContainerStatus> PodWorker::statuses() const
{
    QList<SimContainerStatus> out = m_statuses;
    const qint64 origin = m_recorder->elapsedMs() - m_clock->nowMs();
    for (int i = 0; i < out.size(); ++i) {
        const qint64 end = m_images->backoff().windowEndMs(
            ImageBackoff::key(m_pod.uid, m_pod.containers.at(i).image));
        out[i].nextRetryMs =
            out.at(i).state == QLatin1String("Waiting") && end >= 0 ? end + origin : -1;
    }
    return out;
}

void PodWorker::setStatus(int index,
                          const QString &state,
                          const QString &reason,
                          const QString &message)
{
    SimContainerStatus &s = m_statuses[index];
    s.state = state;
    s.reason = reason;
    s.message = message;
    Q_EMIT containerChanged(statuses().at(index));
}

void PodWorker::sync()
{
    m_syncing = true;
    m_keyring = m_keyringFactory(m_pod);
    // kubelet_pods.go getPullSecretsForPod, once per sync, on the Pod itself.
    if (!m_keyring->missingSecrets().isEmpty()) {
        m_recorder->record(m_pod.key(),
                           QString(),
                           QString(),
                           QStringLiteral("Warning"),
                           QStringLiteral("FailedToRetrieveImagePullSecret"),
                           QStringLiteral("Unable to retrieve some image pull secrets (%1); "
                                          "attempting to pull the image may not succeed.")
                               .arg(m_keyring->missingSecrets().join(QStringLiteral(", "))));
    }
    // computePodActions: the next init container that has not completed, else every regular
    // container that is not running.
    QList<int> toStart;
    for (int i = 0; i < m_pod.containers.size(); ++i) {
        if (m_pod.containers.at(i).kind == AdmittedContainer::Kind::Init
            && m_statuses.at(i).state == QLatin1String("Waiting")) {
            toStart << i;
            break;
        }
    }
    if (toStart.isEmpty()) {
        for (int i = 0; i < m_pod.containers.size(); ++i) {
            if (m_pod.containers.at(i).kind == AdmittedContainer::Kind::Regular
                && m_statuses.at(i).state == QLatin1String("Waiting"))
                toStart << i;
        }
    }
    startContainers(toStart, false);
}

void PodWorker::startContainers(QList<int> indexes, bool failed)
{
    if (indexes.isEmpty()) {
        finishSync(failed, false);
        return;
    }
    const int index = indexes.takeFirst();
    const AdmittedContainer &container = m_pod.containers.at(index);
    m_images->ensureImageExists(
        m_pod,
        container,
        m_keyring,
        [this, index, indexes, failed](const ImageManager::Outcome &outcome) {
            const AdmittedContainer &c = m_pod.containers.at(index);
            if (outcome.pullStarted)
                ++m_statuses[index].pullAttempts;
            if (outcome.ok) {
                m_statuses[index].imageRef = outcome.imageRef;
                if (c.kind == AdmittedContainer::Kind::Init) {
                    setStatus(index,
                              QStringLiteral("Terminated"),
                              QStringLiteral("Completed"),
                              QString());
                    finishSync(failed, true);
                    return;
                }
                setStatus(index, QStringLiteral("Running"), QString(), QString());
                startContainers(indexes, failed);
                return;
            }
            // kuberuntime_container.go startContainer: "Error: %v" of the returned error.
            m_recorder->record(m_pod.key(),
                               c.name,
                               c.eventFieldPath,
                               QStringLiteral("Warning"),
                               QStringLiteral("Failed"),
                               QStringLiteral("Error: ") + outcome.reason);
            setStatus(index, QStringLiteral("Waiting"), outcome.reason, outcome.message);
            // A failed init container ends the sync; regular containers each get their try.
            if (c.kind == AdmittedContainer::Kind::Init) {
                finishSync(true, false);
                return;
            }
            startContainers(indexes, true);
        });
}

void PodWorker::finishSync(bool failed, bool initCompleted)
{
    m_syncing = false;
    m_keyring.reset();
    if (m_retryRequested) {
        m_retryRequested = false;
        start(0);
        return;
    }
    // pod_workers.go completeWork: an error requeues after wait.Jitter(backOffPeriod, 0.5),
    // even for pure ImagePullBackOff (docs/reference/kubelet-image-pull.md §2.8). A running
    // pod's 1 m resync changes nothing here.
    if (failed)
        start(m_jitter(syncBackOffMs));
    else if (initCompleted)
        start(plegRelistMs);
}
