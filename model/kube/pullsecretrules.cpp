// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/kube/pullsecretrules.h"

#include "model/core/tr.h"
#include "model/kube/kubefixes.h"
#include "model/kube/pullsecretcontent.h"
#include "model/reference/imagereference.h"

#include <QDir>
#include <QFileInfo>

namespace {

// The server a new Secret is for: the registry of the pod's first image that is not on Docker
// Hub, else Docker Hub under the key kubectl writes (docs/reference/kubelet-image-pull.md §9).
QString serverFor(const KubeObject &object)
{
    if (object.podSpec) {
        for (const LintContext::ImageField &f : LintContext::imageFields(*object.podSpec)) {
            const Result<ImageReference> ref = ImageReference::parseNormalized(f.image.value);
            if (ref && ref->domain() != QLatin1String("docker.io"))
                return ref->domain();
        }
    }
    return QStringLiteral("https://index.docker.io/v1/");
}

QList<QuickFix> createSecretFixes(const KubeFile *file,
                                  const QString *text,
                                  const KubeObject &object,
                                  const QString &name)
{
    if (!file)
        return {};
    const QString ns = object.namespaceName.value;
    const QString server = serverFor(object);
    QuickFix inFile;
    inFile.id = QStringLiteral("create-secret");
    //: %1 is a Secret name
    inFile.title = Tr::tr("Create Secret \"%1\" in this file").arg(name);
    inFile.edits = KubeFixes::createSecret(*file, ns, name, server, text);
    QuickFix newFile;
    newFile.id = QStringLiteral("create-secret-file");
    const QString path =
        QFileInfo(file->path).dir().filePath(name + QStringLiteral("-secret.yaml"));
    //: %1 is a file name
    newFile.title = Tr::tr("Create the Secret in a new file %1").arg(QFileInfo(path).fileName());
    newFile.edits = {TextEdit{path, 0, 0, KubeFixes::secretTemplate(ns, name, server)}};
    return {inFile, newFile};
}

} // namespace

void PullSecretRules::check(LintContext &context, const KubeObject &object)
{
    if (object.podSpec) {
        const PodSpec &spec = *object.podSpec;
        for (int i = 0; i < spec.imagePullSecrets.size(); ++i) {
            checkReference(context,
                           object,
                           spec.imagePullSecrets.at(i),
                           QStringLiteral("%1.imagePullSecrets[%2]").arg(spec.fieldPath).arg(i));
        }
        checkServiceAccount(context, object);
    } else if (object.serviceAccount) {
        const QList<LocatedValue> &names = object.serviceAccount->imagePullSecrets;
        for (int i = 0; i < names.size(); ++i)
            checkReference(context,
                           object,
                           names.at(i),
                           QStringLiteral("imagePullSecrets[%1]").arg(i));
    }
}

void PullSecretRules::checkReference(LintContext &context,
                                     const KubeObject &object,
                                     const LocatedValue &name,
                                     const QString &fieldPath)
{
    if (name.value.isEmpty())
        return;
    const QString ns = object.effectiveNamespace();
    const KubeObject *secret = context.findSecret(ns, name.value);
    if (!secret) {
        // PodSpec.ImagePullSecrets: "references to secrets in the same namespace"; the kubelet
        // logs the missing secret and pulls without it (kubelet_pods.go getPullSecretsForPod).
        const QList<const KubeObject *> elsewhere = context.findSecretElsewhere(ns, name.value);
        if (!elsewhere.isEmpty()) {
            Finding &f = context.report(
                QStringLiteral("secret-other-namespace"),
                object,
                name.at,
                fieldPath,
                //: %1 a Secret name, %2 the namespace it is in, %3 the pod's namespace
                Tr::tr("Secret \"%1\" is in namespace %2, not %3: pull secrets are read from "
                       "the pod's own namespace, so the kubelet pulls without it")
                    .arg(name.value, elsewhere.first()->effectiveNamespace(), ns));
            f.fixes = createSecretFixes(context.fileOf(object),
                                        context.textOf(context.fileOf(object)),
                                        object,
                                        name.value);
            return;
        }
        Finding &f = context.report(QStringLiteral("secret-missing"),
                                    object,
                                    name.at,
                                    fieldPath,
                                    //: %1 a Secret name, %2 a namespace
                                    Tr::tr("Secret \"%1\" is not in the workspace (namespace %2); "
                                           "if it is not in the cluster either, the kubelet "
                                           "pulls without it")
                                        .arg(name.value, ns));
        f.fixes = createSecretFixes(context.fileOf(object),
                                    context.textOf(context.fileOf(object)),
                                    object,
                                    name.value);
        return;
    }
    if (!secret->secret)
        return;
    // MakeDockerKeyring skips, without an event, any secret it cannot use
    // (docs/reference/kubelet-image-pull.md §4.6).
    const PullSecretContent content = PullSecretContent::of(*secret->secret);
    const QString where = secret->at.toString();
    switch (content.status) {
    case PullSecretContent::Status::Usable:
    case PullSecretContent::Status::MissingKey:
    case PullSecretContent::Status::Invalid:
        return; // usable, or rejected by the API server (reported on the Secret itself)
    case PullSecretContent::Status::WrongType: {
        Finding &f = context.report(
            QStringLiteral("secret-type"),
            object,
            name.at,
            fieldPath,
            //: %1 a Secret name, %2 its type, %3 file:line of the Secret
            Tr::tr("Secret \"%1\" (%3) has type %2: the kubelet ignores it for pulls; only "
                   "kubernetes.io/dockerconfigjson and kubernetes.io/dockercfg secrets count")
                .arg(name.value, secret->secret->effectiveType(), where));
        const KubeFile *file = context.fileOf(*secret);
        if (file && secret->secret->data.contains(QStringLiteral(".dockerconfigjson"))) {
            QuickFix fix;
            fix.id = QStringLiteral("set-secret-type");
            fix.title = Tr::tr("Set the Secret's type to kubernetes.io/dockerconfigjson");
            fix.edits = KubeFixes::setSecretType(*file,
                                                 *secret,
                                                 QStringLiteral("kubernetes.io/dockerconfigjson"),
                                                 context.textOf(file));
            if (!fix.edits.isEmpty())
                f.fixes.append(fix);
        }
        return;
    }
    case PullSecretContent::Status::NoAuths:
        context.report(QStringLiteral("secret-no-auths"),
                       object,
                       name.at,
                       fieldPath,
                       //: %1 a Secret name, %2 file:line of the Secret
                       Tr::tr("Secret \"%1\" (%2) has no \"auths\" object in .dockerconfigjson: "
                              "the kubelet finds no credentials in it and pulls without them")
                           .arg(name.value, where));
        return;
    case PullSecretContent::Status::LegacyInJson:
        context.report(QStringLiteral("secret-no-auths"),
                       object,
                       name.at,
                       fieldPath,
                       Tr::tr("Secret \"%1\" (%2) holds the legacy .dockercfg format under "
                              ".dockerconfigjson (no \"auths\" wrapper): the kubelet finds no "
                              "credentials in it; wrap the registries in {\"auths\": ...} or use "
                              "type kubernetes.io/dockercfg with the key .dockercfg")
                           .arg(name.value, where));
        return;
    case PullSecretContent::Status::JsonInLegacy:
        context.report(QStringLiteral("secret-no-auths"),
                       object,
                       name.at,
                       fieldPath,
                       Tr::tr("Secret \"%1\" (%2) has type kubernetes.io/dockercfg but holds a "
                              "config.json (\"auths\"): the kubelet reads \"auths\" as a registry "
                              "name; use type kubernetes.io/dockerconfigjson with the key "
                              ".dockerconfigjson")
                           .arg(name.value, where));
        return;
    }
}

