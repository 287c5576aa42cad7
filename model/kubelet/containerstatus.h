// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>

// A simulated container's state as `kubectl get/describe pod` shows it: Waiting with the
// kubelet's reason and message (docs/reference/kubelet-image-pull.md §2.3, §2.5), or Running once
// its image is there. A value type.
struct SimContainerStatus
{
    QString pod; // "namespace/name"
    QString container;
    QString image; // as written in the Pod
    QString state; // "Waiting" or "Running"
    QString reason; // "ContainerCreating", "ErrImagePull", "ImagePullBackOff", ...
    QString message;
    int pullAttempts = 0; // pulls handed to the runtime (QPS-throttled ones included)
    qint64 nextRetryMs = -1; // virtual time the backoff window ends; -1 when none
    QString imageRef; // the digest reference once pulled or found ("" before)
};

Q_DECLARE_METATYPE(SimContainerStatus)
