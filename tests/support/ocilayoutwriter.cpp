// SPDX-License-Identifier: GPL-3.0-or-later
#include "ocilayoutwriter.h"

#include "layerstream.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace {

const QString refNameKey = QStringLiteral("org.opencontainers.image.ref.name");

QJsonObject descriptorJson(const BlobInfo &b)
{
    return {{QStringLiteral("mediaType"), b.mediaType},
            {QStringLiteral("digest"), b.digest},
            {QStringLiteral("size"), b.size}};
}

QJsonObject stringMap(const QMap<QString, QString> &map)
{
    QJsonObject o;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

Result<void> writeWhole(const QString &path, const QByteArray &data)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit())
        return Error(ErrorCode::Io, QStringLiteral("cannot write %1").arg(path), f.errorString());
    return {};
}

QString defaultCreatedBy(const LayerSpec &spec, int index)
{
    if (!spec.createdBy.isEmpty())
        return spec.createdBy;
    return QStringLiteral("/bin/sh -c #(nop) ADD layer-%1.tar / # pullscope lab").arg(index);
}

} // namespace

QString ImageInfo::platform() const
{
    QString p = os + QLatin1Char('/') + architecture;
    if (!variant.isEmpty())
        p += QLatin1Char('/') + variant;
    return p;
}

OciLayoutWriter::OciLayoutWriter(const QString &directory)
    : m_dir(QDir(directory).absolutePath())
{}

QString OciLayoutWriter::manifestMediaType(ManifestFlavor flavor)
{
    return flavor == ManifestFlavor::Oci
        ? QStringLiteral("application/vnd.oci.image.manifest.v1+json")
        : QStringLiteral("application/vnd.docker.distribution.manifest.v2+json");
}

QString OciLayoutWriter::indexMediaType(ManifestFlavor flavor)
{
    return flavor == ManifestFlavor::Oci
        ? QStringLiteral("application/vnd.oci.image.index.v1+json")
        : QStringLiteral("application/vnd.docker.distribution.manifest.list.v2+json");
}

QString OciLayoutWriter::configMediaType(ManifestFlavor flavor)
{
    return flavor == ManifestFlavor::Oci
        ? QStringLiteral("application/vnd.oci.image.config.v1+json")
        : QStringLiteral("application/vnd.docker.container.image.v1+json");
}

QString OciLayoutWriter::layerMediaType(ManifestFlavor flavor, bool gzip)
{
    if (flavor == ManifestFlavor::Oci)
        return gzip ? QStringLiteral("application/vnd.oci.image.layer.v1.tar+gzip")
                    : QStringLiteral("application/vnd.oci.image.layer.v1.tar");
    return gzip ? QStringLiteral("application/vnd.docker.image.rootfs.diff.tar.gzip")
                : QStringLiteral("application/vnd.docker.image.rootfs.diff.tar");
}

QString OciLayoutWriter::blobPath(const QString &digest) const
{
    const QString algorithm = digest.section(QLatin1Char(':'), 0, 0);
    return m_dir + QStringLiteral("/blobs/") + algorithm + QLatin1Char('/')
        + digest.section(QLatin1Char(':'), 1);
}

Result<void> OciLayoutWriter::create()
{
    if (!QDir().mkpath(m_dir + QStringLiteral("/blobs/sha256")))
        return Error(ErrorCode::Io, QStringLiteral("cannot create %1").arg(m_dir));
    // image-layout.md: the oci-layout marker file.
    if (Result<void> r = writeWhole(m_dir + QStringLiteral("/oci-layout"),
                                    QByteArrayLiteral("{\"imageLayoutVersion\":\"1.0.0\"}"));
        !r)
        return r;
    if (QFile::exists(m_dir + QStringLiteral("/index.json"))) {
        QFile f(m_dir + QStringLiteral("/index.json"));
        if (f.open(QIODevice::ReadOnly)) {
            const QJsonArray manifests = QJsonDocument::fromJson(f.readAll())
                                             .object()
                                             .value(QStringLiteral("manifests"))
                                             .toArray();
            for (const QJsonValue &m : manifests)
                m_references << m.toObject();
        }
        return {};
    }
    return addReference({}, {});
}

