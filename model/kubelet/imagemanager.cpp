// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/kubelet/imagemanager.h"

#include "model/core/clock.h"
#include "model/kubelet/eventrecorder.h"
#include "model/kubelet/imagepuller.h"
#include "model/kubelet/imageruntime.h"
#include "model/kubelet/kubelettext.h"
#include "model/kubelet/podkeyring.h"
#include "model/kubelet/pulltokenbucket.h"
#include "model/reference/pullpolicy.h"

namespace {
const QString normal = QStringLiteral("Normal");
const QString warning = QStringLiteral("Warning");

// image_manager.go evalCRIPullErr: the runtime's prefixes survive gRPC as text only.
ImageManager::Outcome evalCRIPullErr(const QString &image, const QString &error)
{
    ImageManager::Outcome o;
    const auto suffix = [&error](const QString &prefix) {
        return error.mid(prefix.size());
    };
    const QString unavailable = QStringLiteral("RegistryUnavailable");
    const QString signature = QStringLiteral("SignatureValidationFailed");
    if (error.startsWith(unavailable)) {
        o.reason = unavailable;
        o.message = QStringLiteral("image pull failed for %1 because the registry is unavailable%2")
                        .arg(image, suffix(unavailable));
    } else if (error.startsWith(signature)) {
        o.reason = signature;
        o.message = QStringLiteral("image pull failed for %1 because the signature validation "
                                   "failed%2")
                        .arg(image, suffix(signature));
    } else {
        o.reason = QStringLiteral("ErrImagePull");
        o.message = error;
    }
    return o;
}
} // namespace

ImageManager::ImageManager(ImageRuntime *runtime,
                           ImagePuller *puller,
                           EventRecorder *recorder,
                           Clock *clock,
                           QObject *parent)
    : QObject(parent)
    , m_runtime(runtime)
    , m_puller(puller)
    , m_recorder(recorder)
    , m_clock(clock)
{}

void ImageManager::configure(const KubeletSettings &settings,
                             bool ensureSecretPulledImages,
                             int minor)
{
    m_minor = minor;
    m_settings = settings;
    m_ensureSecretPulled = ensureSecretPulledImages;
}

QString ImageManager::applyDefaultImageTag(const QString &image)
{
    const Result<ParsedImageName> parsed = parseImageName(image);
    if (!parsed || !parsed->digest.isEmpty())
        return image;
    if (!image.endsWith(QLatin1Char(':') + parsed->tag))
        return image + QLatin1Char(':') + parsed->tag;
    return image;
}

const ImageManager::ParsedImage &ImageManager::parse(const QString &image)
{
    auto it = m_parsed.find(image);
    if (it == m_parsed.end()) {
        ParsedImage p;
        const Result<ParsedImageName> parsed = parseImageName(image);
        p.ok = parsed.has_value();
        if (p.ok) {
            p.repository = parsed->repository;
            p.defaulted = applyDefaultImageTag(image);
        } else {
            p.error = parsed.error().message;
        }
        it = m_parsed.insert(image, p);
    }
    return *it;
}

void ImageManager::record(const AdmittedPod &pod,
                          const AdmittedContainer &container,
                          const QString &type,
                          const QString &reason,
                          const QString &message)
{
    m_recorder->record(pod.key(), container.name, container.eventFieldPath, type, reason, message);
}

void ImageManager::forgetPod(const AdmittedPod &pod)
{
    for (const AdmittedContainer &c : pod.containers) {
        const QString key = ImageBackoff::key(pod.uid, c.image);
        m_backoff.forget(key);
        m_prevPullErrMsg.remove(key);
    }
}

void ImageManager::ensureImageExists(const AdmittedPod &pod,
                                     const AdmittedContainer &container,
                                     std::shared_ptr<const PodKeyring> keyring,
                                     std::function<void(const Outcome &)> done)
{
    const QString &image = container.image;
    const QString quoted = KubeletText::quote(image);
    Outcome fail;

    // 1. applyDefaultImageTag; a parse error is InvalidImageName, never retried with backoff.
    const ParsedImage parsed = parse(image);
    if (!parsed.ok) {
        fail.reason = QStringLiteral("InvalidImageName");
        fail.message =
            QStringLiteral("Failed to apply default image tag %1: %2").arg(quoted, parsed.error);
        record(pod, container, warning, QStringLiteral("InspectFailed"), fail.message);
        done(fail);
        return;
    }
    const QString &defaulted = parsed.defaulted;

    // 3. imagePullPrecheck: Always never inspects the local image.
    if (container.policy != PullPolicy::Always) {
        const Result<ImageRuntime::Status> status = m_runtime->imageStatus(defaulted);
        if (!status) {
            // The quirk of the read version: %q of the still empty imageRef.
            fail.reason = QStringLiteral("ImageInspectError");
            fail.message =
                QStringLiteral("Failed to inspect image \"\": %1").arg(status.error().message);
            record(pod, container, warning, QStringLiteral("InspectFailed"), fail.message);
            done(fail);
            return;
        }
        if (!status->imageRef.isEmpty()) {
            // 4. Present: with KubeletEnsureSecretPulledImages the pod must also be allowed it.
            if (!m_ensureSecretPulled) {
                record(pod,
                       container,
                       normal,
                       QStringLiteral("Pulled"),
                       QStringLiteral("Container image %1 already present on machine").arg(quoted));
                done(Outcome{true, {}, {}, status->imageRef, false});
                return;
            }
            if (!m_records.mustAttemptImagePull(image,
                                                status->imageRef,
                                                keyring->secretsFor(image),
                                                m_settings)) {
                record(pod,
                       container,
                       normal,
                       QStringLiteral("Pulled"),
                       QStringLiteral("Container image %1 already present on machine and can be "
                                      "accessed by the pod")
                           .arg(quoted));
                done(Outcome{true, {}, {}, status->imageRef, false});
                return;
            }
        }
        // 5. Never: the same message whether absent or merely unverified ("We don't want to
        // reveal the presence of an image if it cannot be accessed").
        if (container.policy == PullPolicy::Never) {
            fail.reason = QStringLiteral("ErrImageNeverPull");
            fail.message =
                QStringLiteral("Container image %1 is not present with pull policy of Never")
                    .arg(quoted);
            record(pod, container, warning, QStringLiteral("ErrImageNeverPull"), fail.message);
            done(fail);
            return;
        }
    }

    // 6. lookupPullCredentials: an error is returned raw (not wrapped as ErrImagePull).
    const Result<PodCredentialList> credentials = keyring->lookup(image);
    if (!credentials) {
        fail.reason = credentials.error().message;
        fail.message = credentials.error().message;
        done(fail);
        return;
    }
    if (!m_providers) {
        pullImage(pod, container, defaulted, *credentials, std::move(done));
        return;
    }
    const AdmittedPod podCopy = pod;
    const AdmittedContainer containerCopy = container;
    m_providers(parsed.repository,
                [this, podCopy, containerCopy, defaulted, secrets = *credentials, done](
                    const PodCredentialList &fromProviders) {
                    // UnionDockerKeyring: secrets, node files, then the plugins' keyring.
                    pullImage(podCopy, containerCopy, defaulted, secrets + fromProviders, done);
                });
}

