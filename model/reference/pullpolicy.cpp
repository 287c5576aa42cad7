// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/reference/pullpolicy.h"

#include "model/core/gotext.h"
#include "model/core/tr.h"
#include "model/reference/imagereference.h"

namespace {
// k8s pkg/util/parsers DefaultImageTag
constexpr QLatin1String defaultImageTag("latest");

} // namespace

QString pullPolicyToString(PullPolicy policy)
{
    switch (policy) {
    case PullPolicy::Always:
        return QStringLiteral("Always");
    case PullPolicy::IfNotPresent:
        return QStringLiteral("IfNotPresent");
    case PullPolicy::Never:
        return QStringLiteral("Never");
    }
    return QString();
}

Result<PullPolicy> pullPolicyFromString(const QString &text)
{
    // k8s pkg/apis/core/validation validatePullPolicy: exact values only.
    for (const PullPolicy p : {PullPolicy::Always, PullPolicy::IfNotPresent, PullPolicy::Never}) {
        if (text == pullPolicyToString(p))
            return p;
    }
    if (text.isEmpty())
        return Error(ErrorCode::InvalidArgument, Tr::tr("Required value"));
    //: %1 is the value given; the list mirrors the API server's field.NotSupported message
    return Error(ErrorCode::InvalidArgument,
                 Tr::tr("Unsupported value: %1: supported values: \"Always\", \"IfNotPresent\", "
                        "\"Never\"")
                     .arg(GoText::quoted(text)));
}

Result<ParsedImageName> parseImageName(const QString &image)
{
    // k8s pkg/util/parsers/parsers.go ParseImageName
    const Result<ImageReference> named = ImageReference::parseNormalized(image);
    if (!named) {
        //: %1 is the image (quoted), %2 the reference parser's error
        return Error(ErrorCode::InvalidReference,
                     Tr::tr("couldn't parse image name %1: %2")
                         .arg(GoText::quoted(image), named.error().message));
    }
    ParsedImageName parsed;
    parsed.repository = named->name();
    parsed.tag = named->tag();
    parsed.digest = named->digest().toString();
    // The default tag only when both tag and digest are empty: "nginx@sha256:..." has no tag.
    if (parsed.tag.isEmpty() && parsed.digest.isEmpty())
        parsed.tag = defaultImageTag;
    return parsed;
}

PullPolicy defaultPullPolicy(const QString &image)
{
    // k8s pkg/apis/core/v1/defaults.go SetDefaults_Container: the parse error is ignored (the
    // kubelet reports InvalidImageName later), and the tag comparison is exact, so ":Latest"
    // is IfNotPresent and ":latest@sha256:..." is Always.
    const Result<ParsedImageName> parsed = parseImageName(image);
    if (parsed && parsed->tag == defaultImageTag)
        return PullPolicy::Always;
    return PullPolicy::IfNotPresent;
}
