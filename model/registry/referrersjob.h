// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/core/job.h"
#include "model/reference/imagereference.h"
#include "model/registry/descriptor.h"

#include <QPointer>

class ManifestJob;
class RegistryClient;
class RegistryRequest;

// Lists the manifests that refer to a digest (signatures, SBOMs, attestations): the referrers
// API first, and when it answers 404, the referrers tag schema <alg>-<hex> (spec.md "Listing
// Referrers", "Unavailable Referrers API"). finished() is emitted once, also after cancel().
class ReferrersJob : public ResultJob<QList<Descriptor>>
{
    Q_OBJECT
public:
    // reference names the repository; subject is the manifest digest whose referrers we want.
    ReferrersJob(RegistryClient *client,
                 ImageReference repository,
                 Digest subject,
                 QObject *parent = nullptr);
    void start() override;
    // Stops the request in flight; finished() follows with a Cancelled error.
    void cancel() override;

    // True when the registry had no referrers API and the tag schema was used.
    bool usedTagSchema() const { return m_usedTagSchema; }

    // The referrers tag for a digest: algorithm (max 32) "-" encoded (max 64).
    static QString tagSchemaTag(const Digest &digest);

private:
    void fallBackToTag();
    static Result<QList<Descriptor>> descriptorsOf(const QByteArray &indexBody,
                                                   const QString &where);

    RegistryClient *m_client;
    ImageReference m_repository;
    Digest m_subject;
    QPointer<RegistryRequest> m_request;
    QPointer<ManifestJob> m_manifestJob;
    bool m_usedTagSchema = false;
};
