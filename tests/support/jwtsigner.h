// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/core/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

// Signs JSON Web Tokens with ES256 (ECDSA P-256 + SHA-256, JWS r||s signature encoding) and
// puts the signing certificate chain in the `x5c` header, the way the distribution registry's
// token access controller expects (registry/auth/token/token.go VerifySigningKey: an x5c chain
// is verified against auth.token.rootcertbundle and the leaf key checks the signature).
// Immutable after construction; sign() is safe from any thread.
class JwtSigner
{
public:
    // Builds a signer from a PEM private key and the chain, leaf first (PEM certificates).
    static Result<JwtSigner> create(const QByteArray &privateKeyPem,
                                    const QList<QByteArray> &chainPem);

    // Returns the compact serialization header.claims.signature of claims.
    Result<QByteArray> sign(const QJsonObject &claims) const;

    // The x5c header value: base64 (not base64url) DER certificates, leaf first.
    QStringList x5c() const { return m_x5c; }

    // base64url without padding, as JWS uses.
    static QByteArray base64Url(const QByteArray &data);

private:
    JwtSigner() = default;

    QByteArray m_keyPem;
    QStringList m_x5c;
};
