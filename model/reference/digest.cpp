// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/reference/digest.h"

#include "model/core/tr.h"

#include <QCryptographicHash>
#include <QRegularExpression>

#include <optional>
#include <utility>

namespace {
// go-digest digest.go DigestRegexpAnchored (\A...\z: Go's `$` is end of text).
const QRegularExpression &anchoredDigestRegexp()
{
    static const QRegularExpression re(
        QStringLiteral("\\A[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+\\z"));
    return re;
}

// go-digest algorithm.go anchoredEncodedRegexps: lower-case hex only, /A-F/ is refused.
const QRegularExpression &lowerHexRegexp()
{
    static const QRegularExpression re(QStringLiteral("\\A[a-f0-9]+\\z"));
    return re;
}

std::optional<QCryptographicHash::Algorithm> hashFor(const QString &algorithm)
{
    if (algorithm == QLatin1String("sha256"))
        return QCryptographicHash::Sha256;
    if (algorithm == QLatin1String("sha512"))
        return QCryptographicHash::Sha512;
    return std::nullopt;
}

Error invalidFormat()
{
    //: go-digest ErrDigestInvalidFormat; keep the English text identical to the Go library
    return Error(ErrorCode::InvalidArgument, Tr::tr("invalid checksum digest format"));
}
} // namespace

Digest::Digest(QString algorithm, QString encoded)
    : m_algorithm(std::move(algorithm))
    , m_encoded(std::move(encoded))
{}

bool Digest::isAlgorithmAvailable(const QString &algorithm)
{
    return hashFor(algorithm).has_value();
}

int Digest::encodedLength(const QString &algorithm)
{
    if (algorithm == QLatin1String("sha256"))
        return 64;
    if (algorithm == QLatin1String("sha512"))
        return 128;
    return 0;
}

Result<Digest> Digest::parse(const QString &text)
{
    // go-digest digest.go Digest.Validate
    const qsizetype i = text.indexOf(QLatin1Char(':'));
    if (i <= 0 || i + 1 == text.size())
        return invalidFormat();
    const QString algorithm = text.left(i);
    const QString encoded = text.mid(i + 1);
    if (!isAlgorithmAvailable(algorithm)) {
        if (!anchoredDigestRegexp().match(text).hasMatch())
            return invalidFormat();
        //: go-digest ErrDigestUnsupported; keep the English text identical to the Go library
        return Error(ErrorCode::Unsupported, Tr::tr("unsupported digest algorithm"));
    }
    // go-digest algorithm.go Algorithm.Validate: length first (size*2 hex characters), then
    // the lower-case hex check. Go's len() counts UTF-8 bytes, so compare bytes too.
    if (encoded.toUtf8().size() != encodedLength(algorithm)) {
        //: go-digest ErrDigestInvalidLength; keep the English text identical to the Go library
        return Error(ErrorCode::InvalidArgument, Tr::tr("invalid checksum digest length"));
    }
    if (!lowerHexRegexp().match(encoded).hasMatch())
        return invalidFormat();
    return Digest(algorithm, encoded);
}

Digest Digest::sha256Of(const QByteArray &data)
{
    return Digest(
        QStringLiteral("sha256"),
        QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex()));
}

Digest Digest::sha512Of(const QByteArray &data)
{
    return Digest(
        QStringLiteral("sha512"),
        QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha512).toHex()));
}

QString Digest::toString() const
{
    if (!isValid())
        return QString();
    return m_algorithm + QLatin1Char(':') + m_encoded;
}

bool Digest::matches(const QByteArray &data) const
{
    const auto hash = hashFor(m_algorithm);
    if (!hash)
        return false;
    return QString::fromLatin1(QCryptographicHash::hash(data, *hash).toHex()) == m_encoded;
}