void ImageManager::pullImage(const AdmittedPod &pod,
                             const AdmittedContainer &container,
                             const QString &defaulted,
                             const PodCredentialList &credentials,
                             std::function<void(const Outcome &)> done)
{
    const QString &image = container.image;
    const QString quoted = KubeletText::quote(image);
    const QString key = ImageBackoff::key(pod.uid, image);
    if (m_backoff.isInBackOffSinceUpdate(key, m_clock->nowMs())) {
        Outcome fail;
        fail.reason = QStringLiteral("ImagePullBackOff");
        fail.message = QStringLiteral("Back-off pulling image %1").arg(quoted);
        record(pod, container, normal, QStringLiteral("BackOff"), fail.message);
        // k/k PR #127918: the previous error rides along in the waiting message.
        // The release that first shipped it is UNVERIFIED; v1.32 is assumed
        // (docs/reference/kubelet-image-pull.md §2.5, §13).
        const auto prev = m_prevPullErrMsg.constFind(key);
        if (prev != m_prevPullErrMsg.constEnd() && m_minor >= 32)
            fail.message += QStringLiteral(": ") + *prev;
        done(fail);
        return;
    }
    if (m_ensureSecretPulled)
        m_records.recordPullIntent(image);
    m_prevPullErrMsg.remove(key);
    record(pod,
           container,
           normal,
           QStringLiteral("Pulling"),
           QStringLiteral("Pulling image %1").arg(quoted));
    const AdmittedPod podCopy = pod;
    const AdmittedContainer containerCopy = container;
    m_puller->pull(
        defaulted,
        credentials,
        [this, podCopy, containerCopy, key, quoted, done](const ImageRuntime::Outcome &result,
                                                          qint64 totalMs) {
            if (!result.ok) {
                // k/k PR #117612 (assumed v1.28, docs/reference/cluster-api.md §7) strips the
                // Unknown code's "rpc error" prefix; older kubelets show the runtime's gRPC status
                // whole.
                QString errorText = result.errorText;
                if (m_minor < 28 && !errorText.startsWith(QLatin1String("rpc error: "))
                    && errorText != QLatin1String(PullTokenBucket::throttledMessage))
                    errorText.prepend(QStringLiteral("rpc error: code = Unknown desc = "));
                record(podCopy,
                       containerCopy,
                       warning,
                       QStringLiteral("Failed"),
                       QStringLiteral("Failed to pull image %1: %2").arg(quoted, errorText));
                m_backoff.next(key, m_clock->nowMs());
                Outcome fail = evalCRIPullErr(containerCopy.image, errorText);
                fail.pullStarted = true;
                m_prevPullErrMsg.insert(key, fail.reason + QStringLiteral(": ") + fail.message);
                if (m_ensureSecretPulled)
                    m_records.recordImagePullFailed(containerCopy.image);
                done(fail);
                return;
            }
            record(podCopy,
                   containerCopy,
                   normal,
                   QStringLiteral("Pulled"),
                   QStringLiteral("Successfully pulled image %1 in %2 (%3 including waiting). "
                                  "Image size: %4 bytes.")
                       .arg(quoted,
                            KubeletText::goDuration(result.durationMs),
                            KubeletText::goDuration(totalMs))
                       .arg(result.size));
            if (m_ensureSecretPulled) {
                // Only credentials with a Source (a pod secret) are tracked; anonymous, node
                // file and plugin credentials make the image node-accessible
                // (docs/reference/kubelet-image-pull.md §7).
                PullRecords::Credentials used;
                if (result.credential && result.credential->secret)
                    used.kubernetesSecrets << *result.credential->secret;
                else
                    used.nodePodsAccessible = true;
                m_records.recordImagePulled(containerCopy.image, result.imageRef, used);
            }
            m_backoff.gc(m_clock->nowMs());
            done(Outcome{true, {}, {}, result.imageRef, true});
        });
}
