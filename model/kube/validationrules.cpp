// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/kube/validationrules.h"

#include "model/core/gotext.h"
#include "model/core/tr.h"
#include "model/reference/pullpolicy.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace {

QString apiRejects(const QString &apiText)
{
    //: %1 is the API server's own (English) validation message, with the field path
    return Tr::tr("The API server rejects this: %1").arg(apiText);
}

} // namespace

void ValidationRules::check(LintContext &context, const KubeObject &object)
{
    if (object.podSpec)
        checkPodSpec(context, object);
    if (object.secret)
        checkSecret(context, object);
}

void ValidationRules::checkPodSpec(LintContext &context, const KubeObject &object)
{
    const PodSpec &spec = *object.podSpec;
    const QString prefix = object.fieldPrefix();
    for (const LintContext::ImageField &field : LintContext::imageFields(spec)) {
        const QString imagePath = field.fieldPath + QLatin1Char('.') + field.imageKey;
        const QString policyPath = field.fieldPath + QLatin1Char('.') + field.policyKey;
        // validateContainerCommon: `if len(ctr.Image) == 0` -> field.Required. Image volumes:
        // validateImageVolumeSource requires the reference in Pods only (a template's may be
        // filled in later, as a container's image may not).
        if (field.image.value.isEmpty() && (field.container || !spec.isTemplate)) {
            const SourceLocation at = field.image.present
                ? field.image.at
                : (field.container ? field.container->at : field.volume->at);
            context.report(QStringLiteral("image-required"),
                           object,
                           at,
                           imagePath,
                           apiRejects(prefix + imagePath + QStringLiteral(": Required value")));
        } else if (field.container && field.image.value.trimmed() != field.image.value) {
            // validateContainerOnlyForPod (Pods and ephemeral containers, not templates):
            // "must not have leading or trailing whitespace". A template passes, but every Pod
            // its controller creates from it is rejected.
            const QString apiText = prefix + imagePath + QStringLiteral(": Invalid value: ")
                + GoText::quoted(field.image.value)
                + QStringLiteral(": must not have leading or trailing whitespace");
            Finding &f = context.report(
                QStringLiteral("image-whitespace"),
                object,
                field.image.at,
                imagePath,
                spec.isTemplate
                    //: %1 is the API server's own (English) validation message
                    ? Tr::tr("The API server accepts this template but rejects every Pod made "
                             "from it: %1")
                          .arg(apiText)
                    : apiRejects(apiText));
            if (spec.isTemplate)
                f.severity = Finding::Severity::Warning;
        }
        // validatePullPolicy: an empty value is defaulted before validation, so only a
        // written, non-empty value outside the enum is rejected (field.NotSupported).
        if (field.policy.present && !field.policy.value.isEmpty()) {
            const Result<PullPolicy> policy = pullPolicyFromString(field.policy.value);
            if (!policy) {
                context.report(QStringLiteral("pull-policy-enum"),
                               object,
                               field.policy.at,
                               policyPath,
                               apiRejects(prefix + policyPath + QStringLiteral(": ")
                                          + policy.error().message));
            }
        }
    }
}

void ValidationRules::checkSecret(LintContext &context, const KubeObject &object)
{
    const SecretSpec &secret = *object.secret;
    const QString prefix = object.fieldPrefix();
    for (auto it = secret.data.cbegin(); it != secret.data.cend(); ++it) {
        if (it->decodeError.isEmpty())
            continue;
        // The API server decodes data as []byte (base64) before anything else.
        const QString path = QStringLiteral("data[%1]").arg(it.key());
        context.report(QStringLiteral("secret-base64"),
                       object,
                       it->at,
                       path,
                       //: %1 is the field, %2 Go's base64 error text
                       Tr::tr("%1 is not valid base64: %2").arg(prefix + path, it->decodeError));
    }
    // ValidateSecret: kubernetes.io/dockercfg needs ".dockercfg", kubernetes.io/dockerconfigjson
    // needs ".dockerconfigjson"; the value must unmarshal into map[string]interface{}.
    QString key;
    const QString type = secret.effectiveType();
    if (type == QLatin1String("kubernetes.io/dockercfg"))
        key = QStringLiteral(".dockercfg");
    else if (type == QLatin1String("kubernetes.io/dockerconfigjson"))
        key = QStringLiteral(".dockerconfigjson");
    if (key.isEmpty())
        return;
    const QString path = QStringLiteral("data[%1]").arg(key);
    const auto value = secret.data.constFind(key);
    if (value == secret.data.cend()) {
        context.report(QStringLiteral("secret-required-key"),
                       object,
                       secret.type.at,
                       path,
                       apiRejects(prefix + path + QStringLiteral(": Required value")));
        return;
    }
    if (!value->decodeError.isEmpty())
        return;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(value->bytes, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        // The API server prints "<secret contents redacted>" in place of the value, and so do
        // we: the value holds credentials.
        const QString reason = error.error != QJsonParseError::NoError
            ? error.errorString()
            : Tr::tr("not a JSON object");
        context.report(QStringLiteral("secret-invalid-json"),
                       object,
                       value->at,
                       path,
                       apiRejects(prefix + path
                                  + QStringLiteral(": Invalid value: \"<secret contents "
                                                   "redacted>\": ")
                                  + reason));
    }
}
