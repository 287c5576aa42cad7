// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/credentials/loginverifier.h"

#include "model/core/realclock.h"
#include "model/registry/pagedlistjob.h"
#include "model/registry/pingjob.h"
#include "model/registry/registryrequest.h"

LoginVerifier::LoginVerifier(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{}

LoginVerifier::~LoginVerifier()
{
    delete m_job; // aborts a request in flight
}

void LoginVerifier::start(const QString &host,
                          const QString &username,
                          const QString &password,
                          const QString &repository)
{
    if (m_started)
        return;
    m_started = true;
    m_host = host;
    m_repository = repository.trimmed();
    auto *clock = new RealClock(this);
    m_client = new RegistryClient(m_network, clock, this);
    // Only the login being tested: the user's files must not make a wrong password look
    // right (a stored login for the same host would otherwise answer instead).
    CredentialSources sources;
    sources.explicitOrigin = tr("the login dialog");
    if (const Result<void> set = sources.setExplicit(username + QLatin1Char(':') + password);
        !set) {
        QMetaObject::invokeMethod(
            this,
            [this, error = set.error()] {
                finish(error);
            },
            Qt::QueuedConnection);
        return;
    }
    m_client->setCredentialSources(sources);
    m_client->setHostOptions(host, m_options);

    auto *ping = new PingJob(m_client, host, this);
    m_job = ping;
    connect(ping, &PingJob::finished, this, [this, ping] {
        ping->deleteLater();
        m_job = nullptr;
        if (!ping->result()) {
            finish(ping->result().error());
            return;
        }
        m_authScheme = ping->result()->authScheme;
        if (m_authScheme == QLatin1String("none")) {
            finish(tr("%1 asks for no credentials; any login is accepted.").arg(m_host));
            return;
        }
        checkWithCredentials();
    });
    ping->start();
}

void LoginVerifier::checkWithCredentials()
{
    if (!m_repository.isEmpty()) {
        auto *tags =
            new PagedListJob(m_client, PagedListJob::Kind::Tags, m_host, m_repository, this);
        tags->setPageSize(1);
        tags->setLimit(1);
        m_job = tags;
        connect(tags, &PagedListJob::finished, this, [this, tags] {
            tags->deleteLater();
            m_job = nullptr;
            if (!tags->result()) {
                finish(tags->result().error());
                return;
            }
            //: %1 a repository, %2 a registry host
            finish(tr("The login may list the tags of %1 on %2.").arg(m_repository, m_host));
        });
        tags->start();
        return;
    }
    RequestSpec spec;
    spec.host = m_host;
    spec.path = QStringLiteral("/v2/");
    spec.operation = tr("logging in");
    spec.maxBodySize = 64 * 1024;
    RegistryRequest *request = m_client->request(spec);
    request->setParent(this);
    m_job = request;
    connect(request, &RegistryRequest::finished, this, [this, request] {
        request->deleteLater();
        m_job = nullptr;
        if (!request->result()) {
            finish(request->result().error());
            return;
        }
        //: %1 a registry host, %2 "basic" or "bearer"
        finish(tr("%1 accepted the login (%2).").arg(m_host, m_authScheme));
    });
    // RegistryClient::request() has started it already.
}

void LoginVerifier::cancel()
{
    delete m_job;
    finish(Error(ErrorCode::Cancelled, tr("Cancelled")));
}

void LoginVerifier::finish(Result<QString> result)
{
    if (m_done)
        return;
    m_done = true;
    m_result = std::move(result);
    QMetaObject::invokeMethod(
        this,
        [this] {
            Q_EMIT finished(QPrivateSignal());
        },
        Qt::QueuedConnection);
}
