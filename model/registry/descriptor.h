// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/core/result.h"
#include "model/reference/digest.h"
#include "model/reference/platform.h"

#include <QJsonObject>
#include <QMap>
#include <QStringList>

#include <optional>

// A content descriptor (OCI image-spec descriptor.md): what, how big, which digest, and for
// index entries the platform it is for.
struct Descriptor
{
    QString mediaType;
    Digest digest;
    qint64 size = 0;
    QString artifactType;
    std::optional<Platform> platform;
    QMap<QString, QString> annotations;
    QStringList urls;

    // Reads a descriptor object; `where` names it in errors ("manifests[2]", "layers[0]").
    static Result<Descriptor> fromJson(const QJsonObject &o, const QString &where);
    QJsonObject toJson() const;
    // buildx attestation manifests ride in indexes as unknown/unknown entries
    // (vnd.docker.reference.type: attestation-manifest); they are not platforms.
    bool isAttestation() const;
};
