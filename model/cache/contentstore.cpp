// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/cache/contentstore.h"

#include "model/cache/storelease.h"
#include "model/core/threadcheck.h"
#include "model/core/tr.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QSaveFile>
#include <QSet>
#include <QStandardPaths>

namespace {
const QString kRefName = QStringLiteral("org.opencontainers.image.ref.name");
const QString kPulledAt = QStringLiteral("io.pullscope.pulled-at");
const QString kPlatforms = QStringLiteral("io.pullscope.platforms");
const QString kMediaType = QStringLiteral("io.pullscope.media-type");

// skopeo's oci: transport (containers/image oci/layout) only sees index.json entries typed as
// OCI manifest or index, and it reads a Docker list or schema 2 manifest under those types
// fine (their JSON shapes agree). So Docker types are recorded as their OCI twins, and the
// type the registry served is kept in an annotation.
QString layoutMediaType(const QString &mediaType)
{
    if (mediaType == QLatin1String("application/vnd.docker.distribution.manifest.list.v2+json"))
        return QStringLiteral("application/vnd.oci.image.index.v1+json");
    if (mediaType == QLatin1String("application/vnd.docker.distribution.manifest.v2+json"))
        return QStringLiteral("application/vnd.oci.image.manifest.v1+json");
    return mediaType;
}

const QString kIndexMediaType = QStringLiteral("application/vnd.oci.image.index.v1+json");
} // namespace

ContentStore::ContentStore(QString root)
    : m_root(std::move(root))
{}

QString ContentStore::defaultRoot()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation)
        + QStringLiteral("/pullscope/store");
}

QString ContentStore::blobPath(const Digest &digest) const
{
    return QStringLiteral("%1/blobs/%2/%3").arg(m_root, digest.algorithm(), digest.encoded());
}

bool ContentStore::hasBlob(const Digest &digest) const
{
    return digest.isValid() && QFile::exists(blobPath(digest));
}

qint64 ContentStore::blobSize(const Digest &digest) const
{
    const QFileInfo info(blobPath(digest));
    return info.exists() ? info.size() : -1;
}

Result<void> ContentStore::initialize()
{
    QDir dir(m_root);
    if (!dir.mkpath(QStringLiteral("blobs/sha256")) || !dir.mkpath(QStringLiteral("ingest")))
        return Error(ErrorCode::Io, Tr::tr("Cannot create the image store at %1").arg(m_root));
    const QString layoutPath = dir.filePath(QStringLiteral("oci-layout"));
    if (!QFile::exists(layoutPath)) {
        QSaveFile f(layoutPath);
        if (!f.open(QIODevice::WriteOnly))
            return Error(ErrorCode::Io,
                         Tr::tr("Cannot write %1: %2").arg(layoutPath, f.errorString()));
        f.write(R"({"imageLayoutVersion":"1.0.0"})");
        if (!f.commit())
            return Error(ErrorCode::Io,
                         Tr::tr("Cannot write %1: %2").arg(layoutPath, f.errorString()));
    }
    if (!QFile::exists(dir.filePath(QStringLiteral("index.json"))))
        return writeIndex(QJsonObject{{QStringLiteral("schemaVersion"), 2},
                                      {QStringLiteral("mediaType"), kIndexMediaType},
                                      {QStringLiteral("manifests"), QJsonArray()}});
    auto index = readIndex();
    if (!index)
        return index.error();
    return {};
}

Result<QJsonObject> ContentStore::readIndex() const
{
    PULLSCOPE_ASSERT_NOT_GUI_THREAD();
    const QString path = m_root + QStringLiteral("/index.json");
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Io, Tr::tr("Cannot read %1: %2").arg(path, f.errorString()));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parseError);
    if (!doc.isObject())
        return Error(
            ErrorCode::Parse,
            Tr::tr("%1 is not an OCI index (%2); the store was written by something else or "
                   "damaged")
                .arg(path, parseError.errorString()));
    return doc.object();
}

Result<void> ContentStore::writeIndex(const QJsonObject &index)
{
    const QString path = m_root + QStringLiteral("/index.json");
    QSaveFile f(path); // temp file + rename: readers see the old or the new index, never half
    if (!f.open(QIODevice::WriteOnly))
        return Error(ErrorCode::Io, Tr::tr("Cannot write %1: %2").arg(path, f.errorString()));
    f.write(QJsonDocument(index).toJson(QJsonDocument::Indented));
    if (!f.commit())
        return Error(ErrorCode::Io, Tr::tr("Cannot write %1: %2").arg(path, f.errorString()));
    return {};
}

