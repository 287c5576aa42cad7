// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/core/result.h"
#include "model/reference/digest.h"

#include <QMetaType>
#include <QString>

// An image reference, "[domain/]path[:tag][@digest]", parsed exactly as
// github.com/distribution/reference v0.6 parses it. A value type; a default-constructed
// ImageReference is null. A reference made by parseAny() from a bare identifier or digest has
// a digest and no name (Go's digestReference). Error messages are the Go library's texts.
class ImageReference
{
public:
    ImageReference() = default;

    // reference.Parse: no normalization; the domain is whatever the grammar captures (may be
    // empty).
    static Result<ImageReference> parse(const QString &text);
    // reference.ParseNormalizedNamed: Docker's normalization (docker.io, library/).
    static Result<ImageReference> parseNormalized(const QString &text);
    // reference.ParseAnyReference: a 64-hex identifier or a digest gives a name-less digest
    // reference; anything else goes through parseNormalized().
    static Result<ImageReference> parseAny(const QString &text);
    // reference.ParseDockerRef: parseNormalized(), then ":latest" when there is neither tag nor
    // digest, and the tag dropped when both are present.
    static Result<ImageReference> parseDockerRef(const QString &text);
    // reference.WithName: a repository name only, no tag or digest, not normalized.
    static Result<ImageReference> withName(const QString &name);

    // reference.WithTag: this name with tag (keeps a digest); fails on an invalid tag.
    Result<ImageReference> withTag(const QString &tag) const;
    // reference.WithDigest: this name with digest (keeps a tag).
    Result<ImageReference> withDigest(const Digest &digest) const;
    // reference.TagNameOnly: adds the tag "latest" when there is neither tag nor digest.
    ImageReference withDefaultTag() const;
    // reference.TrimNamed: the name alone, without tag or digest.
    ImageReference trimmed() const;

    // False for a default-constructed reference.
    bool isValid() const { return !m_path.isEmpty() || m_digest.isValid(); }

    // True when the reference has a name (everything but parseAny()'s digest references).
    bool hasName() const { return !m_path.isEmpty(); }

    // True when a tag was given.
    bool hasTag() const { return !m_tag.isEmpty(); }

    // True when a digest was given.
    bool hasDigest() const { return m_digest.isValid(); }

    // reference.IsNameOnly: a name with neither tag nor digest.
    bool isNameOnly() const { return hasName() && !hasTag() && !hasDigest(); }

    // reference.Domain: "docker.io", "localhost:5000", "[::1]:5000", or empty.
    QString domain() const { return m_domain; }

    // reference.Path: the remote name, "library/busybox".
    QString path() const { return m_path; }

    // Named.Name: "domain/path", or the path when there is no domain.
    QString name() const;

    // The repository name used for registry requests; the same as name().
    QString repositoryName() const { return name(); }

    // The tag, or an empty string.
    QString tag() const { return m_tag; }

    // The digest, or a null Digest.
    Digest digest() const { return m_digest; }

    // Reference.String: the full reference, "docker.io/library/busybox:1.36@sha256:...".
    QString toString() const;

    // The full reference as normalized; the same as toString().
    QString normalized() const { return toString(); }

    // reference.FamiliarName: the name without "docker.io/" and a single-level "library/".
    QString familiarName() const;
    // reference.FamiliarString: the reference as Docker shows it ("busybox:latest").
    QString familiar() const;
    // reference.FamiliarMatch: Go path.Match of pattern against familiar(), then familiarName();
    // an error for a malformed pattern.
    Result<bool> familiarMatch(const QString &pattern) const;
    // ParseDockerRef's result as a string: ":latest" added when bare, tag dropped next to a digest.
    QString dockerRef() const;

    friend bool operator==(const ImageReference &a, const ImageReference &b)
    {
        return a.m_domain == b.m_domain && a.m_path == b.m_path && a.m_tag == b.m_tag
            && a.m_digest == b.m_digest;
    }

    friend bool operator!=(const ImageReference &a, const ImageReference &b) { return !(a == b); }

private:
    QString m_domain;
    QString m_path;
    QString m_tag;
    Digest m_digest;
};

Q_DECLARE_METATYPE(ImageReference)
