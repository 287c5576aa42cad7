// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/networkcommand.h"

// pullscope-cli pull [--platform P | --all-platforms] [--store DIR] [--jobs N] REFERENCE:
// pulls an image into the content store, with a live per-layer display on a terminal and
// plain lines otherwise; --json prints the result as one object.
class PullCommand : public NetworkCommand
{
public:
    QString name() const override { return QStringLiteral("pull"); }

    QString summary() const override;

protected:
    void declareOptions(ArgumentParser &parser) const override;
    QString helpText() const override;

    QString positionalName() const override { return QStringLiteral("REFERENCE"); }

    int execute(const QStringList &positional,
                const ArgumentParser &parser,
                NetworkSession &session,
                Output &out) override;
};