Result<QByteArray> ContentStore::readBlob(const Digest &digest, qint64 maxSize) const
{
    PULLSCOPE_ASSERT_NOT_GUI_THREAD();
    QFile f(blobPath(digest));
    if (!f.open(QIODevice::ReadOnly))
        return Error(ErrorCode::NotFound,
                     Tr::tr("The store has no blob %1").arg(digest.toString()));
    if (f.size() > maxSize)
        return Error(ErrorCode::Protocol,
                     Tr::tr("The blob %1 is larger than expected").arg(digest.toString()));
    const QByteArray data = f.readAll();
    if (!digest.matches(data))
        return Error(ErrorCode::DigestMismatch,
                     Tr::tr("The stored blob %1 does not match its digest; run garbage collection "
                            "and pull again")
                         .arg(digest.toString()));
    return data;
}

Result<void> ContentStore::writeBlob(const QByteArray &data, const Digest &digest)
{
    if (hasBlob(digest))
        return {};
    auto writer = openWriter(digest, data.size());
    if (!writer)
        return writer.error();
    (*writer)->restart();
    if (auto w = (*writer)->write(data.constData(), data.size()); !w) {
        (*writer)->discard();
        return w.error();
    }
    return (*writer)->commit();
}

Result<std::unique_ptr<BlobWriter>> ContentStore::openWriter(const Digest &digest,
                                                             qint64 expectedSize)
{
    const QString name = digest.algorithm() + QLatin1Char('-') + digest.encoded();
    std::unique_ptr<BlobWriter> writer(
        new BlobWriter(digest,
                       expectedSize,
                       QStringLiteral("%1/ingest/%2.partial").arg(m_root, name),
                       blobPath(digest),
                       QStringLiteral("%1/ingest/%2.lock").arg(m_root, name)));
    QDir().mkpath(m_root + QStringLiteral("/ingest"));
    if (auto opened = writer->openAndResume(); !opened)
        return opened.error();
    return writer;
}

Result<QList<Digest>> ContentStore::reachableFrom(const Digest &root) const
{
    QList<Digest> out;
    QSet<QString> seen;
    QList<Digest> queue{root};
    while (!queue.isEmpty()) {
        const Digest d = queue.takeFirst();
        if (seen.contains(d.toString()))
            continue;
        seen.insert(d.toString());
        if (!hasBlob(d))
            continue;
        out.append(d);
        // Only manifests and indexes have children; they are small JSON documents.
        if (blobSize(d) > 8 * 1024 * 1024)
            continue;
        QFile f(blobPath(d));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray head = f.peek(64);
        if (!head.trimmed().startsWith('{'))
            continue;
        const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        const auto addDescriptor = [&](const QJsonObject &desc) {
            if (auto child = Digest::parse(desc.value(QStringLiteral("digest")).toString()))
                queue.append(*child);
        };
        for (const QJsonValue &m : o.value(QStringLiteral("manifests")).toArray())
            addDescriptor(m.toObject());
        if (o.value(QStringLiteral("config")).isObject())
            addDescriptor(o.value(QStringLiteral("config")).toObject());
        for (const QJsonValue &l : o.value(QStringLiteral("layers")).toArray())
            addDescriptor(l.toObject());
    }
    return out;
}

Result<QList<StoredImage>> ContentStore::images() const
{
    auto index = readIndex();
    if (!index)
        return index.error();
    QList<StoredImage> out;
    for (const QJsonValue &v : index->value(QStringLiteral("manifests")).toArray()) {
        const QJsonObject d = v.toObject();
        const QJsonObject annotations = d.value(QStringLiteral("annotations")).toObject();
        StoredImage image;
        image.reference = annotations.value(kRefName).toString();
        image.digest =
            Digest::parse(d.value(QStringLiteral("digest")).toString()).value_or(Digest());
        image.mediaType =
            annotations.value(kMediaType).toString(d.value(QStringLiteral("mediaType")).toString());
        image.manifestSize = qint64(d.value(QStringLiteral("size")).toDouble());
        image.pulledAt =
            QDateTime::fromString(annotations.value(kPulledAt).toString(), Qt::ISODate);
        image.pulledBy = annotations.contains(kPulledAt) ? QStringLiteral("pullscope") : QString();
        image.platforms =
            annotations.value(kPlatforms).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        if (image.platforms.isEmpty() && d.value(QStringLiteral("platform")).isObject()) {
            const QJsonObject p = d.value(QStringLiteral("platform")).toObject();
            QString text = p.value(QStringLiteral("os")).toString() + QLatin1Char('/')
                + p.value(QStringLiteral("architecture")).toString();
            if (!p.value(QStringLiteral("variant")).toString().isEmpty())
                text += QLatin1Char('/') + p.value(QStringLiteral("variant")).toString();
            image.platforms << text;
        }
        if (auto reachable = reachableFrom(image.digest)) {
            for (const Digest &b : *reachable)
                image.size += blobSize(b);
        }
        out.append(image);
    }
    return out;
}

