// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/items/tagtablemodel.h"

#include "model/core/tr.h"
#include "model/items/tagversion.h"
#include "model/registry/pagedlistjob.h"

#include <QLocale>

TagTableModel::TagTableModel(RegistryClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
    , m_resolver(new TagDetailsResolver(client, this))
{
    connect(m_resolver, &TagDetailsResolver::resolved, this, &TagTableModel::onResolved);
    connect(m_resolver, &TagDetailsResolver::failed, this, &TagTableModel::onFailed);
}

TagTableModel::~TagTableModel()
{
    delete m_job.data();
}

int TagTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TagTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TagTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TagColumn:
        return Tr::tr("Tag");
    case DigestColumn:
        return Tr::tr("Digest");
    case CreatedColumn:
        return Tr::tr("Created");
    case SizeColumn:
        return Tr::tr("Size");
    case PlatformsColumn:
        return Tr::tr("Platforms");
    default:
        return {};
    }
}

QVariant TagTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const bool resolved = row.state == DetailsState::Resolved;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TagColumn:
            return row.tag;
        case DigestColumn:
            if (row.state == DetailsState::Failed)
                return Tr::tr("unavailable");
            return resolved ? row.details.digest.toString().left(19) : QString();
        case CreatedColumn:
            return resolved && row.details.created.isValid()
                ? QLocale().toString(row.details.created.toLocalTime(), QLocale::ShortFormat)
                : QString();
        case SizeColumn:
            return resolved && row.details.size >= 0 ? QLocale().formattedDataSize(row.details.size)
                                                     : QString();
        case PlatformsColumn:
            return resolved ? row.details.platforms.join(QStringLiteral(", ")) : QString();
        }
        return {};
    case Qt::ToolTipRole:
        if (row.state == DetailsState::Failed)
            return row.error;
        if (index.column() == DigestColumn && resolved)
            return row.details.digest.toString();
        if (index.column() == PlatformsColumn && resolved)
            return row.details.platforms.join(QLatin1Char('\n'));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case TagRole:
        return row.tag;
    case DigestRole:
        return resolved ? row.details.digest.toString() : QString();
    case DigestGroupRole:
        return row.group;
    case DigestShareCountRole:
        return resolved ? int(m_rowsOfDigest.value(row.details.digest.toString()).size()) : 0;
    case VersionKeyRole:
        return row.versionKey;
    case CreatedRole:
        return resolved ? row.details.created : QDateTime();
    case SizeRole:
        return resolved ? row.details.size : qint64(-1);
    case PlatformsRole:
        return resolved ? row.details.platforms : QStringList();
    case MediaTypeRole:
        return resolved ? row.details.mediaType : QString();
    case DetailsStateRole:
        return int(row.state);
    case ErrorRole:
        return row.error;
    case ReferenceRole:
        return referenceFor(row.tag);
    case PinnedReferenceRole:
        return resolved ? m_host + QLatin1Char('/') + m_repository + QLatin1Char('@')
                + row.details.digest.toString()
                        : QString();
    default:
        return {};
    }
}

QHash<int, QByteArray> TagTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(TagRole, "tag");
    names.insert(DigestRole, "digest");
    names.insert(DigestGroupRole, "digestGroup");
    names.insert(DigestShareCountRole, "digestShareCount");
    names.insert(VersionKeyRole, "versionKey");
    names.insert(CreatedRole, "created");
    names.insert(SizeRole, "size");
    names.insert(PlatformsRole, "platforms");
    names.insert(MediaTypeRole, "mediaType");
    names.insert(DetailsStateRole, "detailsState");
    names.insert(ErrorRole, "error");
    names.insert(ReferenceRole, "reference");
    names.insert(PinnedReferenceRole, "pinnedReference");
    return names;
}

QString TagTableModel::referenceFor(const QString &tag) const
{
    return m_host + QLatin1Char('/') + m_repository + QLatin1Char(':') + tag;
}

void TagTableModel::clear()
{
    delete m_job.data();
    m_job = nullptr;
    m_resolver->reset();
    beginResetModel();
    m_rows.clear();
    m_rowOfTag.clear();
    m_groupOfDigest.clear();
    m_rowsOfDigest.clear();
    endResetModel();
}

void TagTableModel::setTags(const QString &host, const QString &repository, const QStringList &tags)
{
    clear();
    m_host = host;
    m_repository = repository;
    appendTags(tags);
}

