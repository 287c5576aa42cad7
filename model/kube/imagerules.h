// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/kube/kubeobject.h"
#include "model/kube/lintcontext.h"

// What the kubelet will make of images the API server accepts: names it cannot parse
// (InvalidImageName), a missing or ":latest" tag defaulting the policy to Always, tags that
// could be pinned by digest, Never, and platform labels no node carries. Rules:
// invalid-image-name, latest-always, pin-digest, pull-never, platform-label.
class ImageRules
{
public:
    // Reports the image findings of object's pod spec (nothing when it has none).
    static void check(LintContext &context, const KubeObject &object);

private:
    static void checkImage(LintContext &context,
                           const KubeObject &object,
                           const LintContext::ImageField &field);
    static void checkPlatform(LintContext &context, const KubeObject &object);
};
