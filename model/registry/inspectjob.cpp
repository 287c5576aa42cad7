// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/registry/inspectjob.h"

#include "model/core/tr.h"
#include "model/reference/platformmatcher.h"
#include "model/registry/manifestjob.h"
#include "model/registry/smallblobjob.h"

InspectJob::InspectJob(RegistryClient *client, ImageReference reference, QObject *parent)
    : ResultJob(parent)
    , m_client(client)
    , m_reference(std::move(reference))
    , m_platform(Platform::host())
{}

void InspectJob::start()
{
    m_data.reference = m_reference;
    auto *job = new ManifestJob(m_client, m_reference, ManifestJob::Method::Get, this);
    m_current = job;
    connect(job, &ManifestJob::finished, this, &InspectJob::onTop);
    job->start();
}

void InspectJob::cancel()
{
    if (isFinished())
        return;
    ResultJob::cancel();
    delete m_current;
}

void InspectJob::onTop()
{
    auto *job = qobject_cast<ManifestJob *>(m_current);
    m_current = nullptr;
    job->deleteLater();
    if (isFinished())
        return;
    if (!job->result()) {
        finish(job->result().error());
        return;
    }
    m_data.top = *job->result()->manifest;
    m_data.rateLimit = job->result()->rateLimit;
    if (!m_data.top.isIndex()) {
        m_data.manifest = m_data.top;
        fetchConfig();
        return;
    }
    for (const Descriptor &d : m_data.top.manifests())
        m_data.platforms.append({d.platform, d.digest, d.size, d.mediaType, d.isAttestation()});
    const Result<int> chosen = m_data.top.choosePlatform(m_platform, m_reference.toString());
    if (!chosen) {
        finish(chosen.error());
        return;
    }
    const int best = *chosen;
    if (m_data.platforms.at(best).platform)
        m_data.chosenPlatform = *m_data.platforms.at(best).platform;
    fetchImage(m_data.platforms.at(best).digest);
}

void InspectJob::fetchImage(const Digest &digest)
{
    auto child = m_reference.withDigest(digest);
    if (!child) {
        finish(child.error());
        return;
    }
    auto *job = new ManifestJob(m_client, *child, ManifestJob::Method::Get, this);
    m_current = job;
    connect(job, &ManifestJob::finished, this, [this, job] {
        m_current = nullptr;
        job->deleteLater();
        if (isFinished())
            return;
        if (!job->result()) {
            finish(job->result().error());
            return;
        }
        m_data.manifest = *job->result()->manifest;
        if (!m_data.manifest.isImage()) {
            finish(
                Error(ErrorCode::Unsupported,
                      Tr::tr("The index of %1 points at another index for %2; nested indexes are "
                             "not supported yet")
                          .arg(m_reference.toString(), m_platform.format())));
            return;
        }
        fetchConfig();
    });
    job->start();
}

void InspectJob::fetchConfig()
{
    const Descriptor config = m_data.manifest.config();
    auto *job = new SmallBlobJob(m_client,
                                 m_reference.domain(),
                                 m_reference.path(),
                                 config.digest,
                                 config.size,
                                 this);
    m_current = job;
    connect(job, &SmallBlobJob::finished, this, [this, job] {
        m_current = nullptr;
        job->deleteLater();
        if (isFinished())
            return;
        if (!job->result()) {
            finish(job->result().error());
            return;
        }
        m_data.configRaw = *job->result();
        auto config = ImageConfig::parse(m_data.configRaw, m_reference.toString());
        if (!config) {
            finish(config.error());
            return;
        }
        m_data.config = *config;
        if (!m_data.top.isIndex()) {
            m_data.chosenPlatform = Platform(config->os, config->architecture, config->variant);
            if (m_platformExplicit
                && !PlatformMatcher::only(m_platform).match(m_data.chosenPlatform)) {
                finish(Error(ErrorCode::NotFound,
                             Tr::tr("%1 is a single-platform image for %2, not %3")
                                 .arg(m_reference.toString(),
                                      m_data.chosenPlatform.normalized().format(),
                                      m_platform.format())));
                return;
            }
            m_data.platforms.append({m_data.chosenPlatform,
                                     m_data.top.digest(),
                                     m_data.top.size(),
                                     m_data.top.mediaType(),
                                     false});
        }
        finish(m_data);
    });
    job->start();
}
