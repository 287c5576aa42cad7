// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/core/result.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

// The kubelet's --image-credential-provider-config (k/kubelet config/v1/types.go,
// CredentialProviderConfig; group kubelet.config.k8s.io, versions v1, v1beta1, v1alpha1): YAML or
// JSON, one file or a directory of *.json/*.yaml/*.yml read in lexicographic order, validated as
// the kubelet validates it. Errors name the file and, where known, the line.
class CredentialProviderConfig
{
public:
    // One providers[] entry.
    struct Provider
    {
        QString name; // the executable's name in the bin dir
        QStringList matchImages; // globs as in DockerKeyring::urlsMatch
        qint64 defaultCacheDurationMs = 0; // 0: responses without cacheDuration are not cached
        QString defaultCacheDurationText; // as written; empty when absent (a validation error)
        QString apiVersion; // credentialprovider.kubelet.k8s.io/v1 (or v1beta1, v1alpha1)
        QStringList args;
        QList<QPair<QString, QString>> env; // name, value; appended to the kubelet's environment
        bool hasTokenAttributes = false; // service-account-token mode (KEP-4412) configured
        QString tokenAudience; // tokenAttributes.serviceAccountTokenAudience
        QString file; // where it was defined
        int line = 0; // 1-based, 0 unknown
    };

    // Reads a file, or every *.json, *.yaml, *.yml file of a directory in lexicographic order,
    // and validates the merged providers (duplicate names across files are an error).
    static Result<CredentialProviderConfig> load(const QString &fileOrDirectory);
    // Parses and validates one document; file names errors.
    static Result<CredentialProviderConfig> parse(const QByteArray &text, const QString &file);

    const QList<Provider> &providers() const { return m_providers; }

    // The providers whose matchImages match image (a normalized repository without tag or
    // digest), in configuration order (pluginProvider.isImageAllowed).
    QList<Provider> providersFor(const QString &image) const;
    // True when one of provider's matchImages matches image; else *why lists each pattern's
    // reason.
    static bool
    isImageAllowed(const Provider &provider, const QString &image, QString *why = nullptr);

    // The known plugin API versions (k/k plugin/plugin.go, apiVersions).
    static QStringList supportedPluginApiVersions();
    // time.ParseDuration ("1h30m", "90s", "0", "-5m", "1.5h") in milliseconds (truncated);
    // *ok false and 0 when the text is not a Go duration.
    static qint64 parseGoDuration(const QString &text, bool *ok);

private:
    // Decodes one document without validating it (a directory is validated once merged).
    static Result<CredentialProviderConfig> decode(const QByteArray &text, const QString &file);
    // Merges other's providers after this one's, failing on a duplicate name.
    Result<void> merge(const CredentialProviderConfig &other);
    // validateCredentialProviderConfig for the merged configuration; file names an error that is
    // about no provider in particular.
    Result<void> validate(const QString &file) const;

    QList<Provider> m_providers;
};
