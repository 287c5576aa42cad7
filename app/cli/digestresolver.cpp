// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/digestresolver.h"

#include "model/core/tr.h"
#include "model/registry/manifestjob.h"

#include <algorithm>

DigestResolver::DigestResolver(RegistryClient *client,
                               ImageReference repository,
                               QStringList tags,
                               int parallel,
                               QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_repository(std::move(repository))
    , m_tags(std::move(tags))
    , m_parallel(std::max(1, parallel))
{}

DigestResolver::~DigestResolver()
{
    qDeleteAll(m_running);
}

void DigestResolver::start()
{
    QMetaObject::invokeMethod(this, &DigestResolver::launchMore, Qt::QueuedConnection);
}

void DigestResolver::cancel()
{
    m_cancelled = true;
    qDeleteAll(m_running);
    m_running.clear();
    finish();
}

Error DigestResolver::firstError() const
{
    if (m_cancelled)
        return Error(ErrorCode::Cancelled, Tr::tr("Cancelled"));
    for (const QString &tag : m_tags) {
        const auto it = m_results.constFind(tag);
        if (it != m_results.cend() && !it->has_value())
            return it->error();
    }
    return {};
}

void DigestResolver::launchMore()
{
    if (m_done)
        return;
    while (m_running.size() < m_parallel && m_next < m_tags.size()) {
        const QString tag = m_tags.at(m_next++);
        const auto reference = m_repository.withTag(tag);
        if (!reference) {
            m_results.insert(tag, reference.error());
            continue;
        }
        auto *job = new ManifestJob(m_client, *reference, ManifestJob::Method::Head, this);
        m_running.insert(job);
        connect(job, &ManifestJob::finished, this, [this, job, tag] {
            m_running.remove(job);
            job->deleteLater();
            if (job->result())
                m_results.insert(tag, job->result()->digest);
            else
                m_results.insert(tag, job->result().error());
            Q_EMIT tagResolved(tag, int(m_results.size()));
            launchMore();
        });
        job->start();
    }
    if (m_running.isEmpty() && m_next >= m_tags.size())
        finish();
}

void DigestResolver::finish()
{
    if (m_done)
        return;
    m_done = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            Q_EMIT finished(QPrivateSignal());
        },
        Qt::QueuedConnection);
}
