// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/cluster/kubeconfig.h"

// One kubeconfig context resolved as kubectl would use it: its cluster and user, the namespace
// (override, else the context's, else "default"), how it authenticates, and what is wrong with
// it, in client-go's words where it has them (docs/reference/cluster-api.md §1.2-1.4, §2).
// A value; checks files and PATH when resolved, contacts nothing.
class ClusterContext
{
public:
    struct Problem
    {
        enum class Severity { Error, Warning };
        Severity severity = Severity::Error;
        QString message;
        SourceLocation at; // the stanza it concerns, when there is one
    };

    // contextName empty: the config's current-context. path: the PATH to look up a bare exec
    // command in (the GUI's own environment may lack the login shell's, §2.6).
    static ClusterContext resolve(const KubeConfig &config,
                                  const QString &contextName,
                                  const QString &namespaceOverride,
                                  const QString &path);

    QString name() const { return m_name; }

    bool isCurrent() const { return m_current; }

    // The cluster and user named by the context (name only when they do not exist).
    const KubeConfigCluster &cluster() const { return m_cluster; }

    const KubeConfigUser &user() const { return m_user; }

    QString namespaceName() const { return m_namespace; }

    bool namespaceOverridden() const { return m_namespaceOverridden; }

    // "token", "token file", "basic", "client certificate", "exec: aws", "auth-provider: oidc",
    // or "none"; never the secret itself.
    QString authMethod() const { return m_authMethod; }

    const QList<Problem> &problems() const { return m_problems; }

    // True when a problem is an Error (a client would refuse the context).
    bool hasErrors() const;

private:
    void checkCluster();
    void checkUser(const QString &path);
    void checkExec(const QString &path);
    void error(const QString &message, const SourceLocation &at);
    void warning(const QString &message, const SourceLocation &at);

    QString m_name;
    bool m_current = false;
    KubeConfigCluster m_cluster;
    KubeConfigUser m_user;
    QString m_namespace;
    bool m_namespaceOverridden = false;
    QString m_authMethod;
    QList<Problem> m_problems;
};
