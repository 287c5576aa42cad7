// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/networkcommand.h"

#include <QJsonObject>

struct InspectResult;

// pullscope-cli inspect [OPTIONS] REFERENCE: what a reference points at (an index with its
// platforms, or one image), the image chosen for --platform (default: this machine's) with
// its layers and config. --raw prints the manifest bytes exactly as served.
class InspectCommand : public NetworkCommand
{
public:
    QString name() const override { return QStringLiteral("inspect"); }

    QString summary() const override;

    // The --json document for result (referrers < 0: not asked).
    static QJsonObject toJson(const InspectResult &result, int referrers);

protected:
    void declareOptions(ArgumentParser &parser) const override;
    QString helpText() const override;

    QString positionalName() const override { return QStringLiteral("REFERENCE"); }

    int execute(const QStringList &positional,
                const ArgumentParser &parser,
                NetworkSession &session,
                Output &out) override;

private:
    static void printText(const InspectResult &result, int referrers, Output &out);
};
