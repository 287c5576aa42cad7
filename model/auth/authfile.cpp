// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/auth/authfile.h"

#include "model/core/tr.h"

#include <QFile>
#include <QFileDevice>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace {
const QString kHubKey = QStringLiteral("https://index.docker.io/v1/");
const QString kHub = QStringLiteral("docker.io");

bool isHubAlias(const QString &host)
{
    return host == kHub || host == QLatin1String("index.docker.io")
        || host == QLatin1String("registry-1.docker.io");
}

// QJsonParseError gives a byte offset; people want a line and a column.
QPair<int, int> lineColumnAt(const QByteArray &data, int offset)
{
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset && i < data.size(); ++i) {
        if (data[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return {line, column};
}
} // namespace

AuthFile::AuthFile(QString path, Format format)
    : m_path(std::move(path))
    , m_format(format)
{}

Result<AuthFile> AuthFile::load(const QString &path, Format format)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Io,
                     Tr::tr("Cannot read credential file %1: %2").arg(path, file.errorString()));
    return parse(file.readAll(), path, format);
}

Result<AuthFile> AuthFile::parse(const QByteArray &json, const QString &path, Format format)
{
    AuthFile file(path, format);
    file.m_raw = json;
    if (json.trimmed().isEmpty())
        return file; // docker treats an empty file as an empty config
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto [line, column] = lineColumnAt(json, parseError.offset);
        return Error(ErrorCode::Parse,
                     Tr::tr("%1 is not valid JSON: %2").arg(path, parseError.errorString()))
            .at(path, line, column);
    }
    if (!doc.isObject())
        return Error(ErrorCode::Parse, Tr::tr("%1 must hold a JSON object").arg(path))
            .at(path, 1, 1);
    const QJsonObject root = doc.object();

    const QJsonObject auths = root.value(QStringLiteral("auths")).toObject();
    for (auto it = auths.begin(); it != auths.end(); ++it) {
        if (!it.value().isObject()) {
            file.m_problems
                << Tr::tr("%1: auths[\"%2\"] is not an object; ignored").arg(path, it.key());
            continue;
        }
        const QJsonObject o = it.value().toObject();
        AuthEntry entry;
        entry.key = it.key();
        const QString auth = o.value(QStringLiteral("auth")).toString();
        if (!auth.isEmpty()) {
            const auto decoded = decodeAuth(auth);
            if (!decoded) {
                file.m_problems << Tr::tr("%1: auths[\"%2\"].auth: %3; ignored")
                                       .arg(path, it.key(), decoded.error().message);
                continue;
            }
            entry.username = decoded->first;
            entry.password = decoded->second;
        } else {
            // Older files and some tools write the fields separately.
            entry.username = o.value(QStringLiteral("username")).toString();
            entry.password = o.value(QStringLiteral("password")).toString();
        }
        entry.identityToken = o.value(QStringLiteral("identitytoken")).toString();
        entry.registryToken = o.value(QStringLiteral("registrytoken")).toString();
        file.m_entries.append(entry);
    }
    file.m_credsStore = root.value(QStringLiteral("credsStore")).toString();
    const QJsonObject helpers = root.value(QStringLiteral("credHelpers")).toObject();
    for (auto it = helpers.begin(); it != helpers.end(); ++it) {
        if (it.value().isString() && !it.value().toString().isEmpty())
            file.m_credHelpers.insert(normalizeKey(it.key(), format), it.value().toString());
        else
            file.m_problems << Tr::tr("%1: credHelpers[\"%2\"] is not a helper name; ignored")
                                   .arg(path, it.key());
    }
    return file;
}

