// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/settingsfile.h"

#include "model/core/logging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStringDecoder>

namespace {
// Settings files are a few kilobytes; something this big is not ours.
constexpr qint64 kMaxSettingsSize = 4 * 1024 * 1024;

// Control bytes that never appear in an INI file QSettings wrote (it escapes them).
bool hasBinaryBytes(const QByteArray &data)
{
    for (const char c : data) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 && c != '\n' && c != '\r' && c != '\t')
            return true;
        if (u == 0x7f)
            return true;
    }
    return false;
}
} // namespace

QString SettingsFile::Opened::notice() const
{
    if (problem.isEmpty())
        return {};
    if (movedTo.isEmpty()) {
        return QCoreApplication::translate("SettingsFile",
                                           "The settings file could not be used (%1); Pullscope "
                                           "started with default settings.")
            .arg(problem);
    }
    return QCoreApplication::translate("SettingsFile",
                                       "The settings file was corrupt (%1) and has been moved to "
                                       "%2; Pullscope started with default settings.")
        .arg(problem, movedTo);
}

QString SettingsFile::defaultPath()
{
    QSettings probe(QSettings::IniFormat,
                    QSettings::UserScope,
                    QCoreApplication::organizationName(),
                    QCoreApplication::applicationName());
    return probe.fileName();
}

QString SettingsFile::corruption(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return {};
    if (file.size() > kMaxSettingsSize)
        return QCoreApplication::translate("SettingsFile", "the file is too large");
    if (!file.open(QIODevice::ReadOnly))
        return {}; // unreadable, not corrupt: QSettings reports AccessError and we keep it
    const QByteArray data = file.readAll();
    if (hasBinaryBytes(data))
        return QCoreApplication::translate("SettingsFile", "it contains binary data");
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8.decode(data);
    if (utf8.hasError())
        return QCoreApplication::translate("SettingsFile", "it is not UTF-8 text");
    Q_UNUSED(text);
    const QSettings settings(path, QSettings::IniFormat);
    if (settings.status() == QSettings::FormatError)
        return QCoreApplication::translate("SettingsFile", "it is not a valid INI file");
    return {};
}

SettingsFile::Opened SettingsFile::open(const QString &requestedPath)
{
    const QString path = requestedPath.isEmpty() ? defaultPath() : requestedPath;
    Opened result;
    result.problem = corruption(path);
    if (!result.problem.isEmpty()) {
        const QString stamp =
            QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        QString target = path + QStringLiteral(".corrupt-") + stamp;
        for (int n = 2; QFileInfo::exists(target); ++n)
            target =
                path + QStringLiteral(".corrupt-") + stamp + QLatin1Char('-') + QString::number(n);
        if (QFile::rename(path, target)) {
            result.movedTo = target;
        } else if (!QFile::remove(path)) {
            // Neither moved nor removed: run on defaults in memory rather than overwrite a
            // file we could not read, so nothing the user had is destroyed.
            qCWarning(lcUi) << "cannot move the corrupt settings file" << path;
            result.settings = std::make_unique<QSettings>(QString(), QSettings::IniFormat);
            return result;
        }
        qCWarning(lcUi) << "settings file" << path << "was corrupt:" << result.problem << "moved to"
                        << result.movedTo;
    }
    result.settings = std::make_unique<QSettings>(path, QSettings::IniFormat);
    return result;
}
