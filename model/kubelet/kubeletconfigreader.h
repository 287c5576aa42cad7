// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/core/result.h"
#include "model/kubelet/kubeletsettings.h"

#include <QByteArray>
#include <QString>

namespace YAML {
class Node;
}

// Reads a KubeletConfiguration (kubelet.config.k8s.io/v1beta1) into KubeletSettings: the
// image-pull fields with the kubelet's defaulting and validation messages, other fields
// ignored as the simulator does not model them. Errors carry file, line and field. Stateless.
class KubeletConfigReader
{
public:
    // Parses a whole KubeletConfiguration file; minor is the Kubernetes minor version the
    // feature gates are checked against.
    static Result<KubeletSettings> read(const QByteArray &text, const QString &file, int minor);
    // Reads an already parsed mapping (a profile's embedded kubeletConfig); fieldPrefix is
    // prepended to field names in errors ("kubeletConfig.").
    static Result<KubeletSettings>
    read(const YAML::Node &doc, const QString &file, const QString &fieldPrefix, int minor);
    // Checks an allowlist pattern as the kubelet's pullmanager does
    // (docs/reference/kubelet-image-pull.md §7); empty when valid.
    static QString allowlistPatternError(const QString &pattern);
    // Emits the settings as a KubeletConfiguration document (only fields that differ from
    // the defaults, plus apiVersion and kind).
    static QByteArray toYaml(const KubeletSettings &settings);
};
