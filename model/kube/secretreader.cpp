// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/kube/secretreader.h"

namespace {

bool isBase64Char(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+'
        || c == '/';
}

} // namespace

bool SecretReader::decodeBase64(const QByteArray &text, QByteArray *out, QString *error)
{
    // Go encoding/base64 (StdEncoding, strict padding): newlines are ignored, '=' may only end
    // the input in a group of four, and CorruptInputError reports the offending input byte.
    QByteArray clean;
    clean.reserve(text.size());
    int firstPad = -1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (c == '\r' || c == '\n')
            continue;
        if (c == '=') {
            if (firstPad < 0)
                firstPad = int(i);
        } else if (!isBase64Char(c) || firstPad >= 0) {
            *error = QStringLiteral("illegal base64 data at input byte %1").arg(i);
            return false;
        }
        clean.append(c);
    }
    const qsizetype padding = firstPad < 0 ? 0 : clean.size() - clean.indexOf('=');
    if (clean.size() % 4 != 0 || padding > 2) {
        const qsizetype at = firstPad >= 0 ? firstPad : text.size();
        *error = QStringLiteral("illegal base64 data at input byte %1").arg(at);
        return false;
    }
    auto decoded = QByteArray::fromBase64Encoding(clean, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        *error = QStringLiteral("illegal base64 data at input byte 0");
        return false;
    }
    *out = *decoded;
    return true;
}

SecretSpec SecretReader::read(const YamlPositions &positions, const YAML::Node &object)
{
    SecretSpec secret;
    secret.type = positions.value(object, "type");
    const YAML::Node data = YamlPositions::child(object, "data");
    if (data.IsMap()) {
        for (auto it = data.begin(); it != data.end(); ++it) {
            SecretValue value;
            value.at = positions.location(it->second);
            if (value.at.offset < 0)
                value.at = positions.location(it->first);
            QString error;
            if (!decodeBase64(YamlPositions::text(it->second).toUtf8(), &value.bytes, &error))
                value.decodeError = error;
            secret.data.insert(YamlPositions::text(it->first), value);
        }
    }
    // stringData is write-only and merged over data by the API server (k/k
    // pkg/apis/core/v1/conversion.go Convert_v1_Secret_To_core_Secret).
    const YAML::Node stringData = YamlPositions::child(object, "stringData");
    if (stringData.IsMap()) {
        for (auto it = stringData.begin(); it != stringData.end(); ++it) {
            SecretValue value;
            value.at = positions.location(it->second);
            if (value.at.offset < 0)
                value.at = positions.location(it->first);
            value.bytes = YamlPositions::text(it->second).toUtf8();
            value.fromStringData = true;
            secret.data.insert(YamlPositions::text(it->first), value);
        }
    }
    return secret;
}
