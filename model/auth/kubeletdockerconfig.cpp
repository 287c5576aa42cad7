// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/auth/kubeletdockerconfig.h"

#include "model/core/gobase64.h"
#include "model/core/gojson.h"
#include "model/core/logging.h"
#include "model/core/tr.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include <optional>

namespace {

const QString kDockerConfigJsonType = QStringLiteral("kubernetes.io/dockerconfigjson");
const QString kDockercfgType = QStringLiteral("kubernetes.io/dockercfg");
const QString kDockerConfigJsonKey = QStringLiteral(".dockerconfigjson");
const QString kDockercfgKey = QStringLiteral(".dockercfg");

// The Go kind name encoding/json puts in an UnmarshalTypeError ("cannot unmarshal <kind>").
QString goKind(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool:
        return QStringLiteral("bool");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    default:
        return QStringLiteral("null");
    }
}

// encoding/json matches struct fields case-insensitively, preferring the exact name.
QJsonValue goField(const QJsonObject &obj, const QString &name)
{
    const auto exact = obj.constFind(name);
    if (exact != obj.constEnd())
        return *exact;
    for (auto it = obj.constBegin(); it != obj.constEnd(); ++it) {
        if (it.key().compare(name, Qt::CaseInsensitive) == 0)
            return *it;
    }
    return QJsonValue(QJsonValue::Undefined);
}

Error typeError(const QJsonValue &v, const QString &target)
{
    // encoding/json's UnmarshalTypeError text, verbatim in shape.
    return Error(ErrorCode::Parse,
                 QStringLiteral("json: cannot unmarshal %1 into %2").arg(goKind(v), target));
}

// Parses bytes as JSON the way json.Unmarshal accepts a top-level value: an object, or null
// (which leaves the target empty). Anything else is a syntax or type error.
Result<std::optional<QJsonObject>> parseTopLevel(const QByteArray &bytes, const QString &goType)
{
    const QString syntax = GoJson::syntaxError(bytes);
    if (!syntax.isEmpty())
        return Error(ErrorCode::Parse, syntax);
    const QByteArray trimmed = bytes.trimmed();
    if (trimmed == "null")
        return std::optional<QJsonObject>();
    // Valid JSON that is not an object is a type error (UnmarshalTypeError) in Go.
    const char first = trimmed.at(0);
    if (first != '{') {
        const char *kind = first == '['      ? "array"
            : first == '"'                   ? "string"
            : (first == 't' || first == 'f') ? "bool"
                                             : "number";
        return Error(ErrorCode::Parse,
                     QStringLiteral("json: cannot unmarshal %1 into Go value of type %2")
                         .arg(QLatin1String(kind), goType));
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        // Go accepted the syntax; Qt's limits (nesting depth) are all that is left.
        return Error(ErrorCode::Parse,
                     Tr::tr("invalid JSON at byte %1: %2").arg(pe.offset).arg(pe.errorString()));
    }
    return std::optional<QJsonObject>(doc.object());
}

// DockerConfigEntry.UnmarshalJSON (k/k pkg/credentialprovider/config.go @78fc8e4): the JSON
// goes into dockerConfigEntryWithAuth {username, password, email, auth}; every other field
// (identitytoken, registrytoken, ...) is dropped; a non-empty auth replaces username/password.
Result<DockerKeyring::Entry>
parseEntry(const QString &writtenKey, const QJsonValue &value, const QString &source)
{
    DockerKeyring::Entry e;
    e.writtenKey = writtenKey;
    e.source = source;
    bool ok = false;
    const QString key = DockerKeyring::normalizeKey(writtenKey, &ok);
    if (ok)
        e.key = key;
    if (value.isNull())
        return e;
    if (!value.isObject())
        return typeError(
            value,
            QStringLiteral("Go value of type credentialprovider.dockerConfigEntryWithAuth"));
    const QJsonObject obj = value.toObject();
    QString auth;

    const struct
    {
        const char *name;
        QString *target;
    } fields[] = {{"username", &e.username},
                  {"password", &e.password},
                  {"email", &e.email},
                  {"auth", &auth}};

    for (const auto &f : fields) {
        const QJsonValue v = goField(obj, QLatin1String(f.name));
        if (v.isUndefined() || v.isNull())
            continue;
        if (!v.isString()) {
            return typeError(
                v,
                QStringLiteral("Go struct field dockerConfigEntryWithAuth.%1 of type string")
                    .arg(QLatin1String(f.name)));
        }
        *f.target = v.toString();
    }
    if (auth.isEmpty())
        return e;
    const Result<QPair<QString, QString>> decoded = KubeletDockerConfig::decodeAuthField(auth);
    if (!decoded)
        return decoded.error();
    e.username = decoded->first;
    e.password = decoded->second;
    return e;
}

