// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/registry/registryconfigstore.h"

#include "model/core/logging.h"
#include "model/core/tr.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSettings>

#include <algorithm>
#include <optional>
#include <utility>

namespace {
const QString kName = QStringLiteral("name");
const QString kUrl = QStringLiteral("url");
const QString kInsecure = QStringLiteral("insecure");
const QString kTlsVerify = QStringLiteral("tlsVerify");
const QString kCertDir = QStringLiteral("certDir");
const QString kAuthFile = QStringLiteral("authFile");

// Demo files are small; anything bigger is not one.
constexpr qint64 kMaxDemoFileSize = 1024 * 1024;

// INI files store bools as text; accept only what QSettings itself writes (and 1/0), so
// "maybe" is a broken entry rather than silently true.
std::optional<bool> settingsBool(const QVariant &v, bool fallback)
{
    if (!v.isValid())
        return fallback;
    if (v.typeId() == QMetaType::Bool)
        return v.toBool();
    const QString s = v.toString().trimmed().toLower();
    if (s == QLatin1String("true") || s == QLatin1String("1"))
        return true;
    if (s == QLatin1String("false") || s == QLatin1String("0"))
        return false;
    return std::nullopt;
}

// A string-valued setting: QSettings returns QStringList for "a, b" and other types for
// garbage; those are broken.
std::optional<QString> settingsString(const QVariant &v)
{
    if (!v.isValid())
        return QString();
    if (v.typeId() != QMetaType::QString && v.typeId() != QMetaType::QByteArray)
        return std::nullopt;
    return v.toString();
}

// Line and column (1-based) of a byte offset, for JSON syntax errors.
std::pair<int, int> lineColumn(const QByteArray &data, int offset)
{
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset && i < data.size(); ++i) {
        if (data.at(i) == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return {line, column};
}

// The message says what is wrong; file carries the path, so toString() reads "path: problem".
Error demoError(const QString &path, const QString &problem)
{
    return Error(ErrorCode::Parse, problem).at(path, 0);
}

Result<RegistryConfig> registryFromJson(const QString &path, const QJsonValue &value, int index)
{
    const QString where = QStringLiteral("registries[%1]").arg(index);
    if (!value.isObject())
        return demoError(path, Tr::tr("%1 is not an object.").arg(where));
    const QJsonObject o = value.toObject();

    const auto stringField = [&](const QString &key, bool required) -> Result<QString> {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                return demoError(path, Tr::tr("%1 has no \"%2\".").arg(where, key));
            return QString();
        }
        if (!v.isString())
            return demoError(path, Tr::tr("%1.%2 must be a string.").arg(where, key));
        return v.toString();
    };
    const auto boolField = [&](const QString &key, bool fallback) -> Result<bool> {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return fallback;
        if (!v.isBool())
            return demoError(path, Tr::tr("%1.%2 must be true or false.").arg(where, key));
        return v.toBool();
    };

    RegistryConfig config;
    const Result<QString> name = stringField(kName, true);
    if (!name)
        return name.error();
    const Result<QString> url = stringField(kUrl, true);
    if (!url)
        return url.error();
    const Result<bool> insecure = boolField(kInsecure, false);
    if (!insecure)
        return insecure.error();
    const Result<bool> tlsVerify = boolField(kTlsVerify, !*insecure);
    if (!tlsVerify)
        return tlsVerify.error();
    const Result<QString> certDir = stringField(kCertDir, false);
    if (!certDir)
        return certDir.error();
    const Result<QString> authFile = stringField(kAuthFile, false);
    if (!authFile)
        return authFile.error();

    config.name = name->trimmed();
    config.insecure = *insecure;
    config.tlsVerify = *tlsVerify;
    config.url = RegistryConfig::urlFromUserInput(*url, config.insecure);
    config.certDir = *certDir;
    config.authFile = *authFile;
    // The lab writes the auth file before the demo file, but it may have been cleaned up
    // since; a missing file is the credential lookup's business, not a malformed demo file.
    const QList<RegistryConfig::Problem> problems = config.problems(false);
    if (!problems.isEmpty())
        return demoError(path, where + QStringLiteral(": ") + problems.first().message);
    return config;
}
} // namespace

