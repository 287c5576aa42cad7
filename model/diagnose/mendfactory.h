// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/diagnose/diagnosismend.h"
#include "model/kube/containerspec.h"
#include "model/kube/kubefile.h"

#include <QString>

#include <optional>

// The mends a diagnosis proposes, ready to use: kubectl command lines with placeholders where a
// secret goes (never a real one), and YAML edits on the user's own text through KubeFixes.
// Pure functions.
class MendFactory
{
public:
    // The --docker-server value the kubelet keys a Docker Hub image under (kubectl's default,
    // "https://index.docker.io/v1/", docs/reference/kubelet-image-pull.md §9), else the registry
    // host[:port].
    static QString dockerServer(const QString &registryHost);
    // kubectl create secret docker-registry NAME --docker-server=... --docker-username=USER
    // --docker-password=PASSWORD -n NS; username "" gives the USER placeholder.
    static QString createSecretCommand(const QString &ns,
                                       const QString &name,
                                       const QString &registryHost,
                                       const QString &username = {});
    // kubectl patch serviceaccount SA -p '{"imagePullSecrets":[{"name":"SECRET"}]}' -n NS.
    static QString patchServiceAccountCommand(const QString &ns,
                                              const QString &serviceAccount,
                                              const QString &secret);
    // kubectl delete secret NAME -n NS.
    static QString deleteSecretCommand(const QString &ns, const QString &name);
    // A YAML fix that writes newImage in place of the container's image scalar (its quotes
    // kept); nullopt when the scalar cannot be found at its recorded place.
    static std::optional<QuickFix>
    setImage(const KubeFile &file, const ContainerSpec &container, const QString &newImage);
    // A YAML fix that sets the container's imagePullPolicy; nullopt when KubeFixes declines.
    static std::optional<QuickFix>
    setPullPolicy(const KubeFile &file, const ContainerSpec &container, const QString &policy);
    // A YAML fix that adds secret to the object's imagePullSecrets; nullopt when declined.
    static std::optional<QuickFix>
    addPullSecret(const KubeFile &file, const KubeObject &object, const QString &secret);
};
