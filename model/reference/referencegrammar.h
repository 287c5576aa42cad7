// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRegularExpression>
#include <QString>

// The image-reference grammar of github.com/distribution/reference (regexp.go), built from the
// same fragments. Every expression is compiled once and shared; QRegularExpression is
// thread-safe for matching. Anchored expressions use \A and \z, so a trailing newline never
// matches (Go's `$` without the m flag means end of text, PCRE's `$` does not).
class ReferenceGrammar
{
public:
    // referencePat: three groups, name, tag and digest.
    static const QRegularExpression &reference();
    // anchoredNamePat: two groups, domain (may be empty) and path.
    static const QRegularExpression &anchoredName();
    // anchored(tag): a whole string that is a valid tag.
    static const QRegularExpression &anchoredTag();
    // anchored(digestPat): a whole string that is a digest in the reference grammar.
    static const QRegularExpression &anchoredDigest();
    // anchored(identifier): 64 lower-case hex characters, one group.
    static const QRegularExpression &anchoredIdentifier();
    // anchored(domainAndPort): a whole string that is a registry host with an optional port.
    static const QRegularExpression &anchoredDomain();

    // The unanchored source patterns, as exported by the Go package (DomainRegexp, NameRegexp,
    // TagRegexp, DigestRegexp, IdentifierRegexp).
    static QString domainPattern();
    static QString namePattern();
    static QString tagPattern();
    static QString digestPattern();
    static QString identifierPattern();
};
