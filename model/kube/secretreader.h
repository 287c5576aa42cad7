// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/kube/secretspec.h"
#include "model/kube/yamlpositions.h"

#include <yaml-cpp/yaml.h>

#include <QByteArray>
#include <QString>

// Reads a Secret's type, data (base64, decoded as Go's encoding/json decodes []byte) and
// stringData.
class SecretReader
{
public:
    // object is the Secret's top-level mapping.
    static SecretSpec read(const YamlPositions &positions, const YAML::Node &object);
    // Go's base64.StdEncoding.DecodeString after encoding/json (padding required, '\r' and '\n'
    // skipped). On failure returns false and sets error to Go's "illegal base64 data at input
    // byte N".
    static bool decodeBase64(const QByteArray &text, QByteArray *out, QString *error);
};
