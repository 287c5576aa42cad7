// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>

// One event the simulated kubelet recorded, with the kubelet's reason and message verbatim
// (docs/reference/kubelet-image-pull.md §2.4). A value type.
struct KubeletEvent
{
    qint64 timeMs = 0; // since the simulation started (virtual time)
    QString type; // "Normal" or "Warning"
    QString reason; // "Pulling", "Pulled", "Failed", "BackOff", "InspectFailed", ...
    QString message;
    QString pod; // "namespace/name"
    QString container; // empty for pod-level events (FailedToRetrieveImagePullSecret)
    QString fieldPath; // the involvedObject.fieldPath: "spec.containers{web}"

    friend bool operator==(const KubeletEvent &a, const KubeletEvent &b)
    {
        return a.timeMs == b.timeMs && a.type == b.type && a.reason == b.reason
            && a.message == b.message && a.pod == b.pod && a.container == b.container;
    }
};

Q_DECLARE_METATYPE(KubeletEvent)
