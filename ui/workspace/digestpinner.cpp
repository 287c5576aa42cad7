// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/workspace/digestpinner.h"

#include "model/kube/kubefixes.h"
#include "model/reference/imagereference.h"
#include "model/registry/manifestjob.h"
#include "model/registry/registryclient.h"
#include "ui/workspace/workspacedocument.h"

namespace {
bool fieldPathIn(const QString &findingPath, const QString &path)
{
    return !path.isEmpty()
        && (findingPath == path || findingPath.startsWith(path + QLatin1Char('.')));
}
} // namespace

DigestPinner::DigestPinner(QObject *parent)
    : QObject(parent)
{}

DigestPinner::~DigestPinner()
{
    cancelAll();
}

RegistryClient *DigestPinner::client() const
{
    return m_client;
}

void DigestPinner::setClient(RegistryClient *client)
{
    if (m_client)
        disconnect(m_client, nullptr, this, nullptr);
    m_client = client;
    if (client)
        connect(client, &QObject::destroyed, this, &DigestPinner::cancelAll);
}

const LocatedValue *DigestPinner::imageFor(const KubeFile &file,
                                           const Finding &finding,
                                           const ContainerSpec **container)
{
    const LocatedValue *byLine = nullptr;
    const ContainerSpec *byLineContainer = nullptr;
    for (const KubeObject &object : file.objects) {
        if (!object.podSpec)
            continue;
        const bool sameObject = object.displayName() == finding.object;
        for (const ContainerSpec &c : object.podSpec->containers) {
            if (sameObject && fieldPathIn(finding.fieldPath, c.fieldPath)) {
                if (container)
                    *container = &c;
                return &c.image;
            }
            if (!byLine && c.image.at.line == finding.at.line) {
                byLine = &c.image;
                byLineContainer = &c;
            }
        }
        for (const ImageVolume &v : object.podSpec->imageVolumes) {
            if (sameObject && fieldPathIn(finding.fieldPath, v.fieldPath))
                return &v.reference;
            if (!byLine && v.reference.at.line == finding.at.line)
                byLine = &v.reference;
        }
    }
    if (container)
        *container = byLineContainer;
    return byLine;
}

bool DigestPinner::pin(WorkspaceDocument *document, const Finding &finding)
{
    // The finding is of the document's last read (the text is read off the GUI thread).
    const LocatedValue *image = imageFor(document->kubeFile(), finding);
    if (!image || image->value.isEmpty()) {
        Q_EMIT failed(tr("There is no image to pin at this place any more."));
        return false;
    }
    // The kubelet's reading of the name: Docker Hub and "latest" filled in as it does.
    Result<ImageReference> ref = ImageReference::parseDockerRef(image->value);
    if (!ref) {
        //: %1 is the image reference, %2 why it does not parse
        Q_EMIT failed(tr("Cannot pin \"%1\": %2").arg(image->value, ref.error().message));
        return false;
    }
    if (!m_client) {
        Q_EMIT failed(tr("Cannot pin \"%1\": no registry connection.").arg(image->value));
        return false;
    }
    auto *job = new ManifestJob(m_client, *ref, ManifestJob::Method::Head, this);
    m_jobs.insert(job, Pending{document, finding, image->value});
    connect(job, &ManifestJob::finished, this, [this, job] {
        onFinished(job);
    });
    Q_EMIT started(image->value);
    job->start();
    return true;
}

void DigestPinner::cancelAll()
{
    const auto jobs = m_jobs.keys();
    m_jobs.clear();
    for (ManifestJob *job : jobs) {
        job->disconnect(this);
        job->cancel();
        job->deleteLater();
    }
}

void DigestPinner::onFinished(ManifestJob *job)
{
    const Pending pending = m_jobs.take(job);
    job->deleteLater();
    if (!pending.document)
        return; // closed meanwhile: nothing to edit
    const Result<ManifestResult> &result = job->result();
    if (!result) {
        //: %1 is the image reference, %2 the registry's error
        Q_EMIT failed(tr("Could not resolve the digest of %1: %2")
                          .arg(pending.image, result.error().message));
        return;
    }
    // The text may have changed while the registry answered: find the image again in the last
    // read; the edits are moved onto the text as it is now when applied (rebase()).
    const KubeFile &file = pending.document->kubeFile();
    const ContainerSpec *container = nullptr;
    const LocatedValue *image = imageFor(file, pending.finding, &container);
    if (!image || image->value != pending.image) {
        Q_EMIT failed(tr("%1 changed while its digest was looked up; nothing was pinned.")
                          .arg(pending.image));
        return;
    }
    const QString digest = result->digest.toString();
    const QList<TextEdit> edits = container ? KubeFixes::pinToDigest(file, *container, digest)
                                            : KubeFixes::pinToDigest(file, *image, digest);
    if (edits.isEmpty()) {
        Q_EMIT failed(
            tr("Cannot pin %1 here: the value is not a plain YAML scalar.").arg(pending.image));
        return;
    }
    Q_EMIT pinned(pending.document, edits, digest);
}
