// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/kubelet/admittedpod.h"
#include "model/kubelet/imagebackoff.h"
#include "model/kubelet/kubeletsettings.h"
#include "model/kubelet/podcredential.h"
#include "model/kubelet/pullrecords.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <memory>

class Clock;
class EventRecorder;
class ImagePuller;
class ImageRuntime;
class PodKeyring;

// The kubelet's image manager: EnsureImageExists in the kubelet's order
// (docs/reference/kubelet-image-pull.md §2.1): default tag, policy precheck, presence, the
// ensure-secret-pulled check when its gate is on (§7), the credential lookup, the backoff keyed
// "podUID_image" (§3) and the pull, with the kubelet's events and waiting reasons and messages
// verbatim (§2.3-§2.5). One thread.
class ImageManager : public QObject
{
    Q_OBJECT
public:
    // What EnsureImageExists returned.
    struct Outcome
    {
        bool ok = false;
        QString reason; // the error: "ErrImagePull", "ImagePullBackOff", ... (waiting.reason)
        QString message; // waiting.message
        QString imageRef; // on success
        bool pullStarted = false; // a pull was handed to the puller ("Pulling" recorded)
    };

    // Extra credentials for a repository (credential provider plugins), appended after the
    // pod's keyring; called with the normalized repository, answers exactly once.
    using ProviderLookup =
        std::function<void(const QString &repository, std::function<void(PodCredentialList)>)>;

    ImageManager(ImageRuntime *runtime,
                 ImagePuller *puller,
                 EventRecorder *recorder,
                 Clock *clock,
                 QObject *parent = nullptr);

    // The node's settings, whether KubeletEnsureSecretPulledImages is on, and the Kubernetes
    // minor version whose texts to use.
    void configure(const KubeletSettings &settings, bool ensureSecretPulledImages, int minor);

    void setProviderLookup(ProviderLookup lookup) { m_providers = std::move(lookup); }

    // EnsureImageExists for one container; done is called exactly once (possibly before this
    // returns, when no pull is needed).
    void ensureImageExists(const AdmittedPod &pod,
                           const AdmittedContainer &container,
                           std::shared_ptr<const PodKeyring> keyring,
                           std::function<void(const Outcome &)> done);

    // Forgets pod's backoff entries (a pod recreated with a new UID starts afresh).
    void forgetPod(const AdmittedPod &pod);

    const ImageBackoff &backoff() const { return m_backoff; }

    const PullRecords &records() const { return m_records; }

    // k/k image_manager.go applyDefaultImageTag: ":latest" appended when the image has no
    // digest and does not end in ":" + its tag; never normalized. Assumes image parses.
    static QString applyDefaultImageTag(const QString &image);

private:
    // What step 1 makes of an image string, kept per string: syncs repeat every 10 s.
    struct ParsedImage
    {
        bool ok = false;
        QString error; // the parser's message when !ok
        QString repository; // normalized, for the credential lookup
        QString defaulted; // applyDefaultImageTag's result
    };

    const ParsedImage &parse(const QString &image);
    void pullImage(const AdmittedPod &pod,
                   const AdmittedContainer &container,
                   const QString &defaulted,
                   const PodCredentialList &credentials,
                   std::function<void(const Outcome &)> done);
    void record(const AdmittedPod &pod,
                const AdmittedContainer &container,
                const QString &type,
                const QString &reason,
                const QString &message);

    ImageRuntime *m_runtime;
    ImagePuller *m_puller;
    EventRecorder *m_recorder;
    Clock *m_clock;
    KubeletSettings m_settings;
    bool m_ensureSecretPulled = false;
    int m_minor = 35;
    ImageBackoff m_backoff;
    PullRecords m_records;
    QHash<QString, QString> m_prevPullErrMsg; // backoff key -> "<reason>: <message>"
    ProviderLookup m_providers;
    QHash<QString, ParsedImage> m_parsed;
};
