// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/networkcommand.h"

// pullscope-cli tags [OPTIONS] REPOSITORY: every tag of a repository, following the
// registry's pages; with --digests each tag's digest too, resolved with bounded parallelism.
// JSON: {"repository": NAME, "tags": [...]} (+ "digests": {TAG: DIGEST} with --digests).
class TagsCommand : public NetworkCommand
{
public:
    QString name() const override { return QStringLiteral("tags"); }

    QString summary() const override;

protected:
    void declareOptions(ArgumentParser &parser) const override;
    QString helpText() const override;

    QString positionalName() const override { return QStringLiteral("REPOSITORY"); }

    int execute(const QStringList &positional,
                const ArgumentParser &parser,
                NetworkSession &session,
                Output &out) override;
};