void PullSecretRules::checkServiceAccount(LintContext &context, const KubeObject &pod)
{
    const PodSpec &spec = *pod.podSpec;
    const KubeObject *sa = context.serviceAccountOf(pod);
    if (!sa || !sa->serviceAccount || spec.imagePullSecrets.isEmpty())
        return;
    QStringList saNames;
    for (const LocatedValue &v : sa->serviceAccount->imagePullSecrets) {
        if (!v.value.isEmpty())
            saNames.append(v.value);
    }
    QStringList podNames;
    for (const LocatedValue &v : spec.imagePullSecrets)
        podNames.append(v.value);

    // ServiceAccount admission, enforce-mountable-secrets: every pod pull secret must be one
    // of the ServiceAccount's (plugin/pkg/admission/serviceaccount/admission.go).
    if (sa->serviceAccount->enforceMountableSecrets) {
        for (int i = 0; i < spec.imagePullSecrets.size(); ++i) {
            const LocatedValue &v = spec.imagePullSecrets.at(i);
            if (saNames.contains(v.value))
                continue;
            const QString apiText =
                QStringLiteral("imagePullSecrets[%1].name=\"%2\" is not allowed "
                               "because service account %3 does not reference "
                               "that imagePullSecret")
                    .arg(i)
                    .arg(v.value, sa->name.value);
            context.report(QStringLiteral("sa-mountable-secrets"),
                           pod,
                           v.at,
                           QStringLiteral("%1.imagePullSecrets[%2]").arg(spec.fieldPath).arg(i),
                           //: %1 is the admission plugin's own (English) message
                           Tr::tr("ServiceAccount admission rejects this pod: %1").arg(apiText));
        }
    }

    // Admission copies the ServiceAccount's pull secrets only into a pod that lists none.
    QStringList lost;
    for (const QString &n : saNames) {
        if (!podNames.contains(n))
            lost.append(n);
    }
    if (lost.isEmpty())
        return;
    Finding &f = context.report(
        QStringLiteral("sa-secrets-shadowed"),
        pod,
        spec.imagePullSecretsAt,
        spec.fieldPath + QStringLiteral(".imagePullSecrets"),
        //: %1 a ServiceAccount name, %2 a list of Secret names
        Tr::tr("This pod lists its own imagePullSecrets, so it gets none of ServiceAccount "
               "\"%1\"'s: %2")
            .arg(sa->name.value, lost.join(QStringLiteral(", "))));
    if (const KubeFile *file = context.fileOf(pod)) {
        QuickFix fix;
        fix.id = QStringLiteral("add-pull-secret");
        fix.title = Tr::tr("Add the ServiceAccount's pull secrets to this pod");
        fix.edits = KubeFixes::addPullSecrets(*file, pod, lost, context.textOf(file));
        if (!fix.edits.isEmpty())
            f.fixes.append(fix);
    }
}
