// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/kube/finding.h"
#include "model/kube/kubeworkspace.h"

#include <QList>
#include <QString>

// Validation (what the API server rejects) and lint (what the kubelet will do with what the API
// server accepts) of a workspace. Pure and thread-agnostic: the same workspace gives the same
// findings, sorted by file, line, column and rule. lint() takes long on a big workspace: any
// thread but the GUI thread (ThreadCheck).
class KubeLinter
{
public:
    // One rule: its stable id, its severity and a one-line summary (translated).
    struct RuleInfo
    {
        QString id;
        Finding::Severity severity;
        QString summary;
    };

    // Every finding of every file in the workspace, sorted.
    static QList<Finding> lint(const KubeWorkspace &ws);
    // Every rule lint() can report, in a stable order.
    static QList<RuleInfo> rules();
    // The rule with this id; a null id when there is none.
    static RuleInfo rule(const QString &id);
};
