// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/auth/credentialproviderconfig.h"

#include "model/auth/dockerkeyring.h"
#include "model/core/tr.h"
#include "model/core/yamlerror.h"

#include <yaml-cpp/yaml.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <cmath>
#include <optional>

namespace {

const QString kGroup = QStringLiteral("kubelet.config.k8s.io");
const QString kKind = QStringLiteral("CredentialProviderConfig");

// A decoding problem with the place it is about.
struct DecodeError
{
    QString message;
    int line = 0;
};

int lineOf(const YAML::Node &node)
{
    return YamlError::line(node.Mark());
}

// The Kubernetes decoder converts YAML to JSON first (sigs.k8s.io/yaml, YAML 1.1 resolution), so
// an unquoted 0 or yes is a JSON number or bool, and a string field refuses it.
std::optional<QString> scalarString(const YAML::Node &node, const QString &field, DecodeError *err)
{
    if (!node || node.IsNull())
        return QString();
    if (!node.IsScalar()) {
        *err = {
            QStringLiteral("json: cannot unmarshal %1 into Go struct field %2 of type string")
                .arg(node.IsSequence() ? QStringLiteral("array") : QStringLiteral("object"), field),
            lineOf(node)};
        return std::nullopt;
    }
    const QString value = QString::fromStdString(node.Scalar());
    if (node.Tag() == "?") {
        static const QRegularExpression number(
            QStringLiteral(R"(^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$)"));
        static const QRegularExpression boolean(
            QStringLiteral("^(y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|"
                           "ON|off|Off|OFF)$"));
        const bool isNumber = number.match(value).hasMatch();
        if (isNumber || boolean.match(value).hasMatch()) {
            *err = {
                QStringLiteral("json: cannot unmarshal %1 into Go struct field %2 of type string")
                    .arg(isNumber ? QStringLiteral("number") : QStringLiteral("bool"), field),
                lineOf(node)};
            return std::nullopt;
        }
    }
    return value;
}

std::optional<QStringList>
stringList(const YAML::Node &node, const QString &field, DecodeError *err)
{
    QStringList out;
    if (!node || node.IsNull())
        return out;
    if (!node.IsSequence()) {
        *err = {QStringLiteral("json: cannot unmarshal %1 into Go struct field %2 of type []string")
                    .arg(node.IsMap() ? QStringLiteral("object") : QStringLiteral("string"), field),
                lineOf(node)};
        return std::nullopt;
    }
    for (const YAML::Node &item : node) {
        const std::optional<QString> s = scalarString(item, field, err);
        if (!s)
            return std::nullopt;
        out.append(*s);
    }
    return out;
}

// field.ErrorList entries as the apimachinery field package prints them.
QString fieldRequired(const QString &path, const QString &detail)
{
    return detail.isEmpty() ? QStringLiteral("%1: Required value").arg(path)
                            : QStringLiteral("%1: Required value: %2").arg(path, detail);
}

QString fieldInvalid(const QString &path, const QString &value, const QString &detail)
{
    return QStringLiteral("%1: Invalid value: \"%2\": %3").arg(path, value, detail);
}

Result<CredentialProviderConfig::Provider>
decodeProvider(const YAML::Node &node, const QString &file, DecodeError *err)
{
    CredentialProviderConfig::Provider p;
    p.file = file;
    p.line = lineOf(node);
    if (!node.IsMap()) {
        *err = {QStringLiteral("json: cannot unmarshal %1 into Go struct field "
                               "CredentialProviderConfig.providers of type "
                               "config.CredentialProvider")
                    .arg(node.IsSequence() ? QStringLiteral("array") : QStringLiteral("string")),
                lineOf(node)};
        return Error(ErrorCode::Parse, err->message);
    }
    const QString prefix = QStringLiteral("CredentialProvider.");
    auto str = [&](const char *key, QString *target) {
        const std::optional<QString> s = scalarString(node[key], prefix + QLatin1String(key), err);
        if (s)
            *target = *s;
        return s.has_value();
    };
    if (!str("name", &p.name) || !str("apiVersion", &p.apiVersion))
        return Error(ErrorCode::Parse, err->message);
    const std::optional<QStringList> match =
        stringList(node["matchImages"], prefix + QStringLiteral("matchImages"), err);
    const std::optional<QStringList> args =
        match ? stringList(node["args"], prefix + QStringLiteral("args"), err) : std::nullopt;
    if (!match || !args)
        return Error(ErrorCode::Parse, err->message);
    p.matchImages = *match;
    p.args = *args;

    const YAML::Node duration = node["defaultCacheDuration"];
    if (duration && !duration.IsNull()) {
        const std::optional<QString> text =
            scalarString(duration, prefix + QStringLiteral("defaultCacheDuration"), err);
        if (!text)
            return Error(ErrorCode::Parse, err->message);
        bool ok = false;
        p.defaultCacheDurationMs = CredentialProviderConfig::parseGoDuration(*text, &ok);
        if (!ok) {
            *err = {QStringLiteral("time: invalid duration \"%1\"").arg(*text), lineOf(duration)};
            return Error(ErrorCode::Parse, err->message);
        }
        p.defaultCacheDurationText = *text;
    }

    const YAML::Node env = node["env"];
    if (env && !env.IsNull()) {
        if (!env.IsSequence()) {
            *err = {QStringLiteral("json: cannot unmarshal object into Go struct field "
                                   "CredentialProvider.env of type []config.ExecEnvVar"),
                    lineOf(env)};
            return Error(ErrorCode::Parse, err->message);
        }
        for (const YAML::Node &e : env) {
            QString name;
            QString value;
            if (!e.IsMap()) {
                *err = {QStringLiteral("json: cannot unmarshal string into Go struct field "
                                       "CredentialProvider.env of type config.ExecEnvVar"),
                        lineOf(e)};
                return Error(ErrorCode::Parse, err->message);
            }
            const std::optional<QString> n =
                scalarString(e["name"], QStringLiteral("ExecEnvVar.name"), err);
            const std::optional<QString> v = n
                ? scalarString(e["value"], QStringLiteral("ExecEnvVar.value"), err)
                : std::nullopt;
            if (!n || !v)
                return Error(ErrorCode::Parse, err->message);
            p.env.append({*n, *v});
        }
    }
    const YAML::Node token = node["tokenAttributes"];
    if (token && token.IsMap()) {
        p.hasTokenAttributes = true;
        const std::optional<QString> audience = scalarString(
            token["serviceAccountTokenAudience"],
            QStringLiteral("ServiceAccountTokenAttributes.serviceAccountTokenAudience"),
            err);
        if (!audience)
            return Error(ErrorCode::Parse, err->message);
        p.tokenAudience = *audience;
    }
    return p;
}

Error located(const QString &message, const QString &file, int line)
{
    return Error(ErrorCode::Parse, message).at(file, line);
}

} // namespace

