// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/kube/secretspec.h"

QString SecretSpec::effectiveType() const
{
    // k/k pkg/apis/core/v1/defaults.go SetDefaults_Secret: an empty type becomes Opaque.
    return type.value.isEmpty() ? QStringLiteral("Opaque") : type.value;
}
