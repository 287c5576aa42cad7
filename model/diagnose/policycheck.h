// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/diagnose/diagnosisstep.h"
#include "model/kube/containerspec.h"
#include "model/kube/kubefile.h"
#include "model/kubelet/nodeprofile.h"
#include "model/reference/pullpolicy.h"

#include <optional>

// Step 2, "the pull policy and why": written in the manifest, defaulted by the API server from
// the tag (SetDefaults_Container: Always for "latest" or no tag, IfNotPresent otherwise), or
// forced to Always by the AlwaysPullImages admission plugin. A value the API server rejects is
// a failure with the fix. Pure.
class PolicyCheck
{
public:
    struct Outcome
    {
        DiagnosisStep step;
        std::optional<PullPolicy> policy; // the effective policy, when valid
    };

    // file is the container's file (for the fix); may be null.
    static Outcome
    check(const KubeFile *file, const ContainerSpec &container, const NodeProfile &node);
};
