// SPDX-License-Identifier: GPL-3.0-or-later
#include "jwtsigner.h"

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/ecdsa.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <QJsonArray>
#include <QJsonDocument>

Result<JwtSigner> JwtSigner::create(const QByteArray &privateKeyPem,
                                    const QList<QByteArray> &chainPem)
{
    JwtSigner signer;
    signer.m_keyPem = privateKeyPem;
    for (const QByteArray &pem : chainPem) {
        BIO *bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
        X509 *cert = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr);
        BIO_free(bio);
        if (!cert)
            return Error(ErrorCode::Parse,
                         QStringLiteral("cannot read a certificate of the chain"));
        const int len = i2d_X509(cert, nullptr);
        QByteArray der(len, Qt::Uninitialized);
        auto *out = reinterpret_cast<unsigned char *>(der.data());
        i2d_X509(cert, &out);
        X509_free(cert);
        // RFC 7515 §4.1.6: x5c entries are base64 (standard alphabet, padded) DER.
        signer.m_x5c << QString::fromLatin1(der.toBase64());
    }
    if (signer.m_x5c.isEmpty())
        return Error(ErrorCode::InvalidArgument, QStringLiteral("the x5c chain is empty"));
    return signer;
}

QByteArray JwtSigner::base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

Result<QByteArray> JwtSigner::sign(const QJsonObject &claims) const
{
    QJsonObject header{{QStringLiteral("typ"), QStringLiteral("JWT")},
                       {QStringLiteral("alg"), QStringLiteral("ES256")},
                       {QStringLiteral("x5c"), QJsonArray::fromStringList(m_x5c)}};
    const QByteArray input = base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.'
        + base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact));

    BIO *bio = BIO_new_mem_buf(m_keyPem.constData(), int(m_keyPem.size()));
    EVP_PKEY *key = PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    if (!key)
        return Error(ErrorCode::Internal, QStringLiteral("cannot read the signing key"));
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    size_t derLen = 0;
    QByteArray der;
    bool ok = EVP_DigestSignInit(ctx, nullptr, EVP_sha256(), nullptr, key) == 1
        && EVP_DigestSign(ctx,
                          nullptr,
                          &derLen,
                          reinterpret_cast<const unsigned char *>(input.constData()),
                          size_t(input.size()))
            == 1;
    if (ok) {
        der.resize(qsizetype(derLen));
        ok = EVP_DigestSign(ctx,
                            reinterpret_cast<unsigned char *>(der.data()),
                            &derLen,
                            reinterpret_cast<const unsigned char *>(input.constData()),
                            size_t(input.size()))
            == 1;
        der.resize(qsizetype(derLen));
    }
    EVP_MD_CTX_free(ctx);
    EVP_PKEY_free(key);
    if (!ok)
        return Error(ErrorCode::Internal, QStringLiteral("cannot sign the token"));

    // OpenSSL gives a DER ECDSA-Sig-Value; JWS ES256 wants the 32-byte R then the 32-byte S
    // (RFC 7518 §3.4), which is also what libtrust's ecPublicKey.Verify checks.
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    ECDSA_SIG *sig = d2i_ECDSA_SIG(nullptr, &p, long(der.size()));
    if (!sig)
        return Error(ErrorCode::Internal, QStringLiteral("cannot decode the signature"));
    QByteArray raw(64, '\0');
    BN_bn2binpad(ECDSA_SIG_get0_r(sig), reinterpret_cast<unsigned char *>(raw.data()), 32);
    BN_bn2binpad(ECDSA_SIG_get0_s(sig), reinterpret_cast<unsigned char *>(raw.data()) + 32, 32);
    ECDSA_SIG_free(sig);
    return QByteArray(input + '.' + base64Url(raw));
}