// DockerConfig = map[string]DockerConfigEntry.
Result<QList<DockerKeyring::Entry>> parseDockerConfigMap(const QJsonObject &obj,
                                                         const QString &source)
{
    QList<DockerKeyring::Entry> entries;
    for (auto it = obj.constBegin(); it != obj.constEnd(); ++it) {
        Result<DockerKeyring::Entry> e = parseEntry(it.key(), it.value(), source);
        if (!e)
            return e.error();
        entries.append(*e);
    }
    return entries;
}

Error withSource(Error e, const QString &source)
{
    e.detail = source;
    return e;
}

} // namespace

// decodeDockerConfigFieldAuth (config.go @78fc8e4). An older kubelet chose the encoding by
// len%4 == 0; this is the current rule: the TRIMMED field ending in '=' picks StdEncoding, but
// the untrimmed field is decoded.
Result<QPair<QString, QString>> KubeletDockerConfig::decodeAuthField(const QString &field)
{
    const QByteArray raw = field.toUtf8();
    const bool padded = field.trimmed().endsWith(u'=');
    const Result<QByteArray> decoded = GoBase64::decode(raw, padded);
    if (!decoded)
        return decoded.error();
    const qsizetype colon = decoded->indexOf(':');
    if (colon < 0) {
        return Error(
            ErrorCode::Parse,
            QStringLiteral(
                "unable to parse auth field, must be formatted as base64(username:password)"));
    }
    return QPair<QString, QString>(QString::fromUtf8(decoded->left(colon)),
                                   QString::fromUtf8(decoded->mid(colon + 1)));
}

// DockerConfigJSON{Auths DockerConfig `json:"auths"`; HTTPHeaders map[string]string
// `json:"HttpHeaders,omitempty"`} (config.go @78fc8e4).
Result<KubeletDockerConfig::ConfigJson>
KubeletDockerConfig::parseConfigJson(const QByteArray &bytes, const QString &source)
{
    const Result<std::optional<QJsonObject>> top =
        parseTopLevel(bytes, QStringLiteral("credentialprovider.DockerConfigJSON"));
    if (!top)
        return withSource(top.error(), source);
    ConfigJson cfg;
    if (!top->has_value())
        return cfg;
    const QJsonObject &obj = **top;
    const QJsonValue headers = goField(obj, QStringLiteral("HttpHeaders"));
    if (headers.isObject()) {
        const QJsonObject h = headers.toObject();
        for (auto it = h.constBegin(); it != h.constEnd(); ++it) {
            if (it->isNull())
                continue;
            if (!it->isString()) {
                return withSource(
                    typeError(*it,
                              QStringLiteral(
                                  "Go struct field DockerConfigJSON.HttpHeaders of type string")),
                    source);
            }
            cfg.httpHeaders.insert(it.key(), it->toString());
        }
    } else if (!headers.isUndefined() && !headers.isNull()) {
        return withSource(
            typeError(headers,
                      QStringLiteral("Go struct field DockerConfigJSON.HttpHeaders of "
                                     "type map[string]string")),
            source);
    }
    const QJsonValue auths = goField(obj, QStringLiteral("auths"));
    if (auths.isUndefined() || auths.isNull())
        return cfg;
    if (!auths.isObject()) {
        return withSource(typeError(auths,
                                    QStringLiteral("Go struct field DockerConfigJSON.auths of type "
                                                   "credentialprovider.DockerConfig")),
                          source);
    }
    cfg.authsPresent = true;
    const Result<QList<DockerKeyring::Entry>> entries =
        parseDockerConfigMap(auths.toObject(), source);
    if (!entries)
        return withSource(entries.error(), source);
    cfg.entries = *entries;
    return cfg;
}

