// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/auth/dockerkeyring.h"

#include "model/core/logging.h"
#include "model/core/tr.h"

#include <QStringList>

#include <optional>

namespace {

// The parts of a Go *url.URL the keyring uses: Host (with port, unescaped) and Path (unescaped).
struct ParsedUrl
{
    QString host;
    QString path;
};

bool isHexDigit(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

// Go net/url unescape() in encodePath / encodeFragment / encodeHost mode: a '%' must start a
// two-hex-digit escape; in a host, escaped ASCII other than "%25" is refused and so is every
// ASCII character that shouldEscape(c, encodeHost) reports (net/url/url.go, unescape).
std::optional<QString> goUnescape(const QString &s, bool hostMode, QString *why)
{
    QByteArray out;
    const QByteArray utf8 = s.toUtf8();
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const char c = utf8[i];
        if (c == '%') {
            if (i + 2 >= utf8.size() || !isHexDigit(QLatin1Char(utf8[i + 1]))
                || !isHexDigit(QLatin1Char(utf8[i + 2]))) {
                *why = Tr::tr("invalid URL escape \"%1\"").arg(QString::fromUtf8(utf8.mid(i, 3)));
                return std::nullopt;
            }
            const char decoded = char(utf8.mid(i + 1, 2).toInt(nullptr, 16));
            if (hostMode && uchar(decoded) < 0x80 && utf8.mid(i, 3) != "%25") {
                *why = Tr::tr("invalid URL escape \"%1\"").arg(QString::fromUtf8(utf8.mid(i, 3)));
                return std::nullopt;
            }
            out.append(decoded);
            i += 2;
            continue;
        }
        if (hostMode && uchar(c) < 0x80) {
            static const QByteArray allowed = QByteArrayLiteral("-_.~!$&'()*+,;=:[]<>\"");
            const bool alnum =
                (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            if (!alnum && !allowed.contains(c)) {
                *why = Tr::tr("invalid character \"%1\" in host name").arg(QLatin1Char(c));
                return std::nullopt;
            }
        }
        out.append(c);
    }
    return QString::fromUtf8(out);
}

// Go net/url validOptionalPort: empty, or ':' followed by digits only.
bool validOptionalPort(const QString &port)
{
    if (port.isEmpty())
        return true;
    if (port.front() != u':')
        return false;
    for (qsizetype i = 1; i < port.size(); ++i) {
        if (port[i] < u'0' || port[i] > u'9')
            return false;
    }
    return true;
}

// url.Parse(scheme + "://" + rest) for a rest without its scheme, reduced to what the keyring
// reads (net/url/url.go, parse / parseAuthority / parseHost / setPath). The error texts are Go's,
// without the `parse "..."` prefix.
std::optional<ParsedUrl> parseAfterScheme(const QString &rest, QString *why)
{
    for (const QChar c : rest) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f) {
            *why = Tr::tr("invalid control character in URL");
            return std::nullopt;
        }
    }
    QString withoutFragment = rest;
    const qsizetype hash = rest.indexOf(u'#');
    if (hash >= 0) {
        if (!goUnescape(rest.mid(hash + 1), false, why))
            return std::nullopt;
        withoutFragment = rest.left(hash);
    }
    // The query is cut off and not validated by Parse.
    const qsizetype question = withoutFragment.indexOf(u'?');
    if (question >= 0)
        withoutFragment.truncate(question);

    QString authority = withoutFragment;
    QString rawPath;
    const qsizetype slash = authority.indexOf(u'/');
    if (slash >= 0) {
        rawPath = authority.mid(slash);
        authority.truncate(slash);
    }
    // Userinfo before the last '@' is not part of Host.
    const qsizetype at = authority.lastIndexOf(u'@');
    QString host = at >= 0 ? authority.mid(at + 1) : authority;
    if (at >= 0) {
        static const QString userinfoAllowed = QStringLiteral("-._:~!$&'()*+,;=%@");
        for (const QChar c : authority.left(at)) {
            if (c.unicode() < 0x80 && !c.isLetterOrNumber() && !userinfoAllowed.contains(c)) {
                *why = Tr::tr("invalid userinfo");
                return std::nullopt;
            }
        }
    }
    if (host.startsWith(u'[')) {
        const qsizetype close = host.lastIndexOf(u']');
        if (close < 0) {
            *why = Tr::tr("missing ']' in host");
            return std::nullopt;
        }
        const QString colonPort = host.mid(close + 1);
        if (!validOptionalPort(colonPort)) {
            *why = Tr::tr("invalid port \"%1\" after host").arg(colonPort);
            return std::nullopt;
        }
    } else {
        const qsizetype colon = host.lastIndexOf(u':');
        if (colon >= 0 && !validOptionalPort(host.mid(colon))) {
            *why = Tr::tr("invalid port \"%1\" after host").arg(host.mid(colon));
            return std::nullopt;
        }
    }
    const std::optional<QString> unescapedHost = goUnescape(host, true, why);
    if (!unescapedHost)
        return std::nullopt;
    const std::optional<QString> path = goUnescape(rawPath, false, why);
    if (!path)
        return std::nullopt;
    return ParsedUrl{*unescapedHost, *path};
}

