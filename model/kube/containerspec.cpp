// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/kube/containerspec.h"

QString ContainerSpec::kindField(Kind kind)
{
    switch (kind) {
    case Kind::Init:
        return QStringLiteral("initContainers");
    case Kind::Regular:
        return QStringLiteral("containers");
    case Kind::Ephemeral:
        return QStringLiteral("ephemeralContainers");
    }
    return {};
}