Result<QList<DockerKeyring::Entry>>
KubeletDockerConfig::fromDockerConfigJson(const QByteArray &bytes, const QString &source)
{
    const Result<ConfigJson> cfg = parseConfigJson(bytes, source);
    if (!cfg)
        return cfg.error();
    return cfg->entries;
}

Result<QList<DockerKeyring::Entry>> KubeletDockerConfig::fromDockercfg(const QByteArray &bytes,
                                                                       const QString &source)
{
    const Result<std::optional<QJsonObject>> top =
        parseTopLevel(bytes, QStringLiteral("credentialprovider.DockerConfig"));
    if (!top)
        return withSource(top.error(), source);
    if (!top->has_value())
        return QList<DockerKeyring::Entry>();
    const Result<QList<DockerKeyring::Entry>> entries = parseDockerConfigMap(**top, source);
    if (!entries)
        return withSource(entries.error(), source);
    return *entries;
}

// secretsToTrackedDockerConfigs (k/k pkg/credentialprovider/secrets/secrets.go, v1.33+): the
// type AND a non-empty value under the type's own key select the parser; every other secret is
// skipped without a word, which is exactly what people cannot see, so the note says it.
Result<KubeletDockerConfig::SecretCredentials>
KubeletDockerConfig::fromSecret(const QString &type,
                                const QMap<QString, QByteArray> &data,
                                const QString &source)
{
    SecretCredentials out;
    auto ignore = [&out](const QString &why) {
        out.ignored = true;
        out.note = why;
        return out;
    };
    const bool isJson = type == kDockerConfigJsonType;
    const bool isCfg = type == kDockercfgType;
    if (!isJson && !isCfg) {
        const QString typeText = type.isEmpty() ? QStringLiteral("Opaque") : type;
        QString why = Tr::tr("type \"%1\" is neither %2 nor %3, so the kubelet ignores it")
                          .arg(typeText, kDockerConfigJsonType, kDockercfgType);
        if (data.contains(kDockerConfigJsonKey))
            why += Tr::tr(" (it has a \"%1\" key: set type: %2)")
                       .arg(kDockerConfigJsonKey, kDockerConfigJsonType);
        else if (data.contains(kDockercfgKey))
            why +=
                Tr::tr(" (it has a \"%1\" key: set type: %2)").arg(kDockercfgKey, kDockercfgType);
        return ignore(why);
    }
    const QString key = isJson ? kDockerConfigJsonKey : kDockercfgKey;
    const auto value = data.constFind(key);
    if (value == data.constEnd()) {
        const QStringList keys = data.keys();
        return ignore(Tr::tr("a %1 secret needs the key \"%2\"; it has %3")
                          .arg(type,
                               key,
                               keys.isEmpty() ? Tr::tr("no keys")
                                              : QLatin1Char('"')
                                       + keys.join(QStringLiteral("\", \"")) + QLatin1Char('"')));
    }
    if (value->isEmpty())
        return ignore(Tr::tr("the \"%1\" value is empty").arg(key));

    if (isCfg) {
        const Result<QList<DockerKeyring::Entry>> entries = fromDockercfg(*value, source);
        if (!entries)
            return entries.error();
        out.entries = *entries;
        if (out.entries.isEmpty())
            return ignore(Tr::tr("the \"%1\" JSON has no registries").arg(key));
        for (const DockerKeyring::Entry &e : std::as_const(out.entries)) {
            if (e.writtenKey == QLatin1String("auths") && e.username.isEmpty()
                && e.password.isEmpty()) {
                out.note = Tr::tr("the legacy .dockercfg format has no \"auths\" wrapper: the "
                                  "kubelet reads \"auths\" as a registry name; use type %1 with "
                                  "key %2 for config.json content")
                               .arg(kDockerConfigJsonType, kDockerConfigJsonKey);
            }
        }
        return out;
    }
    const Result<ConfigJson> cfg = parseConfigJson(*value, source);
    if (!cfg)
        return cfg.error();
    if (!cfg->authsPresent) {
        // Legacy .dockercfg content ({"server": {...}}) in a dockerconfigjson secret
        // (docs/reference/kubelet-image-pull.md §12.4).
        const std::optional<QJsonObject> obj =
            parseTopLevel(*value, QString()).value_or(std::optional<QJsonObject>());
        const bool looksLegacy = obj && !obj->isEmpty()
            && std::all_of(obj->constBegin(), obj->constEnd(), [](const QJsonValue &v) {
                                     return v.isObject();
                                 });
        return ignore(looksLegacy ? Tr::tr("its JSON has no \"auths\" object (this looks like "
                                           "legacy .dockercfg content: wrap it in {\"auths\": ...} "
                                           "or use type %1 with key %2)")
                                        .arg(kDockercfgType, kDockercfgKey)
                                  : Tr::tr("its JSON has no \"auths\" object, so it gives no "
                                           "credentials"));
    }
    out.entries = cfg->entries;
    if (out.entries.isEmpty())
        return ignore(Tr::tr("its \"auths\" object is empty"));
    return out;
}

