// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/core/job.h"
#include "model/reference/imagereference.h"
#include "model/reference/platform.h"
#include "model/registry/imageconfig.h"
#include "model/registry/manifest.h"
#include "model/registry/ratelimit.h"

#include <QPointer>

class RegistryClient;

// Everything Pullscope shows about an image reference.
struct InspectResult
{
    struct PlatformEntry
    {
        std::optional<Platform> platform;
        Digest digest;
        qint64 size = 0;
        QString mediaType;
        bool attestation = false;
    };

    ImageReference reference;
    Manifest top; // what the reference points at: an index or an image manifest
    QList<PlatformEntry> platforms; // index entries; for a single manifest, its config's platform
    Manifest manifest; // the image manifest chosen for the platform
    Platform chosenPlatform;
    ImageConfig config;
    QByteArray configRaw;
    RateLimit rateLimit;
};

// Resolves a reference to its manifest, picks the image for a platform out of an index (the
// host's by default, with containerd's platforms.Only preference), and fetches its config.
// finished() is emitted once, queued, also after cancel() (the Job contract).
class InspectJob : public ResultJob<InspectResult>
{
    Q_OBJECT
public:
    InspectJob(RegistryClient *client, ImageReference reference, QObject *parent = nullptr);

    // The platform to choose from an index (default: Platform::host()).
    // A single-platform image for another platform then fails, as containerd's pull does.
    void setPlatform(const Platform &platform)
    {
        m_platform = platform;
        m_platformExplicit = true;
    }

    void start() override;
    // Stops the step in flight; finished() follows with a Cancelled error.
    void cancel() override;

private:
    void onTop();
    void fetchImage(const Digest &digest);
    void fetchConfig();

    RegistryClient *m_client;
    ImageReference m_reference;
    Platform m_platform;
    bool m_platformExplicit = false;
    InspectResult m_data;
    QPointer<QObject> m_current;
};
