// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/items/storedimagemodel.h"

#include "model/items/pullformat.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <memory>

namespace {
QString keyOf(const StoredImage &image)
{
    return image.reference + QLatin1Char('\n') + image.digest.toString();
}

// "os/arch[/variant]" from an image manifest's config, for entries that record no platform
// (PullJob leaves it out for an image that is not an index). Small blobs, verified on reading.
QString platformFromConfig(const ContentStore &store, const Digest &manifestDigest)
{
    const auto manifest = store.readBlob(manifestDigest);
    if (!manifest)
        return {};
    const QJsonObject config =
        QJsonDocument::fromJson(*manifest).object().value(QStringLiteral("config")).toObject();
    const auto configDigest = Digest::parse(config.value(QStringLiteral("digest")).toString());
    if (!configDigest)
        return {};
    const auto body = store.readBlob(*configDigest);
    if (!body)
        return {};
    const QJsonObject c = QJsonDocument::fromJson(*body).object();
    const QString os = c.value(QStringLiteral("os")).toString();
    const QString arch = c.value(QStringLiteral("architecture")).toString();
    if (os.isEmpty() || arch.isEmpty())
        return {};
    const QString variant = c.value(QStringLiteral("variant")).toString();
    return variant.isEmpty() ? QString(os + QLatin1Char('/') + arch)
                             : QString(os + QLatin1Char('/') + arch + QLatin1Char('/') + variant);
}

bool sameRow(const StoredImage &a, const StoredImage &b)
{
    return keyOf(a) == keyOf(b) && a.platforms == b.platforms && a.size == b.size
        && a.pulledAt == b.pulledAt && a.mediaType == b.mediaType;
}
} // namespace

StoredImageModel::StoredImageModel(QString storeRoot, QObject *parent)
    : QAbstractTableModel(parent)
    , m_root(std::move(storeRoot))
{
    qRegisterMetaType<GcReport>();
    // One task at a time: a removal, then the refresh after it, see the store in that order.
    m_pool.setMaxThreadCount(1);
    m_pool.setObjectName(QStringLiteral("pullscope-store"));
}

StoredImageModel::~StoredImageModel()
{
    // Tasks post their results to this object; let them end before it goes (a queued call
    // to a destroyed QObject is dropped by Qt, but the post itself needs the object).
    m_pool.clear();
    m_pool.waitForDone();
}

int StoredImageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StoredImageModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StoredImageModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StoredImage &image = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ReferenceColumn:
            return image.reference.isEmpty() ? tr("(no name)") : image.reference;
        case DigestColumn:
            return image.digest.isValid() ? QString(image.digest.algorithm() + QLatin1Char(':')
                                                    + image.digest.encoded().left(12))
                                          : QString();
        case PlatformsColumn:
            return image.platforms.join(QStringLiteral(", "));
        case SizeColumn:
            return PullFormat::bytes(image.size);
        case PulledColumn:
            return image.pulledAt.isValid()
                ? QLocale().toString(image.pulledAt.toLocalTime(), QLocale::ShortFormat)
                : QString();
        }
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case DigestColumn:
            return image.digest.toString();
        case PulledColumn:
            return image.pulledAt.isValid() ? image.pulledAt.toLocalTime().toString(Qt::ISODate)
                                            : tr("Not pulled by Pullscope");
        case SizeColumn:
            return tr("%1 bytes in the store, layers shared with other images included")
                .arg(QLocale().toString(image.size));
        default:
            return image.reference;
        }
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case ReferenceRole:
        return image.reference;
    case DigestRole:
        return image.digest.toString();
    case MediaTypeRole:
        return image.mediaType;
    case PlatformsRole:
        return image.platforms;
    case SizeRole:
        return image.size;
    case PulledAtRole:
        return image.pulledAt;
    case PulledByRole:
        return image.pulledBy;
    }
    return {};
}

QVariant StoredImageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ReferenceColumn:
        return tr("Image");
    case DigestColumn:
        return tr("Digest");
    case PlatformsColumn:
        return tr("Platforms");
    case SizeColumn:
        return tr("Size");
    case PulledColumn:
        return tr("Pulled");
    }
    return {};
}

