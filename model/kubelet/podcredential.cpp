// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/kubelet/podcredential.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

QString PodCredential::hash(const QString &username, const QString &password)
{
    // k/k image_manager.go: the hash of the JSON-marshalled CRI AuthConfig (KEP-2535). The
    // exact bytes the kubelet hashes only matter within one kubelet; equal credentials give
    // equal hashes here too.
    const QJsonObject o{{QStringLiteral("username"), username},
                        {QStringLiteral("password"), password}};
    return QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(o).toJson(QJsonDocument::Compact),
                                 QCryptographicHash::Sha256)
            .toHex());
}
