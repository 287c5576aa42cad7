// SPDX-License-Identifier: GPL-3.0-or-later
#include "layerstream.h"

#include <openssl/evp.h>

#include <QDir>
#include <QFile>
#include <QTemporaryFile>

#include <cstring>
#include <zlib.h>

namespace {

// Fixed mtime (2024-01-01T00:00:00Z) so the same spec always gives the same digests.
constexpr qint64 fixedMtime = 1704067200;
constexpr qint64 chunkSize = 1024 * 1024;

struct Sha256
{
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();

    Sha256() { EVP_DigestInit_ex(ctx, EVP_sha256(), nullptr); }

    ~Sha256() { EVP_MD_CTX_free(ctx); }

    void add(const char *data, qint64 size) { EVP_DigestUpdate(ctx, data, size_t(size)); }

    QString finish()
    {
        unsigned char md[EVP_MAX_MD_SIZE];
        unsigned int len = 0;
        EVP_DigestFinal_ex(ctx, md, &len);
        return QStringLiteral("sha256:")
            + QString::fromLatin1(QByteArray(reinterpret_cast<char *>(md), int(len)).toHex());
    }
};

void writeOctal(char *field, int width, qint64 value)
{
    // ustar numeric fields: zero-padded octal, NUL-terminated, width includes the NUL.
    const QByteArray digits = QByteArray::number(value, 8).rightJustified(width - 1, '0');
    std::memcpy(field, digits.constData(), size_t(width - 1));
    field[width - 1] = '\0';
}

quint64 splitmix64(quint64 &state)
{
    quint64 z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

} // namespace

struct LayerStream::State
{
    QString blobDir;
    bool gzip = false;
    int level = 6;
    QTemporaryFile file;
    z_stream zs{};
    bool zsOpen = false;
    Sha256 tarHash;
    Sha256 blobHash;
    qint64 tarBytes = 0;
    qint64 blobBytes = 0;
    QByteArray outBuffer;
};

LayerStream::LayerStream(const QString &blobDir, bool gzip, int gzipLevel)
    : d(std::make_unique<State>())
{
    d->blobDir = blobDir;
    d->gzip = gzip;
    d->level = gzipLevel;
}

LayerStream::~LayerStream()
{
    if (d->zsOpen)
        deflateEnd(&d->zs);
}

Result<void> LayerStream::open()
{
    QDir().mkpath(d->blobDir);
    d->file.setFileTemplate(d->blobDir + QStringLiteral("/.layer-XXXXXX"));
    if (!d->file.open())
        return Error(ErrorCode::Io,
                     QStringLiteral("cannot create a layer file in %1").arg(d->blobDir),
                     d->file.errorString());
    if (d->gzip) {
        // windowBits 15 + 16: a gzip wrapper with mtime 0 and no file name, so output is
        // deterministic for a given zlib.
        if (deflateInit2(&d->zs, d->level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
            return Error(ErrorCode::Internal, QStringLiteral("deflateInit2 failed"));
        d->zsOpen = true;
        d->outBuffer.resize(chunkSize);
    }
    return {};
}

Result<QByteArray>
LayerStream::ustarHeader(const QString &path, qint64 size, int mode, char typeflag)
{
    QByteArray name = path.toUtf8();
    if (typeflag == '5' && !name.endsWith('/'))
        name += '/';
    QByteArray prefix;
    if (name.size() > 100) {
        // POSIX ustar: split at a '/' so that prefix <= 155 and name <= 100 bytes.
        qsizetype cut = name.lastIndexOf('/', name.endsWith('/') ? name.size() - 2 : -1);
        while (cut > 0 && (cut > 155 || name.size() - cut - 1 > 100))
            cut = name.lastIndexOf('/', cut - 1);
        if (cut <= 0)
            return Error(ErrorCode::InvalidArgument,
                         QStringLiteral("path too long for ustar: %1").arg(path));
        prefix = name.left(cut);
        name = name.mid(cut + 1);
    }
    QByteArray h(512, '\0');
    char *b = h.data();
    std::memcpy(b, name.constData(), size_t(name.size()));
    writeOctal(b + 100, 8, mode);
    writeOctal(b + 108, 8, 0); // uid
    writeOctal(b + 116, 8, 0); // gid
    writeOctal(b + 124, 12, size);
    writeOctal(b + 136, 12, fixedMtime);
    b[156] = typeflag;
    std::memcpy(b + 257, "ustar", 6); // magic "ustar\0"
    std::memcpy(b + 263, "00", 2); // version
    std::memcpy(b + 265, "root", 4); // uname
    std::memcpy(b + 297, "root", 4); // gname
    writeOctal(b + 329, 8, 0);
    writeOctal(b + 337, 8, 0);
    std::memcpy(b + 345, prefix.constData(), size_t(prefix.size()));
    // The checksum is computed with its own field as eight spaces; stored as six octal
    // digits, NUL, space (the traditional layout GNU tar and Go's archive/tar accept).
    std::memset(b + 148, ' ', 8);
    unsigned int sum = 0;
    for (int i = 0; i < 512; ++i)
        sum += static_cast<unsigned char>(b[i]);
    const QByteArray digits = QByteArray::number(sum, 8).rightJustified(6, '0');
    std::memcpy(b + 148, digits.constData(), 6);
    b[154] = '\0';
    b[155] = ' ';
    return h;
}

Result<void> LayerStream::writeOut(const char *data, qint64 size)
{
    d->blobHash.add(data, size);
    d->blobBytes += size;
    if (d->file.write(data, size) != size)
        return Error(ErrorCode::Io, QStringLiteral("cannot write a layer"), d->file.errorString());
    return {};
}

Result<void> LayerStream::writeTar(const char *data, qint64 size)
{
    d->tarHash.add(data, size);
    d->tarBytes += size;
    if (!d->gzip)
        return writeOut(data, size);
    d->zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data));
    d->zs.avail_in = uInt(size);
    while (d->zs.avail_in > 0) {
        d->zs.next_out = reinterpret_cast<Bytef *>(d->outBuffer.data());
        d->zs.avail_out = uInt(d->outBuffer.size());
        if (deflate(&d->zs, Z_NO_FLUSH) == Z_STREAM_ERROR)
            return Error(ErrorCode::Internal, QStringLiteral("deflate failed"));
        const qint64 produced = d->outBuffer.size() - d->zs.avail_out;
        if (produced > 0) {
            if (Result<void> r = writeOut(d->outBuffer.constData(), produced); !r)
                return r;
        }
    }
    return {};
}

Result<void> LayerStream::pad(qint64 size)
{
    static const char zeros[512] = {};
    const qint64 rest = (512 - size % 512) % 512;
    return rest ? writeTar(zeros, rest) : Result<void>();
}

Result<void> LayerStream::addDirectory(const QString &path)
{
    Result<QByteArray> h = ustarHeader(path, 0, 0755, '5');
    if (!h)
        return h.error();
    return writeTar(h->constData(), h->size());
}

Result<void> LayerStream::addFile(const QString &path, const QByteArray &content, int mode)
{
    Result<QByteArray> h = ustarHeader(path, content.size(), mode, '0');
    if (!h)
        return h.error();
    if (Result<void> r = writeTar(h->constData(), h->size()); !r)
        return r;
    if (Result<void> r = writeTar(content.constData(), content.size()); !r)
        return r;
    return pad(content.size());
}

Result<void> LayerStream::addRandomFile(const QString &path, quint64 seed, qint64 size, int mode)
{
    Result<QByteArray> h = ustarHeader(path, size, mode, '0');
    if (!h)
        return h.error();
    if (Result<void> r = writeTar(h->constData(), h->size()); !r)
        return r;
    quint64 state = seed;
    QByteArray chunk(chunkSize, Qt::Uninitialized);
    for (qint64 done = 0; done < size;) {
        const qint64 n = qMin<qint64>(chunkSize, size - done);
        auto *words = reinterpret_cast<quint64 *>(chunk.data());
        for (qint64 i = 0; i < (n + 7) / 8; ++i)
            words[i] = splitmix64(state);
        if (Result<void> r = writeTar(chunk.constData(), n); !r)
            return r;
        done += n;
    }
    return pad(size);
}

Result<LayerStream::Digests> LayerStream::finish()
{
    static const char zeros[1024] = {};
    if (Result<void> r = writeTar(zeros, sizeof zeros); !r) // two zero blocks end the archive
        return r.error();
    if (d->gzip) {
        int rc = Z_OK;
        do {
            d->zs.next_out = reinterpret_cast<Bytef *>(d->outBuffer.data());
            d->zs.avail_out = uInt(d->outBuffer.size());
            rc = deflate(&d->zs, Z_FINISH);
            const qint64 produced = d->outBuffer.size() - d->zs.avail_out;
            if (produced > 0) {
                if (Result<void> r = writeOut(d->outBuffer.constData(), produced); !r)
                    return r.error();
            }
        } while (rc == Z_OK);
        deflateEnd(&d->zs);
        d->zsOpen = false;
        if (rc != Z_STREAM_END)
            return Error(ErrorCode::Internal, QStringLiteral("deflate did not finish"));
    }
    Digests out;
    out.diffId = d->tarHash.finish();
    out.uncompressedSize = d->tarBytes;
    out.digest = d->gzip ? d->blobHash.finish() : out.diffId;
    out.size = d->blobBytes;
    if (!d->file.flush())
        return Error(ErrorCode::Io, QStringLiteral("cannot write a layer"), d->file.errorString());
    const QString target = d->blobDir + QLatin1Char('/') + out.digest.mid(7);
    QFile::remove(target); // same content written twice: replace it
    if (!d->file.rename(target))
        return Error(ErrorCode::Io,
                     QStringLiteral("cannot store %1").arg(target),
                     d->file.errorString());
    d->file.setAutoRemove(false);
    QFile::setPermissions(target,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                              | QFileDevice::ReadOther);
    return out;
}
