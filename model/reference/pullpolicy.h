// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/core/result.h"

#include <QMetaType>
#include <QString>

// A container's imagePullPolicy (k8s.io/api core/v1 PullPolicy).
enum class PullPolicy {
    Always,
    IfNotPresent,
    Never,
};

// What pkg/util/parsers.ParseImageName returns: the normalized repository, the tag ("latest"
// only when neither tag nor digest was given) and the digest.
struct ParsedImageName
{
    QString repository;
    QString tag;
    QString digest;
};

// The API value, "Always", "IfNotPresent" or "Never".
QString pullPolicyToString(PullPolicy policy);
// Parses an API value (exact, case-sensitive, as API validation does); an error names the
// supported values.
Result<PullPolicy> pullPolicyFromString(const QString &text);
// k8s pkg/util/parsers ParseImageName: ParseNormalizedNamed plus the default tag.
Result<ParsedImageName> parseImageName(const QString &image);
// The API server's default for an empty imagePullPolicy (SetDefaults_Container): Always when
// the tag ParseImageName returns is exactly "latest", IfNotPresent otherwise (also when the
// image does not parse).
PullPolicy defaultPullPolicy(const QString &image);

Q_DECLARE_METATYPE(PullPolicy)
