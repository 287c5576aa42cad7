// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/kubelet/kubeletsettings.h"
#include "model/kubelet/podcredential.h"

#include <QHash>
#include <QString>

// The kubelet's image pull manager for KEP-2535 "Ensure Secret Pulled Images": pull intents,
// which image each pulled imageRef came from and with which credentials, and the decision
// whether a pod must pull an image that is already present (docs/reference/kubelet-image-pull.md
// §7, k/k pkg/kubelet/images/pullmanager). In memory, as one kubelet run. One thread.
class PullRecords
{
public:
    // What credentials a pull used (ImagePullCredentials).
    struct Credentials
    {
        QList<TrackedSecret> kubernetesSecrets;
        bool nodePodsAccessible = false; // anonymous, node files or providers (no Source)
    };

    // RecordPullIntent: a pull of image is about to start.
    void recordPullIntent(const QString &image);
    // RecordImagePullFailed: the intent is dropped.
    void recordImagePullFailed(const QString &image);
    // RecordImagePulled: imageRef now came from image with these credentials (merged with
    // earlier ones; secrets matched by coordinates are updated).
    void recordImagePulled(const QString &image, const QString &imageRef, const Credentials &used);

    // MustAttemptImagePull: whether a pod offering podSecrets (its secret credentials that
    // match the image) must pull image (present as imageRef) again under settings' policy.
    bool mustAttemptImagePull(const QString &image,
                              const QString &imageRef,
                              const QList<TrackedSecret> &podSecrets,
                              const KubeletSettings &settings) const;
    // Whether the image matches preloadedImagesVerificationAllowlist (exact, or a "/*"
    // prefix). Matched against the normalized repository, without tag or digest.
    static bool allowlisted(const QString &image, const QStringList &patterns);
    // The key credential mappings are filed under: the normalized repository.
    static QString imageKey(const QString &image);

private:
    QHash<QString, int> m_intents; // image -> pulls in flight
    // imageRef -> (image key -> credentials)
    QHash<QString, QHash<QString, Credentials>> m_pulled;
};
