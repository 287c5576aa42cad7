// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/kube/finding.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

// What to do about the first broken link of a diagnosis: ready kubectl commands (placeholders
// for secrets, never a real password), a YAML edit the workspace can apply (a kube QuickFix),
// a setting on the node, or
// content to push to the registry. A value type; every text is safe to show.
struct DiagnosisMend
{
    enum class Kind {
        Kubectl, // run commands against the cluster
        YamlFix, // edit the manifest (fix.edits)
        NodeSetting, // change the node (CA, network, platform, pre-loaded images)
        Registry, // change what the registry holds (push the image again)
    };
    Kind kind = Kind::NodeSetting;
    QString summary; // one sentence: what the mend does
    QStringList commands; // shell commands, in order (Kubectl; may also accompany the others)
    std::optional<QuickFix> fix; // YamlFix: the edit, ready for KubeFixes::applyEdits

    // "kubectl", "yaml", "node", "registry": the kind's JSON name.
    static QString kindName(Kind kind);
    // {"kind", "summary", "commands", "fix": {"id", "title", "edits": [...]} | absent}.
    QJsonObject toJson() const;
};