// time.ParseDuration (Go src/time/format.go): a sign, then one or more <decimal><unit> with
// units ns, us (µs, μs), ms, s, m, h; "0" alone needs no unit.
qint64 CredentialProviderConfig::parseGoDuration(const QString &text, bool *ok)
{
    *ok = false;
    QString s = text;
    bool negative = false;
    if (!s.isEmpty() && (s.front() == u'-' || s.front() == u'+')) {
        negative = s.front() == u'-';
        s.remove(0, 1);
    }
    if (s == QLatin1String("0")) {
        *ok = true;
        return 0;
    }
    if (s.isEmpty())
        return 0;
    static const QRegularExpression part(
        QStringLiteral(R"(^([0-9]*(?:\.[0-9]*)?)(ns|us|µs|μs|ms|s|m|h))"));
    long double totalNs = 0;
    while (!s.isEmpty()) {
        const QRegularExpressionMatch m = part.match(s);
        if (!m.hasMatch())
            return 0;
        const QString number = m.captured(1);
        if (number.isEmpty() || number == QLatin1String("."))
            return 0;
        const QString unit = m.captured(2);
        long double scale = 1;
        if (unit == QLatin1String("us") || unit == QStringLiteral("µs")
            || unit == QStringLiteral("μs"))
            scale = 1e3L;
        else if (unit == QLatin1String("ms"))
            scale = 1e6L;
        else if (unit == QLatin1String("s"))
            scale = 1e9L;
        else if (unit == QLatin1String("m"))
            scale = 60e9L;
        else if (unit == QLatin1String("h"))
            scale = 3600e9L;
        totalNs += number.toDouble() * scale;
        s.remove(0, m.capturedLength(0));
    }
    // Go's Duration is an int64 of nanoseconds.
    if (totalNs > 9.223372036854775807e18L)
        return 0;
    *ok = true;
    const qint64 ms = qint64(totalNs / 1e6L);
    return negative ? -ms : ms;
}

