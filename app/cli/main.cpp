// SPDX-License-Identifier: GPL-3.0-or-later
// pullscope-cli: everything the GUI can tell, as text or --json.
#include "app/cli/catalogcommand.h"
#include "app/cli/clustercommand.h"
#include "app/cli/command.h"
#include "app/cli/diagnosecommand.h"
#include "app/cli/inspectcommand.h"
#include "app/cli/lintcommand.h"
#include "app/cli/logincommand.h"
#include "app/cli/output.h"
#include "app/cli/pullcommand.h"
#include "app/cli/refcommand.h"
#include "app/cli/secretcommand.h"
#include "app/cli/simulatecommand.h"
#include "app/cli/storecommand.h"
#include "app/cli/tagscommand.h"
#include "model/core/allocatortuning.h"
#include "model/core/logging.h"

#include <QCoreApplication>

#include <memory>
#include <vector>

namespace {
std::vector<std::unique_ptr<Command>> makeCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<RefCommand>());
    commands.push_back(std::make_unique<SecretCommand>());
    commands.push_back(std::make_unique<CatalogCommand>());
    commands.push_back(std::make_unique<TagsCommand>());
    commands.push_back(std::make_unique<InspectCommand>());
    commands.push_back(std::make_unique<LoginCommand>(LoginCommand::Mode::Login));
    commands.push_back(std::make_unique<LoginCommand>(LoginCommand::Mode::Logout));
    commands.push_back(std::make_unique<PullCommand>());
    commands.push_back(std::make_unique<StoreCommand>(StoreCommand::Kind::Images));
    commands.push_back(std::make_unique<StoreCommand>(StoreCommand::Kind::Rmi));
    commands.push_back(std::make_unique<StoreCommand>(StoreCommand::Kind::Gc));
    commands.push_back(std::make_unique<LintCommand>());
    commands.push_back(std::make_unique<SimulateCommand>());
    commands.push_back(std::make_unique<DiagnoseCommand>());
    commands.push_back(std::make_unique<ClusterCommand>());
    return commands;
}

void printUsage(Output &out, const std::vector<std::unique_ptr<Command>> &commands)
{
    out.line(QStringLiteral("Usage: pullscope-cli COMMAND [OPTIONS] [ARGS...]"));
    out.line(QString());
    out.line(QStringLiteral("Commands:"));
    for (const auto &command : commands)
        out.line(QStringLiteral("  %1  %2").arg(command->name(), -10).arg(command->summary()));
    out.line(QString());
    out.line(QStringLiteral("Run 'pullscope-cli COMMAND --help' for a command's options."));
}
} // namespace

int main(int argc, char *argv[])
{
    AllocatorTuning::applyForStreaming();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("pullscope"));
    QCoreApplication::setOrganizationName(QStringLiteral("Pullscope"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PULLSCOPE_VERSION));
    Logging::installRedactingMessageHandler();

    Output out;
    const auto commands = makeCommands();
    QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty() || args.first() == QLatin1String("--help")
        || args.first() == QLatin1String("-h") || args.first() == QLatin1String("help")) {
        printUsage(out, commands);
        return args.isEmpty() ? ExitStatus::Usage : ExitStatus::Ok;
    }
    if (args.first() == QLatin1String("--version")) {
        out.line(QStringLiteral("pullscope-cli %1").arg(QCoreApplication::applicationVersion()));
        return ExitStatus::Ok;
    }
    const QString name = args.takeFirst();
    for (const auto &command : commands) {
        if (command->name() == name)
            return command->run(args, out);
    }
    out.error(QStringLiteral("unknown command \"%1\"; run 'pullscope-cli --help'").arg(name));
    return ExitStatus::Usage;
}
