// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// What a Pod read from the API server says about its image pulls
// (docs/reference/cluster-api.md §3.2-3.3): its containers waiting for an image
// (ImagePullBackOff, ErrImagePull, InvalidImageName, …), with the kubelet's last message, and
// kubectl's STATUS column. There is no server-side selector on waiting reasons, so this is the
// client-side filter a Pod list goes through. A value.
struct PodPullState
{
    struct Container
    {
        enum class Kind { Init, Regular, Ephemeral };
        Kind kind = Kind::Regular;
        QString name;
        QString image; // as the Pod spec names it
        QString reason; // the waiting reason
        QString message; // the kubelet's message
        int restartCount = 0;
    };

    QString namespaceName;
    QString name;
    QString nodeName;
    QString phase;
    QString status; // kubectl get pods' STATUS: "ImagePullBackOff", "Init:ErrImagePull", …
    QList<Container> waitingOnImages;

    // The waiting reasons of a container whose image could not be pulled or used
    // (docs/reference/kubelet-image-pull.md §2.3).
    static const QStringList &pullReasons();

    // Reads a Pod object (core/v1 JSON).
    static PodPullState fromPod(const QJsonObject &pod);

    bool isStuckOnImages() const { return !waitingOnImages.isEmpty(); }
};
