// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/items/pulllistmodel.h"

#include "model/items/pullformat.h"
#include "model/pull/pullservice.h"

namespace {
constexpr quintptr kPullRow = 0; // internal id of top-level rows; blob rows carry their pull's key

QString shortDigest(const Digest &digest)
{
    return digest.isValid()
        ? QString(digest.algorithm() + QLatin1Char(':') + digest.encoded().left(12))
        : QString();
}
} // namespace

PullListModel::PullListModel(PullService *service, QObject *parent)
    : QAbstractItemModel(parent)
    , m_service(service)
{
    if (!m_service)
        return;
    connect(m_service, &PullService::pullStarted, this, &PullListModel::onStarted);
    connect(m_service, &PullService::pullResolved, this, &PullListModel::onResolved);
    connect(m_service, &PullService::blobChanged, this, &PullListModel::onBlobChanged);
    connect(m_service, &PullService::pullProgressed, this, &PullListModel::onProgressed);
    connect(m_service, &PullService::pullFinished, this, &PullListModel::onFinished);
}

PullListModel::~PullListModel() = default;

QModelIndex PullListModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_pulls.size() ? createIndex(row, column, kPullRow) : QModelIndex();
    if (parent.internalId() != kPullRow || parent.row() >= m_pulls.size())
        return {};
    const Pull &p = m_pulls.at(parent.row());
    return row < p.blobs.size() ? createIndex(row, column, p.key) : QModelIndex();
}

QModelIndex PullListModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kPullRow)
        return {};
    const int row = rowOfKey(child.internalId());
    return row < 0 ? QModelIndex() : createIndex(row, 0, kPullRow);
}

int PullListModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_pulls.size());
    if (parent.column() != 0 || parent.internalId() != kPullRow || parent.row() >= m_pulls.size())
        return 0;
    return int(m_pulls.at(parent.row()).blobs.size());
}

int PullListModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant PullListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kPullRow)
        return pullData(m_pulls.at(index.row()), index.column(), role);
    const int row = rowOfKey(index.internalId());
    if (row < 0)
        return {};
    return blobData(m_pulls.at(row), index.row(), index.column(), role);
}

QVariant PullListModel::pullData(const Pull &p, int column, int role) const
{
    const qint64 got = received(p);
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return p.referenceText;
        case ProgressColumn:
            if (p.state == PullState::Failed)
                return tr("Failed");
            if (p.state == PullState::Cancelled)
                return tr("Cancelled");
            return p.total > 0 ? QStringLiteral("%1%").arg(got * 100 / p.total) : QString();
        case TransferredColumn:
            return p.total < 0 ? QString() : PullFormat::progress(got, p.total);
        case RateColumn:
            return p.state == PullState::Downloading ? PullFormat::rate(p.rate) : QString();
        case EtaColumn:
            return p.state == PullState::Downloading ? PullFormat::eta(p.etaMs) : QString();
        case StateColumn:
            return stateText(p);
        }
        return {};
    case Qt::ToolTipRole:
        if (column == StateColumn || column == ProgressColumn)
            return p.state == PullState::Failed ? p.error.message : stateText(p);
        if (column == NameColumn)
            return tr("%1\nPlatforms: %2").arg(p.referenceText, describePlatforms(p.options));
        return {};
    case IsBlobRole:
        return false;
    case PullIdRole:
        return p.id;
    case ReferenceRole:
        return p.referenceText;
    case StateRole:
        return int(p.state);
    case StateTextRole:
        return stateText(p);
    case ReceivedRole:
        return got;
    case TotalRole:
        return p.total;
    case ProgressRole:
        if (p.state == PullState::Done)
            return 1.0;
        return p.total > 0 ? double(got) / double(p.total) : (p.total == 0 ? 1.0 : -1.0);
    case BytesPerSecondRole:
        return p.rate;
    case EtaMsRole:
        return p.etaMs;
    case ErrorRole:
        return p.error.message;
    case ErrorCodeRole:
        return int(p.error.code);
    case PlatformChoiceRole:
        return describePlatforms(p.options);
    case DigestRole:
        return p.result.digest.isValid() ? p.result.digest.toString() : QString();
    case FinishedRole:
        return p.state == PullState::Done || p.state == PullState::Failed
            || p.state == PullState::Cancelled;
    }
    return {};
}

