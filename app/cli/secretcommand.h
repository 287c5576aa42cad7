// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/command.h"

// pullscope-cli secret docker-registry NAME [kubectl's flags]
//   prints the Secret YAML `kubectl create secret docker-registry ... --dry-run=client -o yaml`
//   prints, byte for byte, without a cluster and without kubectl.
// pullscope-cli secret read FILE [--show-passwords]
//   lists the registries and users inside a .dockerconfigjson file or a Secret YAML, passwords
//   masked unless asked.
class SecretCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("secret"); }

    QString summary() const override
    {
        return QStringLiteral("Write or read image pull secrets (kubectl's docker-registry)");
    }

    int run(const QStringList &arguments, Output &out) override;

private:
    static QString helpText();
    static int runCreate(const QStringList &arguments, Output &out);
    static int runRead(const QStringList &arguments, Output &out);
};
