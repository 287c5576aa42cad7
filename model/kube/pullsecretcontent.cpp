// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/kube/pullsecretcontent.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

// A legacy .dockercfg is a bare {"server": {"auth": ..., "username": ...}} map.
bool looksLikeDockercfg(const QJsonObject &root)
{
    for (auto it = root.begin(); it != root.end(); ++it) {
        const QJsonObject entry = it.value().toObject();
        if (entry.contains(QLatin1String("auth")) || entry.contains(QLatin1String("username")))
            return true;
    }
    return false;
}

} // namespace

PullSecretContent PullSecretContent::of(const SecretSpec &secret)
{
    PullSecretContent out;
    const QString type = secret.effectiveType();
    const bool json = type == QLatin1String("kubernetes.io/dockerconfigjson");
    const bool legacy = type == QLatin1String("kubernetes.io/dockercfg");
    if (!json && !legacy) {
        out.status = Status::WrongType;
        return out;
    }
    // secretsToTrackedDockerConfigs: the type decides the key; an empty value is skipped.
    const auto value = secret.data.constFind(json ? QStringLiteral(".dockerconfigjson")
                                                  : QStringLiteral(".dockercfg"));
    if (value == secret.data.cend() || (value->bytes.isEmpty() && value->decodeError.isEmpty())) {
        out.status = Status::MissingKey;
        return out;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(value->bytes);
    if (!value->decodeError.isEmpty() || !doc.isObject()) {
        out.status = Status::Invalid;
        return out;
    }
    const QJsonObject root = doc.object();
    QJsonObject registries = root;
    if (json) {
        // DockerConfigJSON{Auths DockerConfig `json:"auths"`}: without the key Auths is nil.
        if (!root.value(QLatin1String("auths")).isObject()) {
            out.status = looksLikeDockercfg(root) ? Status::LegacyInJson : Status::NoAuths;
            return out;
        }
        registries = root.value(QLatin1String("auths")).toObject();
    } else if (root.value(QLatin1String("auths")).isObject() && !looksLikeDockercfg(root)) {
        // The legacy DockerConfig map reads "auths" as a registry named "auths".
        out.status = Status::JsonInLegacy;
        return out;
    }
    out.keys = registries.keys();
    return out;
}
