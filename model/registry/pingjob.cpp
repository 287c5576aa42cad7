// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/registry/pingjob.h"

#include "model/core/tr.h"
#include "model/registry/pagedlistjob.h"
#include "model/registry/registryclient.h"
#include "model/registry/registryrequest.h"

PingJob::PingJob(RegistryClient *client, QString host, QObject *parent)
    : ResultJob(parent)
    , m_client(client)
    , m_host(std::move(host))
{}

void PingJob::start()
{
    RequestSpec spec;
    spec.host = m_host;
    spec.path = QStringLiteral("/v2/");
    spec.operation = Tr::tr("checking the registry API");
    spec.anonymousOnly = true;
    spec.maxBodySize = 64 * 1024;
    RegistryRequest *request = m_client->request(spec);
    request->setParent(this);
    m_request = request;
    request->setAcceptedStatuses({401});
    connect(request, &RegistryRequest::finished, this, [this, request] {
        request->deleteLater();
        if (isFinished())
            return;
        if (!request->result()) {
            finish(request->result().error());
            return;
        }
        const RegistryResponse &r = *request->result();
        m_data.url = r.url.toDisplayString(QUrl::RemoveUserInfo);
        m_data.scheme = r.url.scheme();
        m_data.tlsVerified = m_data.scheme == QLatin1String("https")
            && m_client->optionsFor(m_host).tlsVerify && !m_client->optionsFor(m_host).insecure;
        m_data.apiVersion = QString::fromLatin1(r.header("docker-distribution-api-version"));
        const auto challenges = r.challenges();
        m_client->rememberChallenges(m_host, challenges);
        const AuthChallenge *c = AuthChallenge::preferred(challenges);
        if (r.status == 200 || !c) {
            m_data.authScheme = QStringLiteral("none");
        } else {
            m_data.authScheme = c->scheme;
            m_data.realm = c->realm();
            m_data.service = c->service();
        }
        auto *catalog =
            new PagedListJob(m_client, PagedListJob::Kind::Catalog, m_host, QString(), this);
        catalog->setPageSize(1);
        catalog->setLimit(1);
        m_catalog = catalog;
        connect(catalog, &PagedListJob::finished, this, [this, catalog] {
            catalog->deleteLater();
            if (isFinished())
                return;
            if (catalog->result()) {
                m_data.catalogSupported = true;
                m_data.sampleRepositories = int(catalog->result()->size());
            } else {
                m_data.catalogNote = catalog->result().error().message;
            }
            finish(m_data);
        });
        catalog->start();
    });
}

void PingJob::cancel()
{
    if (isFinished())
        return;
    ResultJob::cancel();
    if (m_request)
        m_request->cancel();
    if (m_catalog)
        m_catalog->cancel();
}