QStringList CredentialProviderConfig::supportedPluginApiVersions()
{
    return {QStringLiteral("credentialprovider.kubelet.k8s.io/v1"),
            QStringLiteral("credentialprovider.kubelet.k8s.io/v1beta1"),
            QStringLiteral("credentialprovider.kubelet.k8s.io/v1alpha1")};
}

// decode() in k/k pkg/credentialprovider/plugin/config.go @fde22c3: the universal decoder needs
// apiVersion and kind, the kind must be CredentialProviderConfig and the group
// kubelet.config.k8s.io (v1, v1beta1 or v1alpha1).
Result<CredentialProviderConfig> CredentialProviderConfig::parse(const QByteArray &text,
                                                                 const QString &file)
{
    const Result<CredentialProviderConfig> config = decode(text, file);
    if (!config)
        return config;
    const Result<void> valid = config->validate(file);
    if (!valid)
        return valid.error();
    return config;
}

Result<CredentialProviderConfig> CredentialProviderConfig::decode(const QByteArray &text,
                                                                  const QString &file)
{
    YAML::Node root;
    try {
        root = YAML::Load(text.toStdString());
    } catch (const YAML::Exception &e) {
        return YamlError::fromException(e, file);
    }
    if (!root.IsMap())
        return located(Tr::tr("not a CredentialProviderConfig: the document is not a mapping"),
                       file,
                       0);
    DecodeError err;
    QString apiVersion;
    QString kind;
    {
        const std::optional<QString> a =
            scalarString(root["apiVersion"], QStringLiteral("apiVersion"), &err);
        const std::optional<QString> k =
            a ? scalarString(root["kind"], QStringLiteral("kind"), &err) : std::nullopt;
        if (!a || !k)
            return located(err.message, file, err.line);
        apiVersion = *a;
        kind = *k;
    }
    if (kind.isEmpty())
        return located(QStringLiteral("Object 'Kind' is missing in '%1'").arg(file), file, 1);
    if (apiVersion.isEmpty())
        return located(QStringLiteral("Object 'apiVersion' is missing in '%1'").arg(file), file, 1);
    const QString group = apiVersion.section(u'/', 0, 0);
    const QString version = apiVersion.section(u'/', 1);
    if (kind != kKind) {
        return located(QStringLiteral("failed to decode \"%1\" (wrong Kind)").arg(kind),
                       file,
                       lineOf(root["kind"]));
    }
    if (group != kGroup) {
        return located(
            QStringLiteral("failed to decode CredentialProviderConfig, unexpected Group: %1")
                .arg(group),
            file,
            lineOf(root["apiVersion"]));
    }
    if (version != QLatin1String("v1") && version != QLatin1String("v1beta1")
        && version != QLatin1String("v1alpha1")) {
        return located(
            QStringLiteral("no kind \"%1\" is registered for version \"%2\"").arg(kind, apiVersion),
            file,
            lineOf(root["apiVersion"]));
    }

    CredentialProviderConfig config;
    const YAML::Node providers = root["providers"];
    if (providers && !providers.IsNull()) {
        if (!providers.IsSequence()) {
            return located(QStringLiteral("json: cannot unmarshal object into Go struct field "
                                          "CredentialProviderConfig.providers of type "
                                          "[]config.CredentialProvider"),
                           file,
                           lineOf(providers));
        }
        for (const YAML::Node &node : providers) {
            const Result<Provider> p = decodeProvider(node, file, &err);
            if (!p)
                return located(err.message, file, err.line);
            config.m_providers.append(*p);
        }
    }
    return config;
}

