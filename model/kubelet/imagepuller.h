// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/kubelet/imageruntime.h"
#include "model/kubelet/pulltokenbucket.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>

#include <functional>

class Clock;
class PendingWork;

// The kubelet's puller in front of the runtime (docs/reference/kubelet-image-pull.md §2.6, §2.7):
// serial (one pull at a time node-wide) or parallel (at most maxParallelImagePulls, 0 = no limit),
// with the registry QPS token bucket charged once per PullImage call when the pull leaves the
// queue; a throttled pull fails at once with "pull QPS exceeded". Lives on the simulator's
// thread; the bucket runs on the simulation's clock.
class ImagePuller : public QObject
{
    Q_OBJECT
public:
    // What a pull ended with: the runtime's outcome and the real time spent queued and pulling.
    using Done = std::function<void(const ImageRuntime::Outcome &outcome, qint64 totalMs)>;

    ImagePuller(ImageRuntime *runtime,
                Clock *clock,
                PendingWork *pending,
                QObject *parent = nullptr);

    // Applies a node's settings; resets the bucket (full) and the statistics.
    void
    configure(bool serialize, int maxParallelImagePulls, double registryPullQPS, int registryBurst);
    // Queues a pull; done is called exactly once, on a later turn of the event loop.
    void pull(const QString &image, const PodCredentialList &credentials, Done done);

    // The most pulls that ran at once since configure().
    int peakConcurrent() const { return m_peak; }

    // Pulls refused by the QPS limit since configure().
    int throttled() const { return m_throttled; }

private:
    struct Request
    {
        QString image;
        PodCredentialList credentials;
        Done done;
        QElapsedTimer queued;
    };

    void startMore();
    int limit() const;

    ImageRuntime *m_runtime;
    Clock *m_clock;
    PendingWork *m_pending;
    PullTokenBucket m_bucket;
    bool m_serialize = true;
    int m_maxParallel = 0;
    QList<Request> m_queue;
    int m_running = 0;
    int m_peak = 0;
    int m_throttled = 0;
};
