// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/diagnose/diagnosisstep.h"
#include "model/kube/containerspec.h"
#include "model/kube/kubefile.h"
#include "model/reference/imagereference.h"

#include <optional>

// Step 1, "the reference parses": the container's image as the kubelet reads it
// (applyDefaultImageTag -> parsers.ParseImageName -> ParseNormalizedNamed), with the exact Go
// error text and InvalidImageName when it does not, and a corrected reference as a YAML fix
// when an obvious one parses. Pure.
class ReferenceCheck
{
public:
    struct Outcome
    {
        DiagnosisStep step;
        // The normalized reference with the default tag applied (what is pulled), when it parsed.
        std::optional<ImageReference> reference;
    };

    // file is the container's file (for the fix); may be null.
    static Outcome check(const KubeFile *file, const ContainerSpec &container);
    // A reference that parses, made from a broken one by the usual slips (a scheme, upper-case
    // letters in the path, a trailing ':' or '@', surrounding blanks, a leading '/'); "" when
    // none of them helps.
    static QString corrected(const QString &image);
};
