// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/registry/descriptor.h"

#include <QByteArray>
#include <QList>

#include <optional>

// A manifest document as a registry served it: an index (OCI index / Docker manifest list),
// an image manifest (OCI / Docker schema 2), or a recognised-but-unsupported schema 1.
// Keeps the raw bytes, since digests are computed over them.
class Manifest
{
public:
    enum class Kind { Index, Image, Schema1 };

    // Parses body served with contentType. The media type is taken from the document's
    // mediaType field when present (and must agree with contentType, spec.md "Pulling
    // manifests"), else from contentType. where names the document in errors.
    static Result<Manifest>
    parse(const QByteArray &body, const QString &contentType, const QString &where);

    Kind kind() const { return m_kind; }

    bool isIndex() const { return m_kind == Kind::Index; }

    bool isImage() const { return m_kind == Kind::Image; }

    QString mediaType() const { return m_mediaType; }

    // sha256 over the raw bytes.
    Digest digest() const { return m_digest; }

    const QByteArray &raw() const { return m_raw; }

    qint64 size() const { return m_raw.size(); }

    // Index: the entries, attestations included (see Descriptor::isAttestation()).
    const QList<Descriptor> &manifests() const { return m_manifests; }

    // Image: the config descriptor and the layers, in order.
    const Descriptor &config() const { return m_config; }

    const QList<Descriptor> &layers() const { return m_layers; }

    // Either: the optional subject (referrers) and artifactType, and the annotations.
    const std::optional<Descriptor> &subject() const { return m_subject; }

    QString artifactType() const { return m_artifactType; }

    const QMap<QString, QString> &annotations() const { return m_annotations; }

    // Image: the sum of the layer sizes (what a pull downloads, config excluded).
    qint64 layersSize() const;

    // Index: the entry to run on `wanted`, chosen as containerd's platforms.Only() prefers,
    // never an attestation; a NotFound Error naming what the index offers when none fits.
    // where names the image in that message.
    Result<int> choosePlatform(const Platform &wanted, const QString &where) const;

    // Schema 1: the architecture it declares (for the explanation shown to users).
    QString schema1Architecture() const { return m_schema1Arch; }

private:
    Kind m_kind = Kind::Image;
    QString m_mediaType;
    Digest m_digest;
    QByteArray m_raw;
    QList<Descriptor> m_manifests;
    Descriptor m_config;
    QList<Descriptor> m_layers;
    std::optional<Descriptor> m_subject;
    QString m_artifactType;
    QMap<QString, QString> m_annotations;
    QString m_schema1Arch;
};
