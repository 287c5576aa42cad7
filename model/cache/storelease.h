// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/reference/digest.h"

#include <QLockFile>
#include <QSet>
#include <QString>

#include <memory>

// A running pull's claim on the blobs it has stored but not yet recorded in index.json, so
// garbage collection (in this process or another) does not delete them mid-pull: a file
// leases/<id>.json listing the digests, valid while leases/<id>.lock is held (containerd's
// leases, in miniature). Released by the destructor. One thread.
class StoreLease
{
public:
    explicit StoreLease(const QString &storeRoot);
    ~StoreLease();
    StoreLease(const StoreLease &) = delete;
    StoreLease &operator=(const StoreLease &) = delete;

    // Adds digests to the lease (written at once; a few hundred bytes per image). The file
    // is replaced atomically but not synced: a lease matters only while its process lives.
    void add(const Digest &digest);
    void add(const QList<Digest> &digests);

    // The digests every live lease of the store protects; stale leases (their process is gone)
    // are removed on the way.
    static QSet<QString> protectedDigests(const QString &storeRoot);

private:
    QString m_jsonPath;
    std::unique_ptr<QLockFile> m_lock;
    QSet<QString> m_digests;
};
