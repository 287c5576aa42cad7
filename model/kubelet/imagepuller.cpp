// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/kubelet/imagepuller.h"

#include "model/core/clock.h"
#include "model/kubelet/pendingwork.h"

#include <climits>

ImagePuller::ImagePuller(ImageRuntime *runtime, Clock *clock, PendingWork *pending, QObject *parent)
    : QObject(parent)
    , m_runtime(runtime)
    , m_clock(clock)
    , m_pending(pending)
{}

void ImagePuller::configure(bool serialize,
                            int maxParallelImagePulls,
                            double registryPullQPS,
                            int registryBurst)
{
    m_serialize = serialize;
    m_maxParallel = maxParallelImagePulls;
    m_bucket = PullTokenBucket(registryPullQPS, registryBurst, m_clock->nowMs());
    m_peak = 0;
    m_throttled = 0;
}

int ImagePuller::limit() const
{
    // puller.go: serialImagePuller drains one request at a time; parallelImagePuller takes a
    // token from a channel of maxParallelImagePulls, or none at all when it is nil or < 1.
    if (m_serialize)
        return 1;
    return m_maxParallel >= 1 ? m_maxParallel : INT_MAX;
}

void ImagePuller::pull(const QString &image, const PodCredentialList &credentials, Done done)
{
    // A queued pull is real work pending: virtual time must not move past it.
    m_pending->begin();
    Request r{image, credentials, std::move(done), {}};
    r.queued.start();
    m_queue.append(std::move(r));
    QMetaObject::invokeMethod(this, &ImagePuller::startMore, Qt::QueuedConnection);
}

void ImagePuller::startMore()
{
    while (!m_queue.isEmpty() && m_running < limit()) {
        Request r = m_queue.takeFirst();
        // helpers.go throttledImageService.PullImage: TryAccept, never waiting.
        if (!m_bucket.tryAccept(m_clock->nowMs())) {
            ++m_throttled;
            ImageRuntime::Outcome outcome;
            outcome.errorText = QLatin1String(PullTokenBucket::throttledMessage);
            outcome.error = Error(ErrorCode::TooManyRequests, outcome.errorText);
            r.done(outcome, r.queued.elapsed());
            m_pending->end();
            continue;
        }
        ++m_running;
        m_peak = qMax(m_peak, m_running);
        auto shared = std::make_shared<Request>(std::move(r));
        m_runtime->pullImage(shared->image,
                             shared->credentials,
                             [this, shared](const ImageRuntime::Outcome &outcome) {
                                 --m_running;
                                 shared->done(outcome, shared->queued.elapsed());
                                 startMore();
                                 m_pending->end();
                             });
    }
}
