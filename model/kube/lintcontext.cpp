// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/kube/lintcontext.h"

#include "model/kube/kubelinter.h"

LintContext::LintContext(const KubeWorkspace &ws)
    : m_ws(ws)
{
    for (const KubeLinter::RuleInfo &rule : KubeLinter::rules())
        m_severities.insert(rule.id, rule.severity);
    // Later definitions replace earlier ones, as KubeWorkspace::findSecret() has it.
    for (const KubeObject *o : ws.objects()) {
        if (o->kind != QLatin1String("Secret") && o->kind != QLatin1String("ServiceAccount"))
            continue;
        m_byKey.insert(o->uid(), o);
        if (o->kind == QLatin1String("Secret"))
            m_secretsByName.insert(o->name.value, o);
    }
}

const KubeObject *LintContext::findSecret(const QString &ns, const QString &name) const
{
    return m_byKey.value(QStringLiteral("Secret/%1/%2").arg(ns, name));
}

const KubeObject *LintContext::findServiceAccount(const QString &ns, const QString &name) const
{
    return m_byKey.value(QStringLiteral("ServiceAccount/%1/%2").arg(ns, name));
}

QList<const KubeObject *> LintContext::findSecretElsewhere(const QString &ns,
                                                           const QString &name) const
{
    QList<const KubeObject *> out;
    for (const KubeObject *o : m_secretsByName.values(name)) {
        if (o->effectiveNamespace() != ns)
            out.append(o);
    }
    return out;
}

const QString *LintContext::textOf(const KubeFile *file)
{
    if (!file)
        return nullptr;
    auto it = m_texts.find(file);
    if (it == m_texts.end())
        it = m_texts.insert(file, QString::fromUtf8(file->text));
    return &it.value();
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
    return findServiceAccount(pod.effectiveNamespace(), name);
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
