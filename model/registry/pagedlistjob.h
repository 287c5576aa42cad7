// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/core/job.h"
#include "model/core/result.h"

#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QUrl>

class RegistryClient;
class RegistryRequest;

// Lists tags of a repository or the repositories of a registry (the catalog), page by page,
// following Link rel="next" (spec.md "Listing Tags": prefer Link over `last`), and refusing
// loops, pages that go backwards, and links to other hosts. pageReceived() reports progress;
// finished() is emitted exactly once, queued, also after cancel() (the Job contract).
class PagedListJob : public ResultJob<QStringList>
{
    Q_OBJECT
public:
    enum class Kind { Tags, Catalog };

    // For tags: host and repository path. For the catalog: host only.
    PagedListJob(RegistryClient *client,
                 Kind kind,
                 QString host,
                 QString repository,
                 QObject *parent = nullptr);
    ~PagedListJob() override;

    // Items asked per page (the `n` parameter); 0 lets the registry choose.
    void setPageSize(int n) { m_pageSize = n; }

    // Stop after this many items (0: no limit); the result then says it is partial.
    void setLimit(int limit) { m_limit = limit; }

    void start() override;
    // Stops the request in flight; finished() follows with a Cancelled error.
    void cancel() override;

    bool isPartial() const { return m_partial; }

    int pages() const { return m_pages; }

    QString host() const { return m_host; }

    QString repository() const { return m_repository; }

Q_SIGNALS:
    // A page arrived with these items; total is the count so far.
    void pageReceived(const QStringList &items, int total);

private:
    void fetch(const QUrl &url, const QByteArray &query);
    void onPage();

    RegistryClient *m_client;
    Kind m_kind;
    QString m_host;
    QString m_repository;
    int m_pageSize = 1000;
    int m_limit = 0;
    int m_pages = 0;
    bool m_partial = false;
    QStringList m_items;
    QSet<QString> m_seenUrls;
    QPointer<RegistryRequest> m_request;
};