void TagTableModel::setRepository(const QString &host, const QString &repository)
{
    clear();
    m_host = host;
    m_repository = repository;
    if (!m_client) {
        Q_EMIT listingFinished(
            Error(ErrorCode::Internal,
                  Tr::tr("Pullscope has no network connection for registries.")));
        return;
    }
    auto *job = new PagedListJob(m_client, PagedListJob::Kind::Tags, host, repository, this);
    job->setPageSize(m_pageSize);
    m_job = job;
    connect(job, &PagedListJob::pageReceived, this, [this, job](const QStringList &items) {
        if (m_job != job)
            return;
        appendTags(items);
        Q_EMIT listingProgressed(int(m_rows.size()));
    });
    connect(job, &PagedListJob::finished, this, [this, job] {
        job->deleteLater();
        if (m_job != job)
            return;
        m_job = nullptr;
        Q_EMIT listingFinished(job->result() ? Error() : job->result().error());
    });
    Q_EMIT listingStarted();
    job->start();
}

void TagTableModel::cancel()
{
    // PagedListJob::cancel() finishes with Cancelled on a later turn; our finished handler
    // then reports it.
    if (m_job)
        m_job->cancel();
    m_resolver->clearPending();
}

void TagTableModel::appendTags(const QStringList &tags)
{
    QList<Row> fresh;
    fresh.reserve(tags.size());
    for (const QString &tag : tags) {
        if (tag.isEmpty() || m_rowOfTag.contains(tag))
            continue;
        m_rowOfTag.insert(tag, int(m_rows.size() + fresh.size()));
        fresh.append({tag, TagVersion::sortKey(tag), DetailsState::NotResolved, {}, {}, -1});
    }
    if (fresh.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    m_rows += fresh;
    endInsertRows();
}

bool TagTableModel::isListing() const
{
    return !m_job.isNull();
}

int TagTableModel::rowOfTag(const QString &tag) const
{
    return m_rowOfTag.value(tag, -1);
}

void TagTableModel::requestDetails(const QList<int> &rows)
{
    m_resolver->clearPending();
    if (!m_client)
        return;
    for (const int r : rows) {
        if (r < 0 || r >= m_rows.size())
            continue;
        Row &row = m_rows[r];
        if (row.state == DetailsState::Resolved)
            continue;
        auto ref = ImageReference::parse(referenceFor(row.tag));
        if (!ref) {
            row.state = DetailsState::Failed;
            row.error = ref.error().message;
            emitRowChanged(r);
            continue;
        }
        // Resolving rows are queued again: clearPending() may just have dropped them.
        row.state = DetailsState::Resolving;
        m_resolver->resolve(*ref);
    }
}

QString TagTableModel::tagOf(const ImageReference &reference) const
{
    if (reference.domain() != m_host || reference.path() != m_repository)
        return {};
    return reference.tag();
}

void TagTableModel::onResolved(const ImageReference &reference, const TagDetails &details)
{
    const QString tag = tagOf(reference);
    if (!tag.isEmpty())
        applyDetails(tag, details);
}

void TagTableModel::onFailed(const ImageReference &reference, const Error &error)
{
    const int r = rowOfTag(tagOf(reference));
    if (r < 0)
        return;
    m_rows[r].state = DetailsState::Failed;
    m_rows[r].error = error.message;
    emitRowChanged(r);
}

void TagTableModel::applyDetails(const QString &tag, const TagDetails &details)
{
    const int r = rowOfTag(tag);
    if (r < 0)
        return;
    Row &row = m_rows[r];
    const QString digest = details.digest.toString();
    if (row.state == DetailsState::Resolved && row.details.digest.toString() != digest) {
        // The tag moved: leave its old group.
        m_rowsOfDigest[row.details.digest.toString()].removeAll(r);
    }
    row.state = DetailsState::Resolved;
    row.details = details;
    row.error.clear();
    if (!m_groupOfDigest.contains(digest))
        m_groupOfDigest.insert(digest, int(m_groupOfDigest.size()));
    row.group = m_groupOfDigest.value(digest);
    QList<int> &members = m_rowsOfDigest[digest];
    if (!members.contains(r))
        members.append(r);
    emitRowChanged(r);
    // The other members' share count changed.
    for (const int other : std::as_const(members)) {
        if (other != r) {
            Q_EMIT dataChanged(index(other, DigestColumn),
                               index(other, DigestColumn),
                               {DigestShareCountRole});
        }
    }
}

void TagTableModel::emitRowChanged(int row)
{
    // Details only: the tag column (what filters and version sorting read) stays the same.
    Q_EMIT dataChanged(index(row, DigestColumn), index(row, PlatformsColumn));
}
