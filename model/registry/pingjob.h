// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/auth/authchallenge.h"
#include "model/core/job.h"
#include "model/core/result.h"

#include <QPointer>

class PagedListJob;
class RegistryClient;
class RegistryRequest;

// What "Test connection" found out about a registry.
struct PingResult
{
    QString url; // the /v2/ URL that answered
    QString scheme; // "https" or "http"
    bool tlsVerified = false; // https with verification on
    QString apiVersion; // Docker-Distribution-API-Version, if sent
    QString authScheme; // "none", "basic", "bearer"
    QString realm; // bearer realm
    QString service; // bearer service
    bool catalogSupported = false;
    QString catalogNote; // why not, when not
    int sampleRepositories = 0; // repositories seen on the first catalog page (at most 1)
};

// Probes a registry the way "Test connection" should: /v2/ without credentials (what auth does
// it ask for, which scheme and TLS), then one catalog page with credentials.
// finished() is emitted once, also after cancel().
class PingJob : public ResultJob<PingResult>
{
    Q_OBJECT
public:
    PingJob(RegistryClient *client, QString host, QObject *parent = nullptr);
    void start() override;
    // Stops the probe; finished() follows with ErrorCode::Cancelled unless it already finished.
    void cancel() override;

private:
    RegistryClient *m_client;
    QString m_host;
    QPointer<RegistryRequest> m_request;
    QPointer<PagedListJob> m_catalog;
    PingResult m_data;
};
