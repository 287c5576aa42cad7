// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/reference/digest.h"

#include <memory>

// Incremental sha256/sha512 over a stream of bytes (OpenSSL EVP), so a blob is hashed while it
// is written and never read a second time. Not copyable; one stream per hasher.
class BlobHasher
{
public:
    // algorithm: "sha256" or "sha512" (the registered ones); anything else hashes as sha256 and
    // isValid() is false.
    explicit BlobHasher(const QString &algorithm = QStringLiteral("sha256"));
    ~BlobHasher();
    BlobHasher(const BlobHasher &) = delete;
    BlobHasher &operator=(const BlobHasher &) = delete;

    bool isValid() const { return m_valid; }

    void addData(const char *data, qint64 size);
    // The digest of everything added so far (the hasher can keep going afterwards).
    Digest digest() const;

    qint64 bytesHashed() const { return m_bytes; }

    void reset();

private:
    struct Context;
    std::unique_ptr<Context> m_context;
    QString m_algorithm;
    qint64 m_bytes = 0;
    bool m_valid = true;
};
