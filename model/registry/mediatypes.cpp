// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/registry/mediatypes.h"

#include "model/core/tr.h"

QByteArray MediaType::manifestAcceptHeader()
{
    // containerd's resolve header, OCI and Docker, index types included (resolver.go).
    return QByteArrayLiteral("application/vnd.oci.image.index.v1+json, "
                             "application/vnd.docker.distribution.manifest.list.v2+json, "
                             "application/vnd.oci.image.manifest.v1+json, "
                             "application/vnd.docker.distribution.manifest.v2+json, "
                             "*/*;q=0.1");
}

QString MediaType::stripParameters(const QString &contentType)
{
    const qsizetype semicolon = contentType.indexOf(QLatin1Char(';'));
    return (semicolon < 0 ? contentType : contentType.left(semicolon)).trimmed().toLower();
}

bool MediaType::isIndex(const QString &mediaType)
{
    return mediaType == ociIndex || mediaType == dockerList;
}

bool MediaType::isImageManifest(const QString &mediaType)
{
    return mediaType == ociManifest || mediaType == dockerManifest;
}

bool MediaType::isSchema1(const QString &mediaType)
{
    return mediaType == dockerSchema1 || mediaType == dockerSchema1Signed;
}

QString MediaType::describe(const QString &mediaType)
{
    if (mediaType == ociIndex)
        return Tr::tr("OCI image index");
    if (mediaType == dockerList)
        return Tr::tr("Docker manifest list");
    if (mediaType == ociManifest)
        return Tr::tr("OCI image manifest");
    if (mediaType == dockerManifest)
        return Tr::tr("Docker image manifest (schema 2)");
    if (isSchema1(mediaType))
        return Tr::tr("Docker schema 1 manifest (deprecated)");
    if (mediaType == ociConfig || mediaType == dockerConfig)
        return Tr::tr("image config");
    if (mediaType.contains(QLatin1String("layer")) || mediaType.contains(QLatin1String("rootfs"))) {
        if (mediaType.endsWith(QLatin1String("gzip")))
            return Tr::tr("layer (gzip)");
        if (mediaType.endsWith(QLatin1String("zstd")))
            return Tr::tr("layer (zstd)");
        if (mediaType.endsWith(QLatin1String("tar")))
            return Tr::tr("layer (uncompressed)");
        return Tr::tr("layer");
    }
    return mediaType;
}
