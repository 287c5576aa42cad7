// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

// The image-pull part of a KubeletConfiguration (kubelet.config.k8s.io/v1beta1), defaulted as
// SetDefaults_KubeletConfiguration does (docs/reference/kubelet-image-pull.md §2.6, §2.7, §7). A
// value type; KubeletConfigReader fills it from YAML and validates it.
struct KubeletSettings
{
    // The CredentialVerificationPolicy values (k/kubelet config/v1beta1 types.go).
    static QStringList verificationPolicies();

    bool serializeImagePulls = true; // "Default: true"
    int maxParallelImagePulls = 0; // 0 means nil: no limit (parallel puller only)
    double registryPullQPS = 5; // 0 means no limit
    int registryBurst = 10; // only used when registryPullQPS > 0
    QString imagePullCredentialsVerificationPolicy = QStringLiteral("NeverVerifyPreloadedImages");
    QStringList preloadedImagesVerificationAllowlist; // "registry/path" or "registry/path/*"
    QMap<QString, bool> featureGates; // explicit settings only; defaults come from the version
};
