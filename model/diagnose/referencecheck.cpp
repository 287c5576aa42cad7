// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/diagnose/referencecheck.h"

#include "model/core/gotext.h"
#include "model/core/tr.h"
#include "model/diagnose/diagnosis.h"
#include "model/diagnose/mendfactory.h"
#include "model/reference/pullpolicy.h"

QString ReferenceCheck::corrected(const QString &image)
{
    QString candidate = image.trimmed();
    for (const QString &scheme :
         {QStringLiteral("https://"), QStringLiteral("http://"), QStringLiteral("docker://")}) {
        if (candidate.startsWith(scheme, Qt::CaseInsensitive))
            candidate = candidate.mid(scheme.size());
    }
    while (candidate.startsWith(QLatin1Char('/')))
        candidate.remove(0, 1);
    while (candidate.endsWith(QLatin1Char(':')) || candidate.endsWith(QLatin1Char('@'))
           || candidate.endsWith(QLatin1Char('/')))
        candidate.chop(1);
    if (candidate != image && parseImageName(candidate))
        return candidate;
    // Upper case is allowed in the domain only (d/ref normalize.go): lower-case the path and
    // keep the tag as written (tags may be mixed case).
    const int slash = int(candidate.indexOf(QLatin1Char('/')));
    const QString first = slash < 0 ? QString() : candidate.left(slash);
    const bool hasDomain = first.contains(QLatin1Char('.')) || first.contains(QLatin1Char(':'))
        || first == QLatin1String("localhost");
    const int pathStart = hasDomain ? slash + 1 : 0;
    int pathEnd = int(candidate.size());
    const int at = int(candidate.indexOf(QLatin1Char('@'), pathStart));
    const int colon = int(candidate.indexOf(QLatin1Char(':'), pathStart));
    if (colon >= 0)
        pathEnd = colon;
    else if (at >= 0)
        pathEnd = at;
    QString lowered = candidate;
    lowered.replace(pathStart,
                    pathEnd - pathStart,
                    candidate.mid(pathStart, pathEnd - pathStart).toLower());
    if (lowered != image && parseImageName(lowered))
        return lowered;
    return QString();
}

ReferenceCheck::Outcome ReferenceCheck::check(const KubeFile *file, const ContainerSpec &container)
{
    Outcome outcome;
    DiagnosisStep &step = outcome.step;
    step = DiagnosisStep::make(QStringLiteral("reference"),
                               Diagnosis::stepTitle(QStringLiteral("reference")),
                               DiagnosisStep::Status::Passed);
    const QString image = container.image.value;
    if (container.image.at.isValid())
        step.evidence.append(
            Tr::tr("image: %1 (%2)").arg(GoText::quoted(image), container.image.at.toString()));

    if (image.isEmpty()) {
        // validateContainerCommon: an empty image is field.Required
        // (docs/reference/kubelet-image-pull.md §10).
        step.status = DiagnosisStep::Status::Failed;
        step.summary = QStringLiteral("%1.image: Required value").arg(container.fieldPath);
        step.evidence.append(Tr::tr("the API server rejects a container without an image"));
        DiagnosisMend mend;
        mend.kind = DiagnosisMend::Kind::YamlFix;
        mend.summary = Tr::tr("Write the image to run, [registry/]repository[:tag][@digest].");
        outcome.step.mend = mend;
        return outcome;
    }

    const Result<ParsedImageName> parsed = parseImageName(image);
    if (!parsed) {
        // image_manager.go EnsureImageExists step 1: the Warning InspectFailed event, then
        // ErrInvalidImageName as the waiting reason; never retried with backoff (§2.1, §10).
        step.status = DiagnosisStep::Status::Failed;
        step.summary = QStringLiteral("InvalidImageName: ") + parsed.error().message;
        step.evidence.append(
            QStringLiteral("Warning  InspectFailed  Failed to apply default image tag %1: %2")
                .arg(GoText::quoted(image), parsed.error().message));
        step.evidence.append(Tr::tr("the API server accepts any non-empty image; the kubelet "
                                    "rejects it on every sync, without backoff"));
        DiagnosisMend mend;
        mend.kind = DiagnosisMend::Kind::YamlFix;
        const QString fixed = corrected(image);
        if (!fixed.isEmpty()) {
            //: %1 a corrected image reference
            mend.summary = Tr::tr("Write the image as %1.").arg(fixed);
            if (file)
                mend.fix = MendFactory::setImage(*file, container, fixed);
        } else {
            mend.summary =
                Tr::tr("Write the image as [registry/]repository[:tag][@digest]: a lower-case "
                       "repository, no scheme, a tag of letters, digits, '_', '.' and '-'.");
        }
        step.mend = mend;
        return outcome;
    }

    const Result<ImageReference> named = ImageReference::parseNormalized(image);
    ImageReference pulled = named->withDefaultTag();
    outcome.reference = pulled;
    step.summary = Tr::tr("%1 is %2").arg(GoText::quoted(image), pulled.toString());
    if (named->isNameOnly())
        // applyDefaultImageTag appends ":latest" but keeps the name as written (§2.1).
        step.evidence.append(Tr::tr("no tag or digest: the kubelet asks the runtime for %1")
                                 .arg(GoText::quoted(image + QStringLiteral(":latest"))));
    if (named->hasTag() && named->hasDigest())
        step.evidence.append(Tr::tr("tag and digest: the runtime pulls by the digest, the tag "
                                    "is only a label"));
    //: %1 the normalized repository
    step.evidence.append(
        Tr::tr("credentials are looked up for %1 (the repository without tag or digest)")
            .arg(parsed->repository));
    return outcome;
}
