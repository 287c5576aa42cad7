// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

// A Secret a credential came from, as the kubelet's pull manager tracks it (KEP-2535
// ImagePullSecret: uid, namespace, name, credentialHash).
struct TrackedSecret
{
    QString uid;
    QString namespaceName;
    QString name;
    QString credentialHash; // SHA-256 of the credential, hex

    friend bool operator==(const TrackedSecret &a, const TrackedSecret &b)
    {
        return a.uid == b.uid && a.namespaceName == b.namespaceName && a.name == b.name
            && a.credentialHash == b.credentialHash;
    }
};

// One credential the keyring offered for an image, in keyring order. The password is never
// shown or logged.
struct PodCredential
{
    QString key; // the keyring key that matched ("127.0.0.1:5000", "index.docker.io")
    QString username;
    QString password;
    QString source; // 'secret "default/regcred"', 'node file /x/config.json', 'provider "p"'
    std::optional<TrackedSecret> secret; // set when it came from a pod pull secret

    // The SHA-256 (hex) the pull manager compares credentials by.
    static QString hash(const QString &username, const QString &password);
};

// The credentials a pod can use for one image: keyring matches in order.
using PodCredentialList = QList<PodCredential>;
