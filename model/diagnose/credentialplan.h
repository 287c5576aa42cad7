// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/auth/credentialproviderconfig.h"
#include "model/diagnose/diagnosisstep.h"
#include "model/diagnose/pullcredential.h"
#include "model/reference/imagereference.h"

#include <QList>
#include <QStringList>

class KubeObject;
class KubeWorkspace;
class NodeProfile;

// Step 4, "which credentials apply and why": the pod's pull secrets (its own, or the
// ServiceAccount's when it lists none: all-or-nothing, docs/reference/kubelet-image-pull.md §6.1),
// each secret found or not, its type and key, its auths; the node's docker config file; the
// keyring's matching of every key against the repository (glob, port and path rules, with why a key
// does not match) and the Docker Hub fallback; the order the kubelet tries them in (§4.4, §4.6).
// Pure: reads the workspace and the node's files.
class CredentialPlan
{
public:
    // A pull secret the kubelet will read, and what came of it.
    struct Secret
    {
        QString name;
        bool found = false;
        bool ignored = false; // silently adds nothing (Opaque, wrong key, no auths)
        QString problem; // why it adds nothing, or its parse error
        QStringList keys; // its keyring keys, as written
        QString username; // of its first entry
    };

    struct Outcome
    {
        DiagnosisStep step;
        QList<PullCredential> candidates; // in the order the kubelet tries them
        QList<Secret> secrets; // the pod's effective pull secrets, in order
        QString serviceAccount; // the pod's ServiceAccount name
        bool secretsFromServiceAccount = false; // injected by ServiceAccount admission
        QStringList unmatchedKeys; // keys that exist but do not match, "key: why"
        QStringList passwords; // every secret seen, so the caller can scrub output with them
        QStringList matchingProviders; // credential provider plugins whose matchImages match
        QList<CredentialProviderConfig::Provider> providers; // the same, to run them
    };

    // repository: the normalized repository without tag or digest ("docker.io/library/nginx").
    static Outcome build(const KubeWorkspace &workspace,
                         const KubeObject &pod,
                         const ImageReference &reference,
                         const NodeProfile &node);
};
