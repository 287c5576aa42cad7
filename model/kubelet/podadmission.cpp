// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/kubelet/podadmission.h"

#include "model/kube/kubeworkspace.h"

namespace {
// kubectl's rendering of a 403 from admission: `pods "web" is forbidden: <reason>`.
Error forbidden(const QString &pod, const QString &reason)
{
    return Error(ErrorCode::Denied, QStringLiteral("pods \"%1\" is forbidden: %2").arg(pod, reason))
        .withHttpStatus(403);
}

// kubectl's rendering of a 422 from validation: `The Pod "web" is invalid: <field>: <detail>`.
Error invalid(const QString &pod, const QString &field, const QString &detail)
{
    return Error(ErrorCode::InvalidArgument,
                 QStringLiteral("The Pod \"%1\" is invalid: %2: %3").arg(pod, field, detail))
        .withHttpStatus(422);
}

QString quoted(const QString &s)
{
    return QLatin1Char('"') + s + QLatin1Char('"');
}

Result<AdmittedContainer> admitContainer(const ContainerSpec &c, const QString &podName)
{
    AdmittedContainer out;
    out.kind = c.kind == ContainerSpec::Kind::Init ? AdmittedContainer::Kind::Init
                                                   : AdmittedContainer::Kind::Regular;
    out.name = c.name;
    out.image = c.image.value;
    out.eventFieldPath =
        QStringLiteral("spec.%1{%2}").arg(ContainerSpec::kindField(c.kind), c.name);
    const QString path =
        QStringLiteral("spec.%1[%2]").arg(ContainerSpec::kindField(c.kind)).arg(c.index);
    // validateContainerCommon: an image is required; validateContainerOnlyForPod: no
    // surrounding whitespace (docs/reference/kubelet-image-pull.md §10). Nothing else about
    // the reference is checked here.
    if (out.image.isEmpty())
        return invalid(podName, path + QStringLiteral(".image"), QStringLiteral("Required value"));
    if (out.image.trimmed() != out.image) {
        return invalid(
            podName,
            path + QStringLiteral(".image"),
            QStringLiteral("Invalid value: %1: must not have leading or trailing whitespace")
                .arg(quoted(out.image)));
    }
    if (c.imagePullPolicy.present && !c.imagePullPolicy.value.isEmpty()) {
        const Result<PullPolicy> p = pullPolicyFromString(c.imagePullPolicy.value);
        if (!p)
            return invalid(podName, path + QStringLiteral(".imagePullPolicy"), p.error().message);
        out.policy = *p;
    } else {
        // SetDefaults_Container (§1).
        out.policy = defaultPullPolicy(out.image);
        out.policyDefaulted = true;
    }
    return out;
}
} // namespace

Result<AdmittedPod> PodAdmission::admit(const KubeObject &object,
                                        const KubeWorkspace &workspace,
                                        const Options &options)
{
    AdmittedPod pod;
    pod.uid = object.uid();
    pod.namespaceName = object.effectiveNamespace();
    pod.name = object.name.value;
    if (!object.podSpec)
        return invalid(pod.name, QStringLiteral("spec"), QStringLiteral("Required value"));
    const PodSpec &spec = *object.podSpec;
    pod.serviceAccountName = spec.serviceAccountName.value;
    pod.runtimeClassName = spec.runtimeClassName.value;
    for (const LocatedValue &s : spec.imagePullSecrets)
        pod.pullSecretNames << s.value;
    for (const ContainerSpec &c : spec.containers) {
        if (c.kind == ContainerSpec::Kind::Ephemeral)
            continue;
        const Result<AdmittedContainer> admitted = admitContainer(c, pod.name);
        if (!admitted)
            return admitted.error();
        pod.containers << *admitted;
    }

    if (options.serviceAccount) {
        // plugin/pkg/admission/serviceaccount/admission.go Admit (§6.1).
        if (pod.serviceAccountName.isEmpty())
            pod.serviceAccountName = QStringLiteral("default");
        const KubeObject *sa =
            workspace.findServiceAccount(pod.namespaceName, pod.serviceAccountName);
        // The token controller creates "default" in every namespace, so a workspace without it
        // still has it (with no pull secrets); any other missing ServiceAccount is refused.
        if (!sa && pod.serviceAccountName != QLatin1String("default")) {
            return forbidden(
                pod.name,
                QStringLiteral("error looking up service account %1/%2: serviceaccount "
                               "\"%2\" not found")
                    .arg(pod.namespaceName, pod.serviceAccountName));
        }
        const QList<LocatedValue> saSecrets =
            sa && sa->serviceAccount ? sa->serviceAccount->imagePullSecrets : QList<LocatedValue>();
        if (sa && sa->serviceAccount && sa->serviceAccount->enforceMountableSecrets) {
            QStringList allowed;
            for (const LocatedValue &s : saSecrets)
                allowed << s.value;
            for (int i = 0; i < pod.pullSecretNames.size(); ++i) {
                if (!allowed.contains(pod.pullSecretNames.at(i))) {
                    return forbidden(
                        pod.name,
                        QStringLiteral("imagePullSecrets[%1].name=\"%2\" is not allowed "
                                       "because service account %3 does not reference "
                                       "that imagePullSecret")
                            .arg(i)
                            .arg(pod.pullSecretNames.at(i), pod.serviceAccountName));
                }
            }
        }
        // All or nothing: only a pod that lists no pull secret gets the ServiceAccount's.
        if (pod.pullSecretNames.isEmpty() && !saSecrets.isEmpty()) {
            for (const LocatedValue &s : saSecrets)
                pod.pullSecretNames << s.value;
            pod.pullSecretsFromServiceAccount = true;
        }
    }
    if (options.alwaysPullImages) {
        // plugin/pkg/admission/alwayspullimages Admit (§6.2): every container becomes Always.
        for (AdmittedContainer &c : pod.containers) {
            c.policy = PullPolicy::Always;
            c.policyDefaulted = false;
        }
    }
    return pod;
}
