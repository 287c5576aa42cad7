// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class Output;

// One sub-command of pullscope-cli ("ref", "tags", ...). run() gets the arguments after the
// sub-command's name and returns the process exit status. Commands that need the network run
// the event loop themselves through QCoreApplication.
class Command
{
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    // One line for the overview in `pullscope-cli --help`.
    virtual QString summary() const = 0;
    virtual int run(const QStringList &arguments, Output &out) = 0;
};

// Exit statuses shared by all commands.
namespace ExitStatus {
inline constexpr int Ok = 0;
inline constexpr int Failed = 1; // the operation ran and failed (or found invalid input)
inline constexpr int Usage = 2; // the command line itself was wrong
} // namespace ExitStatus
