// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/core/result.h"

#include <QByteArray>
#include <QMetaType>
#include <QString>

// A content digest, "algorithm:encoded", validated as github.com/opencontainers/go-digest does.
// sha256 and sha512 are the registered algorithms (go-digest main); any other algorithm that
// fits the grammar is "unsupported digest algorithm". A default-constructed Digest is null.
class Digest
{
public:
    Digest() = default;

    // go-digest Parse: validates and returns the digest, or the go-digest error text.
    static Result<Digest> parse(const QString &text);
    // The sha256 digest of data (go-digest FromBytes with the canonical algorithm).
    static Digest sha256Of(const QByteArray &data);
    // The sha512 digest of data.
    static Digest sha512Of(const QByteArray &data);
    // Whether algorithm is registered here (go-digest Algorithm.Available).
    static bool isAlgorithmAvailable(const QString &algorithm);
    // Number of hex characters an available algorithm's encoded part has; 0 when unknown.
    static int encodedLength(const QString &algorithm);

    // True for a parsed or computed digest, false for a default-constructed one.
    bool isValid() const { return !m_algorithm.isEmpty(); }

    // The part before the first colon ("sha256").
    QString algorithm() const { return m_algorithm; }

    // The part after the first colon (lower-case hex for the registered algorithms).
    QString encoded() const { return m_encoded; }

    // "algorithm:encoded", or an empty string for a null digest.
    QString toString() const;
    // True when data hashes to this digest; false for a null or unavailable digest.
    bool matches(const QByteArray &data) const;

    friend bool operator==(const Digest &a, const Digest &b)
    {
        return a.m_algorithm == b.m_algorithm && a.m_encoded == b.m_encoded;
    }

    friend bool operator!=(const Digest &a, const Digest &b) { return !(a == b); }

private:
    Digest(QString algorithm, QString encoded);

    QString m_algorithm;
    QString m_encoded;
};

Q_DECLARE_METATYPE(Digest)
