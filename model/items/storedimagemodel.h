// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/cache/contentstore.h"
#include "model/core/error.h"

#include <QAbstractTableModel>
#include <QThreadPool>

// The images in the local content store (ContentStore::images()): reference, digest,
// platforms, size and when they were pulled, sorted by reference. The store is read, and
// images are removed and garbage collected, on a thread of the model's own (one task at a time,
// in the order asked), so a large store never blocks the GUI thread; results come back as
// signals on the model's thread. A store that does not exist yet is an empty list, not an
// error. Rows are merged by reference, so a refresh keeps the view's selection. GUI thread.
class StoredImageModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        ReferenceColumn,
        DigestColumn,
        PlatformsColumn,
        SizeColumn,
        PulledColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        ReferenceRole = Qt::UserRole + 1, // QString: full normalized reference (may be empty)
        DigestRole, // QString "sha256:..." of the manifest or index
        MediaTypeRole, // QString
        PlatformsRole, // QStringList
        SizeRole, // qint64 bytes of the blobs the image references that the store holds
        PulledAtRole, // QDateTime; null when the entry does not say
        PulledByRole, // QString: "pullscope", or empty for entries other tools wrote
    };
    Q_ENUM(Role)

    // storeRoot: the content store's directory (ContentStore::defaultRoot() in the app).
    explicit StoredImageModel(QString storeRoot, QObject *parent = nullptr);
    // Waits for a running task (a listing, removal or collection) to end.
    ~StoredImageModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString storeRoot() const { return m_root; }

    // Lists the store again in the background; refreshed() reports the end.
    void refresh();
    // Removes the index entry of reference (or a digest) in the background, then refreshes;
    // imageRemoved() reports it. Blobs stay until collectGarbage().
    void removeImage(const QString &reference);
    // Deletes unreferenced blobs and stale partial downloads in the background, then
    // refreshes; garbageCollected() reports what it freed.
    void collectGarbage();

    // True while a task is queued or running.
    bool isBusy() const { return m_pending > 0; }

    // The error of the last listing (null when it worked).
    Error lastError() const { return m_lastError; }

    // Shows these images as if listed (canned data, tests; also where listings land).
    void setImages(QList<StoredImage> images);
    // The row of a reference; -1 when absent.
    int rowOfReference(const QString &reference) const;

    StoredImage imageAt(int row) const { return m_rows.value(row); }

    // A listing that reads a store as refresh() does (empty for a store not created yet; the
    // platform of a single-platform image read from its config when the entry records none).
    static Result<QList<StoredImage>> list(const QString &storeRoot);

Q_SIGNALS:
    // A listing ended: a null Error, or why the store could not be read (rows are kept).
    void refreshed(const Error &error);
    void imageRemoved(const QString &reference, int removedEntries, const Error &error);
    void garbageCollected(const GcReport &report, const Error &error);
    // isBusy() changed.
    void busyChanged(bool busy);

private:
    template<typename Work, typename Done>
    void run(Work work, Done done);
    void taskEnded();

    QString m_root;
    QList<StoredImage> m_rows;
    Error m_lastError;
    int m_pending = 0;
    QThreadPool m_pool;
};

Q_DECLARE_METATYPE(GcReport)
