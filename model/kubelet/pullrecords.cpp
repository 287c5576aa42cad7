// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/kubelet/pullrecords.h"

#include "model/reference/pullpolicy.h"

namespace {
// pullmanager writeRecordWhileMatchingLimit.
constexpr int maxTrackedSecrets = 100;

bool sameCoordinates(const TrackedSecret &a, const TrackedSecret &b)
{
    return a.uid == b.uid && a.namespaceName == b.namespaceName && a.name == b.name;
}
} // namespace

QString PullRecords::imageKey(const QString &image)
{
    const Result<ParsedImageName> parsed = parseImageName(image);
    return parsed ? parsed->repository : image;
}

void PullRecords::recordPullIntent(const QString &image)
{
    ++m_intents[image];
}

void PullRecords::recordImagePullFailed(const QString &image)
{
    auto it = m_intents.find(image);
    if (it != m_intents.end() && --*it <= 0)
        m_intents.erase(it);
}

void PullRecords::recordImagePulled(const QString &image,
                                    const QString &imageRef,
                                    const Credentials &used)
{
    recordImagePullFailed(image); // the intent is fulfilled either way
    Credentials &c = m_pulled[imageRef][imageKey(image)];
    c.nodePodsAccessible = c.nodePodsAccessible || used.nodePodsAccessible;
    for (const TrackedSecret &s : used.kubernetesSecrets) {
        bool updated = false;
        for (TrackedSecret &known : c.kubernetesSecrets) {
            if (sameCoordinates(known, s)) {
                known.credentialHash = s.credentialHash;
                updated = true;
            }
        }
        if (!updated && c.kubernetesSecrets.size() < maxTrackedSecrets)
            c.kubernetesSecrets << s;
    }
}

bool PullRecords::allowlisted(const QString &image, const QStringList &patterns)
{
    // image_pull_policies.go: an exact set lookup, or a prefix for "/*" patterns. Whether
    // the kubelet strips the tag first is UNVERIFIED (§7); we match the tagless repository,
    // as the field's doc asks for "image specs without an image tag or digest".
    const QString repository = imageKey(image);
    for (const QString &p : patterns) {
        if (p.endsWith(QLatin1Char('*'))) {
            if (repository.startsWith(p.chopped(1)))
                return true;
        } else if (repository == p) {
            return true;
        }
    }
    return false;
}

bool PullRecords::mustAttemptImagePull(const QString &image,
                                       const QString &imageRef,
                                       const QList<TrackedSecret> &podSecrets,
                                       const KubeletSettings &settings) const
{
    // image_pull_manager.go MustAttemptImagePull (docs/reference/kubelet-image-pull.md §7).
    const auto pulled = m_pulled.constFind(imageRef);
    const bool pulledByKubelet = pulled != m_pulled.constEnd() || m_intents.contains(image);
    const QString &policy = settings.imagePullCredentialsVerificationPolicy;
    bool verify = true;
    if (policy == QLatin1String("NeverVerify"))
        verify = false;
    else if (policy == QLatin1String("NeverVerifyPreloadedImages"))
        verify = pulledByKubelet;
    else if (policy == QLatin1String("NeverVerifyAllowlistedImages"))
        verify = !allowlisted(image, settings.preloadedImagesVerificationAllowlist);
    if (!verify)
        return false;
    if (pulled == m_pulled.constEnd())
        return true;
    const auto mapping = pulled->constFind(imageKey(image));
    if (mapping == pulled->constEnd())
        return true;
    if (mapping->nodePodsAccessible)
        return false;
    for (const TrackedSecret &mine : podSecrets) {
        for (const TrackedSecret &known : mapping->kubernetesSecrets) {
            if (known.credentialHash == mine.credentialHash || sameCoordinates(known, mine))
                return false;
        }
    }
    // KubernetesServiceAccounts (SA-token plugins) are not simulated.
    return true;
}
