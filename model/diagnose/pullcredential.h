// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// A credential the kubelet will try for an image (a keyring entry that matched), with where it
// came from and why it applies. Holds the password only to try it against the registry: never
// print `password`; describe() is the safe text.
struct PullCredential
{
    QString username;
    QString password;
    QString source; // 'secret "default/regcred"', 'node file /var/lib/kubelet/config.json'
    QString key; // the keyring key that matched ("127.0.0.1:5000", "index.docker.io")
    QString why; // why it applies: the matching rule, or "the Docker Hub fallback"

    // 'user "demo" from secret "default/regcred" (key "r.io")': no secret in it.
    QString describe() const;
};
