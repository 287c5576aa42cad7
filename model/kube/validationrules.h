// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/kube/kubeobject.h"
#include "model/kube/lintcontext.h"

// The checks the API server makes on create (k/k pkg/apis/core/validation): a container's image
// is required and, in a Pod, has no surrounding white space; pull policies are in the enum;
// a docker config Secret has its key, holding a JSON object. Rules: image-required,
// image-whitespace, pull-policy-enum, secret-required-key, secret-invalid-json, secret-base64.
class ValidationRules
{
public:
    // Reports every API-server rejection in object.
    static void check(LintContext &context, const KubeObject &object);

private:
    static void checkPodSpec(LintContext &context, const KubeObject &object);
    static void checkSecret(LintContext &context, const KubeObject &object);
};
