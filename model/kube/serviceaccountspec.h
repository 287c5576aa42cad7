// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/kube/locatedvalue.h"

#include <QList>

// A ServiceAccount's pull secrets and its kubernetes.io/enforce-mountable-secrets annotation.
struct ServiceAccountSpec
{
    QList<LocatedValue> imagePullSecrets;
    bool enforceMountableSecrets = false;
};
