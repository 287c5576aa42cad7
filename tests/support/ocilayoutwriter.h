// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/core/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

// Which family of media types a manifest, its config and its layers use
// (docs/reference/registry-protocol.md §4): OCI image-spec, or Docker image manifest v2 schema 2 /
// manifest list.
enum class ManifestFlavor { Oci, Docker };

// One small file of a layer, held in memory.
struct LayerFile
{
    QString path; // relative, no leading '/'
    QByteArray content;
    int mode = 0644;
};

// What goes into one layer. Directories first, then files, then the random file if any.
struct LayerSpec
{
    QStringList directories;
    QList<LayerFile> files;
    quint64 seed = 1; // for the random file
    qint64 randomBytes = 0; // size of a pseudo-random file streamed in, 0 for none
    QString randomPath = QStringLiteral("data/random.bin");
    bool gzip = true;
    int gzipLevel = 6; // 1 is much faster for large random layers (they do not compress)
    QString createdBy; // its history line; a default is made when empty
};

// An image: config fields (image-spec config.md) and layers.
struct ImageSpec
{
    ManifestFlavor flavor = ManifestFlavor::Oci;
    QString os = QStringLiteral("linux");
    QString architecture = QStringLiteral("amd64");
    QString variant;
    QStringList env;
    QStringList entrypoint;
    QStringList cmd;
    QString user;
    QString workingDir;
    QStringList exposedPorts; // "8080/tcp"
    QMap<QString, QString> labels;
    QDateTime created = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
    QList<LayerSpec> layers;
    QStringList emptyLayerHistory; // created_by of empty_layer history entries, after the layers
    QMap<QString, QString> manifestAnnotations; // OCI only
};

// A stored blob or manifest: the descriptor fields.
struct BlobInfo
{
    QString digest;
    qint64 size = 0;
    QString mediaType;
};

// A stored layer: its descriptor plus the uncompressed digest (config rootfs.diff_ids).
struct LayerInfo : BlobInfo
{
    QString diffId;
};

// A stored image: manifest and config descriptors, layers, platform.
struct ImageInfo
{
    BlobInfo manifest;
    BlobInfo config;
    QList<LayerInfo> layers;
    QString os;
    QString architecture;
    QString variant;

    // "linux/arm/v7" form.
    QString platform() const;
};

// A stored index (OCI) or manifest list (Docker) and the images it points at, in order.
struct IndexInfo
{
    BlobInfo index;
    QList<ImageInfo> images;
};

// Writes OCI image layouts (image-spec image-layout.md) on disk for tests: blobs under
// blobs/sha256, the oci-layout file, and index.json whose entries carry
// org.opencontainers.image.ref.name. Everything is deterministic for a given spec. Layers are
// streamed, so a 128 MiB layer costs no more memory than a small one. One thread.
class OciLayoutWriter
{
public:
    // The layout lives in directory (created by create()).
    explicit OciLayoutWriter(const QString &directory);

    // Creates the folder, the oci-layout file and an empty index.json. Call first.
    Result<void> create();
    // Stores bytes as a blob (content-addressed) and returns its descriptor.
    Result<BlobInfo> writeBlob(const QByteArray &data, const QString &mediaType);
    // Writes one layer as tar (+gzip) with the flavor's media type.
    Result<LayerInfo> writeLayer(const LayerSpec &spec, ManifestFlavor flavor);
    // Writes the layers, the config and the manifest of an image.
    Result<ImageInfo> writeImage(const ImageSpec &spec);
    // Writes an OCI index (Oci) or a Docker manifest list (Docker) over images, each entry
    // with its platform.
    Result<IndexInfo> writeIndex(const QList<ImageInfo> &images,
                                 ManifestFlavor flavor,
                                 const QMap<QString, QString> &annotations = {});
    // Adds (or replaces) an index.json entry for a manifest or index under refName, and
    // rewrites index.json.
    Result<void> addReference(const BlobInfo &descriptor, const QString &refName);

    // The layout folder; "oci:" + path() + ":" + refName is skopeo's reference to an entry.
    QString path() const { return m_dir; }

    // The absolute path of a blob by digest.
    QString blobPath(const QString &digest) const;

    // Media type constants (docs/reference/registry-protocol.md §4).
    static QString manifestMediaType(ManifestFlavor flavor);
    static QString indexMediaType(ManifestFlavor flavor);
    static QString configMediaType(ManifestFlavor flavor);
    static QString layerMediaType(ManifestFlavor flavor, bool gzip);

private:
    QByteArray configJson(const ImageSpec &spec, const QList<LayerInfo> &layers) const;

    QString m_dir;
    QList<QJsonObject> m_references;
};
