// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/diagnose/presencecheck.h"

#include "model/cache/contentstore.h"
#include "model/core/threadcheck.h"
#include "model/core/tr.h"
#include "model/diagnose/diagnosis.h"
#include "model/diagnose/mendfactory.h"

#include <QFileInfo>

bool PresenceCheck::mustVerify(const NodeProfile &node,
                               const ImageReference &reference,
                               bool pulledByKubelet)
{
    if (!node.ensureSecretPulledImages())
        return false;
    // pullmanager/image_pull_policies.go @5ce2290 (docs/reference/kubelet-image-pull.md §7).
    const QString policy = node.kubelet.imagePullCredentialsVerificationPolicy;
    if (policy == QLatin1String("NeverVerify"))
        return false;
    if (policy == QLatin1String("AlwaysVerify"))
        return true;
    if (policy == QLatin1String("NeverVerifyAllowlistedImages")) {
        // An exact name, or a prefix ending in "/*". Matched against the repository without tag
        // or digest: whether the kubelet strips the tag first is UNVERIFIED (§13); the allowlist
        // accepts only untagged names, so stripping is the likely behaviour.
        const QString name = reference.name();
        for (const QString &pattern : node.kubelet.preloadedImagesVerificationAllowlist) {
            if (pattern == name)
                return false;
            if (pattern.endsWith(QLatin1String("/*")) && name.startsWith(pattern.chopped(1)))
                return false;
        }
        return true;
    }
    // NeverVerifyPreloadedImages, the default: only images the kubelet pulled are re-verified.
    return pulledByKubelet;
}

PresenceCheck::Outcome PresenceCheck::check(const KubeFile *file,
                                            const ContainerSpec &container,
                                            const ImageReference &reference,
                                            PullPolicy policy,
                                            const NodeProfile &node)
{
    PULLSCOPE_ASSERT_NOT_GUI_THREAD();
    Outcome outcome;
    DiagnosisStep &step = outcome.step;
    step = DiagnosisStep::make(QStringLiteral("presence"),
                               Diagnosis::stepTitle(QStringLiteral("presence")),
                               DiagnosisStep::Status::Passed);
    const QString image = container.image.value;
    const QString wanted = reference.toString();

    // The store is read even under Always, where the kubelet does not look: a cheap local fact.
    bool pulledByKubelet = false;
    QString storeProblem;
    if (node.storePath.isEmpty()) {
        step.evidence.append(Tr::tr("the node profile names no image store: no image is present"));
    } else if (!QFileInfo::exists(node.storePath + QStringLiteral("/index.json"))) {
        step.evidence.append(Tr::tr("the node's image store %1 is empty").arg(node.storePath));
    } else {
        const Result<QList<StoredImage>> images = ContentStore(node.storePath).images();
        if (!images) {
            storeProblem = images.error().message;
        } else {
            for (const StoredImage &stored : *images) {
                if (stored.reference == wanted
                    || (reference.hasDigest() && stored.digest == reference.digest())) {
                    outcome.present = true;
                    // Entries Pullscope's pull engine wrote carry pulledAt: the simulated kubelet
                    // pulls through it, so they count as pulled by the kubelet; anything else was
                    // preloaded by another tool.
                    pulledByKubelet = !stored.pulledBy.isEmpty();
                    //: %1 reference, %2 digest, %3 store folder
                    step.evidence.append(
                        Tr::tr("%1 is in the node's store %3 (%2)")
                            .arg(stored.reference, stored.digest.toString(), node.storePath));
                    step.evidence.append(
                        pulledByKubelet
                            ? Tr::tr("it was pulled by Pullscope (as the kubelet pulls)")
                            : Tr::tr("it was preloaded (not pulled by the kubelet)"));
                    break;
                }
            }
            if (!outcome.present)
                step.evidence.append(
                    Tr::tr("%1 is not in the node's store %2").arg(wanted, node.storePath));
        }
    }

    if (policy == PullPolicy::Always) {
        // imagePullPrecheck returns at once for Always: no inspection, no "already present" (§2.1).
        step.summary = Tr::tr("not consulted: Always pulls whether the image is present or not");
        outcome.contactsRegistry = true;
        return outcome;
    }
    if (!storeProblem.isEmpty()) {
        // GetImageRef failed: Warning InspectFailed and ErrImageInspect (§2.1).
        step.status = DiagnosisStep::Status::Failed;
        step.summary = QStringLiteral("ImageInspectError: ") + storeProblem;
        step.evidence.append(
            QStringLiteral("Warning  InspectFailed  Failed to inspect image \"\": %1")
                .arg(storeProblem));
        DiagnosisMend mend;
        mend.kind = DiagnosisMend::Kind::NodeSetting;
        mend.summary = Tr::tr("Repair or remove the node's image store %1.").arg(node.storePath);
        step.mend = mend;
        return outcome;
    }

    const bool verify = outcome.present && mustVerify(node, reference, pulledByKubelet);
    if (outcome.present && verify) {
        step.evidence.append(
            Tr::tr("KubeletEnsureSecretPulledImages is on (policy %1): this pod must prove it may "
                   "pull the image, unless its credentials match those recorded at the pull")
                .arg(node.kubelet.imagePullCredentialsVerificationPolicy));
    } else if (outcome.present && node.ensureSecretPulledImages()) {
        step.evidence.append(Tr::tr("KubeletEnsureSecretPulledImages is on, but policy %1 does not "
                                    "verify this image")
                                 .arg(node.kubelet.imagePullCredentialsVerificationPolicy));
    }

    if (policy == PullPolicy::Never) {
        outcome.contactsRegistry = false;
        if (!outcome.present) {
            step.status = DiagnosisStep::Status::Failed;
            step.summary =
                QStringLiteral("ErrImageNeverPull: Container image \"%1\" is not present "
                               "with pull policy of Never")
                    .arg(image);
            step.evidence.append(
                QStringLiteral("Warning  ErrImageNeverPull  Container image \"%1\" is "
                               "not present with pull policy of Never")
                    .arg(image));
            DiagnosisMend mend;
            mend.kind = DiagnosisMend::Kind::YamlFix;
            mend.summary = Tr::tr("Let the kubelet pull it (imagePullPolicy: IfNotPresent), or "
                                  "load the image onto the node first.");
            if (file)
                mend.fix =
                    MendFactory::setPullPolicy(*file, container, QStringLiteral("IfNotPresent"));
            if (!node.storePath.isEmpty())
                mend.commands = {QStringLiteral("pullscope-cli pull %1 --store %2")
                                     .arg(reference.toString(), node.storePath)};
            step.mend = mend;
            return outcome;
        }
        if (verify) {
            // EnsureImageExists step 5: present but not verified reads as absent (§2.1, §7).
            step.status = DiagnosisStep::Status::Warning;
            step.summary = Tr::tr("present, but ErrImageNeverPull unless this pod's credentials "
                                  "match those the image was pulled with");
            return outcome;
        }
        step.summary =
            QStringLiteral("Container image \"%1\" already present on machine").arg(image);
        return outcome;
    }

    // IfNotPresent.
    if (!outcome.present) {
        step.summary = Tr::tr("not present: the kubelet pulls it");
        return outcome;
    }
    if (verify) {
        step.summary = Tr::tr("present, but the kubelet pulls again with this pod's credentials to "
                              "verify them");
        return outcome;
    }
    outcome.contactsRegistry = false;
    step.summary = QStringLiteral("Container image \"%1\" already present on machine").arg(image);
    return outcome;
}
