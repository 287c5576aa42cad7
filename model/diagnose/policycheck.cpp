// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/diagnose/policycheck.h"

#include "model/core/tr.h"
#include "model/diagnose/diagnosis.h"
#include "model/diagnose/mendfactory.h"
#include "model/reference/imagereference.h"

PolicyCheck::Outcome
PolicyCheck::check(const KubeFile *file, const ContainerSpec &container, const NodeProfile &node)
{
    Outcome outcome;
    DiagnosisStep &step = outcome.step;
    step = DiagnosisStep::make(QStringLiteral("policy"),
                               Diagnosis::stepTitle(QStringLiteral("policy")),
                               DiagnosisStep::Status::Passed);
    const LocatedValue &written = container.imagePullPolicy;
    PullPolicy policy = PullPolicy::IfNotPresent;
    if (written.present && !written.value.isEmpty()) {
        const Result<PullPolicy> parsed = pullPolicyFromString(written.value);
        if (!parsed) {
            // validatePullPolicy: field.NotSupported with the three values
            // (docs/reference/kubelet-image-pull.md §1).
            step.status = DiagnosisStep::Status::Failed;
            step.summary =
                QStringLiteral("%1.imagePullPolicy: Unsupported value: \"%2\": supported "
                               "values: \"Always\", \"IfNotPresent\", \"Never\"")
                    .arg(container.fieldPath, written.value);
            step.evidence.append(Tr::tr("written at %1; the API server rejects the object")
                                     .arg(written.at.toString()));
            DiagnosisMend mend;
            mend.kind = DiagnosisMend::Kind::YamlFix;
            QString wanted = QStringLiteral("IfNotPresent");
            for (const QString &v : {QStringLiteral("Always"),
                                     QStringLiteral("IfNotPresent"),
                                     QStringLiteral("Never")}) {
                if (v.compare(written.value.trimmed(), Qt::CaseInsensitive) == 0)
                    wanted = v;
            }
            mend.summary = Tr::tr("Write imagePullPolicy as Always, IfNotPresent or Never.");
            if (file)
                mend.fix = MendFactory::setPullPolicy(*file, container, wanted);
            step.mend = mend;
            return outcome;
        }
        policy = *parsed;
        //: %1 the policy, %2 file:line
        step.summary = Tr::tr("%1, as written").arg(pullPolicyToString(policy));
        step.evidence.append(
            Tr::tr("imagePullPolicy: %1 at %2").arg(written.value, written.at.toString()));
    } else {
        // SetDefaults_Container (§1): Always only when ParseImageName's tag is exactly "latest";
        // a digest-only image has no tag and so IfNotPresent; an unparseable image too.
        policy = defaultPullPolicy(container.image.value);
        const Result<ParsedImageName> parsed = parseImageName(container.image.value);
        QString why;
        if (!parsed)
            why = Tr::tr("the image does not parse, so the default is IfNotPresent");
        else if (policy == PullPolicy::Always
                 && !ImageReference::parseNormalized(container.image.value)->hasTag())
            why = Tr::tr("no tag or digest means the tag \"latest\", and \"latest\" means Always");
        else if (policy == PullPolicy::Always)
            why = Tr::tr("the tag is \"latest\"");
        else if (parsed->tag.isEmpty())
            why = Tr::tr("pinned by digest, no tag");
        else
            why = Tr::tr("the tag \"%1\" is not \"latest\"").arg(parsed->tag);
        //: %1 the policy, %2 the reason
        step.summary =
            Tr::tr("%1, defaulted by the API server: %2").arg(pullPolicyToString(policy), why);
        step.evidence.append(
            Tr::tr("imagePullPolicy is not written; SetDefaults_Container fills it "
                   "in when the object is created"));
    }
    if (node.alwaysPullImagesAdmission && policy != PullPolicy::Always) {
        // alwayspullimages admission.go Admit: every container's policy becomes Always (§6.2).
        step.evidence.append(Tr::tr("the AlwaysPullImages admission plugin changes %1 to Always")
                                 .arg(pullPolicyToString(policy)));
        policy = PullPolicy::Always;
        step.summary = Tr::tr("Always, forced by the AlwaysPullImages admission plugin");
    }
    switch (policy) {
    case PullPolicy::Always:
        step.evidence.append(Tr::tr("Always: the kubelet pulls on every container start, even "
                                    "when the image is on the node"));
        break;
    case PullPolicy::IfNotPresent:
        step.evidence.append(Tr::tr("IfNotPresent: the kubelet pulls only when the image is not "
                                    "on the node"));
        break;
    case PullPolicy::Never:
        step.evidence.append(
            Tr::tr("Never: the kubelet never pulls; the image must be on the node"));
        break;
    }
    outcome.policy = policy;
    return outcome;
}
