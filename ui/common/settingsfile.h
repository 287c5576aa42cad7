// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <memory>

class QSettings;

// Opens Pullscope's INI settings file so that a damaged file never stops the app: a file that
// is not text, or that QSettings cannot parse, is renamed to "<name>.corrupt-<timestamp>" and
// the app starts from defaults. Values of the wrong type inside a readable file are not
// corruption; each reader ignores them and falls back to its default.
class SettingsFile
{
public:
    // The outcome of open(): the settings (never null) and, when the old file was moved
    // aside, why and where to.
    struct Opened
    {
        std::unique_ptr<QSettings> settings;
        QString problem; // translated reason the file was rejected; empty when it was fine
        QString movedTo; // where the rejected file went; empty when nothing moved
        // A sentence for the status bar when something happened, else empty.
        QString notice() const;
    };

    // The per-user default: QSettings' own location for the organisation and application.
    static QString defaultPath();

    // Opens path (the default path when empty), quarantining it first when corrupt.
    static Opened open(const QString &path = {});

    // Why the file at path is unusable, or an empty string when it is fine or missing.
    static QString corruption(const QString &path);
};
