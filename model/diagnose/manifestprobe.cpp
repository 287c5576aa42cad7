// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/diagnose/manifestprobe.h"

#include "model/core/tr.h"
#include "model/diagnose/diagnosis.h"
#include "model/diagnose/tagsuggester.h"
#include "model/reference/platformmatcher.h"
#include "model/registry/imageconfig.h"
#include "model/registry/manifestjob.h"
#include "model/registry/mediatypes.h"
#include "model/registry/pagedlistjob.h"
#include "model/registry/smallblobjob.h"

namespace {
// Tags listed at most when looking for the nearest: enough for any real repository's history,
// bounded so a diagnosis never walks an endless listing.
constexpr int kMaxTagsListed = 20000;
} // namespace

ManifestProbe::ManifestProbe(RegistryClient *client,
                             ImageReference reference,
                             Platform nodePlatform,
                             QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_reference(std::move(reference))
    , m_platform(std::move(nodePlatform))
{
    m_tagStep = DiagnosisStep::make(QStringLiteral("tag"),
                                    m_reference.hasDigest() ? Tr::tr("The digest exists")
                                                            : Tr::tr("The tag exists"),
                                    DiagnosisStep::Status::Skipped);
    m_platformStep = DiagnosisStep::make(QStringLiteral("platform"),
                                         Diagnosis::stepTitle(QStringLiteral("platform")),
                                         DiagnosisStep::Status::Skipped);
}

void ManifestProbe::start()
{
    auto *job = new ManifestJob(m_client, m_reference, ManifestJob::Method::Get, this);
    connect(job, &ManifestJob::finished, this, [this, job] {
        job->deleteLater();
        const Result<ManifestResult> &r = job->result();
        if (!r) {
            m_tagStep.status = DiagnosisStep::Status::Failed;
            m_tagStep.summary = r.error().message;
            if (r.error().code == ErrorCode::NotFound && !m_reference.hasDigest()) {
                listTags();
                return;
            }
            finish();
            return;
        }
        m_tagStep.status = DiagnosisStep::Status::Passed;
        const Manifest &manifest = *r->manifest;
        //: %1 the reference, %2 its digest
        m_tagStep.summary = Tr::tr("%1 is %2").arg(m_reference.toString(), r->digest.toString());
        m_tagStep.evidence.append(
            Tr::tr("media type: %1 (%2)")
                .arg(MediaType::describe(manifest.mediaType()), manifest.mediaType()));
        if (manifest.isIndex())
            chooseFromIndex(manifest);
        else
            checkConfigPlatform(manifest);
    });
    job->start();
}

void ManifestProbe::listTags()
{
    // containerd reports a missing tag as "<ref>: not found" (docs/reference/cluster-api.md §6 row
    // 7); the listing below is what the error does not say: what does exist.
    m_tagStep.evidence.append(QStringLiteral("failed to resolve reference \"%1\": %1: not found")
                                  .arg(m_reference.toString()));
    auto *job = new PagedListJob(m_client,
                                 PagedListJob::Kind::Tags,
                                 m_reference.domain(),
                                 m_reference.path(),
                                 this);
    job->setLimit(kMaxTagsListed);
    connect(job, &PagedListJob::finished, this, [this, job] {
        job->deleteLater();
        if (!job->result()) {
            m_tagStep.evidence.append(
                Tr::tr("the tags could not be listed: %1").arg(job->result().error().message));
            finish();
            return;
        }
        const QStringList &tags = *job->result();
        if (tags.isEmpty()) {
            m_tagStep.evidence.append(Tr::tr("the repository has no tags"));
        } else {
            m_nearest = TagSuggester::nearest(m_reference.tag(), tags, 3);
            //: %n how many tags, %1 the repository
            m_tagStep.evidence.append(
                Tr::tr("%n tag(s) in %1", nullptr, int(tags.size())).arg(m_reference.name()));
            //: %1 comma-separated tags
            m_tagStep.evidence.append(
                Tr::tr("nearest existing tags: %1").arg(m_nearest.join(QStringLiteral(", "))));
        }
        finish();
    });
    job->start();
}

void ManifestProbe::chooseFromIndex(const Manifest &index)
{
    for (const Descriptor &d : index.manifests()) {
        if (!d.isAttestation() && d.platform)
            m_offered.append(d.platform->format());
    }
    //: %1 comma-separated platforms
    m_platformStep.evidence.append(
        Tr::tr("the index offers %1").arg(m_offered.join(QStringLiteral(", "))));
    const Result<int> chosen = index.choosePlatform(m_platform, m_reference.toString());
    if (!chosen) {
        // containerd images.Manifest: "no match for platform in manifest: not found" (§6 row 8).
        m_platformStep.evidence.append(
            QStringLiteral("no match for platform in manifest: not found"));
        failPlatform(chosen.error().message);
        return;
    }
    const Descriptor &entry = index.manifests().at(*chosen);
    m_platformStep.status = DiagnosisStep::Status::Passed;
    //: %1 the node's platform, %2 the chosen entry's platform, %3 its digest
    m_platformStep.summary =
        Tr::tr("the node (%1) runs %2, %3")
            .arg(m_platform.format(),
                 entry.platform ? entry.platform->format() : Tr::tr("(no platform)"),
                 entry.digest.toString());
    const Result<ImageReference> byDigest = m_reference.withDigest(entry.digest);
    auto *job = new ManifestJob(m_client, *byDigest, ManifestJob::Method::Get, this);
    connect(job, &ManifestJob::finished, this, [this, job] {
        job->deleteLater();
        const Result<ManifestResult> &r = job->result();
        if (!r) {
            m_platformStep.status = DiagnosisStep::Status::Failed;
            m_platformStep.summary = r.error().message;
        } else if (!r->manifest->isImage()) {
            m_platformStep.status = DiagnosisStep::Status::Failed;
            m_platformStep.summary =
                Tr::tr("the index entry for the node is not an image manifest");
        } else {
            m_image = *r->manifest;
        }
        finish();
    });
    job->start();
}

void ManifestProbe::checkConfigPlatform(const Manifest &image)
{
    const Descriptor config = image.config();
    auto *job = new SmallBlobJob(m_client,
                                 m_reference.domain(),
                                 m_reference.path(),
                                 config.digest,
                                 config.size,
                                 this);
    connect(job, &SmallBlobJob::finished, this, [this, job, image] {
        job->deleteLater();
        if (!job->result()) {
            m_platformStep.status = DiagnosisStep::Status::Failed;
            m_platformStep.summary = job->result().error().message;
            finish();
            return;
        }
        const Result<ImageConfig> config =
            ImageConfig::parse(*job->result(), m_reference.toString());
        if (!config) {
            m_platformStep.status = DiagnosisStep::Status::Failed;
            m_platformStep.summary = config.error().message;
            finish();
            return;
        }
        // A single image: containerd checks its config's platform against the node's
        // (images.Manifest with a platform matcher), so an arm64-only image fails on amd64.
        const Platform platform(config->os, config->architecture, config->variant);
        m_offered = {platform.format()};
        m_platformStep.evidence.append(
            Tr::tr("a single-platform image for %1").arg(platform.format()));
        if (!PlatformMatcher::only(m_platform).match(platform)) {
            m_platformStep.evidence.append(
                QStringLiteral("no match for platform in manifest: not found"));
            failPlatform(Tr::tr("%1 is built for %2 only; the node is %3")
                             .arg(m_reference.toString(), platform.format(), m_platform.format()));
            return;
        }
        m_platformStep.status = DiagnosisStep::Status::Passed;
        m_platformStep.summary =
            Tr::tr("the node (%1) runs %2").arg(m_platform.format(), platform.format());
        m_image = image;
        finish();
    });
    job->start();
}

void ManifestProbe::failPlatform(const QString &summary)
{
    m_platformStep.status = DiagnosisStep::Status::Failed;
    m_platformStep.summary = summary;
    DiagnosisMend mend;
    mend.kind = DiagnosisMend::Kind::NodeSetting;
    //: %1 the node's platform, %2 the platforms the image has
    mend.summary = Tr::tr("Run the pod on a node of a platform the image has (%2), for example "
                          "with a nodeSelector on kubernetes.io/arch, or publish the image for %1.")
                       .arg(m_platform.format(), m_offered.join(QStringLiteral(", ")));
    if (!m_offered.isEmpty()) {
        const QString arch = m_offered.first().section(QLatin1Char('/'), 1, 1);
        mend.commands = {QStringLiteral("kubectl get nodes -l kubernetes.io/arch=%1").arg(arch)};
    }
    m_platformStep.mend = mend;
    finish();
}

void ManifestProbe::finish()
{
    QMetaObject::invokeMethod(
        this,
        [this] {
            Q_EMIT finished(QPrivateSignal());
        },
        Qt::QueuedConnection);
}
