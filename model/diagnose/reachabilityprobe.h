// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/diagnose/diagnosisstep.h"
#include "model/registry/pingjob.h"

#include <QObject>
#include <QPointer>

class ProbeClients;

// Step 5, "the registry is reachable": GET /v2/ anonymously (PingJob) with the node's TLS
// settings, and reports DNS, the connection, TLS with the CA files used, and the auth the
// registry asks for. finished() is emitted exactly once, never inside start().
class ReachabilityProbe : public QObject
{
    Q_OBJECT
public:
    // clients must outlive the probe.
    ReachabilityProbe(ProbeClients *clients, QObject *parent = nullptr);
    void start();

    // The step (valid after finished()).
    const DiagnosisStep &step() const { return m_step; }

    // What the registry answered (valid when the step passed).
    const PingResult &ping() const { return m_ping; }

Q_SIGNALS:
    void finished(QPrivateSignal);

private:
    void onPinged();
    void addTlsEvidence();
    DiagnosisMend mendFor(const Error &error) const;
    void finish();

    ProbeClients *m_clients;
    QPointer<PingJob> m_job;
    DiagnosisStep m_step;
    PingResult m_ping;
};
