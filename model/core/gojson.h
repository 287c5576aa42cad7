// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

// Go's encoding/json syntax check (checkValid, src/encoding/json/scanner.go), for readers that
// must refuse what the kubelet refuses in the kubelet's own words. Pure; any thread.
namespace GoJson {
// The scanner's message for the first syntax error in data ("invalid character 'x' looking for
// beginning of value", "unexpected end of JSON input"), or an empty string for valid JSON.
QString syntaxError(const QByteArray &data);
} // namespace GoJson
