// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/kube/finding.h"
#include "model/kube/kubeworkspace.h"

#include <QHash>
#include <QList>
#include <QString>

// What the rule groups of KubeLinter share while linting one workspace: the workspace, the
// rules' severities, the findings so far, and the views of a pod spec every group needs.
class LintContext
{
public:
    // One image a pod spec names: a container's image or an image volume's reference.
    struct ImageField
    {
        LocatedValue image;
        LocatedValue policy;
        QString fieldPath; // the container's or volume's path (without ".image")
        QString imageKey; // "image" or "image.reference"
        QString policyKey; // "imagePullPolicy" or "image.pullPolicy"
        const ContainerSpec *container = nullptr; // null for an image volume
        const ImageVolume *volume = nullptr;
    };

    // The pull secrets a pod ends up with, and where they come from.
    struct EffectiveSecrets
    {
        QList<LocatedValue> names;
        const KubeObject *serviceAccount = nullptr; // set when they are the ServiceAccount's
    };

    explicit LintContext(const KubeWorkspace &ws);

    const KubeWorkspace &workspace() const { return m_ws; }

    // Adds a finding for rule at at, with the rule's severity, the object's name and the
    // field path (prefixed with the object's "items[i]." in a List); returns it for fixes.
    Finding &report(const QString &rule,
                    const KubeObject &object,
                    const SourceLocation &at,
                    const QString &fieldPath,
                    const QString &message);

    // Adds a finding as given.
    void report(const Finding &finding) { m_findings.append(finding); }

    // The findings reported so far.
    QList<Finding> takeFindings() { return std::move(m_findings); }

    // The file object was read from, or nullptr.
    const KubeFile *fileOf(const KubeObject &object) const;
    // QString::fromUtf8(file.text), decoded once per lint; stays valid while the context lives.
    const QString *textOf(const KubeFile *file);
    // KubeWorkspace::findSecret / findServiceAccount / findSecretElsewhere through an index
    // built once, so a workspace of thousands of objects lints in linear time.
    const KubeObject *findSecret(const QString &ns, const QString &name) const;
    const KubeObject *findServiceAccount(const QString &ns, const QString &name) const;
    QList<const KubeObject *> findSecretElsewhere(const QString &ns, const QString &name) const;
    // Every image of spec: containers (init, regular, ephemeral), then image volumes.
    static QList<ImageField> imageFields(const PodSpec &spec);
    // The ServiceAccount the pod runs as ("default" when unset) if it is in the workspace.
    const KubeObject *serviceAccountOf(const KubeObject &pod) const;
    // The pod's own imagePullSecrets when it lists any, else its ServiceAccount's (admission
    // copies them only into a pod that lists none; docs/reference/kubelet-image-pull.md §6.1).
    EffectiveSecrets effectiveSecrets(const KubeObject &pod) const;

private:
    const KubeWorkspace &m_ws;
    QHash<QString, Finding::Severity> m_severities;
    QList<Finding> m_findings;
    QHash<QString, const KubeObject *> m_byKey; // "kind/namespace/name" -> last definition
    QMultiHash<QString, const KubeObject *> m_secretsByName;
    QHash<const KubeFile *, QString> m_texts;
};
