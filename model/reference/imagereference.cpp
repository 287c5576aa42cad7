// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/reference/imagereference.h"

#include "model/core/tr.h"
#include "model/reference/pathpattern.h"
#include "model/reference/referencegrammar.h"

#include <QRegularExpressionMatch>

// The reference texts below must stay byte-identical in English with the Go library: users
// paste them into searches, and the kubelet prints them inside InvalidImageName messages.
namespace {
// distribution/reference reference.go RepositoryNameTotalLengthMax, enforced on the path only
// since v0.6.0 (commit aaca75ef "Exclude domain from name length check").
constexpr qsizetype repositoryNameTotalLengthMax = 255;

// distribution/reference normalize.go constants
constexpr QLatin1String legacyDefaultDomain("index.docker.io");
constexpr QLatin1String defaultDomain("docker.io");
constexpr QLatin1String officialRepoPrefix("library/");
constexpr QLatin1String defaultTag("latest");
constexpr QLatin1String localhost("localhost");

Error referenceError(const QString &message)
{
    return Error(ErrorCode::InvalidReference, message);
}

// reference.go ErrReferenceInvalidFormat
Error errReferenceInvalidFormat()
{
    //: distribution/reference error text; keep the English identical to the Go library
    return referenceError(Tr::tr("invalid reference format"));
}

// reference.go ErrNameContainsUppercase
Error errNameContainsUppercase()
{
    //: distribution/reference error text; keep the English identical to the Go library
    return referenceError(Tr::tr("repository name must be lowercase"));
}

// reference.go ErrNameEmpty
Error errNameEmpty()
{
    //: distribution/reference error text; keep the English identical to the Go library
    return referenceError(Tr::tr("repository name must have at least one component"));
}

// reference.go ErrNameTooLong
Error errNameTooLong()
{
    //: distribution/reference error text; %1 is the limit, 255
    return referenceError(Tr::tr("repository name must not be more than %1 characters")
                              .arg(repositoryNameTotalLengthMax));
}

// Go's len() counts bytes; the grammar only lets ASCII through, but count bytes to be exact.
qsizetype goLength(const QString &s)
{
    return s.toUtf8().size();
}

struct DockerDomainSplit
{
    QString domain;
    QString remainder;
};

// distribution/reference normalize.go splitDockerDomain
DockerDomainSplit splitDockerDomain(const QString &name)
{
    const qsizetype slash = name.indexOf(QLatin1Char('/'));
    if (slash < 0) {
        // A single element ("ubuntu", "ubuntu:latest") is always a Docker Hub official image,
        // even "localhost" or "example.com" (the Go code has a FIXME about it).
        return {defaultDomain, officialRepoPrefix + name};
    }
    const QString maybeDomain = name.left(slash);
    const QString maybeRemoteName = name.mid(slash + 1);
    DockerDomainSplit split;
    if (maybeDomain == localhost) {
        split = {maybeDomain, maybeRemoteName};
    } else if (maybeDomain == legacyDefaultDomain) {
        split = {defaultDomain, maybeRemoteName};
    } else if (maybeDomain.contains(QLatin1Char('.')) || maybeDomain.contains(QLatin1Char(':'))) {
        split = {maybeDomain, maybeRemoteName};
    } else if (maybeDomain.toLower() != maybeDomain) {
        // Upper-case namespaces are not allowed, so an upper-case first element is a domain.
        split = {maybeDomain, maybeRemoteName};
    } else {
        split = {defaultDomain, name};
    }
    if (split.domain == defaultDomain && !split.remainder.contains(QLatin1Char('/')))
        split.remainder = officialRepoPrefix + split.remainder;
    return split;
}
} // namespace

