// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/kube/kubeobject.h"
#include "model/kube/lintcontext.h"

// Pull secrets as the kubelet and ServiceAccount admission will treat them: missing from the
// workspace, only in another namespace, of a type or shape the kubelet silently ignores; a
// pod's own list hiding its ServiceAccount's; a list an enforcing ServiceAccount forbids.
// Rules: secret-missing, secret-other-namespace, secret-type, secret-no-auths,
// sa-secrets-shadowed, sa-mountable-secrets.
class PullSecretRules
{
public:
    // Reports the pull-secret findings of a pod-spec object or a ServiceAccount.
    static void check(LintContext &context, const KubeObject &object);

private:
    static void checkReference(LintContext &context,
                               const KubeObject &object,
                               const LocatedValue &name,
                               const QString &fieldPath);
    static void checkServiceAccount(LintContext &context, const KubeObject &pod);
};
