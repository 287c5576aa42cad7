// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/core/result.h"
#include "model/kubelet/admittedpod.h"

class KubeObject;
class KubeWorkspace;

// What the API server does to a pod before the kubelet sees it: validation of the image
// fields, imagePullPolicy defaulting, ServiceAccount admission (default SA, pull-secret
// injection all-or-nothing, enforce-mountable-secrets) and AlwaysPullImages
// (docs/reference/kubelet-image-pull.md §1, §6, §10). A rejection is an Error with kubectl's text.
// Stateless.
class PodAdmission
{
public:
    struct Options
    {
        bool serviceAccount = true; // the ServiceAccount admission plugin
        bool alwaysPullImages = false; // the AlwaysPullImages admission plugin
    };

    // Admits the pod spec of object (a Pod or a workload's template) against the workspace's
    // ServiceAccounts. Ephemeral containers are left out: they cannot be set on create.
    static Result<AdmittedPod>
    admit(const KubeObject &object, const KubeWorkspace &workspace, const Options &options);
};