QVariant PullListModel::blobData(const Pull &p, int blobIndex, int column, int role) const
{
    const BlobProgress &b = p.blobs.at(blobIndex);
    const qint64 size = b.descriptor.size;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn: {
            int position = b.position;
            if (!b.isConfig && position == 0) { // not planned by a PullJob: count the rows
                for (int i = 0; i <= blobIndex; ++i)
                    position += p.blobs.at(i).isConfig ? 0 : 1;
            }
            const QString name = b.isConfig
                ? tr("Config %1").arg(shortDigest(b.descriptor.digest))
                //: %1 is the layer's position in its image, %2 a short digest
                : tr("Layer %1 %2").arg(position).arg(shortDigest(b.descriptor.digest));
            if (p.options.platforms != PullOptions::Platforms::All || b.platforms.isEmpty())
                return name;
            //: a blob of a multi-platform pull: %1 is "Layer 2 sha256:ab12…", %2 its platforms
            return tr("%1 (%2)").arg(name, b.platforms.join(QStringLiteral(", ")));
        }
        case ProgressColumn:
            return size > 0 ? QStringLiteral("%1%").arg(b.received * 100 / size) : QString();
        case TransferredColumn:
            return PullFormat::progress(b.received, size);
        case StateColumn:
            return blobStateText(p, b);
        }
        return {};
    case Qt::ToolTipRole:
        if (column == NameColumn)
            return QString(b.descriptor.digest.toString() + QLatin1Char('\n')
                           + b.descriptor.mediaType);
        if (column == StateColumn && !b.note.isEmpty())
            return b.note;
        return {};
    case IsBlobRole:
        return true;
    case PullIdRole:
        return p.id;
    case ReferenceRole:
        return p.referenceText;
    case StateRole:
        return int(b.state);
    case StateTextRole:
        return blobStateText(p, b);
    case ReceivedRole:
        return b.received;
    case TotalRole:
        return size;
    case ProgressRole:
        if (b.state == BlobProgress::State::Done || b.state == BlobProgress::State::Reused)
            return 1.0;
        return size > 0 ? double(b.received) / double(size) : -1.0;
    case BytesPerSecondRole:
        return 0.0;
    case EtaMsRole:
        return qint64(-1);
    case ErrorRole:
        return b.note;
    case ErrorCodeRole:
        return int(ErrorCode::None);
    case PlatformChoiceRole:
        return describePlatforms(p.options);
    case DigestRole:
        return b.descriptor.digest.toString();
    case BlobKindRole:
        return b.isConfig ? QStringLiteral("config") : QStringLiteral("layer");
    case FinishedRole:
        return b.state == BlobProgress::State::Done || b.state == BlobProgress::State::Reused
            || b.state == BlobProgress::State::Failed;
    }
    return {};
}

QVariant PullListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Image");
    case ProgressColumn:
        return tr("Progress");
    case TransferredColumn:
        return tr("Transferred");
    case RateColumn:
        return tr("Rate");
    case EtaColumn:
        return tr("Time left");
    case StateColumn:
        return tr("State");
    }
    return {};
}

QHash<int, QByteArray> PullListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(IsBlobRole, "isBlob");
    names.insert(PullIdRole, "pullId");
    names.insert(ReferenceRole, "reference");
    names.insert(StateRole, "state");
    names.insert(StateTextRole, "stateText");
    names.insert(ReceivedRole, "received");
    names.insert(TotalRole, "total");
    names.insert(ProgressRole, "progress");
    names.insert(BytesPerSecondRole, "bytesPerSecond");
    names.insert(EtaMsRole, "etaMs");
    names.insert(ErrorRole, "error");
    names.insert(ErrorCodeRole, "errorCode");
    names.insert(PlatformChoiceRole, "platformChoice");
    names.insert(DigestRole, "digest");
    names.insert(BlobKindRole, "blobKind");
    names.insert(FinishedRole, "finished");
    return names;
}

int PullListModel::pull(const ImageReference &reference, const PullOptions &options)
{
    if (!m_service)
        return -1;
    const int id = m_service->pull(reference, options);
    return addPull(id, reference, options);
}

