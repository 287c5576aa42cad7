// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/command.h"

// pullscope-cli cluster contexts [--kubeconfig FILE] [--check-credentials] [--json]
// The contexts of the user's kubeconfig as kubectl loads it (KubeConfig: --kubeconfig, else
// $KUBECONFIG merged, else ~/.kube/config), like `kubectl config get-contexts` plus each
// context's server, auth method and problems (ClusterContext); with --check-credentials each
// exec plugin is run once (ExecCredentialPlugin). Never prints a secret. Exit
// status 0 when no context has an error, 1 when one has (or nothing is configured), 2 for a
// usage error or a kubeconfig that cannot be read. The first of the cluster commands in
// docs/clusters.md.
class ClusterCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("cluster"); }

    QString summary() const override
    {
        return QStringLiteral("Show the kubeconfig's contexts and what is wrong with them");
    }

    int run(const QStringList &arguments, Output &out) override;

private:
    static QString helpText();
};
