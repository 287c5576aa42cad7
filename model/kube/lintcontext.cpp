// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/kube/lintcontext.h"

#include "model/kube/kubelinter.h"

LintContext::LintContext(const KubeWorkspace &ws)
    : m_ws(ws)
{
    for (const KubeLinter::RuleInfo &rule : KubeLinter::rules())
        m_severities.insert(rule.id, rule.severity);
}

Finding &LintContext::report(const QString &rule,
                             const KubeObject &object,
                             const SourceLocation &at,
                             const QString &fieldPath,
                             const QString &message)
{
    Q_ASSERT(m_severities.contains(rule));
    Finding f;
    f.rule = rule;
    f.severity = m_severities.value(rule, Finding::Severity::Warning);
    f.at = at.isValid() ? at : object.at;
    f.message = message;
    f.object = object.displayName();
    f.fieldPath = object.fieldPrefix() + fieldPath;
    m_findings.append(f);
    return m_findings.last();
}

const KubeFile *LintContext::fileOf(const KubeObject &object) const
{
    return m_ws.file(object.file);
}

QList<LintContext::ImageField> LintContext::imageFields(const PodSpec &spec)
{
    QList<ImageField> out;
    for (const ContainerSpec &c : spec.containers) {
        out.append(ImageField{c.image,
                              c.imagePullPolicy,
                              c.fieldPath,
                              QStringLiteral("image"),
                              QStringLiteral("imagePullPolicy"),
                              &c,
                              nullptr});
    }
    for (const ImageVolume &v : spec.imageVolumes) {
        out.append(ImageField{v.reference,
                              v.pullPolicy,
                              v.fieldPath,
                              QStringLiteral("image.reference"),
                              QStringLiteral("image.pullPolicy"),
                              nullptr,
                              &v});
    }
    return out;
}

const KubeObject *LintContext::serviceAccountOf(const KubeObject &pod) const
{
    // ServiceAccount admission sets an empty serviceAccountName to "default".
    const QString name = pod.podSpec && !pod.podSpec->serviceAccountName.value.isEmpty()
        ? pod.podSpec->serviceAccountName.value
        : QStringLiteral("default");
    return m_ws.findServiceAccount(pod.effectiveNamespace(), name);
}

LintContext::EffectiveSecrets LintContext::effectiveSecrets(const KubeObject &pod) const
{
    EffectiveSecrets out;
    if (!pod.podSpec)
        return out;
    if (!pod.podSpec->imagePullSecrets.isEmpty()) {
        out.names = pod.podSpec->imagePullSecrets;
        return out;
    }
    // k/k plugin/pkg/admission/serviceaccount/admission.go: "if len(pod.Spec.ImagePullSecrets)
    // == 0" the ServiceAccount's names are copied.
    if (const KubeObject *sa = serviceAccountOf(pod); sa && sa->serviceAccount) {
        out.names = sa->serviceAccount->imagePullSecrets;
        out.serviceAccount = sa;
    }
    return out;
}