int PullListModel::addPull(int id, const ImageReference &reference, const PullOptions &options)
{
    if (const int existing = rowOfId(id); existing >= 0)
        return existing;
    const int before = activeCount();
    const int row = int(m_pulls.size());
    beginInsertRows({}, row, row);
    Pull p;
    p.key = m_nextKey++;
    p.id = id;
    p.reference = reference;
    p.referenceText = reference.toString();
    p.options = options;
    m_pulls.append(p);
    m_keyOfId.insert(id, p.key);
    endInsertRows();
    setActiveCountChanged(before);
    return row;
}

void PullListModel::cancel(int row)
{
    if (!canCancel(row))
        return;
    if (m_service)
        m_service->cancel(m_pulls.at(row).id);
}

bool PullListModel::canCancel(int row) const
{
    if (row < 0 || row >= m_pulls.size())
        return false;
    const PullState s = m_pulls.at(row).state;
    return s == PullState::Resolving || s == PullState::Downloading;
}

bool PullListModel::canRetry(int row) const
{
    if (!m_service || row < 0 || row >= m_pulls.size())
        return false;
    const PullState s = m_pulls.at(row).state;
    return s == PullState::Failed || s == PullState::Cancelled;
}

bool PullListModel::retry(int row)
{
    if (!canRetry(row))
        return false;
    const int before = activeCount();
    Pull &p = m_pulls[row];
    // The old attempt has reported its end (it is Failed or Cancelled), so its id is retired
    // and no late signal of it can touch the row again.
    m_keyOfId.remove(p.id);
    if (!p.blobs.isEmpty()) {
        beginRemoveRows(index(row, 0), 0, int(p.blobs.size()) - 1);
        p.blobs.clear();
        endRemoveRows();
    }
    p.id = m_service->pull(p.reference, p.options);
    m_keyOfId.insert(p.id, p.key);
    p.state = PullState::Resolving;
    p.progressReceived = 0;
    p.total = -1;
    p.rate = 0;
    p.etaMs = -1;
    p.error = Error();
    p.result = PullResult();
    emitPullChanged(row);
    setActiveCountChanged(before);
    return true;
}

void PullListModel::removeFinished()
{
    for (int row = int(m_pulls.size()) - 1; row >= 0; --row) {
        if (canCancel(row))
            continue;
        beginRemoveRows({}, row, row);
        m_keyOfId.remove(m_pulls.at(row).id);
        m_pulls.removeAt(row);
        endRemoveRows();
    }
}

int PullListModel::activeCount() const
{
    int n = 0;
    for (int row = 0; row < m_pulls.size(); ++row)
        n += canCancel(row) ? 1 : 0;
    return n;
}

int PullListModel::rowOfId(int id) const
{
    const auto it = m_keyOfId.constFind(id);
    return it == m_keyOfId.cend() ? -1 : rowOfKey(*it);
}

QString PullListModel::describePlatforms(const PullOptions &options)
{
    switch (options.platforms) {
    case PullOptions::Platforms::Host:
        return tr("this machine (%1)").arg(Platform::host().normalized().format());
    case PullOptions::Platforms::Given:
        return options.platform.format();
    case PullOptions::Platforms::All:
        return tr("all platforms");
    }
    return {};
}

void PullListModel::onStarted(int id, const QString &reference)
{
    if (rowOfId(id) >= 0)
        return;
    // A pull someone else started through the same service.
    const auto parsed = ImageReference::parseNormalized(reference);
    if (parsed)
        addPull(id, *parsed, PullOptions());
}

void PullListModel::onResolved(int id, const QList<BlobProgress> &blobs)
{
    const int row = rowOfId(id);
    if (row < 0)
        return;
    Pull &p = m_pulls[row];
    if (!p.blobs.isEmpty()) {
        beginRemoveRows(index(row, 0), 0, int(p.blobs.size()) - 1);
        p.blobs.clear();
        endRemoveRows();
    }
    qint64 total = 0;
    for (const BlobProgress &b : blobs)
        total += b.descriptor.size;
    if (!blobs.isEmpty()) {
        beginInsertRows(index(row, 0), 0, int(blobs.size()) - 1);
        p.blobs = blobs;
        endInsertRows();
    }
    p.total = total;
    if (p.state == PullState::Resolving)
        p.state = PullState::Downloading;
    emitPullChanged(row);
}

