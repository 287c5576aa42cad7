// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/diagnose/diagnosistarget.h"

#include "model/core/tr.h"
#include "model/kube/kubeworkspace.h"

namespace {
bool namedAs(const KubeObject &o, const QString &name)
{
    return o.name.value == name || o.displayName() == name
        || QStringLiteral("%1/%2").arg(o.effectiveNamespace(), o.name.value) == name;
}
} // namespace

Result<DiagnosisTarget> DiagnosisTarget::find(const KubeWorkspace &workspace,
                                              const QString &podName,
                                              const QString &containerName)
{
    const QList<const KubeObject *> pods = workspace.podObjects();
    QStringList names;
    for (const KubeObject *o : pods)
        names.append(o->displayName());
    if (pods.isEmpty())
        return Error(ErrorCode::InvalidArgument,
                     Tr::tr("no Pod or workload with a pod template found"));
    const KubeObject *chosen = nullptr;
    if (podName.isEmpty()) {
        if (pods.size() > 1)
            //: %1 the objects, comma-separated
            return Error(ErrorCode::InvalidArgument,
                         Tr::tr("several pods found (%1): choose one with --pod")
                             .arg(names.join(QStringLiteral(", "))));
        chosen = pods.first();
    } else {
        for (const KubeObject *o : pods) {
            if (namedAs(*o, podName)) {
                chosen = o;
                break;
            }
        }
        if (!chosen)
            //: %1 the name asked for, %2 the objects found
            return Error(ErrorCode::InvalidArgument,
                         Tr::tr("no pod named \"%1\"; found %2")
                             .arg(podName, names.join(QStringLiteral(", "))));
    }
    const QList<ContainerSpec> &containers = chosen->podSpec->containers;
    if (containers.isEmpty())
        return Error(ErrorCode::InvalidArgument,
                     Tr::tr("%1 has no containers").arg(chosen->displayName()));
    DiagnosisTarget target;
    target.object = chosen;
    if (containerName.isEmpty()) {
        // The first container the kubelet starts: init containers run before the others, so the
        // first of them is what a pod stuck in Init waits for.
        target.container = containers.first();
        return target;
    }
    QStringList containerNames;
    for (const ContainerSpec &c : containers) {
        if (c.name == containerName) {
            target.container = c;
            return target;
        }
        containerNames.append(c.name);
    }
    return Error(
        ErrorCode::InvalidArgument,
        Tr::tr("%1 has no container \"%2\"; it has %3")
            .arg(chosen->displayName(), containerName, containerNames.join(QStringLiteral(", "))));
}