Result<BlobInfo> OciLayoutWriter::writeBlob(const QByteArray &data, const QString &mediaType)
{
    BlobInfo b;
    b.digest = QStringLiteral("sha256:")
        + QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    b.size = data.size();
    b.mediaType = mediaType;
    const QString path = blobPath(b.digest);
    if (!QFile::exists(path)) {
        if (Result<void> r = writeWhole(path, data); !r)
            return r.error();
    }
    return b;
}

Result<LayerInfo> OciLayoutWriter::writeLayer(const LayerSpec &spec, ManifestFlavor flavor)
{
    LayerStream stream(m_dir + QStringLiteral("/blobs/sha256"), spec.gzip, spec.gzipLevel);
    if (Result<void> r = stream.open(); !r)
        return r.error();
    for (const QString &dir : spec.directories) {
        if (Result<void> r = stream.addDirectory(dir); !r)
            return r.error();
    }
    for (const LayerFile &file : spec.files) {
        if (Result<void> r = stream.addFile(file.path, file.content, file.mode); !r)
            return r.error();
    }
    if (spec.randomBytes > 0) {
        if (Result<void> r = stream.addRandomFile(spec.randomPath, spec.seed, spec.randomBytes); !r)
            return r.error();
    }
    Result<LayerStream::Digests> digests = stream.finish();
    if (!digests)
        return digests.error();
    LayerInfo info;
    info.digest = digests->digest;
    info.size = digests->size;
    info.diffId = digests->diffId;
    info.mediaType = layerMediaType(flavor, spec.gzip);
    return info;
}

