// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/kube/locatedvalue.h"

#include <QByteArray>
#include <QMap>
#include <QString>

// One key of a Secret: its bytes (base64-decoded from data, or as written in stringData),
// where the value was written, and the base64 error when data did not decode (bytes empty).
struct SecretValue
{
    QByteArray bytes;
    SourceLocation at;
    bool fromStringData = false;
    QString decodeError;
};

// A Secret's type and data. data merges data (base64-decoded) and stringData; stringData wins
// on a key in both, as the API server does (k/k pkg/apis/core/v1/conversion.go).
struct SecretSpec
{
    LocatedValue type; // absent means Opaque
    QMap<QString, SecretValue> data;

    // The type, "Opaque" when absent or empty (k/k SetDefaults_Secret).
    QString effectiveType() const;
};
