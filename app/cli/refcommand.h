// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/command.h"

// pullscope-cli ref [--no-normalize] [--json] [--] REF...
class RefCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("ref"); }

    QString summary() const override
    {
        return QStringLiteral("Parse and normalize image references");
    }

    int run(const QStringList &arguments, Output &out) override;
};
