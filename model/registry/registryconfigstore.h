// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/core/result.h"
#include "model/registry/registryconfig.h"

#include <QList>
#include <QObject>
#include <QStringList>

class QSettings;

// The configured registries, kept in one QSettings group. Does not own the QSettings, which
// must outlive the store. GUI thread (or any one thread). Names are unique: adding a config
// whose name exists replaces it.
class RegistryConfigStore : public QObject
{
    Q_OBJECT
public:
    // What importDemoFile() did.
    struct ImportSummary
    {
        QStringList added; // names of registries that were new
        QStringList updated; // names of registries that replaced one with the same name
        QString loginRegistry; // "login.registry" from the file, when present
        QString loginUser; // "login.username" from the file, when present
    };

    // settings: where the list lives (group "registries" by default); not owned.
    explicit RegistryConfigStore(QSettings *settings,
                                 QString group = QStringLiteral("registries"),
                                 QObject *parent = nullptr);

    // Reads the list from settings, replacing what the store holds. Broken entries (no name,
    // no usable URL, values of the wrong type, duplicate names) are skipped, never fatal.
    // Returns how many were skipped; skippedCount() remembers it.
    int load();
    // Writes the list to settings (replacing the group) and syncs.
    void save();

    const QList<RegistryConfig> &registries() const { return m_registries; }

    int skippedCount() const { return m_skipped; }

    // Index of the registry with this name, or -1.
    int indexOf(const QString &name) const;

    // Adds config, or replaces the one with the same name; saves. Returns true when added.
    // The caller validates first (RegistryConfig::problems()).
    bool addOrUpdate(const RegistryConfig &config);
    // Removes the registry with this name; saves. Returns false when there was none.
    bool remove(const QString &name);

    // Imports the registries of a demo file written by `pullscope-lab demo`:
    //   {"version": 1, "registries": [{"name", "url", "insecure", "authFile", ...}],
    //    "images": [...], "login": {"registry", "username"}}
    // Adds or updates by name, then saves. Nothing changes when the file is unreadable or any
    // entry is malformed; the Error names the file and the problem (with line and column for
    // JSON syntax errors).
    Result<ImportSummary> importDemoFile(const QString &path);

Q_SIGNALS:
    // Emitted after the list changed through load(), addOrUpdate(), remove() or an import.
    void registriesChanged();

private:
    QSettings *m_settings;
    QString m_group;
    QList<RegistryConfig> m_registries;
    int m_skipped = 0;
};