QHash<int, QByteArray> StoredImageModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(ReferenceRole, "reference");
    names.insert(DigestRole, "digest");
    names.insert(MediaTypeRole, "mediaType");
    names.insert(PlatformsRole, "platforms");
    names.insert(SizeRole, "size");
    names.insert(PulledAtRole, "pulledAt");
    names.insert(PulledByRole, "pulledBy");
    return names;
}

Result<QList<StoredImage>> StoredImageModel::list(const QString &storeRoot)
{
    // Nothing pulled yet: no store, no index.json. Not an error, and nothing is created.
    if (!QFileInfo::exists(storeRoot + QStringLiteral("/index.json")))
        return QList<StoredImage>();
    const ContentStore store(storeRoot);
    auto images = store.images();
    if (!images)
        return images;
    for (StoredImage &image : *images) {
        if (image.platforms.isEmpty()) {
            if (const QString p = platformFromConfig(store, image.digest); !p.isEmpty())
                image.platforms = QStringList{p};
        }
    }
    return images;
}

template<typename Work, typename Done>
void StoredImageModel::run(Work work, Done done)
{
    if (m_pending++ == 0)
        Q_EMIT busyChanged(true);
    m_pool.start([this, work = std::move(work), done = std::move(done)]() mutable {
        auto result = work();
        // Back on the model's thread; the destructor waits for this task, so `this` is alive.
        QMetaObject::invokeMethod(
            this,
            [this, done = std::move(done), result = std::move(result)]() mutable {
                done(std::move(result));
                taskEnded();
            },
            Qt::QueuedConnection);
    });
}

void StoredImageModel::taskEnded()
{
    if (--m_pending == 0)
        Q_EMIT busyChanged(false);
}

void StoredImageModel::refresh()
{
    run(
        [root = m_root] {
            return list(root);
        },
        [this](Result<QList<StoredImage>> listed) {
            if (!listed) {
                m_lastError = listed.error();
                Q_EMIT refreshed(m_lastError);
                return;
            }
            m_lastError = Error();
            setImages(std::move(*listed));
            Q_EMIT refreshed(Error());
        });
}

void StoredImageModel::removeImage(const QString &reference)
{
    run(
        [root = m_root, reference] {
            return ContentStore(root).removeImage(reference);
        },
        [this, reference](Result<int> removed) {
            Q_EMIT imageRemoved(reference,
                                removed ? *removed : 0,
                                removed ? Error() : removed.error());
        });
    refresh();
}

void StoredImageModel::collectGarbage()
{
    run(
        [root = m_root]() -> Result<GcReport> {
            if (!QFileInfo::exists(root + QStringLiteral("/index.json")))
                return GcReport();
            return ContentStore(root).garbageCollect();
        },
        [this](Result<GcReport> report) {
            Q_EMIT garbageCollected(report ? *report : GcReport(),
                                    report ? Error() : report.error());
        });
    refresh();
}

void StoredImageModel::setImages(QList<StoredImage> images)
{
    std::sort(images.begin(), images.end(), [](const StoredImage &a, const StoredImage &b) {
        return keyOf(a) < keyOf(b);
    });
    images.erase(std::unique(images.begin(),
                             images.end(),
                             [](const StoredImage &a, const StoredImage &b) {
                                 return keyOf(a) == keyOf(b);
                             }),
                 images.end());
    QSet<QString> keys;
    for (const StoredImage &image : images)
        keys.insert(keyOf(image));
    // Rows that went away, from the end so earlier row numbers hold.
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (keys.contains(keyOf(m_rows.at(row))))
            continue;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
    // Both lists are now sorted and the rows a subset of images: walk them together.
    for (int i = 0; i < images.size(); ++i) {
        const StoredImage &image = images.at(i);
        if (i < m_rows.size() && keyOf(m_rows.at(i)) == keyOf(image)) {
            if (!sameRow(m_rows.at(i), image)) {
                m_rows[i] = image;
                Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
            }
            continue;
        }
        beginInsertRows({}, i, i);
        m_rows.insert(i, image);
        endInsertRows();
    }
}

int StoredImageModel::rowOfReference(const QString &reference) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).reference == reference)
            return row;
    }
    return -1;
}
