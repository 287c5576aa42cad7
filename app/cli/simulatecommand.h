// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/command.h"
#include "model/core/result.h"

class KubeletSimulator;

// `pullscope-cli simulate FILE... [--node PROFILE] [--for DURATION] [--dry] [--store DIR]`:
// runs every Pod and workload of the files on a simulated node (virtual time, real pulls) and
// prints each pod's Events as `kubectl describe pod` shows them, then each container's state;
// --json prints {"events": [...], "containers": [...]}. Takes the network commands' options.
class SimulateCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("simulate"); }

    QString summary() const override;
    int run(const QStringList &arguments, Output &out) override;

    // Go-style durations: "90s", "10m", "1h", "1h30m", "500ms"; a bare number is seconds.
    static Result<qint64> parseDuration(const QString &text);

private:
    QString helpText() const;
    void printText(const KubeletSimulator &simulator, Output &out) const;
    void printJson(const KubeletSimulator &simulator, Output &out) const;
    int usageError(Output &out, const QString &message) const;
};
