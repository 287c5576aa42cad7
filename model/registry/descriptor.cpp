// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/registry/descriptor.h"

#include "model/core/tr.h"

#include <QJsonArray>

Result<Descriptor> Descriptor::fromJson(const QJsonObject &o, const QString &where)
{
    Descriptor d;
    d.mediaType = o.value(QStringLiteral("mediaType")).toString();
    const QString digestText = o.value(QStringLiteral("digest")).toString();
    auto digest = Digest::parse(digestText);
    if (!digest)
        return Error(ErrorCode::Protocol,
                     Tr::tr("%1 has an invalid digest \"%2\": %3")
                         .arg(where, digestText, digest.error().message));
    d.digest = *digest;
    const QJsonValue size = o.value(QStringLiteral("size"));
    if (!size.isDouble() || size.toDouble() < 0)
        return Error(ErrorCode::Protocol, Tr::tr("%1 has no valid size").arg(where));
    d.size = qint64(size.toDouble());
    d.artifactType = o.value(QStringLiteral("artifactType")).toString();
    const QJsonObject platform = o.value(QStringLiteral("platform")).toObject();
    if (!platform.isEmpty()) {
        QStringList features;
        for (const QJsonValue &f : platform.value(QStringLiteral("os.features")).toArray())
            features << f.toString();
        d.platform = Platform(platform.value(QStringLiteral("os")).toString(),
                              platform.value(QStringLiteral("architecture")).toString(),
                              platform.value(QStringLiteral("variant")).toString(),
                              platform.value(QStringLiteral("os.version")).toString(),
                              features);
    }
    const QJsonObject annotations = o.value(QStringLiteral("annotations")).toObject();
    for (auto it = annotations.begin(); it != annotations.end(); ++it)
        d.annotations.insert(it.key(), it.value().toString());
    for (const QJsonValue &u : o.value(QStringLiteral("urls")).toArray())
        d.urls << u.toString();
    return d;
}

QJsonObject Descriptor::toJson() const
{
    QJsonObject o{{QStringLiteral("mediaType"), mediaType},
                  {QStringLiteral("digest"), digest.toString()},
                  {QStringLiteral("size"), double(size)}};
    if (!artifactType.isEmpty())
        o.insert(QStringLiteral("artifactType"), artifactType);
    if (platform) {
        QJsonObject p{{QStringLiteral("os"), platform->os()},
                      {QStringLiteral("architecture"), platform->architecture()}};
        if (!platform->variant().isEmpty())
            p.insert(QStringLiteral("variant"), platform->variant());
        o.insert(QStringLiteral("platform"), p);
    }
    if (!annotations.isEmpty()) {
        QJsonObject a;
        for (auto it = annotations.begin(); it != annotations.end(); ++it)
            a.insert(it.key(), it.value());
        o.insert(QStringLiteral("annotations"), a);
    }
    return o;
}

bool Descriptor::isAttestation() const
{
    return annotations.value(QStringLiteral("vnd.docker.reference.type"))
        == QLatin1String("attestation-manifest");
}