// ParseSchemelessURL (k/k pkg/credentialprovider/keyring.go): url.Parse("https://" + s).
std::optional<ParsedUrl> parseSchemeless(const QString &s, QString *why)
{
    return parseAfterScheme(s, why);
}

// SplitURL (keyring.go): net.SplitHostPort(url.Host); when that fails (no port, too many
// colons, ...) the whole Host is the host and the port is empty. Host split on '.'.
QPair<QStringList, QString> splitUrl(const ParsedUrl &url)
{
    const QString &h = url.host;
    QString host = h;
    QString port;
    if (h.startsWith(u'[')) {
        const qsizetype close = h.indexOf(u']');
        if (close > 0 && close + 1 < h.size() && h[close + 1] == u':'
            && !h.mid(close + 2).contains(u':') && !h.mid(1, close - 1).contains(u'[')) {
            host = h.mid(1, close - 1);
            port = h.mid(close + 2);
        }
    } else {
        const qsizetype colon = h.lastIndexOf(u':');
        if (colon >= 0 && !h.left(colon).contains(u':') && !h.contains(u'[') && !h.contains(u']')) {
            host = h.left(colon);
            port = h.mid(colon + 1);
        }
    }
    return {host.split(u'.'), port};
}

// Go path/filepath.Match on a non-Windows system, ported over code points (filepath/match.go:
// Match, scanChunk, matchChunk, getEsc). '/' is the separator that '*' and '?' never cross.
class GoGlob
{
public:
    using Runes = QList<uint>; // QString::toUcs4()

    static bool match(Runes pattern, Runes name, bool *bad)
    {
        *bad = false;
        while (!pattern.isEmpty()) {
            bool star = false;
            Runes chunk;
            scanChunk(pattern, &star, &chunk);
            if (star && chunk.isEmpty())
                return !name.contains(U'/');
            Runes t;
            bool err = false;
            bool ok = matchChunk(chunk, name, &t, &err);
            if (ok && (t.isEmpty() || !pattern.isEmpty())) {
                name = t;
                continue;
            }
            if (err) {
                *bad = true;
                return false;
            }
            bool continued = false;
            if (star) {
                for (qsizetype i = 0; i < name.size() && name[i] != U'/'; ++i) {
                    Runes t2;
                    bool err2 = false;
                    if (matchChunk(chunk, name.mid(i + 1), &t2, &err2)) {
                        if (pattern.isEmpty() && !t2.isEmpty())
                            continue;
                        name = t2;
                        continued = true;
                        break;
                    }
                    if (err2) {
                        *bad = true;
                        return false;
                    }
                }
            }
            if (continued)
                continue;
            // Before returning false, check the rest of the pattern is well-formed.
            while (!pattern.isEmpty()) {
                bool s = false;
                Runes c;
                scanChunk(pattern, &s, &c);
                Runes ignored;
                bool e = false;
                matchChunk(c, {}, &ignored, &e);
                if (e) {
                    *bad = true;
                    return false;
                }
            }
            return false;
        }
        return name.isEmpty();
    }

private:
    static void scanChunk(Runes &pattern, bool *star, Runes *chunk)
    {
        while (!pattern.isEmpty() && pattern.front() == U'*') {
            pattern.removeFirst();
            *star = true;
        }
        bool inRange = false;
        qsizetype i = 0;
        for (; i < pattern.size(); ++i) {
            const char32_t c = pattern[i];
            if (c == U'\\') {
                if (i + 1 < pattern.size())
                    ++i;
            } else if (c == U'[') {
                inRange = true;
            } else if (c == U']') {
                inRange = false;
            } else if (c == U'*' && !inRange) {
                break;
            }
        }
        *chunk = pattern.mid(0, i);
        pattern = pattern.mid(i);
    }

