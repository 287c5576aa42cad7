// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/kube/containerspec.h"
#include "model/kube/locatedvalue.h"

#include <QList>
#include <QString>
#include <QStringList>

// An image volume (KEP-4639): volumes[i].image.reference and .pullPolicy.
struct ImageVolume
{
    QString name;
    LocatedValue reference;
    LocatedValue pullPolicy;
    QString fieldPath; // "spec.volumes[2]"
    SourceLocation at; // the volume mapping (its first key)
};

// What a pod spec (a Pod's or a workload's template's) says about its images. fieldPath is
// "spec", "spec.template.spec" or "spec.jobTemplate.spec.template.spec" (prefixed by
// "items[i]." never: paths are relative to the object). at is the spec mapping's first key.
struct PodSpec
{
    QString fieldPath;
    SourceLocation at;
    bool flowStyle = false; // the spec mapping is a flow mapping "{...}"
    bool isTemplate = false; // a workload's pod template, not a Pod
    QList<ContainerSpec> containers; // init, then regular, then ephemeral, in file order
    QList<LocatedValue> imagePullSecrets; // the names; an entry without a name has value ""
    bool imagePullSecretsListed = false; // the key is present (even as an empty list)
    SourceLocation imagePullSecretsAt; // the sequence node (its first "-", or "[")
    bool imagePullSecretsFlow = false;
    LocatedValue serviceAccountName; // serviceAccountName, else the deprecated serviceAccount
    LocatedValue runtimeClassName;
    QStringList requiredArchitectures; // nodeSelector kubernetes.io/arch, required affinity "In"
    QStringList requiredOperatingSystems; // the same for kubernetes.io/os
    QList<ImageVolume> imageVolumes;
};
