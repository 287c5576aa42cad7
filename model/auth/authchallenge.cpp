// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/auth/authchallenge.h"

namespace {
bool isTokenChar(QChar c)
{
    // RFC 9110 tchar
    static const QString extra = QStringLiteral("!#$%&'*+-.^_`|~");
    return (c.unicode() < 128 && c.isLetterOrNumber()) || extra.contains(c);
}

void skipSpace(const QString &s, qsizetype &i)
{
    while (i < s.size() && (s[i] == QLatin1Char(' ') || s[i] == QLatin1Char('\t')))
        ++i;
}

QString readToken(const QString &s, qsizetype &i)
{
    const qsizetype start = i;
    while (i < s.size() && isTokenChar(s[i]))
        ++i;
    return s.mid(start, i - start);
}

// A quoted-string with backslash escapes; i points at the opening quote. Returns false when
// the closing quote is missing.
bool readQuoted(const QString &s, qsizetype &i, QString *out)
{
    ++i;
    while (i < s.size()) {
        const QChar c = s[i++];
        if (c == QLatin1Char('"'))
            return true;
        if (c == QLatin1Char('\\') && i < s.size())
            out->append(s[i++]);
        else
            out->append(c);
    }
    return false;
}
} // namespace

QStringList AuthChallenge::scopes() const
{
    return params.value(QStringLiteral("scope")).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

bool AuthChallenge::isInsufficientScope() const
{
    return isBearer()
        && params.value(QStringLiteral("error")) == QLatin1String("insufficient_scope");
}

// distribution internal/client/auth/challenge/authchallenge.go parseValueAndParams and
// containerd core/remotes/docker/auth/parse.go: a scheme token, then key=value pairs separated
// by commas; values are tokens or quoted strings (commas inside quotes, as in
// scope="repository:a:pull,push", belong to the value).
QList<AuthChallenge> AuthChallenge::parse(const QByteArrayList &headerValues)
{
    QList<AuthChallenge> result;
    for (const QByteArray &raw : headerValues) {
        const QString s = QString::fromLatin1(raw);
        qsizetype i = 0;
        skipSpace(s, i);
        AuthChallenge challenge;
        challenge.scheme = readToken(s, i).toLower();
        if (challenge.scheme.isEmpty())
            continue;
        bool ok = true;
        for (;;) {
            skipSpace(s, i);
            while (i < s.size() && s[i] == QLatin1Char(',')) {
                ++i;
                skipSpace(s, i);
            }
            if (i >= s.size())
                break;
            const QString key = readToken(s, i).toLower();
            skipSpace(s, i);
            if (key.isEmpty() || i >= s.size() || s[i] != QLatin1Char('=')) {
                ok = false;
                break;
            }
            ++i;
            skipSpace(s, i);
            QString value;
            if (i < s.size() && s[i] == QLatin1Char('"')) {
                if (!readQuoted(s, i, &value)) {
                    ok = false;
                    break;
                }
            } else {
                value = readToken(s, i);
            }
            challenge.params.insert(key, value);
        }
        if (ok)
            result.append(challenge);
    }
    return result;
}

// containerd auth/parse.go byScheme: bearer > basic; other schemes are not ours to answer.
const AuthChallenge *AuthChallenge::preferred(const QList<AuthChallenge> &challenges)
{
    for (const AuthChallenge &c : challenges) {
        if (c.isBearer())
            return &c;
    }
    for (const AuthChallenge &c : challenges) {
        if (c.isBasic())
            return &c;
    }
    return nullptr;
}