    static bool getEsc(Runes &chunk, char32_t *r)
    {
        if (chunk.isEmpty() || chunk.front() == U'-' || chunk.front() == U']')
            return false;
        if (chunk.front() == U'\\') {
            chunk.removeFirst();
            if (chunk.isEmpty())
                return false;
        }
        *r = chunk.front();
        chunk.removeFirst();
        return !chunk.isEmpty();
    }

    static bool matchChunk(Runes chunk, Runes s, Runes *rest, bool *err)
    {
        bool failed = false;
        while (!chunk.isEmpty()) {
            if (!failed && s.isEmpty())
                failed = true;
            const char32_t c = chunk.front();
            if (c == U'[') {
                char32_t r = 0;
                if (!failed) {
                    r = s.front();
                    s.removeFirst();
                }
                chunk.removeFirst();
                bool negated = false;
                if (!chunk.isEmpty() && chunk.front() == U'^') {
                    negated = true;
                    chunk.removeFirst();
                }
                bool matched = false;
                int nrange = 0;
                for (;;) {
                    if (!chunk.isEmpty() && chunk.front() == U']' && nrange > 0) {
                        chunk.removeFirst();
                        break;
                    }
                    char32_t lo = 0;
                    if (!getEsc(chunk, &lo)) {
                        *err = true;
                        return false;
                    }
                    char32_t hi = lo;
                    if (chunk.front() == U'-') {
                        chunk.removeFirst();
                        if (!getEsc(chunk, &hi)) {
                            *err = true;
                            return false;
                        }
                    }
                    if (lo <= r && r <= hi)
                        matched = true;
                    ++nrange;
                }
                if (matched == negated)
                    failed = true;
            } else if (c == U'?') {
                if (!failed) {
                    if (s.front() == U'/')
                        failed = true;
                    s.removeFirst();
                }
                chunk.removeFirst();
            } else {
                if (c == U'\\') {
                    chunk.removeFirst();
                    if (chunk.isEmpty()) {
                        *err = true;
                        return false;
                    }
                }
                if (!failed) {
                    if (chunk.front() != s.front())
                        failed = true;
                    s.removeFirst();
                }
                chunk.removeFirst();
            }
        }
        if (failed)
            return false;
        *rest = s;
        return true;
    }
};

QString describePort(const QString &port)
{
    return port.isEmpty() ? Tr::tr("no port") : Tr::tr("port %1").arg(port);
}

} // namespace

// BasicDockerKeyring.Add (k/k pkg/credentialprovider/keyring.go, v1.33+): "https://" is
// prepended unless the key starts with "https://" or "http://" (case-sensitive, as strings.
// HasPrefix), url.Parse, then a leading "/v2/" or "/v1/" is cut to "/" (effectivePath[3:]), and
// the key is Host + path unless the path is "" or "/".
QString DockerKeyring::normalizeKey(const QString &written, bool *ok, QString *why)
{
    QString rest;
    if (written.startsWith(QLatin1String("https://")))
        rest = written.mid(8);
    else if (written.startsWith(QLatin1String("http://")))
        rest = written.mid(7);
    else
        rest = written;
    QString reason;
    const std::optional<ParsedUrl> url = parseAfterScheme(rest, &reason);
    if (ok)
        *ok = url.has_value();
    if (!url) {
        if (why)
            *why = reason;
        return {};
    }
    QString path = url->path;
    if (path.startsWith(QLatin1String("/v2/")) || path.startsWith(QLatin1String("/v1/")))
        path = path.mid(3);
    if (!path.isEmpty() && path != QLatin1String("/"))
        return url->host + path;
    return url->host;
}

bool DockerKeyring::add(const Entry &entry, QString *why)
{
    const QString written = entry.writtenKey.isEmpty() ? entry.key : entry.writtenKey;
    bool ok = false;
    QString reason;
    const QString key = normalizeKey(written, &ok, &reason);
    if (!ok) {
        // The kubelet's own log line for this case (keyring.go, Add).
        qCWarning(lcAuth).noquote()
            << QStringLiteral("Entry \"%1\" in dockercfg invalid (%2), ignoring")
                   .arg(written, reason)
            << entry.source;
        if (why)
            *why = reason;
        return false;
    }
    Entry stored = entry;
    stored.key = key;
    stored.writtenKey = written;
    m_byKey[key.toUtf8()].append(stored);
    return true;
}

int DockerKeyring::addAll(const QList<Entry> &entries)
{
    int rejected = 0;
    for (const Entry &e : entries) {
        if (!add(e))
            ++rejected;
    }
    return rejected;
}

