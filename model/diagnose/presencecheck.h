// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/diagnose/diagnosisstep.h"
#include "model/kube/containerspec.h"
#include "model/kube/kubefile.h"
#include "model/kubelet/nodeprofile.h"
#include "model/reference/imagereference.h"
#include "model/reference/pullpolicy.h"

// Step 3, "present on the node": looks the image up in the node's content store and says what
// that means for the policy (image_manager.go imagePullPrecheck and the decision table,
// docs/reference/kubelet-image-pull.md §2.2), including the ensure-secret-pulled gate (§7): Never
// and absent is ErrImageNeverPull; present under IfNotPresent needs no pull unless the gate asks
// for credential verification. Pure (reads the store's index.json).
class PresenceCheck
{
public:
    struct Outcome
    {
        DiagnosisStep step;
        bool present = false;
        // Whether the kubelet will contact the registry (a pull, or a verification pull); the
        // network steps are skipped when it will not.
        bool contactsRegistry = true;
    };

    // image: as written in the Pod (for the event texts); reference: normalized, default tag.
    static Outcome check(const KubeFile *file,
                         const ContainerSpec &container,
                         const ImageReference &reference,
                         PullPolicy policy,
                         const NodeProfile &node);
    // Whether the node's verification policy asks this pod to prove its credentials for an
    // image already present (§7 image_pull_policies.go); pulledByKubelet: the kubelet pulled it.
    static bool
    mustVerify(const NodeProfile &node, const ImageReference &reference, bool pulledByKubelet);
};
