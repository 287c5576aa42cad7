// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/kube/secretspec.h"

#include <QString>
#include <QStringList>

// What the kubelet will take from a Secret referenced as a pull secret
// (k/k pkg/credentialprovider/secrets/secrets.go, MakeDockerKeyring): the registry keys as
// written, or why it takes nothing. Never holds or reports a credential.
class PullSecretContent
{
public:
    enum class Status {
        Usable, // keys holds the registries (possibly none)
        WrongType, // neither kubernetes.io/dockerconfigjson nor kubernetes.io/dockercfg
        MissingKey, // the type's data key is absent or empty
        Invalid, // undecodable base64 or not a JSON object (the API server rejects it)
        NoAuths, // dockerconfigjson without an "auths" object: silently no credentials
        LegacyInJson, // dockerconfigjson holding the legacy .dockercfg shape (no "auths")
        JsonInLegacy, // dockercfg holding the config.json shape ("auths" read as a registry)
    };

    Status status = Status::Usable;
    QStringList keys; // the registry keys as written, sorted

    // Reads secret as the kubelet would.
    static PullSecretContent of(const SecretSpec &secret);
};
