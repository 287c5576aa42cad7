// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/networkcommand.h"

struct Diagnosis;
class KubeWorkspace;

// pullscope-cli diagnose FILE [--pod NAME] [--container NAME] [--node PROFILE] [--json]: why a
// container's image does (not) pull, step by step (DiagnosisJob), then the mend. Text: numbered
// steps marked ✓ ✗ – !, evidence indented, a "Mend:" block. JSON: Diagnosis::toJson(). Exit 0
// when no step failed, 1 when one did, 2 on bad input (the file and line named).
class DiagnoseCommand : public NetworkCommand
{
public:
    QString name() const override { return QStringLiteral("diagnose"); }

    QString summary() const override;

    // The text report of diagnosis; workspace gives the YAML fix's lines.
    static QStringList format(const Diagnosis &diagnosis, const KubeWorkspace &workspace);

protected:
    void declareOptions(ArgumentParser &parser) const override;
    QString helpText() const override;

    QString positionalName() const override { return QStringLiteral("FILE"); }

    int execute(const QStringList &positional,
                const ArgumentParser &parser,
                NetworkSession &session,
                Output &out) override;
};