QString KubeletDockerConfig::nodeFileSource(const QString &path)
{
    return QStringLiteral("node file %1").arg(path);
}

// DefaultDockerConfigJSONPaths / DefaultDockercfgPaths (config.go @78fc8e4): config.json in
// [preferred, cwd, $HOME/.docker, /.docker], then .dockercfg in [preferred, cwd, $HOME, /].
QStringList KubeletDockerConfig::nodeFileCandidates(const NodeFileLocations &where)
{
    const QString cwd = where.workingDir.isEmpty() ? QDir::currentPath() : where.workingDir;
    const QString home = where.homeDir.isEmpty() ? QDir::homePath() : where.homeDir;
    // filepath.Abs(filepath.Join(dir, name)): an empty preferred dir means the working dir.
    auto join = [&cwd](const QString &dir, const QString &name) {
        const QString base = dir.isEmpty() ? cwd : dir;
        return QDir::cleanPath(QDir(cwd).absoluteFilePath(base + QLatin1Char('/') + name));
    };
    const QString json = QStringLiteral("config.json");
    const QString cfg = QStringLiteral(".dockercfg");
    return {join(where.preferredDir, json),
            join(cwd, json),
            join(home + QStringLiteral("/.docker"), json),
            join(where.rootDir + QStringLiteral("/.docker"), json),
            join(where.preferredDir, cfg),
            join(cwd, cfg),
            join(home, cfg),
            join(where.rootDir, cfg)};
}

// ReadDockerConfigFile / ReadDockerConfigJSONFile / ReadDockercfgFile (config.go @78fc8e4): a
// missing or unreadable file or one that does not unmarshal ("error occurred while trying to
// unmarshal json") is skipped; the first that parses wins, even with no credentials in it.
KubeletDockerConfig::NodeFileSearch
KubeletDockerConfig::searchNodeFiles(const NodeFileLocations &where)
{
    NodeFileSearch search;
    const QStringList candidates = nodeFileCandidates(where);
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        const QString &path = candidates[i];
        const bool isJson = i < 4;
        QFile file(path);
        if (!file.exists()) {
            search.steps.append(Tr::tr("%1: not found").arg(path));
            continue;
        }
        if (!file.open(QIODevice::ReadOnly)) {
            search.steps.append(Tr::tr("%1: %2").arg(path, file.errorString()));
            continue;
        }
        const QByteArray bytes = file.readAll();
        const QString source = nodeFileSource(path);
        const Result<QList<DockerKeyring::Entry>> entries =
            isJson ? fromDockerConfigJson(bytes, source) : fromDockercfg(bytes, source);
        if (!entries) {
            // The kubelet logs only this generic text for a file; the detail is ours.
            search.steps.append(
                QStringLiteral("%1: error occurred while trying to unmarshal json (%2)")
                    .arg(path, entries.error().message));
            continue;
        }
        search.path = path;
        search.entries = *entries;
        search.steps.append(
            Tr::tr("%1: used (%n credential(s))", nullptr, int(entries->size())).arg(path));
        qCDebug(lcAuth) << "node docker config file" << path << entries->size();
        return search;
    }
    return search;
}