void PullListModel::onBlobChanged(int id, int blobIndex, const BlobProgress &blob)
{
    const int row = rowOfId(id);
    if (row < 0 || blobIndex < 0 || blobIndex >= m_pulls.at(row).blobs.size())
        return;
    m_pulls[row].blobs[blobIndex] = blob;
    const QModelIndex parent = index(row, 0);
    Q_EMIT dataChanged(index(blobIndex, 0, parent), index(blobIndex, ColumnCount - 1, parent));
    emitPullChanged(row);
}

void PullListModel::onProgressed(int id,
                                 qint64 received,
                                 qint64 total,
                                 double bytesPerSecond,
                                 qint64 etaMs)
{
    const int row = rowOfId(id);
    if (row < 0)
        return;
    Pull &p = m_pulls[row];
    if (p.state == PullState::Done || p.state == PullState::Failed
        || p.state == PullState::Cancelled)
        return; // a queued progress signal that crossed the finish
    p.progressReceived = received;
    p.total = total;
    p.rate = bytesPerSecond;
    p.etaMs = etaMs;
    if (p.state == PullState::Resolving)
        p.state = PullState::Downloading;
    emitPullChanged(row);
}

void PullListModel::onFinished(int id, const Result<PullResult> &result)
{
    const int row = rowOfId(id);
    if (row < 0 || !canCancel(row))
        return; // unknown, or already finished (the service reports once; stay robust)
    const int before = activeCount();
    Pull &p = m_pulls[row];
    if (result) {
        p.state = PullState::Done;
        p.result = *result;
        if (p.total < 0)
            p.total = result->totalBytes;
    } else {
        const Error &error = result.error();
        p.state = error.code == ErrorCode::Cancelled ? PullState::Cancelled : PullState::Failed;
        p.error = error;
    }
    p.rate = 0;
    p.etaMs = -1;
    emitPullChanged(row);
    if (!p.blobs.isEmpty()) {
        // Blobs still waiting or downloading now read "Stopped" (see blobStateText()).
        const QModelIndex parent = index(row, 0);
        Q_EMIT dataChanged(index(0, 0, parent),
                           index(int(p.blobs.size()) - 1, ColumnCount - 1, parent));
    }
    setActiveCountChanged(before);
    Q_EMIT pullFinished(p.referenceText, result);
}

qint64 PullListModel::received(const Pull &p)
{
    // The blob rows are the detailed truth (a reused or finished blob counts in full even when
    // no progress figure followed it); the last progress figure covers canned data without
    // blob rows.
    qint64 sum = 0;
    for (const BlobProgress &b : p.blobs)
        sum += b.received;
    return qMax(sum, p.progressReceived);
}

QString PullListModel::stateText(const Pull &p)
{
    switch (p.state) {
    case PullState::Resolving:
        return tr("Resolving");
    case PullState::Downloading:
        return tr("Downloading");
    case PullState::Done:
        if (p.result.reusedBytes > 0) {
            //: %1 is a duration, %2 a size
            return tr("Done in %1 (%2 already stored)")
                .arg(PullFormat::duration(p.result.elapsedMs),
                     PullFormat::bytes(p.result.reusedBytes));
        }
        return tr("Done in %1").arg(PullFormat::duration(p.result.elapsedMs));
    case PullState::Failed:
        return tr("Failed: %1").arg(p.error.message);
    case PullState::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString PullListModel::blobStateText(const Pull &p, const BlobProgress &b)
{
    const bool stopped = p.state == PullState::Failed || p.state == PullState::Cancelled;
    switch (b.state) {
    case BlobProgress::State::Waiting:
        return stopped ? tr("Stopped") : tr("Waiting");
    case BlobProgress::State::Downloading:
        return stopped ? tr("Stopped") : tr("Downloading");
    case BlobProgress::State::Retrying:
        return stopped ? tr("Stopped") : tr("Retrying: %1").arg(b.note);
    case BlobProgress::State::Reused:
        return tr("Already stored");
    case BlobProgress::State::Done:
        return tr("Done");
    case BlobProgress::State::Failed:
        return tr("Failed: %1").arg(b.note);
    }
    return {};
}

int PullListModel::rowOfKey(quintptr key) const
{
    for (int row = 0; row < m_pulls.size(); ++row) {
        if (m_pulls.at(row).key == key)
            return row;
    }
    return -1;
}

void PullListModel::emitPullChanged(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void PullListModel::setActiveCountChanged(int before)
{
    const int now = activeCount();
    if (now != before)
        Q_EMIT activeCountChanged(now);
}
