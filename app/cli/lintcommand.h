// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/command.h"

// pullscope-cli lint [--json] FILE|FOLDER...
// Validates and lints Kubernetes YAML as KubeLinter does and prints one line per finding like
// a compiler ("file:line:col: severity: message [rule]"), sorted by file and line, or one JSON
// array. Exit status 1 when any finding is an error, 0 otherwise, 2 for a usage error or a
// file that cannot be read.
class LintCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("lint"); }

    QString summary() const override
    {
        return QStringLiteral("Validate and lint Kubernetes YAML for image pulls");
    }

    int run(const QStringList &arguments, Output &out) override;

private:
    static QString helpText();
};
