// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/networkcommand.h"

// pullscope-cli catalog [OPTIONS] REGISTRY: the repositories a registry lists on /v2/_catalog,
// following its pages. JSON: {"registry": HOST, "repositories": [...]}.
class CatalogCommand : public NetworkCommand
{
public:
    QString name() const override { return QStringLiteral("catalog"); }

    QString summary() const override;

protected:
    void declareOptions(ArgumentParser &parser) const override;
    QString helpText() const override;

    QString positionalName() const override { return QStringLiteral("REGISTRY"); }

    int execute(const QStringList &positional,
                const ArgumentParser &parser,
                NetworkSession &session,
                Output &out) override;
};
