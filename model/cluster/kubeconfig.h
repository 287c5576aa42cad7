// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/cluster/kubeconfigstanzas.h"
#include "model/core/result.h"

#include <QMap>

// A kubeconfig as kubectl reads it (docs/reference/cluster-api.md §1): one file, or several
// merged by kubectl's rules (§1.5), with relative paths resolved (§1.6). Reading only; the
// contexts are judged by ClusterContext. A value; parse() and load() block (YAML, file reads):
// any thread but the GUI thread (ThreadCheck).
class KubeConfig
{
public:
    // One file's text. An empty file is an empty config; a file that is not a kubeconfig is an
    // Error with kubectl's "error loading config file" wording and the line and column.
    static Result<KubeConfig> parse(const QByteArray &text, const QString &path);

    // kubectl's loading rules: explicitPath alone when given (a missing file is an Error);
    // else each file in kubeconfigVariable ($KUBECONFIG: ':'-separated; empty entries,
    // duplicates and missing files skipped, a warning when none exists); else
    // homeDir/.kube/config (missing: an empty config). Files merge as in mergeFrom().
    static Result<KubeConfig>
    load(const QString &explicitPath, const QString &kubeconfigVariable, const QString &homeDir);

    // Takes what `later` defines and this does not: a cluster, user or context comes whole from
    // the first file naming it; current-context from the first file that sets one.
    void mergeFrom(const KubeConfig &later);

    const QStringList &files() const { return m_files; } // in the order read

    const QStringList &warnings() const { return m_warnings; }

    QString currentContext() const { return m_currentContext; }

    const QMap<QString, KubeConfigCluster> &clusters() const { return m_clusters; }

    const QMap<QString, KubeConfigUser> &users() const { return m_users; }

    const QMap<QString, KubeConfigContext> &contexts() const { return m_contexts; }

    // Nothing configured at all (client-go's ErrEmptyConfig).
    bool isEmpty() const
    {
        return m_clusters.isEmpty() && m_users.isEmpty() && m_contexts.isEmpty()
            && m_currentContext.isEmpty();
    }

private:
    QStringList m_files;
    QStringList m_warnings;
    QString m_currentContext;
    QMap<QString, KubeConfigCluster> m_clusters;
    QMap<QString, KubeConfigUser> m_users;
    QMap<QString, KubeConfigContext> m_contexts;
};