RegistryConfigStore::RegistryConfigStore(QSettings *settings, QString group, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_group(std::move(group))
{
    Q_ASSERT(m_settings);
}

int RegistryConfigStore::load()
{
    m_registries.clear();
    m_skipped = 0;
    m_settings->beginGroup(m_group);
    // Entries are subgroups "1", "2", ... (QSettings array layout), but the "size" key is not
    // trusted: a hand-edited or damaged file may have it wrong, so read every child group.
    QStringList groups = m_settings->childGroups();
    std::sort(groups.begin(), groups.end(), [](const QString &a, const QString &b) {
        bool okA = false;
        bool okB = false;
        const int ia = a.toInt(&okA);
        const int ib = b.toInt(&okB);
        if (okA && okB)
            return ia < ib;
        if (okA != okB)
            return okA;
        return a < b;
    });
    for (const QString &g : std::as_const(groups)) {
        m_settings->beginGroup(g);
        const std::optional<QString> name = settingsString(m_settings->value(kName));
        const std::optional<QString> url = settingsString(m_settings->value(kUrl));
        const std::optional<bool> insecure = settingsBool(m_settings->value(kInsecure), false);
        const std::optional<bool> tlsVerify = settingsBool(m_settings->value(kTlsVerify), true);
        const std::optional<QString> certDir = settingsString(m_settings->value(kCertDir));
        const std::optional<QString> authFile = settingsString(m_settings->value(kAuthFile));
        m_settings->endGroup();

        if (!name || !url || !insecure || !tlsVerify || !certDir || !authFile) {
            qCWarning(lcRegistry) << "skipping registry entry" << g
                                  << "with a value of the wrong type";
            ++m_skipped;
            continue;
        }
        RegistryConfig config;
        config.name = name->trimmed();
        config.url = QUrl(*url, QUrl::StrictMode);
        config.insecure = *insecure;
        config.tlsVerify = *tlsVerify;
        config.certDir = *certDir;
        config.authFile = *authFile;
        if (!config.isValid(false) || indexOf(config.name) >= 0) {
            qCWarning(lcRegistry) << "skipping broken or duplicate registry entry" << g;
            ++m_skipped;
            continue;
        }
        m_registries.append(config);
    }
    m_settings->endGroup();
    Q_EMIT registriesChanged();
    return m_skipped;
}

void RegistryConfigStore::save()
{
    m_settings->remove(m_group);
    m_settings->beginWriteArray(m_group, int(m_registries.size()));
    for (int i = 0; i < m_registries.size(); ++i) {
        const RegistryConfig &c = m_registries.at(i);
        m_settings->setArrayIndex(i);
        m_settings->setValue(kName, c.name);
        m_settings->setValue(kUrl, c.url.toString());
        m_settings->setValue(kInsecure, c.insecure);
        m_settings->setValue(kTlsVerify, c.tlsVerify);
        m_settings->setValue(kCertDir, c.certDir);
        m_settings->setValue(kAuthFile, c.authFile);
    }
    m_settings->endArray();
    m_settings->sync();
}

int RegistryConfigStore::indexOf(const QString &name) const
{
    for (int i = 0; i < m_registries.size(); ++i) {
        if (m_registries.at(i).name == name)
            return i;
    }
    return -1;
}

bool RegistryConfigStore::addOrUpdate(const RegistryConfig &config)
{
    const int i = indexOf(config.name);
    if (i >= 0)
        m_registries[i] = config;
    else
        m_registries.append(config);
    save();
    Q_EMIT registriesChanged();
    return i < 0;
}

bool RegistryConfigStore::remove(const QString &name)
{
    const int i = indexOf(name);
    if (i < 0)
        return false;
    m_registries.removeAt(i);
    save();
    Q_EMIT registriesChanged();
    return true;
}

Result<RegistryConfigStore::ImportSummary> RegistryConfigStore::importDemoFile(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return Error(ErrorCode::Io, Tr::tr("The demo file does not exist.")).at(path, 0);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(ErrorCode::Io,
                     Tr::tr("Cannot read the demo file: %1.").arg(file.errorString()))
            .at(path, 0);
    }
    if (file.size() > kMaxDemoFileSize)
        return demoError(path, Tr::tr("The file is too large to be a demo file."));
    const QByteArray data = file.readAll();

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto [line, column] = lineColumn(data, parseError.offset);
        return Error(ErrorCode::Parse, Tr::tr("Not valid JSON: %1.").arg(parseError.errorString()))
            .at(path, line, column);
    }
    if (!doc.isObject())
        return demoError(path, Tr::tr("The top level must be a JSON object."));
    const QJsonObject root = doc.object();

    const QJsonValue version = root.value(QStringLiteral("version"));
    if (!version.isDouble())
        return demoError(path, Tr::tr("\"version\" is missing or not a number."));
    if (version.toDouble() != 1.0) {
        return Error(ErrorCode::Unsupported,
                     Tr::tr("Demo file version %1 is not supported (expected 1).")
                         .arg(version.toVariant().toString()))
            .at(path, 0);
    }
    const QJsonValue registries = root.value(QStringLiteral("registries"));
    if (!registries.isArray())
        return demoError(path, Tr::tr("\"registries\" is missing or not a list."));

    QList<RegistryConfig> imported;
    const QJsonArray list = registries.toArray();
    for (int i = 0; i < list.size(); ++i) {
        Result<RegistryConfig> config = registryFromJson(path, list.at(i), i);
        if (!config)
            return config.error();
        imported.append(std::move(config).value());
    }

    ImportSummary summary;
    const QJsonObject login = root.value(QStringLiteral("login")).toObject();
    summary.loginRegistry = login.value(QStringLiteral("registry")).toString();
    summary.loginUser = login.value(QStringLiteral("username")).toString();

    for (const RegistryConfig &config : std::as_const(imported)) {
        const int i = indexOf(config.name);
        if (i >= 0) {
            m_registries[i] = config;
            if (!summary.updated.contains(config.name))
                summary.updated.append(config.name);
        } else {
            m_registries.append(config);
            summary.added.append(config.name);
        }
    }
    save();
    Q_EMIT registriesChanged();
    return summary;
}
