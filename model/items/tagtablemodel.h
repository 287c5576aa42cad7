// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/core/error.h"
#include "model/registry/tagdetailsresolver.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>

class PagedListJob;
class RegistryClient;

// The tags of one repository: name, digest, created, size and platforms. Tags are listed page
// by page (listingProgressed() after each page; cancel() stops); details are resolved only for
// the rows a view asks for (requestDetails(), typically the visible ones) by a
// TagDetailsResolver, never from data(). Tags that share a digest get the same DigestGroupRole
// so views can group them visibly. GUI thread.
class TagTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TagColumn,
        DigestColumn,
        CreatedColumn,
        SizeColumn,
        PlatformsColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    // Where a row's details stand.
    enum class DetailsState { NotResolved, Resolving, Resolved, Failed };
    Q_ENUM(DetailsState)

    enum Role {
        TagRole = Qt::UserRole + 1, // QString
        DigestRole, // QString "sha256:..."; empty until resolved
        DigestGroupRole, // int: same value for tags with the same digest, -1 unknown
        DigestShareCountRole, // int: how many listed tags share this digest (0 unknown)
        VersionKeyRole, // QString: TagVersion::sortKey()
        CreatedRole, // QDateTime; null when unknown
        SizeRole, // qint64 bytes; -1 unknown
        PlatformsRole, // QStringList
        MediaTypeRole, // QString
        DetailsStateRole, // DetailsState, as int
        ErrorRole, // QString, when DetailsState is Failed
        ReferenceRole, // "host/repository:tag"
        PinnedReferenceRole, // "host/repository@sha256:..."; empty until resolved
    };
    Q_ENUM(Role)

    // client: not owned; null means no network (setTags() and applyDetails() still work).
    explicit TagTableModel(RegistryClient *client, QObject *parent = nullptr);
    ~TagTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Clears the table and lists the tags of host/repository (cancelling any listing).
    void setRepository(const QString &host, const QString &repository);
    // Clears the table and shows these tags without listing (canned data, tests).
    void setTags(const QString &host, const QString &repository, const QStringList &tags);
    // Stops listing; the tags so far stay. listingFinished() reports a Cancelled error.
    void cancel();

    QString host() const { return m_host; }

    QString repository() const { return m_repository; }

    bool isListing() const;

    // Tags per listing page (default 1000).
    void setPageSize(int n) { m_pageSize = n; }

    // Queues details for these rows (dropping earlier, not yet started requests): the rows a
    // view shows. Rows already resolved or resolving are skipped.
    void requestDetails(const QList<int> &rows);
    // Sets a tag's details as if resolved (the resolver's results land here too).
    void applyDetails(const QString &tag, const TagDetails &details);

    int rowOfTag(const QString &tag) const;

    TagDetailsResolver *resolver() const { return m_resolver; }

Q_SIGNALS:
    void listingStarted();
    // After each page: tags listed so far.
    void listingProgressed(int count);
    // Once per listing: a null Error on success.
    void listingFinished(const Error &error);

private:
    struct Row
    {
        QString tag;
        QString versionKey;
        DetailsState state = DetailsState::NotResolved;
        TagDetails details;
        QString error;
        int group = -1;
    };

    void clear();
    void appendTags(const QStringList &tags);
    void onResolved(const ImageReference &reference, const TagDetails &details);
    void onFailed(const ImageReference &reference, const Error &error);
    QString referenceFor(const QString &tag) const;
    QString tagOf(const ImageReference &reference) const;
    void emitRowChanged(int row);

    RegistryClient *m_client;
    TagDetailsResolver *m_resolver;
    QString m_host;
    QString m_repository;
    QList<Row> m_rows;
    QHash<QString, int> m_rowOfTag;
    QHash<QString, int> m_groupOfDigest;
    QHash<QString, QList<int>> m_rowsOfDigest;
    QPointer<PagedListJob> m_job;
    int m_pageSize = 1000;
};