// BasicDockerKeyring.Lookup: the index is walked reverse-sorted ("more specific paths are
// matched first") and the credentials of EVERY matching key are appended; only when none
// matched does the default-registry fallback (creds["index.docker.io"]) apply.
QList<DockerKeyring::Entry> DockerKeyring::lookup(const QString &repository,
                                                  bool *viaDefaultRegistry) const
{
    if (viaDefaultRegistry)
        *viaDefaultRegistry = false;
    QList<Entry> found;
    for (auto it = m_byKey.crbegin(); it != m_byKey.crend(); ++it) {
        if (urlsMatch(QString::fromUtf8(it->first), repository))
            found += it->second;
    }
    if (!found.isEmpty())
        return found;
    if (isDefaultRegistryMatch(repository)) {
        const auto hub = m_byKey.find(defaultRegistryKey().toUtf8());
        if (hub != m_byKey.cend()) {
            if (viaDefaultRegistry)
                *viaDefaultRegistry = true;
            return hub->second;
        }
    }
    return {};
}

QList<DockerKeyring::Entry> DockerKeyring::entries() const
{
    QList<Entry> all;
    for (auto it = m_byKey.crbegin(); it != m_byKey.crend(); ++it)
        all += it->second;
    return all;
}

QStringList DockerKeyring::keys() const
{
    QStringList all;
    for (auto it = m_byKey.crbegin(); it != m_byKey.crend(); ++it)
        all.append(QString::fromUtf8(it->first));
    return all;
}

// URLsMatchStr / URLsMatch (keyring.go): ports compared first (both empty is equal, so
// "localhost" never matches "localhost:5000/x"), then the label count, then the path as a
// plain strings.HasPrefix (so "reg.io/team" matches "reg.io/teamx/app"), then each label with
// filepath.Match. The order of checks is the kubelet's, so `why` names the first difference
// the kubelet would have stopped at.
bool DockerKeyring::urlsMatch(const QString &glob, const QString &target, QString *why)
{
    QString reason;
    const std::optional<ParsedUrl> globUrl = parseSchemeless(glob, &reason);
    if (!globUrl) {
        if (why)
            *why = Tr::tr("\"%1\" is not a valid URL: %2").arg(glob, reason);
        return false;
    }
    const std::optional<ParsedUrl> targetUrl = parseSchemeless(target, &reason);
    if (!targetUrl) {
        if (why)
            *why = Tr::tr("\"%1\" is not a valid URL: %2").arg(target, reason);
        return false;
    }
    const auto [globLabels, globPort] = splitUrl(*globUrl);
    const auto [targetLabels, targetPort] = splitUrl(*targetUrl);
    if (globPort != targetPort) {
        if (why)
            *why = Tr::tr("\"%1\" has %2 but \"%3\" has %4")
                       .arg(glob, describePort(globPort), target, describePort(targetPort));
        return false;
    }
    if (globLabels.size() != targetLabels.size()) {
        if (why)
            *why = Tr::tr("%1 host labels vs %2: \"%3\" vs \"%4\"")
                       .arg(globLabels.size())
                       .arg(targetLabels.size())
                       .arg(globLabels.join(u'.'), targetLabels.join(u'.'));
        return false;
    }
    if (!targetUrl->path.startsWith(globUrl->path)) {
        if (why)
            *why = Tr::tr("path \"%1\" does not start with \"%2\"")
                       .arg(targetUrl->path, globUrl->path);
        return false;
    }
    for (qsizetype i = 0; i < globLabels.size(); ++i) {
        bool bad = false;
        if (!globMatch(globLabels[i], targetLabels[i], &bad)) {
            if (why) {
                *why = bad ? Tr::tr("host label pattern \"%1\" is malformed").arg(globLabels[i])
                           : Tr::tr("host label \"%1\" does not match \"%2\"")
                                 .arg(targetLabels[i], globLabels[i]);
            }
            return false;
        }
    }
    if (why)
        why->clear();
    return true;
}

bool DockerKeyring::isDefaultRegistryMatch(const QString &repository)
{
    const qsizetype slash = repository.indexOf(u'/');
    const QString first = slash < 0 ? repository : repository.left(slash);
    if (first.isEmpty())
        return false;
    if (slash < 0)
        return true;
    if (first == QLatin1String("docker.io") || first == QLatin1String("index.docker.io"))
        return true;
    return !first.contains(u'.') && !first.contains(u':');
}

bool DockerKeyring::globMatch(const QString &pattern, const QString &name, bool *badPattern)
{
    bool bad = false;
    const bool matched = GoGlob::match(pattern.toUcs4(), name.toUcs4(), &bad);
    if (badPattern)
        *badPattern = bad;
    return matched;
}
