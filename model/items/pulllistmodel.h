// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/core/error.h"
#include "model/pull/pulljob.h"

#include <QAbstractItemModel>
#include <QHash>

class PullService;

// The pulls of this session as a tree: one top-level row per pull (reference, state, bytes,
// rate, time left, the engine's error), and under it one row per blob of the pull (config or
// layer: digest, size, bytes received, state, the last retry reason or the failure). Fed by a
// PullService's signals, or by the on*() methods directly (canned data, tests). Rows stay until
// removeFinished(); a retry reuses its row. GUI thread.
class PullListModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn, // the reference; for a blob, "Config" or "Layer n" and the short digest
        ProgressColumn, // a percentage; views draw a bar from ProgressRole
        TransferredColumn, // "12.3 MiB of 40 MiB"
        RateColumn,
        EtaColumn,
        StateColumn, // the state; the engine's message when failed
        ColumnCount
    };
    Q_ENUM(Column)

    // Where a pull stands.
    enum class PullState { Resolving, Downloading, Done, Failed, Cancelled };
    Q_ENUM(PullState)

    enum Role {
        IsBlobRole = Qt::UserRole + 1, // bool: a blob row (child of a pull)
        PullIdRole, // int: the service's id of the pull's current attempt
        ReferenceRole, // QString: the full normalized reference of the pull
        StateRole, // int: PullState for a pull, BlobProgress::State for a blob
        StateTextRole, // QString: the state in words
        ReceivedRole, // qint64 bytes
        TotalRole, // qint64 bytes; -1 unknown (before the manifests are resolved)
        ProgressRole, // double 0..1; -1 unknown
        BytesPerSecondRole, // double; 0 unknown (pulls only)
        EtaMsRole, // qint64; -1 unknown (pulls only)
        ErrorRole, // QString: the engine's message of a failed pull, or a blob's note
        ErrorCodeRole, // int ErrorCode of a failed pull
        PlatformChoiceRole, // QString: "this machine (linux/amd64)", "linux/arm64", "all platforms"
        DigestRole, // QString: the blob's digest, or the pulled image's digest when done
        BlobKindRole, // QString: "config" or "layer" (blobs only)
        FinishedRole, // bool: the pull has finished (done, failed or cancelled)
    };
    Q_ENUM(Role)

    // service: not owned, may be null (then pull() fails and only the on*() methods feed it).
    explicit PullListModel(PullService *service, QObject *parent = nullptr);
    ~PullListModel() override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Starts a pull through the service and adds its row (last); returns the row, -1 without
    // a service.
    int pull(const ImageReference &reference, const PullOptions &options);
    // Asks the service to cancel the pull of row; the row turns Cancelled when it reports back.
    void cancel(int row);
    // Pulls a failed or cancelled row's reference again with the same options (the engine
    // resumes from the partial downloads it kept); returns false when the row cannot be retried.
    bool retry(int row);
    bool canCancel(int row) const;
    bool canRetry(int row) const;
    // Removes the rows of finished pulls.
    void removeFinished();
    // Pulls resolving or downloading.
    int activeCount() const;
    // The row of a service id (current attempts only); -1 when unknown.
    int rowOfId(int id) const;
    // A human description of a platform choice ("all platforms", "this machine (linux/amd64)").
    static QString describePlatforms(const PullOptions &options);

    // The service's signals land here; tests call them with canned data. Unknown ids are
    // ignored, except onStarted(), which adds a row for a pull started elsewhere (retrying it
    // uses the default options).
    void onStarted(int id, const QString &reference);
    void onResolved(int id, const QList<BlobProgress> &blobs);
    void onBlobChanged(int id, int blobIndex, const BlobProgress &blob);
    void onProgressed(int id, qint64 received, qint64 total, double bytesPerSecond, qint64 etaMs);
    void onFinished(int id, const Result<PullResult> &result);
    // Adds a row for a pull the caller started with id (pull() does this itself).
    int addPull(int id, const ImageReference &reference, const PullOptions &options);

Q_SIGNALS:
    // A pull finished: its PullResult, or the engine's error (message ready for people).
    void pullFinished(const QString &reference, const Result<PullResult> &result);
    // The number of running pulls changed.
    void activeCountChanged(int count);

private:
    struct Pull
    {
        quintptr key = 0; // stable, never reused: the internal id of the pull's blob rows
        int id = 0;
        ImageReference reference;
        QString referenceText;
        PullOptions options;
        PullState state = PullState::Resolving;
        qint64 progressReceived = 0; // the last pullProgressed figure
        qint64 total = -1;
        double rate = 0;
        qint64 etaMs = -1;
        Error error;
        PullResult result;
        QList<BlobProgress> blobs;
    };

    QVariant pullData(const Pull &p, int column, int role) const;
    QVariant blobData(const Pull &p, int blobIndex, int column, int role) const;
    static qint64 received(const Pull &p);
    static QString stateText(const Pull &p);
    static QString blobStateText(const Pull &p, const BlobProgress &b);
    int rowOfKey(quintptr key) const;
    void emitPullChanged(int row);
    void setActiveCountChanged(int before);

    PullService *m_service;
    QList<Pull> m_pulls;
    QHash<int, quintptr> m_keyOfId;
    quintptr m_nextKey = 1;
};
