// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/core/result.h"
#include "ocilayoutwriter.h"
#include "skopeo.h"

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

class RegistryProcess;

// Puts content into a lab registry: whole images from an OCI layout with the real
// `skopeo copy` (as the registry's administrator, over its TLS or plain HTTP), and a fast
// path that tags one existing manifest many times through the HTTP API
// (PUT /v2/<name>/manifests/<tag>) for bulk cases such as 10,000 tags. Blocking; main thread.
// The registry must outlive the seeder.
class LabSeeder
{
public:
    struct CopyOptions
    {
        bool all = false; // --all: an index and every image it lists
        bool preserveDigests = true; // --preserve-digests: fail rather than rewrite
        QString format; // --format (oci, v2s2) when a conversion is wanted; "" keeps the type
    };

    explicit LabSeeder(const RegistryProcess &registry);

    // Copies oci:<layoutDir>:<refName> to docker://HOST:PORT/<repository>:<tag>.
    Result<void> copy(const QString &layoutDir,
                      const QString &refName,
                      const QString &repository,
                      const QString &tag,
                      const CopyOptions &options);
    // Same with default options (single image, digests preserved).
    Result<void> copy(const QString &layoutDir,
                      const QString &refName,
                      const QString &repository,
                      const QString &tag);
    // Pushes the manifest or index `root` of the layout at layoutDir, with everything it
    // references, straight through the registry API (blob uploads, then manifests, children
    // first) and tags it. Byte-exact, for any media type: Docker manifests and manifest lists
    // too, which the oci: transport of skopeo 1.9 does not read from a layout.
    Result<void> pushDirect(const QString &layoutDir,
                            const BlobInfo &root,
                            const QString &repository,
                            const QString &tag);
    // Makes every tag in tags point at the manifest sourceReference (a tag or digest) already in
    // repository, with at most parallel requests in flight. Same digest, same media type.
    Result<void> tagMany(const QString &repository,
                         const QString &sourceReference,
                         const QStringList &tags,
                         int parallel = 8);
    // "prefix-00001" ... "prefix-NNNNN": count tags sorted the same lexically and numerically.
    static QStringList numberedTags(const QString &prefix, int count);

    // The skopeo runner the seeder uses (isolated configuration).
    const Skopeo &skopeo() const { return m_skopeo; }

    // An auth.json with the administrator's credentials, for skopeo's --authfile ("" when the
    // registry has no auth).
    QString adminAuthFile() const { return m_authFile; }

private:
    void setUpClient(class LabHttpClient &client) const;
    Result<void> pushBlob(LabHttpClient &client,
                          const QString &layoutDir,
                          const QString &repository,
                          const QString &digest);
    Result<void> pushManifest(LabHttpClient &client,
                              const QString &layoutDir,
                              const BlobInfo &manifest,
                              const QString &repository,
                              const QString &reference);

    const RegistryProcess &m_registry;
    Skopeo m_skopeo;
    QTemporaryDir m_dir;
    QString m_authFile;
};
