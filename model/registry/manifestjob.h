// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/core/job.h"
#include "model/reference/imagereference.h"
#include "model/registry/manifest.h"
#include "model/registry/ratelimit.h"

#include <QPointer>

class RegistryClient;
class RegistryRequest;

// What a manifest request found.
struct ManifestResult
{
    Digest digest; // verified against the body (GET) or taken from Docker-Content-Digest (HEAD)
    QString mediaType;
    qint64 size = 0;
    std::optional<Manifest> manifest; // GET only
    RateLimit rateLimit;
};

// Fetches a manifest by tag or digest (spec.md "Pulling manifests"). GET parses and verifies:
// a digest reference must hash to its digest, and Docker-Content-Digest must agree with the
// body. HEAD resolves a tag to a digest without counting as a pull (Docker Hub), falling back
// to GET when the registry answers 405 or omits the digest (containerd resolver.go).
// Schema 1 is reported as unsupported with an explanation. finished() is emitted once, queued,
// also after cancel() (the Job contract).
class ManifestJob : public ResultJob<ManifestResult>
{
    Q_OBJECT
public:
    enum class Method { Get, Head };

    // reference: repository plus tag or digest (a digest wins when both are present).
    ManifestJob(RegistryClient *client,
                ImageReference reference,
                Method method,
                QObject *parent = nullptr);
    ~ManifestJob() override;

    void start() override;
    // Stops the request in flight; finished() follows with a Cancelled error.
    void cancel() override;

    const ImageReference &reference() const { return m_reference; }

private:
    void send(Method method);
    void onFinished();
    QString where() const;

    RegistryClient *m_client;
    ImageReference m_reference;
    Method m_method;
    Method m_sent = Method::Get;
    QPointer<RegistryRequest> m_request;
};
