// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/registry/manifest.h"

#include "model/core/tr.h"
#include "model/reference/platformmatcher.h"
#include "model/registry/mediatypes.h"

#include <QJsonArray>
#include <QJsonDocument>

Result<Manifest>
Manifest::parse(const QByteArray &body, const QString &contentType, const QString &where)
{
    Manifest m;
    m.m_raw = body;
    m.m_digest = Digest::sha256Of(body);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (!doc.isObject()) {
        const QString why = parseError.error != QJsonParseError::NoError
            ? parseError.errorString()
            : Tr::tr("not a JSON object");
        return Error(ErrorCode::Protocol,
                     Tr::tr("The manifest of %1 is not valid JSON (%2 at byte %3)")
                         .arg(where, why)
                         .arg(parseError.offset));
    }
    const QJsonObject o = doc.object();
    const QString declared = o.value(QStringLiteral("mediaType")).toString();
    const QString served = MediaType::stripParameters(contentType);
    // spec.md: reject a document whose mediaType disagrees with Content-Type. Generic types
    // (application/json, text/plain, octet-stream) carry no claim, so the field decides.
    const bool genericServed = served.isEmpty() || served == QLatin1String("application/json")
        || served == QLatin1String("text/plain")
        || served == QLatin1String("application/octet-stream");
    if (!declared.isEmpty() && !genericServed && declared != served)
        return Error(ErrorCode::Protocol,
                     Tr::tr("The manifest of %1 says it is %2 but was served as %3")
                         .arg(where, declared, served));
    m.m_mediaType = declared.isEmpty() ? served : declared;
    const int schemaVersion = o.value(QStringLiteral("schemaVersion")).toInt();
    if (m.m_mediaType.isEmpty() || genericServed) {
        // Guess from the shape, as containerd does for registries that omit the type.
        if (schemaVersion == 1 || o.contains(QLatin1String("fsLayers")))
            m.m_mediaType = MediaType::dockerSchema1;
        else if (o.contains(QLatin1String("manifests")))
            m.m_mediaType = declared.isEmpty() ? MediaType::ociIndex : declared;
        else if (o.contains(QLatin1String("config")))
            m.m_mediaType = declared.isEmpty() ? MediaType::ociManifest : declared;
    }
    if (MediaType::isSchema1(m.m_mediaType) || schemaVersion == 1) {
        m.m_kind = Kind::Schema1;
        m.m_schema1Arch = o.value(QStringLiteral("architecture")).toString();
        return m;
    }
    if (schemaVersion != 2)
        return Error(ErrorCode::Unsupported,
                     Tr::tr("The manifest of %1 has schemaVersion %2; only 2 is supported")
                         .arg(where)
                         .arg(schemaVersion));

    const QJsonObject annotations = o.value(QStringLiteral("annotations")).toObject();
    for (auto it = annotations.begin(); it != annotations.end(); ++it)
        m.m_annotations.insert(it.key(), it.value().toString());
    m.m_artifactType = o.value(QStringLiteral("artifactType")).toString();
    if (o.value(QStringLiteral("subject")).isObject()) {
        auto subject = Descriptor::fromJson(o.value(QStringLiteral("subject")).toObject(),
                                            Tr::tr("%1: subject").arg(where));
        if (!subject)
            return subject.error();
        m.m_subject = *subject;
    }

    if (MediaType::isIndex(m.m_mediaType) || o.contains(QLatin1String("manifests"))) {
        m.m_kind = Kind::Index;
        const QJsonArray list = o.value(QStringLiteral("manifests")).toArray();
        for (int i = 0; i < list.size(); ++i) {
            auto d = Descriptor::fromJson(list.at(i).toObject(),
                                          Tr::tr("%1: manifests[%2]").arg(where).arg(i));
            if (!d)
                return d.error();
            m.m_manifests.append(*d);
        }
        return m;
    }
    if (!o.value(QStringLiteral("config")).isObject())
        return Error(ErrorCode::Protocol, Tr::tr("The manifest of %1 has no config").arg(where));
    auto config = Descriptor::fromJson(o.value(QStringLiteral("config")).toObject(),
                                       Tr::tr("%1: config").arg(where));
    if (!config)
        return config.error();
    m.m_config = *config;
    const QJsonArray layers = o.value(QStringLiteral("layers")).toArray();
    for (int i = 0; i < layers.size(); ++i) {
        auto d = Descriptor::fromJson(layers.at(i).toObject(),
                                      Tr::tr("%1: layers[%2]").arg(where).arg(i));
        if (!d)
            return d.error();
        m.m_layers.append(*d);
    }
    m.m_kind = Kind::Image;
    return m;
}

qint64 Manifest::layersSize() const
{
    qint64 total = 0;
    for (const Descriptor &d : m_layers)
        total += d.size;
    return total;
}

Result<int> Manifest::choosePlatform(const Platform &wanted, const QString &where) const
{
    // Attestations ride in indexes as unknown/unknown entries; they are never runnable.
    QList<std::optional<Platform>> candidates;
    for (const Descriptor &d : m_manifests)
        candidates.append(d.isAttestation() ? std::optional<Platform>(
                              Platform(QStringLiteral("unknown"), QStringLiteral("unknown")))
                                            : d.platform);
    const int best = PlatformMatcher::only(wanted).best(candidates);
    if (best >= 0 && !m_manifests.at(best).isAttestation())
        return best;
    QStringList available;
    for (const Descriptor &d : m_manifests) {
        if (!d.isAttestation() && d.platform)
            available << d.platform->format();
    }
    return Error(ErrorCode::NotFound,
                 Tr::tr("%1 has no image for %2; the index offers: %3")
                     .arg(where,
                          wanted.format(),
                          available.isEmpty() ? Tr::tr("nothing runnable")
                                              : available.join(QStringLiteral(", "))));
}
