// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/kube/kubeobject.h"

QString KubeObject::effectiveNamespace() const
{
    // kubectl apply without -n puts an object without metadata.namespace in "default".
    return namespaceName.value.isEmpty() ? QStringLiteral("default") : namespaceName.value;
}

QString KubeObject::uid() const
{
    return QStringLiteral("%1/%2/%3").arg(kind, effectiveNamespace(), name.value);
}

QString KubeObject::displayName() const
{
    const QString n = name.value.isEmpty() ? QStringLiteral("<unnamed>") : name.value;
    return QStringLiteral("%1/%2").arg(kind.isEmpty() ? QStringLiteral("<no kind>") : kind, n);
}

QString KubeObject::fieldPrefix() const
{
    return listIndex < 0 ? QString() : QStringLiteral("items[%1].").arg(listIndex);
}