// docker/cli cli/config/configfile/file.go decodeAuth: standard base64, split at the first
// ':', username required, trailing NULs trimmed from the password.
Result<QPair<QString, QString>> AuthFile::decodeAuth(const QString &auth)
{
    const auto decoded =
        QByteArray::fromBase64Encoding(auth.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return Error(ErrorCode::Parse, Tr::tr("not valid base64"));
    const QByteArray &bytes = *decoded;
    const qsizetype colon = bytes.indexOf(':');
    if (colon < 0)
        return Error(ErrorCode::Parse,
                     Tr::tr("the decoded value has no \":\" between user and password"));
    if (colon == 0)
        return Error(ErrorCode::Parse, Tr::tr("the user name is empty"));
    QByteArray password = bytes.mid(colon + 1);
    while (password.endsWith('\0'))
        password.chop(1);
    return qMakePair(QString::fromUtf8(bytes.left(colon)), QString::fromUtf8(password));
}

QString AuthFile::normalizeKey(const QString &key, Format format)
{
    QString k = key.trimmed();
    if (k == kHubKey)
        return kHub;
    bool hadScheme = false;
    for (const QLatin1String scheme : {QLatin1String("https://"), QLatin1String("http://")}) {
        if (k.startsWith(scheme)) {
            k = k.mid(scheme.size());
            hadScheme = true;
        }
    }
    // docker/cli ConvertToHostname: config.json keys name hosts; a path is legacy noise.
    // auth.json keys may name a namespace (containers-auth.json(5)), unless written as a URL.
    if (format == Format::DockerConfig || hadScheme) {
        const qsizetype slash = k.indexOf(QLatin1Char('/'));
        if (slash >= 0)
            k = k.left(slash);
    }
    while (k.endsWith(QLatin1Char('/')))
        k.chop(1);
    const qsizetype slash = k.indexOf(QLatin1Char('/'));
    const QString host = slash >= 0 ? k.left(slash) : k;
    if (isHubAlias(host))
        k = kHub + k.mid(host.size());
    return k;
}

QString AuthFile::keyForHost(const QString &host, Format format)
{
    if (isHubAlias(host))
        return format == Format::DockerConfig ? kHubKey : kHub;
    return host;
}

std::optional<AuthEntry> AuthFile::lookup(const QString &host, const QString &path) const
{
    const QString wantedHost = normalizeKey(host, Format::DockerConfig);
    QStringList candidates;
    if (m_format == Format::ContainersAuth) {
        // Most specific first: reg/ns/user/image, reg/ns/user, reg/ns, reg.
        QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        while (!parts.isEmpty()) {
            candidates << wantedHost + QLatin1Char('/') + parts.join(QLatin1Char('/'));
            parts.removeLast();
        }
    }
    candidates << wantedHost;
    for (const QString &candidate : candidates) {
        for (const AuthEntry &entry : m_entries) {
            if (normalizeKey(entry.key, m_format) == candidate)
                return entry;
        }
    }
    return std::nullopt;
}

QString AuthFile::helperFor(const QString &host) const
{
    const QString h = normalizeKey(host, Format::DockerConfig);
    const QString specific = m_credHelpers.value(h);
    return specific.isEmpty() ? m_credsStore : specific;
}

Credential AuthFile::credentialFor(const AuthEntry &entry) const
{
    Credential c;
    c.origin = m_format == Format::DockerConfig ? Credential::Origin::DockerConfig
                                                : Credential::Origin::ContainersAuth;
    c.originPath = m_path;
    c.key = entry.key;
    c.username = entry.username;
    if (!entry.identityToken.isEmpty()) {
        c.kind = Credential::Kind::IdentityToken;
        c.secret = entry.identityToken;
    } else if (!entry.registryToken.isEmpty()) {
        c.kind = Credential::Kind::RegistryToken;
        c.secret = entry.registryToken;
    } else if (!entry.username.isEmpty()) {
        c.kind = Credential::Kind::Password;
        c.secret = entry.password;
    }
    return c;
}

void AuthFile::setLogin(const QString &host, const QString &username, const QString &password)
{
    removeLogin(host);
    AuthEntry entry;
    entry.key = keyForHost(host, m_format);
    entry.username = username;
    entry.password = password;
    m_entries.append(entry);
}

int AuthFile::removeLogin(const QString &host)
{
    // In the file's own format, so an auth.json namespace key ("r.io/team") can be removed.
    const QString h = normalizeKey(host, m_format);
    const auto matches = [&](const QString &key) {
        return normalizeKey(key, m_format) == h;
    };
    // Entries the reader could not decode are not in m_entries; they must go too.
    const QJsonObject auths =
        QJsonDocument::fromJson(m_raw).object().value(QStringLiteral("auths")).toObject();
    QSet<QString> removed;
    for (auto it = auths.begin(); it != auths.end(); ++it) {
        if (matches(it.key()) && !m_removedKeys.contains(it.key())) {
            m_removedKeys.insert(it.key());
            removed.insert(it.key());
        }
    }
    for (const AuthEntry &e : std::as_const(m_entries)) {
        if (matches(e.key))
            removed.insert(e.key);
    }
    m_entries.removeIf([&](const AuthEntry &e) {
        return matches(e.key);
    });
    return int(removed.size());
}

Result<void> AuthFile::save() const
{
    QJsonObject root = QJsonDocument::fromJson(m_raw).object();
    QJsonObject auths = root.value(QStringLiteral("auths")).toObject();
    // Start from the file as read, so entries this class could not decode (problems()) are
    // kept as they were rather than silently dropped; only removed keys go.
    QJsonObject updated = auths;
    for (const QString &key : m_removedKeys)
        updated.remove(key);
    for (const AuthEntry &entry : m_entries) {
        QJsonObject o = auths.value(entry.key).toObject(); // keep e.g. "email"
        o.remove(QStringLiteral("username"));
        o.remove(QStringLiteral("password"));
        if (!entry.username.isEmpty()) {
            const QByteArray pair = entry.username.toUtf8() + ':' + entry.password.toUtf8();
            o.insert(QStringLiteral("auth"), QString::fromLatin1(pair.toBase64()));
        }
        if (!entry.identityToken.isEmpty())
            o.insert(QStringLiteral("identitytoken"), entry.identityToken);
        if (!entry.registryToken.isEmpty())
            o.insert(QStringLiteral("registrytoken"), entry.registryToken);
        updated.insert(entry.key, o);
    }
    root.insert(QStringLiteral("auths"), updated);

    QSaveFile out(m_path);
    if (!out.open(QIODevice::WriteOnly))
        return Error(ErrorCode::Io, Tr::tr("Cannot write %1: %2").arg(m_path, out.errorString()));
    // Credentials are for the owner's eyes only (docker and podman write 0600 as well).
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    out.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!out.commit())
        return Error(ErrorCode::Io, Tr::tr("Cannot write %1: %2").arg(m_path, out.errorString()));
    return {};
}