QByteArray OciLayoutWriter::configJson(const ImageSpec &spec, const QList<LayerInfo> &layers) const
{
    const QString created = spec.created.toUTC().toString(Qt::ISODate);
    QJsonObject config;
    if (!spec.user.isEmpty())
        config.insert(QStringLiteral("User"), spec.user);
    if (!spec.exposedPorts.isEmpty()) {
        QJsonObject ports;
        for (const QString &p : spec.exposedPorts)
            ports.insert(p, QJsonObject());
        config.insert(QStringLiteral("ExposedPorts"), ports);
    }
    if (!spec.env.isEmpty())
        config.insert(QStringLiteral("Env"), QJsonArray::fromStringList(spec.env));
    if (!spec.entrypoint.isEmpty())
        config.insert(QStringLiteral("Entrypoint"), QJsonArray::fromStringList(spec.entrypoint));
    if (!spec.cmd.isEmpty())
        config.insert(QStringLiteral("Cmd"), QJsonArray::fromStringList(spec.cmd));
    if (!spec.workingDir.isEmpty())
        config.insert(QStringLiteral("WorkingDir"), spec.workingDir);
    if (!spec.labels.isEmpty())
        config.insert(QStringLiteral("Labels"), stringMap(spec.labels));

    QJsonArray diffIds;
    QJsonArray history;
    for (int i = 0; i < layers.size(); ++i) {
        diffIds.append(layers[i].diffId);
        history.append(
            QJsonObject{{QStringLiteral("created"), created},
                        {QStringLiteral("created_by"), defaultCreatedBy(spec.layers[i], i)}});
    }
    for (const QString &line : spec.emptyLayerHistory) {
        history.append(QJsonObject{{QStringLiteral("created"), created},
                                   {QStringLiteral("created_by"), line},
                                   {QStringLiteral("empty_layer"), true}});
    }
    QJsonObject root{{QStringLiteral("created"), created},
                     {QStringLiteral("architecture"), spec.architecture},
                     {QStringLiteral("os"), spec.os},
                     {QStringLiteral("config"), config},
                     {QStringLiteral("rootfs"),
                      QJsonObject{{QStringLiteral("type"), QStringLiteral("layers")},
                                  {QStringLiteral("diff_ids"), diffIds}}},
                     {QStringLiteral("history"), history}};
    if (!spec.variant.isEmpty())
        root.insert(QStringLiteral("variant"), spec.variant);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

Result<ImageInfo> OciLayoutWriter::writeImage(const ImageSpec &spec)
{
    ImageInfo info;
    info.os = spec.os;
    info.architecture = spec.architecture;
    info.variant = spec.variant;
    for (const LayerSpec &layer : spec.layers) {
        Result<LayerInfo> l = writeLayer(layer, spec.flavor);
        if (!l)
            return l.error();
        info.layers << *l;
    }
    Result<BlobInfo> config =
        writeBlob(configJson(spec, info.layers), configMediaType(spec.flavor));
    if (!config)
        return config.error();
    info.config = *config;

    QJsonArray layers;
    for (const LayerInfo &l : info.layers)
        layers.append(descriptorJson(l));
    QJsonObject manifest{{QStringLiteral("schemaVersion"), 2},
                         {QStringLiteral("mediaType"), manifestMediaType(spec.flavor)},
                         {QStringLiteral("config"), descriptorJson(info.config)},
                         {QStringLiteral("layers"), layers}};
    if (spec.flavor == ManifestFlavor::Oci && !spec.manifestAnnotations.isEmpty())
        manifest.insert(QStringLiteral("annotations"), stringMap(spec.manifestAnnotations));
    Result<BlobInfo> m = writeBlob(QJsonDocument(manifest).toJson(QJsonDocument::Compact),
                                   manifestMediaType(spec.flavor));
    if (!m)
        return m.error();
    info.manifest = *m;
    return info;
}

Result<IndexInfo> OciLayoutWriter::writeIndex(const QList<ImageInfo> &images,
                                              ManifestFlavor flavor,
                                              const QMap<QString, QString> &annotations)
{
    QJsonArray manifests;
    for (const ImageInfo &image : images) {
        QJsonObject platform{{QStringLiteral("os"), image.os},
                             {QStringLiteral("architecture"), image.architecture}};
        if (!image.variant.isEmpty())
            platform.insert(QStringLiteral("variant"), image.variant);
        QJsonObject entry = descriptorJson(image.manifest);
        entry.insert(QStringLiteral("platform"), platform);
        manifests.append(entry);
    }
    QJsonObject index{{QStringLiteral("schemaVersion"), 2},
                      {QStringLiteral("mediaType"), indexMediaType(flavor)},
                      {QStringLiteral("manifests"), manifests}};
    if (flavor == ManifestFlavor::Oci && !annotations.isEmpty())
        index.insert(QStringLiteral("annotations"), stringMap(annotations));
    Result<BlobInfo> b =
        writeBlob(QJsonDocument(index).toJson(QJsonDocument::Compact), indexMediaType(flavor));
    if (!b)
        return b.error();
    return IndexInfo{*b, images};
}

Result<void> OciLayoutWriter::addReference(const BlobInfo &descriptor, const QString &refName)
{
    if (!refName.isEmpty()) {
        m_references.removeIf([&](const QJsonObject &o) {
            return o.value(QStringLiteral("annotations")).toObject().value(refNameKey).toString()
                == refName;
        });
        QJsonObject entry = descriptorJson(descriptor);
        entry.insert(QStringLiteral("annotations"), QJsonObject{{refNameKey, refName}});
        m_references << entry;
    }
    QJsonArray manifests;
    for (const QJsonObject &o : std::as_const(m_references))
        manifests.append(o);
    const QJsonObject index{{QStringLiteral("schemaVersion"), 2},
                            {QStringLiteral("mediaType"), indexMediaType(ManifestFlavor::Oci)},
                            {QStringLiteral("manifests"), manifests}};
    return writeWhole(m_dir + QStringLiteral("/index.json"), QJsonDocument(index).toJson());
}
