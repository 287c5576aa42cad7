// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/diagnose/credentialmend.h"

#include "model/core/tr.h"
#include "model/diagnose/mendfactory.h"
#include "model/kube/kubefile.h"
#include "model/kube/kubeobject.h"

namespace {
// Replace a secret with one keyed for the registry: delete, then create under the same name so
// the pod's reference keeps working.
QStringList recreate(const QString &ns, const CredentialPlan::Secret &secret, const QString &host)
{
    return {MendFactory::deleteSecretCommand(ns, secret.name),
            MendFactory::createSecretCommand(ns, secret.name, host, secret.username)};
}

QString secretSource(const QString &ns, const QString &name)
{
    return QStringLiteral("secret \"%1/%2\"").arg(ns, name);
}
} // namespace

DiagnosisMend CredentialMend::forBrokenSecret(const CredentialPlan::Outcome &plan,
                                              const QString &ns,
                                              const QString &registryHost)
{
    DiagnosisMend mend;
    mend.kind = DiagnosisMend::Kind::Kubectl;
    for (const CredentialPlan::Secret &s : plan.secrets) {
        if (s.found && !s.ignored && !s.problem.isEmpty()) {
            //: %1 the secret's name, %2 the parse error
            mend.summary = Tr::tr("Recreate secret %1 with kubectl, which writes valid "
                                  ".dockerconfigjson: %2")
                               .arg(s.name, s.problem);
            mend.commands = recreate(ns, s, registryHost);
            break;
        }
    }
    return mend;
}

DiagnosisMend CredentialMend::forRefusal(const CredentialPlan::Outcome &plan,
                                         const AuthProbe &auth,
                                         const KubeObject &pod,
                                         const KubeFile *file,
                                         const QString &registryHost)
{
    const QString ns = pod.effectiveNamespace();
    DiagnosisMend mend;
    mend.kind = DiagnosisMend::Kind::Kubectl;

    // Credentials were tried and refused: the first one tried is the one to correct.
    if (!plan.candidates.isEmpty()) {
        const PullCredential &first = plan.candidates.first();
        for (const CredentialPlan::Secret &s : plan.secrets) {
            if (secretSource(ns, s.name) != first.source)
                continue;
            //: %1 secret name, %2 user name, %3 registry
            mend.summary = Tr::tr("The registry refuses user \"%2\" of secret %1: recreate the "
                                  "secret with the right password for %3.")
                               .arg(s.name, first.username, registryHost);
            if (auth.anonymousWouldWork())
                mend.summary +=
                    QLatin1Char(' ')
                    + Tr::tr(
                        "The image is public, so removing the secret from the pod also works: "
                        "the kubelet never falls back to anonymous once a credential matched.");
            mend.commands = recreate(ns, s, registryHost);
            return mend;
        }
        mend.kind = DiagnosisMend::Kind::NodeSetting;
        //: %1 where the credential is, %2 registry
        mend.summary = Tr::tr("The registry refuses %1: correct the credentials for %2 there.")
                           .arg(first.describe(), registryHost);
        return mend;
    }

    // Nothing was sent. Secrets that exist but add nothing for this image come first.
    for (const CredentialPlan::Secret &s : plan.secrets) {
        if (s.found && s.ignored) {
            //: %1 secret name, %2 why the kubelet ignores it, %3 registry
            mend.summary = Tr::tr("Secret %1 is ignored by the kubelet (%2): recreate it as a "
                                  "docker-registry secret for %3.")
                               .arg(s.name, s.problem, registryHost);
            mend.commands = recreate(ns, s, registryHost);
            return mend;
        }
    }
    for (const CredentialPlan::Secret &s : plan.secrets) {
        if (s.found && !s.keys.isEmpty()) {
            //: %1 secret name, %2 its keys, %3 registry
            mend.summary = Tr::tr("Secret %1 holds credentials for %2, which do not match %3: "
                                  "recreate it with --docker-server=%4.")
                               .arg(s.name,
                                    s.keys.join(QStringLiteral(", ")),
                                    registryHost,
                                    MendFactory::dockerServer(registryHost));
            mend.commands = recreate(ns, s, registryHost);
            return mend;
        }
    }
    for (const CredentialPlan::Secret &s : plan.secrets) {
        if (!s.found) {
            mend.summary = Tr::tr("Create secret %1, which the pod names, with the credentials "
                                  "for %2.")
                               .arg(s.name, registryHost);
            mend.commands = {MendFactory::createSecretCommand(ns, s.name, registryHost)};
            return mend;
        }
    }

    // No secret at all: create one and hand it to the pod (YAML) or its ServiceAccount.
    const QString name = newSecretName();
    mend.commands = {MendFactory::createSecretCommand(ns, name, registryHost)};
    if (file)
        mend.fix = MendFactory::addPullSecret(*file, pod, name);
    if (plan.secrets.isEmpty()) {
        // Only a pod that lists no pull secrets gets the ServiceAccount's, and only when it is
        // created (docs/reference/kubelet-image-pull.md §6.1): the patch helps pods created
        // afterwards.
        mend.commands.append(
            MendFactory::patchServiceAccountCommand(ns, plan.serviceAccount, name));
        mend.summary = Tr::tr("Create a pull secret for %1, then list it in the pod's "
                              "imagePullSecrets (the YAML fix) or in ServiceAccount %2's, which "
                              "pods created afterwards receive.")
                           .arg(registryHost, plan.serviceAccount);
    } else {
        mend.summary = Tr::tr("Create a pull secret for %1 and add it to the pod's "
                              "imagePullSecrets.")
                           .arg(registryHost);
    }
    return mend;
}
