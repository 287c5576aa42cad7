// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/auth/credential.h"

#include "model/core/tr.h"

QString Credential::maskedSecret() const
{
    return secret.isEmpty() ? QString() : QString(6, QChar(0x2022));
}

QString Credential::originName(Origin origin)
{
    switch (origin) {
    case Origin::None:
        return Tr::tr("nowhere");
    case Origin::Explicit:
        return Tr::tr("given on the command line");
    case Origin::DockerConfig:
        return Tr::tr("docker config.json");
    case Origin::ContainersAuth:
        return Tr::tr("containers auth.json");
    case Origin::Helper:
        return Tr::tr("credential helper");
    case Origin::Keychain:
        return Tr::tr("system keychain");
    case Origin::Environment:
        return Tr::tr("DOCKER_AUTH_CONFIG");
    }
    return {};
}

QString Credential::describe() const
{
    if (isAnonymous())
        return Tr::tr("anonymous (no credential)");
    QString what;
    switch (kind) {
    case Kind::Password:
        what = Tr::tr("%1 (password)").arg(username);
        break;
    case Kind::IdentityToken:
        what = Tr::tr("an identity token");
        break;
    case Kind::RegistryToken:
        what = Tr::tr("a registry token");
        break;
    case Kind::Anonymous:
        break;
    }
    QString from = originName(origin);
    if (origin == Origin::Explicit && !originPath.isEmpty())
        from = originPath; // "the login dialog": it says where on its own
    else if (!originPath.isEmpty())
        from = Tr::tr("%1 %2").arg(from, originPath);
    if (!key.isEmpty())
        //: %1 what credential, %2 where it is stored, %3 the key in that store
        return Tr::tr("%1 from %2, key \"%3\"").arg(what, from, key);
    return Tr::tr("%1 from %2").arg(what, from);
}
