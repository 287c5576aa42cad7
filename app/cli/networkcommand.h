// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/command.h"

class ArgumentParser;
class NetworkSession;

// A command that talks to registries: run() parses the shared options (NetworkOptions) plus
// the command's own, prints --help, turns command-line mistakes into exit status 2 with a
// message naming the problem, sets up the NetworkSession and calls execute().
class NetworkCommand : public Command
{
public:
    int run(const QStringList &arguments, Output &out) final;

protected:
    // Declares the command's own options on parser.
    virtual void declareOptions(ArgumentParser &parser) const = 0;
    // The command's usage line and options (the shared options are appended).
    virtual QString helpText() const = 0;

    // How many positional arguments the command takes, and how to name them in errors.
    virtual int positionalCount() const { return 1; }

    virtual QString positionalName() const = 0;
    // Runs the command; returns the exit status.
    virtual int execute(const QStringList &positional,
                        const ArgumentParser &parser,
                        NetworkSession &session,
                        Output &out) = 0;
    // "NAME: message; run 'pullscope-cli NAME --help'" on stderr; returns ExitStatus::Usage.
    int usageError(Output &out, const QString &message) const;
};
