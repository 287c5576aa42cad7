// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/reference/referencegrammar.h"

#include <QStringList>

// Every fragment below is distribution/reference regexp.go, character for character. Go's RE2
// is leftmost-first like PCRE for these patterns, so captures come out the same. `\w` is ASCII
// only in both (UseUnicodePropertiesOption stays off on purpose).
namespace {
constexpr QLatin1String alphanumeric("[a-z0-9]+");
constexpr QLatin1String separator("(?:[._]|__|[-]+)");
constexpr QLatin1String domainNameComponent("(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])");
constexpr QLatin1String optionalPort("(?::[0-9]+)?");
constexpr QLatin1String tag("[\\w][\\w.-]{0,127}");
constexpr QLatin1String
    digestPat("[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*[:][[:xdigit:]]{32,}");
constexpr QLatin1String identifier("([a-f0-9]{64})");
constexpr QLatin1String ipv6address("\\[(?:[a-fA-F0-9:]+)\\]");

// regexp.go optional / anyTimes / capture / anchored
QString optional(const QString &re)
{
    return QStringLiteral("(?:") + re + QStringLiteral(")?");
}

QString anyTimes(const QString &re)
{
    return QStringLiteral("(?:") + re + QStringLiteral(")*");
}

QString capture(const QString &re)
{
    return QLatin1Char('(') + re + QLatin1Char(')');
}

QString anchored(const QString &re)
{
    return QStringLiteral("\\A") + re + QStringLiteral("\\z");
}

QString domainName()
{
    return domainNameComponent + anyTimes(QStringLiteral("\\.") + domainNameComponent);
}

QString host()
{
    return QStringLiteral("(?:") + domainName() + QLatin1Char('|') + ipv6address + QLatin1Char(')');
}

QString domainAndPort()
{
    return host() + optionalPort;
}

QString pathComponent()
{
    return alphanumeric + anyTimes(separator + alphanumeric);
}

QString remoteName()
{
    return pathComponent() + anyTimes(QLatin1Char('/') + pathComponent());
}

QString namePat()
{
    return optional(domainAndPort() + QLatin1Char('/')) + remoteName();
}

QRegularExpression compiled(const QString &pattern)
{
    QRegularExpression re(pattern);
    Q_ASSERT(re.isValid());
    re.optimize();
    return re;
}
} // namespace

const QRegularExpression &ReferenceGrammar::reference()
{
    // regexp.go referencePat
    static const QRegularExpression re =
        compiled(anchored(capture(namePat()) + optional(QLatin1Char(':') + capture(tag))
                          + optional(QLatin1Char('@') + capture(digestPat))));
    return re;
}

const QRegularExpression &ReferenceGrammar::anchoredName()
{
    // regexp.go anchoredNamePat
    static const QRegularExpression re = compiled(
        anchored(optional(capture(domainAndPort()) + QLatin1Char('/')) + capture(remoteName())));
    return re;
}

const QRegularExpression &ReferenceGrammar::anchoredTag()
{
    static const QRegularExpression re = compiled(anchored(tag));
    return re;
}

const QRegularExpression &ReferenceGrammar::anchoredDigest()
{
    static const QRegularExpression re = compiled(anchored(digestPat));
    return re;
}

const QRegularExpression &ReferenceGrammar::anchoredIdentifier()
{
    static const QRegularExpression re = compiled(anchored(identifier));
    return re;
}

const QRegularExpression &ReferenceGrammar::anchoredDomain()
{
    static const QRegularExpression re = compiled(anchored(domainAndPort()));
    return re;
}

QString ReferenceGrammar::domainPattern()
{
    return domainAndPort();
}

QString ReferenceGrammar::namePattern()
{
    return namePat();
}

QString ReferenceGrammar::tagPattern()
{
    return tag;
}

QString ReferenceGrammar::digestPattern()
{
    return digestPat;
}

QString ReferenceGrammar::identifierPattern()
{
    return identifier;
}
