// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/kube/locatedvalue.h"

#include <QString>

// One container of a pod spec (init, regular or ephemeral) with the fields that decide its
// image pull. fieldPath is relative to the object ("spec.initContainers[0]",
// "spec.template.spec.containers[1]"); at is the container mapping's first key.
struct ContainerSpec
{
    enum class Kind { Init, Regular, Ephemeral };

    Kind kind = Kind::Regular;
    int index = 0;
    QString name;
    LocatedValue image;
    LocatedValue imagePullPolicy;
    QString fieldPath;
    SourceLocation at;
    bool flowStyle = false; // the container is written as a flow mapping "{name: a, image: b}"

    // "initContainers", "containers" or "ephemeralContainers".
    static QString kindField(Kind kind);
};
