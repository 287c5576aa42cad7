// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/diagnose/authprobe.h"
#include "model/diagnose/credentialplan.h"
#include "model/diagnose/diagnosismend.h"

struct KubeFile;
class KubeObject;

// The mend when the credentials are what breaks the pull: a secret that does not parse (step
// 4), or a registry that refuses what the kubelet sends (step 6). Chooses between recreating a
// secret (wrong password, wrong key, wrong type), creating a missing one, and adding a new one
// to the pod or its ServiceAccount, from what the plan and the attempts found. Pure.
class CredentialMend
{
public:
    // For a pull secret that does not parse.
    static DiagnosisMend forBrokenSecret(const CredentialPlan::Outcome &plan,
                                         const QString &ns,
                                         const QString &registryHost);
    // For a registry that let no credential in. file may be null (no YAML fix then).
    static DiagnosisMend forRefusal(const CredentialPlan::Outcome &plan,
                                    const AuthProbe &auth,
                                    const KubeObject &pod,
                                    const KubeFile *file,
                                    const QString &registryHost);

    // The name proposed for a new pull secret.
    static QString newSecretName() { return QStringLiteral("regcred"); }
};
