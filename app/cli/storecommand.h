// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/command.h"

class ArgumentParser;
class ContentStore;

// The local content store's commands, which need no network: `images` lists what the store
// holds, `rmi` removes images from it, `gc` deletes the blobs no image uses. Options: --store
// DIR, --json.
class StoreCommand : public Command
{
public:
    enum class Kind { Images, Rmi, Gc };

    explicit StoreCommand(Kind kind);

    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments, Output &out) override;

private:
    QString helpText() const;
    int images(ContentStore &store, bool json, Output &out) const;
    int rmi(ContentStore &store, const QStringList &names, bool json, Output &out) const;
    int gc(ContentStore &store, bool json, Output &out) const;
    int usageError(Output &out, const QString &message) const;

    Kind m_kind;
};
