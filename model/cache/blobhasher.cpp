// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/cache/blobhasher.h"

#include <openssl/evp.h>

struct BlobHasher::Context
{
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    const EVP_MD *md = nullptr;

    ~Context() { EVP_MD_CTX_free(ctx); }
};

BlobHasher::BlobHasher(const QString &algorithm)
    : m_context(std::make_unique<Context>())
    , m_algorithm(algorithm)
{
    if (algorithm == QLatin1String("sha512")) {
        m_context->md = EVP_sha512();
    } else {
        m_valid = algorithm == QLatin1String("sha256");
        m_context->md = EVP_sha256();
        m_algorithm = QStringLiteral("sha256");
    }
    reset();
}

BlobHasher::~BlobHasher() = default;

void BlobHasher::reset()
{
    EVP_DigestInit_ex(m_context->ctx, m_context->md, nullptr);
    m_bytes = 0;
}

void BlobHasher::addData(const char *data, qint64 size)
{
    if (size <= 0)
        return;
    EVP_DigestUpdate(m_context->ctx, data, size_t(size));
    m_bytes += size;
}

Digest BlobHasher::digest() const
{
    // Finalize a copy, so hashing can continue.
    EVP_MD_CTX *copy = EVP_MD_CTX_new();
    EVP_MD_CTX_copy_ex(copy, m_context->ctx);
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(copy, out, &length);
    EVP_MD_CTX_free(copy);
    const QByteArray hex = QByteArray(reinterpret_cast<const char *>(out), int(length)).toHex();
    return Digest::parse(m_algorithm + QLatin1Char(':') + QString::fromLatin1(hex))
        .value_or(Digest());
}
