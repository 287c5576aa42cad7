// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/refcommand.h"

#include "app/cli/output.h"

int RefCommand::run(const QStringList &, Output &out)
{
    out.error(QStringLiteral("ref: not implemented yet"));
    return ExitStatus::Failed;
}