Result<void> ContentStore::addImage(const QString &reference,
                                    const QString &mediaType,
                                    const Digest &digest,
                                    qint64 manifestSize,
                                    const QStringList &platforms)
{
    QLockFile lock(m_root + QStringLiteral("/index.json.lock"));
    if (!lock.tryLock(10'000))
        return Error(ErrorCode::Io,
                     Tr::tr("The image store %1 is locked by another process").arg(m_root));
    auto index = readIndex();
    if (!index)
        return index.error();
    QJsonArray kept;
    for (const QJsonValue &v : index->value(QStringLiteral("manifests")).toArray()) {
        if (v.toObject().value(QStringLiteral("annotations")).toObject().value(kRefName).toString()
            != reference)
            kept.append(v);
    }
    QJsonObject annotations{{kRefName, reference},
                            {kPulledAt, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                            {kPlatforms, platforms.join(QLatin1Char(','))}};
    if (layoutMediaType(mediaType) != mediaType)
        annotations.insert(kMediaType, mediaType);
    const QJsonObject entry{{QStringLiteral("mediaType"), layoutMediaType(mediaType)},
                            {QStringLiteral("digest"), digest.toString()},
                            {QStringLiteral("size"), double(manifestSize)},
                            {QStringLiteral("annotations"), annotations}};
    kept.append(entry);
    QJsonObject updated = *index;
    updated.insert(QStringLiteral("manifests"), kept);
    return writeIndex(updated);
}

Result<int> ContentStore::removeImage(const QString &what)
{
    QLockFile lock(m_root + QStringLiteral("/index.json.lock"));
    if (!lock.tryLock(10'000))
        return Error(ErrorCode::Io,
                     Tr::tr("The image store %1 is locked by another process").arg(m_root));
    auto index = readIndex();
    if (!index)
        return index.error();
    QJsonArray kept;
    int removed = 0;
    for (const QJsonValue &v : index->value(QStringLiteral("manifests")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString ref =
            o.value(QStringLiteral("annotations")).toObject().value(kRefName).toString();
        if (ref == what || o.value(QStringLiteral("digest")).toString() == what)
            ++removed;
        else
            kept.append(v);
    }
    if (removed == 0)
        return 0;
    QJsonObject updated = *index;
    updated.insert(QStringLiteral("manifests"), kept);
    if (auto w = writeIndex(updated); !w)
        return w.error();
    return removed;
}

Result<GcReport> ContentStore::garbageCollect()
{
    QLockFile lock(m_root + QStringLiteral("/index.json.lock"));
    if (!lock.tryLock(10'000))
        return Error(ErrorCode::Io,
                     Tr::tr("The image store %1 is locked by another process").arg(m_root));
    auto index = readIndex();
    if (!index)
        return index.error();
    QSet<QString> live;
    for (const QJsonValue &v : index->value(QStringLiteral("manifests")).toArray()) {
        const auto root = Digest::parse(v.toObject().value(QStringLiteral("digest")).toString());
        if (!root)
            continue;
        if (auto reachable = reachableFrom(*root)) {
            for (const Digest &d : *reachable)
                live.insert(d.toString());
        }
    }
    // Blobs of pulls still running are not in index.json yet; their leases keep them.
    live.unite(StoreLease::protectedDigests(m_root));
    GcReport report;
    QDirIterator it(m_root + QStringLiteral("/blobs"), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info = it.fileInfo();
        const QString digest = info.dir().dirName() + QLatin1Char(':') + info.fileName();
        if (live.contains(digest))
            continue;
        const qint64 size = info.size();
        if (QFile::remove(path)) {
            ++report.removedBlobs;
            report.freedBytes += size;
        }
    }
    // Partial downloads whose lock nobody holds are leftovers of interrupted pulls.
    QDir ingest(m_root + QStringLiteral("/ingest"));
    for (const QString &name : ingest.entryList({QStringLiteral("*.partial")}, QDir::Files)) {
        QLockFile partialLock(ingest.filePath(name.chopped(8) + QStringLiteral(".lock")));
        partialLock.setStaleLockTime(0);
        if (!partialLock.tryLock(0))
            continue;
        report.freedBytes += QFileInfo(ingest.filePath(name)).size();
        if (QFile::remove(ingest.filePath(name)))
            ++report.removedPartials;
        partialLock.unlock();
    }
    return report;
}
