// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/diagnose/reachabilityprobe.h"

#include "model/core/tr.h"
#include "model/diagnose/diagnosis.h"
#include "model/diagnose/probeclients.h"
#include "model/registry/registryclient.h"
#include "model/registry/tlssettings.h"

ReachabilityProbe::ReachabilityProbe(ProbeClients *clients, QObject *parent)
    : QObject(parent)
    , m_clients(clients)
{
    m_step = DiagnosisStep::make(QStringLiteral("registry"),
                                 Diagnosis::stepTitle(QStringLiteral("registry")),
                                 DiagnosisStep::Status::Skipped);
}

void ReachabilityProbe::start()
{
    const QString host = m_clients->host();
    const QString api = RegistryClient::apiHost(host);
    if (api != host)
        //: %1 the reference's registry (docker.io), %2 the host actually contacted
        m_step.evidence.append(Tr::tr("%1 is served by %2").arg(host, api));
    // Anonymous on purpose: this step asks only whether the node can talk to the registry;
    // credentials are the next step's business.
    m_job = new PingJob(m_clients->anonymous(), host, this);
    connect(m_job, &PingJob::finished, this, &ReachabilityProbe::onPinged);
    m_job->start();
}

void ReachabilityProbe::addTlsEvidence()
{
    RegistryClient *client = m_clients->anonymous();
    const QString host = m_clients->host();
    const RegistryHostOptions options = client->optionsFor(host);
    if (!options.tlsVerify) {
        m_step.evidence.append(Tr::tr("TLS: certificate verification is off for %1").arg(host));
        return;
    }
    const Result<TlsSettings> tls = client->tlsFor(host);
    if (!tls) {
        m_step.evidence.append(Tr::tr("TLS: %1").arg(tls.error().message));
        return;
    }
    if (tls->caFiles.isEmpty())
        m_step.evidence.append(
            Tr::tr("TLS: the system's trusted CAs (no extra CA file for %1)").arg(host));
    else
        //: %1 CA files, comma-separated
        m_step.evidence.append(Tr::tr("TLS: the system's trusted CAs plus %1")
                                   .arg(tls->caFiles.join(QStringLiteral(", "))));
    if (!tls->consulted.isEmpty())
        m_step.evidence.append(
            Tr::tr("certs.d folders consulted: %1").arg(tls->consulted.join(QStringLiteral(", "))));
    if (!tls->clientCertificate.isEmpty())
        m_step.evidence.append(Tr::tr("client certificate: %1").arg(tls->clientCertificate));
}

void ReachabilityProbe::onPinged()
{
    m_job->deleteLater();
    const Result<PingResult> &result = m_job->result();
    const QString host = m_clients->host();
    if (!result) {
        const Error &e = result.error();
        m_step.status = DiagnosisStep::Status::Failed;
        m_step.summary = e.message;
        if (e.code == ErrorCode::Tls)
            addTlsEvidence();
        m_step.evidence.append(Tr::tr("error class: %1").arg(Error::codeName(e.code)));
        if (!e.detail.isEmpty())
            m_step.evidence.append(e.detail);
        m_step.mend = mendFor(e);
        finish();
        return;
    }
    m_ping = *result;
    m_step.status = DiagnosisStep::Status::Passed;
    //: %1 URL of the registry API root
    m_step.summary = Tr::tr("%1 answered").arg(m_ping.url);
    if (m_ping.scheme == QLatin1String("https"))
        addTlsEvidence();
    else
        // containerd speaks plain HTTP to localhost only, unless hosts.toml says otherwise
        // (docs/reference/registry-protocol.md §3.4); Pullscope does the same for loopback
        // registries.
        m_step.evidence.append(
            Tr::tr("plain HTTP: allowed for loopback registries and those marked insecure"));
    if (m_ping.authScheme == QLatin1String("bearer"))
        //: %1 token server URL, %2 service name
        m_step.evidence.append(Tr::tr("asks for a bearer token from %1 (service \"%2\")")
                                   .arg(m_ping.realm, m_ping.service));
    else if (m_ping.authScheme == QLatin1String("basic"))
        m_step.evidence.append(Tr::tr("asks for HTTP Basic authentication"));
    else
        m_step.evidence.append(Tr::tr("asks for no authentication"));
    finish();
}

DiagnosisMend ReachabilityProbe::mendFor(const Error &error) const
{
    const QString host = m_clients->host();
    DiagnosisMend mend;
    mend.kind = DiagnosisMend::Kind::NodeSetting;
    switch (error.code) {
    case ErrorCode::Dns:
        mend.summary = Tr::tr("Make %1 resolvable from the node (its DNS servers in "
                              "/etc/resolv.conf), or correct the registry name in the image.")
                           .arg(host);
        mend.commands = {QStringLiteral("getent hosts %1")
                             .arg(RegistryClient::apiHost(host).section(QLatin1Char(':'), 0, 0))};
        break;
    case ErrorCode::Tls:
        // containerd reads /etc/containerd/certs.d/<host>/ (hosts.toml or ca.crt), Docker and
        // CRI-O /etc/docker/certs.d and /etc/containers/certs.d
        // (docs/reference/registry-protocol.md §3.4).
        mend.summary = Tr::tr("Give the node's container runtime the CA that signed %1's "
                              "certificate (or fix the certificate).")
                           .arg(host);
        mend.commands = {
            QStringLiteral("sudo mkdir -p /etc/containerd/certs.d/%1").arg(host),
            QStringLiteral("sudo cp CA.crt /etc/containerd/certs.d/%1/ca.crt").arg(host)};
        break;
    default:
        mend.summary = Tr::tr("Make %1 reachable from the node: the registry must be running and "
                              "no firewall or proxy (HTTPS_PROXY / NO_PROXY of the container "
                              "runtime's service) may stand in the way.")
                           .arg(host);
        mend.commands = {
            QStringLiteral("curl -sSI https://%1/v2/").arg(RegistryClient::apiHost(host))};
        break;
    }
    return mend;
}

void ReachabilityProbe::finish()
{
    QMetaObject::invokeMethod(
        this,
        [this] {
            Q_EMIT finished(QPrivateSignal());
        },
        Qt::QueuedConnection);
}
