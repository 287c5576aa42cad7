// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/kubelet/kubeletsettings.h"

QStringList KubeletSettings::verificationPolicies()
{
    // k/kubelet config/v1beta1 types.go ImagePullCredentialsVerificationPolicy
    // (docs/reference/kubelet-image-pull.md §7).
    return {QStringLiteral("NeverVerify"),
            QStringLiteral("NeverVerifyPreloadedImages"),
            QStringLiteral("NeverVerifyAllowlistedImages"),
            QStringLiteral("AlwaysVerify")};
}
