// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/core/result.h"
#include "model/kube/containerspec.h"
#include "model/kube/kubeobject.h"

class KubeWorkspace;

// Which container of which object a diagnosis is about, chosen from a workspace by name. The
// object pointer points into the workspace it was found in.
struct DiagnosisTarget
{
    const KubeObject *object = nullptr;
    ContainerSpec container;

    // The object with a pod spec named podName ("web", "Pod/web", "ns/web"; empty: the only
    // one) and its container named containerName (empty: the first the kubelet starts, init
    // containers first). An InvalidArgument Error lists what there is when the choice fails.
    static Result<DiagnosisTarget>
    find(const KubeWorkspace &workspace, const QString &podName, const QString &containerName);
};
