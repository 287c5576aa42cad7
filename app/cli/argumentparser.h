// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/core/result.h"

#include <QHash>
#include <QSet>
#include <QStringList>

// The command line of one sub-command, read the way Go's pflag reads skopeo's: long options
// as "--name value" or "--name=value", short ones as "-n value", boolean options as "--name"
// or "--name=false", "--" ends the options. Unknown options and missing values are Errors
// (InvalidArgument) whose message names the option. A value type; declare, then parse().
class ArgumentParser
{
public:
    // A switch without a value (--json). names: "json", or {"h", "help"}.
    void addFlag(const QStringList &names);
    // An option that takes a value (--authfile FILE).
    void addOption(const QStringList &names);
    // A boolean option (--tls-verify, --tls-verify=false): "true"/"false" only after '='.
    void addBoolOption(const QStringList &names);

    // Reads arguments; returns the positional arguments in order.
    Result<QStringList> parse(const QStringList &arguments);

    // Whether any of the option's names was given.
    bool isSet(const QString &name) const;
    // The option's last value ("true" for a flag); "" when not given.
    QString value(const QString &name) const;

private:
    enum class Kind { Flag, Value, Bool };
    void add(const QStringList &names, Kind kind);

    QHash<QString, Kind> m_kinds; // every spelling ("-u", "--username") -> kind
    QHash<QString, QString> m_canonical; // every spelling -> the option's first name
    QHash<QString, QString> m_values; // first name -> value
};
