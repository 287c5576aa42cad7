// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/networkcommand.h"

#include "app/cli/argumentparser.h"
#include "app/cli/networkoptions.h"
#include "app/cli/networksession.h"
#include "app/cli/output.h"
#include "model/core/tr.h"

int NetworkCommand::usageError(Output &out, const QString &message) const
{
    //: %1 the command, %2 what is wrong
    out.error(Tr::tr("%1: %2; run 'pullscope-cli %1 --help'").arg(name(), message));
    return ExitStatus::Usage;
}

int NetworkCommand::run(const QStringList &arguments, Output &out)
{
    ArgumentParser parser;
    NetworkOptions::declare(parser);
    declareOptions(parser);
    const Result<QStringList> positional = parser.parse(arguments);
    if (parser.isSet(QStringLiteral("help"))) {
        out.line(helpText() + QStringLiteral("\n\n") + NetworkOptions::helpText());
        return ExitStatus::Ok;
    }
    if (!positional)
        return usageError(out, positional.error().message);
    const Result<NetworkOptions> options = NetworkOptions::read(parser);
    if (!options)
        return usageError(out, options.error().message);
    if (positional->size() < positionalCount())
        //: %1 the missing argument's name (REPOSITORY, REGISTRY, ...)
        return usageError(out, Tr::tr("missing %1").arg(positionalName()));
    if (positional->size() > positionalCount())
        //: %1 the first extra argument
        return usageError(
            out,
            Tr::tr("unexpected argument \"%1\"").arg(positional->at(positionalCount())));
    NetworkSession session(*options);
    if (Result<void> r = session.setUp(); !r)
        return usageError(out, r.error().message);
    return execute(*positional, parser, session, out);
}
