// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/kube/kubelinter.h"

#include "model/core/threadcheck.h"
#include "model/core/tr.h"
#include "model/kube/imagerules.h"
#include "model/kube/lintcontext.h"
#include "model/kube/pullsecretrules.h"
#include "model/kube/registrykeyrules.h"
#include "model/kube/validationrules.h"

#include <algorithm>

namespace {

bool findingLess(const Finding &a, const Finding &b)
{
    return std::tie(a.at.file, a.at.line, a.at.column, a.rule)
        < std::tie(b.at.file, b.at.line, b.at.column, b.rule);
}

} // namespace

QList<Finding> KubeLinter::lint(const KubeWorkspace &ws)
{
    PULLSCOPE_ASSERT_NOT_GUI_THREAD();
    LintContext context(ws);
    for (const KubeFile &file : ws.files()) {
        for (const Error &e : file.errors) {
            Finding f;
            f.rule = QStringLiteral("yaml-syntax");
            f.severity = Finding::Severity::Error;
            f.at = SourceLocation{e.file, e.line, e.column};
            f.message = e.message;
            context.report(f);
        }
        for (const KubeObject &object : file.objects) {
            ValidationRules::check(context, object);
            ImageRules::check(context, object);
            PullSecretRules::check(context, object);
            RegistryKeyRules::check(context, object);
        }
    }
    QList<Finding> findings = context.takeFindings();
    std::stable_sort(findings.begin(), findings.end(), findingLess);
    return findings;
}

QList<KubeLinter::RuleInfo> KubeLinter::rules()
{
    using S = Finding::Severity;
    // Validation first (what the API server rejects), then what the kubelet will do.
    return {
        {QStringLiteral("yaml-syntax"), S::Error, Tr::tr("The file is not valid YAML")},
        {QStringLiteral("image-required"), S::Error, Tr::tr("A container has no image")},
        {QStringLiteral("image-whitespace"),
         S::Error,
         Tr::tr("An image has leading or trailing white space")},
        {QStringLiteral("pull-policy-enum"),
         S::Error,
         Tr::tr("A pull policy is not Always, IfNotPresent or Never")},
        {QStringLiteral("secret-base64"), S::Error, Tr::tr("A Secret's data is not base64")},
        {QStringLiteral("secret-required-key"),
         S::Error,
         Tr::tr("A docker config Secret lacks the key its type requires")},
        {QStringLiteral("secret-invalid-json"),
         S::Error,
         Tr::tr("A docker config Secret does not hold a JSON object")},
        {QStringLiteral("sa-mountable-secrets"),
         S::Error,
         Tr::tr("A pull secret is not one its enforcing ServiceAccount allows")},
        {QStringLiteral("invalid-image-name"),
         S::Error,
         Tr::tr("The kubelet cannot parse an image name (InvalidImageName)")},
        {QStringLiteral("latest-always"),
         S::Warning,
         Tr::tr("No tag or the tag latest makes the pull policy Always")},
        {QStringLiteral("pin-digest"), S::Info, Tr::tr("A tag could be pinned by digest")},
        {QStringLiteral("pull-never"),
         S::Info,
         Tr::tr("imagePullPolicy Never: the image must already be on the node")},
        {QStringLiteral("platform-label"),
         S::Warning,
         Tr::tr("A node selector names an architecture or OS no node reports")},
        {QStringLiteral("secret-missing"),
         S::Warning,
         Tr::tr("A pull secret is not in the workspace")},
        {QStringLiteral("secret-other-namespace"),
         S::Warning,
         Tr::tr("A pull secret exists only in another namespace")},
        {QStringLiteral("secret-type"),
         S::Warning,
         Tr::tr("A pull secret's type makes the kubelet ignore it")},
        {QStringLiteral("secret-no-auths"),
         S::Warning,
         Tr::tr("A pull secret's content gives the kubelet no credentials")},
        {QStringLiteral("secret-key-mismatch"),
         S::Warning,
         Tr::tr("A pull secret's registry key never matches the image")},
        {QStringLiteral("docker-hub-key"),
         S::Warning,
         Tr::tr("registry-1.docker.io never matches Docker Hub images")},
        {QStringLiteral("sa-secrets-shadowed"),
         S::Warning,
         Tr::tr("A pod's own pull secrets hide its ServiceAccount's")},
    };
}

KubeLinter::RuleInfo KubeLinter::rule(const QString &id)
{
    for (const RuleInfo &r : rules()) {
        if (r.id == id)
            return r;
    }
    return {};
}
