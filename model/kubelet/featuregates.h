// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/core/result.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

// The kubelet feature gates that change image pulls, with their default for each Kubernetes
// minor version (k/k pkg/features/kube_features.go, v1.35 era; v1.36 from KEP kep.yaml files,
// docs/reference/kubelet-image-pull.md §0, §7, §8, §11). Stateless; any thread.
class FeatureGates
{
public:
    // The gate names this table knows, sorted.
    static QStringList known();
    // The default of name in minor version 1.<minor>; nullopt when the gate does not exist
    // there (before its alpha, or after its removal).
    static std::optional<bool> defaultFor(const QString &name, int minor);
    // True when the gate is GA in 1.<minor> and so locked to true.
    static bool isLocked(const QString &name, int minor);
    // Checks explicit settings as component-base's featuregate.Set does: an unknown gate is
    // "unrecognized feature gate: NAME", a locked one set to false is refused.
    static Result<void> validate(const QMap<QString, bool> &explicitGates, int minor);
    // The effective value: the explicit setting when there is one, else the default (false
    // for a gate that does not exist in that version).
    static bool enabled(const QMap<QString, bool> &explicitGates, const QString &name, int minor);
};
