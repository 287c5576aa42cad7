// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/registry/referrersjob.h"

#include "model/core/tr.h"
#include "model/registry/manifest.h"
#include "model/registry/manifestjob.h"
#include "model/registry/mediatypes.h"
#include "model/registry/registryclient.h"
#include "model/registry/registryrequest.h"

ReferrersJob::ReferrersJob(RegistryClient *client,
                           ImageReference repository,
                           Digest subject,
                           QObject *parent)
    : ResultJob(parent)
    , m_client(client)
    , m_repository(std::move(repository))
    , m_subject(std::move(subject))
{}

QString ReferrersJob::tagSchemaTag(const Digest &digest)
{
    QString tag = digest.algorithm().left(32) + QLatin1Char('-') + digest.encoded().left(64);
    for (QChar &c : tag) {
        const bool allowed = (c.unicode() < 128 && c.isLetterOrNumber()) || c == QLatin1Char('_')
            || c == QLatin1Char('.') || c == QLatin1Char('-');
        if (!allowed)
            c = QLatin1Char('-');
    }
    return tag;
}

Result<QList<Descriptor>> ReferrersJob::descriptorsOf(const QByteArray &indexBody,
                                                      const QString &where)
{
    auto index = Manifest::parse(indexBody, MediaType::ociIndex, where);
    if (!index)
        return index.error();
    return index->manifests();
}

void ReferrersJob::start()
{
    RequestSpec spec;
    spec.host = m_repository.domain();
    spec.repository = m_repository.path();
    spec.path =
        QStringLiteral("/v2/%1/referrers/%2").arg(m_repository.path(), m_subject.toString());
    spec.accept = MediaType::ociIndex.toLatin1();
    spec.scopes = {QStringLiteral("repository:%1:pull").arg(m_repository.path())};
    spec.operation = Tr::tr("listing the referrers of %1").arg(m_subject.toString().left(19));
    RegistryRequest *request = m_client->request(spec);
    m_request = request;
    request->setParent(this);
    request->setAcceptedStatuses({404});
    connect(request, &RegistryRequest::finished, this, [this, request] {
        request->deleteLater();
        if (!request->result()) {
            finish(request->result().error());
            return;
        }
        if (request->result()->status == 404) {
            fallBackToTag(); // spec: a registry with the API MUST NOT answer 404
            return;
        }
        finish(descriptorsOf(request->result()->body,
                             Tr::tr("the referrers of %1").arg(m_subject.toString())));
    });
}

void ReferrersJob::fallBackToTag()
{
    m_usedTagSchema = true;
    auto tagged = m_repository.withTag(tagSchemaTag(m_subject));
    if (!tagged) {
        finish(tagged.error());
        return;
    }
    auto *job = new ManifestJob(m_client, *tagged, ManifestJob::Method::Get, this);
    m_manifestJob = job;
    connect(job, &ManifestJob::finished, this, [this, job] {
        job->deleteLater();
        if (!job->result()) {
            if (job->result().error().code == ErrorCode::NotFound)
                finish(QList<Descriptor>()); // no referrers
            else
                finish(job->result().error());
            return;
        }
        if (!job->result()->manifest || !job->result()->manifest->isIndex()) {
            finish(Error(ErrorCode::Protocol,
                         Tr::tr("The referrers tag %1 does not hold an index")
                             .arg(tagSchemaTag(m_subject))));
            return;
        }
        finish(job->result()->manifest->manifests());
    });
    job->start();
}

void ReferrersJob::cancel()
{
    if (isFinished())
        return;
    ResultJob::cancel();
    if (m_request)
        m_request->cancel();
    if (m_manifestJob)
        m_manifestJob->cancel();
}
