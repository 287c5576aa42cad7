// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QUrl>

// How Pullscope reaches one registry: a value type, cheap to copy, with no I/O of its own.
// RegistryConfigStore keeps the list; the registry client will read these fields.
struct RegistryConfig
{
    // The field a validation problem is about, so an editor can point at it.
    enum class Field { Name, Url, CertDir, AuthFile };

    // One thing wrong with a config, with a translated sentence that names the field.
    struct Problem
    {
        Field field = Field::Name;
        QString message;
    };

    QString name; // unique among the configured registries; what the user sees
    QUrl url; // scheme, host and optional port: https://registry.example.com:5000
    bool insecure = false; // plain HTTP allowed, TLS verification may be skipped
    bool tlsVerify = true; // verify the server certificate when using HTTPS
    QString certDir; // extra CA / client certificates (containers-certs.d layout); may be empty
    QString authFile; // an auth.json / config.json to read credentials from; may be empty

    // Everything wrong with this config, in field order; empty when it is usable. Never
    // touches the network. With checkFiles, certDir and authFile must also exist on disk
    // (an editor wants that; loading saved settings does not, the files may come back).
    QList<Problem> problems(bool checkFiles = true) const;

    bool isValid(bool checkFiles = true) const { return problems(checkFiles).isEmpty(); }

    // "host:port" (or "host"), the key credential files use for this registry.
    QString hostKey() const;

    // Reads what a user typed: "registry.example.com:5000", "localhost:5000" or a full URL.
    // Without a scheme, https is assumed, or http when insecure is set.
    // Returns an invalid QUrl when the text cannot be a registry address.
    static QUrl urlFromUserInput(const QString &text, bool insecure);

    friend bool operator==(const RegistryConfig &, const RegistryConfig &) = default;
};

Q_DECLARE_METATYPE(RegistryConfig)
