// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/diagnose/blobprobe.h"

#include "model/core/tr.h"
#include "model/diagnose/diagnosis.h"
#include "model/registry/registryclient.h"
#include "model/registry/registryrequest.h"

#include <QLocale>

BlobProbe::BlobProbe(RegistryClient *client,
                     ImageReference reference,
                     Manifest image,
                     QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_reference(std::move(reference))
{
    m_blobs.append(image.config());
    m_blobs.append(image.layers());
    m_step = DiagnosisStep::make(QStringLiteral("blobs"),
                                 Diagnosis::stepTitle(QStringLiteral("blobs")),
                                 DiagnosisStep::Status::Skipped);
}

void BlobProbe::start()
{
    fetchNext();
}

void BlobProbe::fetchNext()
{
    if (m_next >= m_blobs.size()) {
        m_step.status = DiagnosisStep::Status::Passed;
        //: %n blobs, %1 their total size
        m_step.summary =
            Tr::tr("%n blob(s) present, %1 in all", nullptr, int(m_blobs.size()))
                .arg(QLocale::c().formattedDataSize(m_total, 1, QLocale::DataSizeSIFormat));
        finish();
        return;
    }
    const Descriptor blob = m_blobs.at(m_next);
    const QString what =
        m_next == 0 ? Tr::tr("config") : Tr::tr("layer %1/%2").arg(m_next).arg(m_blobs.size() - 1);
    RequestSpec spec;
    spec.host = m_reference.domain();
    spec.repository = m_reference.path();
    // A GET of the first byte rather than a HEAD: it follows the registry's redirect to its
    // storage as the runtime's download would, so "fetchable" means what it says (spec.md
    // "Pulling blobs": Range is optional; a registry that ignores it streams into the sink).
    spec.method = "GET";
    spec.headers.insert("Range", "bytes=0-0");
    spec.path = QStringLiteral("/v2/%1/blobs/%2").arg(m_reference.path(), blob.digest.toString());
    spec.scopes = {QStringLiteral("repository:%1:pull").arg(m_reference.path())};
    //: %1 "config" or "layer 1/3", %2 the digest
    spec.operation = Tr::tr("checking the %1 blob %2").arg(what, blob.digest.toString());
    spec.maxBodySize = 64 * 1024;
    RegistryRequest *request = m_client->request(spec);
    request->setParent(this);
    request->setBodySink(
        [](int, const QByteArray &) {
            return Result<void>();
        },
        64 * 1024);
    connect(request, &RegistryRequest::finished, this, [this, request, blob, what] {
        request->deleteLater();
        const Result<RegistryResponse> &r = request->result();
        if (!r) {
            m_step.status = DiagnosisStep::Status::Failed;
            m_step.summary = r.error().message;
            m_step.evidence.append(QStringLiteral("✗ %1 %2").arg(what, blob.digest.toString()));
            DiagnosisMend mend;
            mend.kind = r.error().code == ErrorCode::NotFound ? DiagnosisMend::Kind::Registry
                                                              : DiagnosisMend::Kind::NodeSetting;
            mend.summary = r.error().code == ErrorCode::NotFound
                ? Tr::tr("The registry lists the image but lost a blob it needs: push the image "
                         "again.")
                : Tr::tr("Make sure the node can download from the registry and any storage it "
                         "redirects blob downloads to.");
            m_step.mend = mend;
            finish();
            return;
        }
        m_total += blob.size;
        //: %1 "config" or "layer 1/3", %2 the digest, %3 the size
        m_step.evidence.append(
            QStringLiteral("✓ %1 %2 (%3)")
                .arg(what,
                     blob.digest.toString(),
                     QLocale::c().formattedDataSize(blob.size, 1, QLocale::DataSizeSIFormat)));
        ++m_next;
        fetchNext();
    });
}

void BlobProbe::finish()
{
    QMetaObject::invokeMethod(
        this,
        [this] {
            Q_EMIT finished(QPrivateSignal());
        },
        Qt::QueuedConnection);
}
