// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/core/result.h"
#include "model/kubelet/kubeletsettings.h"
#include "model/reference/platform.h"

#include <QByteArray>
#include <QMetaType>
#include <QString>
#include <QStringList>

// What a simulated node is: the Kubernetes version it behaves as (feature-gate defaults
// follow it), its platform, the image-pull part of its KubeletConfiguration, its credentials
// (a docker config.json, a CredentialProviderConfig and the plugins' bin dir), the content
// store that holds its images, its runtime handlers and the admission plugins in front of it.
// A value type. Read from a "PullscopeNode" YAML file (load()) or defaultProfile().
class NodeProfile
{
public:
    // The newest version whose feature-gate table was read from source
    // (docs/reference/kubelet-image-pull.md §0); versions 1.20 up to 1.36 are accepted.
    static constexpr int newestMinor = 35;
    static constexpr int oldestMinor = 20;
    static constexpr int highestMinor = 36;

    QString name = QStringLiteral("pullscope-node"); // the node name events are "from"
    QString kubernetesVersion = QStringLiteral("1.35"); // "1.<minor>"
    Platform platform = Platform::host();
    KubeletSettings kubelet;
    QString nodeConfigJsonPath; // the kubelet's preferred config.json; empty: none
    QString credentialProviderConfigPath; // a file or a directory; empty: no plugins
    QString credentialProviderBinDir;
    QString storePath; // the node's images: a Pullscope content store (OCI layout)
    QStringList runtimeHandlers; // RuntimeClass handlers the runtime knows ("runc", ...)
    bool alwaysPullImagesAdmission = false;
    bool serviceAccountAdmission = true;
    QString sourceFile; // where load() read it; empty for defaultProfile()

    // This machine's platform, the default kubelet configuration of the newest version, the
    // user's Pullscope content store, no node credentials, ServiceAccount admission on.
    static NodeProfile defaultProfile();
    // Reads a PullscopeNode file (or a bare KubeletConfiguration, taken as a default node with
    // that configuration). Relative paths are resolved against the file's folder. Errors name
    // the file, line and field.
    static Result<NodeProfile> load(const QString &path);
    // Parses a PullscopeNode document from memory; path is used for errors and relative paths.
    static Result<NodeProfile> parse(const QByteArray &text, const QString &path);
    // "1.35", "v1.35" or "1.35.2" to 35; an Error outside the supported range.
    static Result<int> parseMinor(const QString &version);

    // The minor version number (35 for "1.35").
    int minor() const;
    // The effective value of a feature gate: the explicit setting, else the version default.
    bool featureEnabled(const QString &gate) const;
    // KubeletEnsureSecretPulledImages is on (§7).
    bool ensureSecretPulledImages() const;
    // The profile as a PullscopeNode document with its KubeletConfiguration embedded.
    QByteArray toYaml() const;
};

Q_DECLARE_METATYPE(NodeProfile)