Result<ImageReference> ImageReference::parse(const QString &text)
{
    // distribution/reference reference.go Parse
    if (text.isEmpty())
        return errNameEmpty();

    const QRegularExpressionMatch matches = ReferenceGrammar::reference().match(text);
    if (!matches.hasMatch()) {
        const QString lower = text.toLower();
        if (lower != text && ReferenceGrammar::reference().match(lower).hasMatch())
            return errNameContainsUppercase(); // lower-casing helps: the name has upper case
        return errReferenceInvalidFormat();
    }

    ImageReference ref;
    const QString name = matches.captured(1);
    const QRegularExpressionMatch nameMatch = ReferenceGrammar::anchoredName().match(name);
    if (nameMatch.hasMatch()) {
        ref.m_domain = nameMatch.captured(1);
        ref.m_path = nameMatch.captured(2);
    } else {
        ref.m_path = name;
    }
    if (goLength(ref.m_path) > repositoryNameTotalLengthMax)
        return errNameTooLong();

    ref.m_tag = matches.captured(2);
    const QString digestText = matches.captured(3);
    if (!digestText.isEmpty()) {
        // go-digest errors pass through unchanged, as in Go.
        const Result<Digest> digest = Digest::parse(digestText);
        if (!digest)
            return referenceError(digest.error().message);
        ref.m_digest = *digest;
    }
    // reference.go getBestReferenceType: a reference without a name and digest is ErrNameEmpty.
    if (ref.m_path.isEmpty() && !ref.m_digest.isValid())
        return errNameEmpty();
    return ref;
}

Result<ImageReference> ImageReference::parseNormalized(const QString &text)
{
    // distribution/reference normalize.go ParseNormalizedNamed
    if (ReferenceGrammar::anchoredIdentifier().match(text).hasMatch()) {
        //: distribution/reference error text; %1 is the input
        return referenceError(
            Tr::tr("invalid repository name (%1), cannot specify 64-byte hexadecimal strings")
                .arg(text));
    }
    const DockerDomainSplit split = splitDockerDomain(text);
    // The upper-case check looks at the remote name up to the first colon, before the tag is
    // parsed, so "Foo:tag" reports the repository name and not the tag.
    const qsizetype tagSep = split.remainder.indexOf(QLatin1Char(':'));
    const QString remote = tagSep >= 0 ? split.remainder.left(tagSep) : split.remainder;
    if (remote.toLower() != remote) {
        //: distribution/reference error text; %1 is the remote name
        return referenceError(
            Tr::tr("invalid reference format: repository name (%1) must be lowercase").arg(remote));
    }

    Result<ImageReference> ref = parse(split.domain + QLatin1Char('/') + split.remainder);
    if (!ref)
        return ref;
    if (!ref->hasName()) {
        //: distribution/reference error text; %1 is the reference
        return referenceError(Tr::tr("reference %1 has no name").arg(ref->toString()));
    }
    return ref;
}

Result<ImageReference> ImageReference::parseAny(const QString &text)
{
    // distribution/reference normalize.go ParseAnyReference
    if (ReferenceGrammar::anchoredIdentifier().match(text).hasMatch()) {
        ImageReference ref;
        ref.m_digest = Digest::parse(QStringLiteral("sha256:") + text).value();
        return ref;
    }
    if (const Result<Digest> digest = Digest::parse(text)) {
        ImageReference ref;
        ref.m_digest = *digest;
        return ref;
    }
    return parseNormalized(text);
}

Result<ImageReference> ImageReference::parseDockerRef(const QString &text)
{
    // distribution/reference normalize.go ParseDockerRef
    const Result<ImageReference> named = parseNormalized(text);
    if (!named)
        return named;
    if (named->hasTag() && named->hasDigest()) {
        const Result<ImageReference> newNamed = withName(named->name());
        if (!newNamed)
            return newNamed;
        return newNamed->withDigest(named->digest());
    }
    return named->withDefaultTag();
}

Result<ImageReference> ImageReference::withName(const QString &name)
{
    // distribution/reference reference.go WithName
    const QRegularExpressionMatch match = ReferenceGrammar::anchoredName().match(name);
    if (!match.hasMatch())
        return errReferenceInvalidFormat();
    if (goLength(match.captured(2)) > repositoryNameTotalLengthMax)
        return errNameTooLong();
    ImageReference ref;
    ref.m_domain = match.captured(1);
    ref.m_path = match.captured(2);
    return ref;
}

