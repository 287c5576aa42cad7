// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/kube/kubeobject.h"
#include "model/kube/lintcontext.h"

// Registry keys in a pod's pull secrets that will never match its images under the kubelet's
// keyring rules (k/k pkg/credentialprovider/keyring.go, via DockerKeyring): a port or path that
// differs from the image's, and registry-1.docker.io for Docker Hub images. Rules:
// secret-key-mismatch, docker-hub-key.
class RegistryKeyRules
{
public:
    // Reports the images of object's pod spec that none of its effective pull secrets' keys
    // match while a key was evidently meant for their registry.
    static void check(LintContext &context, const KubeObject &object);
};