// readCredentialProviderConfig (plugin/config.go @fde22c3): a directory contributes its *.json,
// *.yaml and *.yml files in lexicographic order; providers are merged and a name seen twice is
// "duplicate provider name %q found in configuration file(s)".
Result<CredentialProviderConfig> CredentialProviderConfig::load(const QString &fileOrDirectory)
{
    const QFileInfo info(fileOrDirectory);
    if (!info.exists()) {
        return Error(ErrorCode::Io,
                     Tr::tr("unable to read external registry credential provider configuration "
                            "from %1: no such file or directory")
                         .arg(fileOrDirectory));
    }
    QStringList files;
    if (info.isDir()) {
        const QFileInfoList entries =
            QDir(fileOrDirectory)
                .entryInfoList(
                    {QStringLiteral("*.json"), QStringLiteral("*.yaml"), QStringLiteral("*.yml")},
                    QDir::Files | QDir::CaseSensitive,
                    QDir::NoSort);
        for (const QFileInfo &f : entries)
            files.append(f.absoluteFilePath());
        // os.ReadDir sorts by file name, byte-wise.
        std::sort(files.begin(), files.end(), [](const QString &a, const QString &b) {
            return a.toUtf8() < b.toUtf8();
        });
        if (files.isEmpty()) {
            return Error(ErrorCode::Io,
                         Tr::tr("no credential provider configuration files (*.json, *.yaml, "
                                "*.yml) found in directory %1")
                             .arg(fileOrDirectory));
        }
    } else {
        files.append(info.absoluteFilePath());
    }
    CredentialProviderConfig merged;
    for (const QString &path : std::as_const(files)) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return Error(ErrorCode::Io, Tr::tr("cannot read %1: %2").arg(path, f.errorString()));
        const Result<CredentialProviderConfig> one = decode(f.readAll(), path);
        if (!one)
            return one.error();
        const Result<void> ok = merged.merge(*one);
        if (!ok)
            return ok.error();
    }
    const Result<void> valid = merged.validate(info.absoluteFilePath());
    if (!valid)
        return valid.error();
    return merged;
}

Result<void> CredentialProviderConfig::merge(const CredentialProviderConfig &other)
{
    for (const Provider &p : other.m_providers) {
        for (const Provider &existing : std::as_const(m_providers)) {
            if (existing.name == p.name) {
                return located(QStringLiteral("duplicate provider name \"%1\" found in "
                                              "configuration file(s)")
                                   .arg(p.name),
                               p.file,
                               p.line);
            }
        }
        m_providers.append(p);
    }
    return {};
}

