// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/reference/pullpolicy.h"

#include <QList>
#include <QString>
#include <QStringList>

// One container of an admitted pod: the image as written and the pull policy after API
// defaulting and admission.
struct AdmittedContainer
{
    enum class Kind { Init, Regular };

    Kind kind = Kind::Regular;
    QString name;
    QString image; // exactly as written (the kubelet's messages quote it so)
    PullPolicy policy = PullPolicy::IfNotPresent;
    bool policyDefaulted = false; // the API server filled it in (SetDefaults_Container)
    QString eventFieldPath; // involvedObject.fieldPath: "spec.containers{web}"
};

// A pod as the API server stores it after defaulting and admission: what the kubelet gets.
struct AdmittedPod
{
    QString uid;
    QString namespaceName;
    QString name;
    QString serviceAccountName; // "default" after ServiceAccount admission filled it in
    QStringList pullSecretNames; // spec.imagePullSecrets names, in order (empty names kept)
    bool pullSecretsFromServiceAccount = false; // injected by ServiceAccount admission
    QString runtimeClassName;
    QList<AdmittedContainer> containers; // init containers first, then regular ones

    // "namespace/name".
    QString key() const { return namespaceName + QLatin1Char('/') + name; }
};