Result<ImageReference> ImageReference::withTag(const QString &tag) const
{
    // distribution/reference reference.go WithTag
    if (!ReferenceGrammar::anchoredTag().match(tag).hasMatch()) {
        //: distribution/reference ErrTagInvalidFormat; keep the English identical
        return referenceError(Tr::tr("invalid tag format"));
    }
    if (!hasName())
        return referenceError(Tr::tr("reference %1 has no name").arg(toString()));
    ImageReference ref = *this;
    ref.m_tag = tag;
    return ref;
}

Result<ImageReference> ImageReference::withDigest(const Digest &digest) const
{
    // distribution/reference reference.go WithDigest
    if (!ReferenceGrammar::anchoredDigest().match(digest.toString()).hasMatch()) {
        //: distribution/reference ErrDigestInvalidFormat; keep the English identical
        return referenceError(Tr::tr("invalid digest format"));
    }
    if (!hasName())
        return referenceError(Tr::tr("reference %1 has no name").arg(toString()));
    ImageReference ref = *this;
    ref.m_digest = digest;
    return ref;
}

ImageReference ImageReference::withDefaultTag() const
{
    // distribution/reference normalize.go TagNameOnly
    if (!isNameOnly())
        return *this;
    ImageReference ref = *this;
    ref.m_tag = defaultTag;
    return ref;
}

ImageReference ImageReference::trimmed() const
{
    // distribution/reference reference.go TrimNamed
    ImageReference ref;
    ref.m_domain = m_domain;
    ref.m_path = m_path;
    return ref;
}

QString ImageReference::name() const
{
    // reference.go repository.Name
    if (m_domain.isEmpty())
        return m_path;
    return m_domain + QLatin1Char('/') + m_path;
}

QString ImageReference::toString() const
{
    // reference.go String() of repository, taggedReference, canonicalReference, reference and
    // digestReference: name[:tag][@digest].
    QString s = name();
    if (hasTag())
        s += QLatin1Char(':') + m_tag;
    if (hasDigest()) {
        if (!s.isEmpty())
            s += QLatin1Char('@');
        s += m_digest.toString();
    }
    return s;
}

QString ImageReference::familiarName() const
{
    // distribution/reference normalize.go familiarizeName
    if (m_domain != defaultDomain)
        return name();
    QString path = m_path;
    if (path.startsWith(officialRepoPrefix)) {
        // Only a single-level "library/x"; "library/foo/bar" keeps its prefix.
        const QString remainder = path.mid(officialRepoPrefix.size());
        if (!remainder.contains(QLatin1Char('/')))
            path = remainder;
    }
    return path;
}

QString ImageReference::familiar() const
{
    // distribution/reference helpers.go FamiliarString
    if (!hasName())
        return toString();
    QString s = familiarName();
    if (hasTag())
        s += QLatin1Char(':') + m_tag;
    if (hasDigest())
        s += QLatin1Char('@') + m_digest.toString();
    return s;
}

QString ImageReference::dockerRef() const
{
    // The tail of distribution/reference normalize.go ParseDockerRef, applied to this value.
    if (!hasName())
        return toString();
    if (hasTag() && hasDigest())
        return name() + QLatin1Char('@') + m_digest.toString();
    return withDefaultTag().toString();
}

Result<bool> ImageReference::familiarMatch(const QString &pattern) const
{
    // distribution/reference helpers.go FamiliarMatch: the error of the first match is the one
    // returned; the second, on the familiar name, only runs when the first did not match.
    const Result<bool> matched = PathPattern::match(pattern, familiar());
    if (hasName() && !(matched && *matched)) {
        const Result<bool> byName = PathPattern::match(pattern, familiarName());
        if (!matched)
            return matched;
        return byName.value_or(false);
    }
    return matched;
}
