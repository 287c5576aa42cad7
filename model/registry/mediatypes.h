// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// The media types a registry client meets (OCI image-spec media-types.md; Docker
// manifest-v2-2.md), and how to classify them.
namespace MediaType {
inline const QString ociIndex = QStringLiteral("application/vnd.oci.image.index.v1+json");
inline const QString ociManifest = QStringLiteral("application/vnd.oci.image.manifest.v1+json");
inline const QString ociConfig = QStringLiteral("application/vnd.oci.image.config.v1+json");
inline const QString ociEmpty = QStringLiteral("application/vnd.oci.empty.v1+json");
inline const QString dockerList =
    QStringLiteral("application/vnd.docker.distribution.manifest.list.v2+json");
inline const QString dockerManifest =
    QStringLiteral("application/vnd.docker.distribution.manifest.v2+json");
inline const QString dockerConfig =
    QStringLiteral("application/vnd.docker.container.image.v1+json");
inline const QString dockerSchema1 =
    QStringLiteral("application/vnd.docker.distribution.manifest.v1+json");
inline const QString dockerSchema1Signed =
    QStringLiteral("application/vnd.docker.distribution.manifest.v1+prettyjws");

// The Accept header for manifest requests: every type we understand, index types included,
// and never a bare */* alone, or registries answer with schema 1 (content-negotiation.md).
QByteArray manifestAcceptHeader();
// "application/x; charset=utf-8" -> "application/x" (clients ignore parameters, spec.md).
QString stripParameters(const QString &contentType);
bool isIndex(const QString &mediaType);
bool isImageManifest(const QString &mediaType);
bool isSchema1(const QString &mediaType);
// A short name for people: "OCI index", "Docker manifest list", "OCI layer (gzip)", ...
QString describe(const QString &mediaType);
} // namespace MediaType