// validateCredentialProviderConfig (plugin/config.go @fde22c3), messages in the apimachinery
// field-error format; several errors are joined as utilerrors.Aggregate prints them.
Result<void> CredentialProviderConfig::validate(const QString &where) const
{
    QStringList errors;
    QString file = where;
    int line = 0;
    auto fail = [&](const QString &message, const Provider *p) {
        if (errors.isEmpty() && p) {
            file = p->file;
            line = p->line;
        }
        errors.append(message);
    };
    if (m_providers.isEmpty())
        fail(fieldRequired(QStringLiteral("providers"),
                           QStringLiteral("at least 1 item in plugins is required")),
             nullptr);
    QSet<QString> seen;
    const QStringList versions = supportedPluginApiVersions();
    for (const Provider &p : m_providers) {
        if (p.name.contains(u'/'))
            fail(fieldInvalid(QStringLiteral("providers.name"),
                              p.name,
                              QStringLiteral("provider name cannot contain '/'")),
                 &p);
        if (p.name.contains(u' '))
            fail(fieldInvalid(QStringLiteral("providers.name"),
                              p.name,
                              QStringLiteral("provider name cannot contain spaces")),
                 &p);
        if (p.name == QLatin1String("."))
            fail(fieldInvalid(QStringLiteral("providers.name"),
                              p.name,
                              QStringLiteral("provider name cannot be '.'")),
                 &p);
        if (p.name == QLatin1String(".."))
            fail(fieldInvalid(QStringLiteral("providers.name"),
                              p.name,
                              QStringLiteral("provider name cannot be '..'")),
                 &p);
        if (seen.contains(p.name))
            fail(QStringLiteral("providers.name: Duplicate value: \"%1\"").arg(p.name), &p);
        seen.insert(p.name);
        if (p.apiVersion.isEmpty()) {
            fail(fieldRequired(QStringLiteral("providers.apiVersion"), {}), &p);
        } else if (!versions.contains(p.apiVersion)) {
            fail(QStringLiteral(
                     "providers.apiVersion: Unsupported value: \"%1\": supported values: \"%2\"")
                     .arg(p.apiVersion, versions.join(QStringLiteral("\", \""))),
                 &p);
        }
        if (p.matchImages.isEmpty())
            fail(fieldRequired(QStringLiteral("providers.matchImages"),
                               QStringLiteral("at least 1 item in matchImages is required")),
                 &p);
        for (const QString &image : p.matchImages) {
            QString why;
            // ParseSchemelessURL is what validation runs; an unparseable key is what
            // normalizeKey refuses, with the same url.Parse texts.
            bool ok = false;
            DockerKeyring::normalizeKey(QStringLiteral("https://") + image, &ok, &why);
            if (!ok)
                fail(fieldInvalid(QStringLiteral("providers.matchImages"),
                                  image,
                                  QStringLiteral("match image is invalid: %1").arg(why)),
                     &p);
        }
        if (p.defaultCacheDurationText.isEmpty()) {
            fail(fieldRequired(QStringLiteral("providers.defaultCacheDuration"),
                               QStringLiteral("defaultCacheDuration is required")),
                 &p);
        } else if (p.defaultCacheDurationMs < 0) {
            fail(fieldInvalid(QStringLiteral("providers.defaultCacheDuration"),
                              p.defaultCacheDurationText,
                              QStringLiteral("must be greater than or equal to 0")),
                 &p);
        }
        if (p.hasTokenAttributes
            && p.apiVersion != QLatin1String("credentialprovider.kubelet.k8s.io/v1")) {
            fail(fieldInvalid(QStringLiteral("providers.tokenAttributes"),
                              p.apiVersion,
                              QStringLiteral("tokenAttributes is only supported for "
                                             "credentialprovider.kubelet.k8s.io/v1 API version")),
                 &p);
        }
    }
    if (errors.isEmpty())
        return {};
    const QString message = errors.size() == 1
        ? errors.first()
        : QLatin1Char('[') + errors.join(QStringLiteral(", ")) + QLatin1Char(']');
    return located(message, file, line);
}

QList<CredentialProviderConfig::Provider>
CredentialProviderConfig::providersFor(const QString &image) const
{
    QList<Provider> out;
    for (const Provider &p : m_providers) {
        if (isImageAllowed(p, image))
            out.append(p);
    }
    return out;
}

// pluginProvider.isImageAllowed (k/k plugin/plugin.go): any matchImages entry that
// URLsMatchStr accepts.
bool CredentialProviderConfig::isImageAllowed(const Provider &provider,
                                              const QString &image,
                                              QString *why)
{
    QStringList reasons;
    for (const QString &glob : provider.matchImages) {
        QString reason;
        if (DockerKeyring::urlsMatch(glob, image, &reason))
            return true;
        reasons.append(QStringLiteral("%1: %2").arg(glob, reason));
    }
    if (why)
        *why = reasons.join(QStringLiteral("; "));
    return false;
}
