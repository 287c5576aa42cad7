// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/kube/locatedvalue.h"
#include "model/kube/podspec.h"
#include "model/kube/secretspec.h"
#include "model/kube/serviceaccountspec.h"

#include <QString>

#include <optional>

// One Kubernetes object read from a document (or a List's item): its kind and name, where it
// is, and what matters for image pulls. Unknown kinds keep kind, name and location only.
class KubeObject
{
public:
    QString apiVersion;
    QString kind;
    LocatedValue name;
    LocatedValue namespaceName;
    SourceLocation at; // the object's mapping (its first key)
    int documentIndex = 0; // 0-based document in the file
    int listIndex = -1; // index in the enclosing List's items, -1 when not in a List
    QString file;
    std::optional<PodSpec> podSpec;
    std::optional<ServiceAccountSpec> serviceAccount;
    std::optional<SecretSpec> secret;

    // The namespace, "default" when none is written.
    QString effectiveNamespace() const;
    // A stable identifier derived from kind, namespace and name (the simulator's pod UID).
    QString uid() const;
    // "Pod/web", "Deployment/api"; "Pod/<unnamed>" without a name.
    QString displayName() const;
    // The path prefix of this object's fields inside its document: "items[3]." in a List, "".
    QString fieldPrefix() const;
};
