// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/clustercommand.h"

#include "app/cli/argumentparser.h"
#include "app/cli/output.h"
#include "app/cli/textformat.h"
#include "model/cluster/clustercontext.h"
#include "model/core/tr.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

namespace {

QString severityName(ClusterContext::Problem::Severity s)
{
    return s == ClusterContext::Problem::Severity::Error ? QStringLiteral("error")
                                                         : QStringLiteral("warning");
}

QJsonObject toJson(const ClusterContext &c)
{
    QJsonArray problems;
    for (const ClusterContext::Problem &p : c.problems()) {
        problems.append(QJsonObject{{QStringLiteral("severity"), severityName(p.severity)},
                                    {QStringLiteral("message"), p.message},
                                    {QStringLiteral("file"), p.at.file},
                                    {QStringLiteral("line"), p.at.line}});
    }
    return QJsonObject{{QStringLiteral("name"), c.name()},
                       {QStringLiteral("current"), c.isCurrent()},
                       {QStringLiteral("cluster"), c.cluster().name},
                       {QStringLiteral("server"), c.cluster().server},
                       {QStringLiteral("user"), c.user().name},
                       {QStringLiteral("auth"), c.authMethod()},
                       {QStringLiteral("namespace"), c.namespaceName()},
                       {QStringLiteral("problems"), problems}};
}

} // namespace

QString ClusterCommand::helpText()
{
    return Tr::tr(
        "Usage: pullscope-cli cluster contexts [--kubeconfig FILE] [--json]\n"
        "\n"
        "Lists the contexts of your kubeconfig as kubectl reads it: --kubeconfig alone\n"
        "when given, else the files in $KUBECONFIG merged (the first file to name a\n"
        "cluster, user or context wins), else ~/.kube/config. For each context: its\n"
        "cluster and server, user and how it authenticates, namespace, and what is\n"
        "wrong with it (a missing CA or key file, an exec plugin not on PATH, two auth\n"
        "methods), in kubectl's words where it has them. Secrets are never printed.\n"
        "\n"
        "Options:\n"
        "  --kubeconfig FILE  Read this file only.\n"
        "  --json             One JSON object: {\"files\", \"currentContext\",\n"
        "                     \"warnings\", \"contexts\": [{\"name\", \"current\",\n"
        "                     \"cluster\", \"server\", \"user\", \"auth\", \"namespace\",\n"
        "                     \"problems\": [{\"severity\", \"message\", \"file\",\n"
        "                     \"line\"}]}]}.\n"
        "  -h, --help         Show this help.\n"
        "\n"
        "Exit status: 0 when no context has an error, 1 when one has or nothing is\n"
        "configured, 2 for a usage error or a kubeconfig that cannot be read.");
}

int ClusterCommand::run(const QStringList &arguments, Output &out)
{
    ArgumentParser parser;
    parser.addOption({QStringLiteral("kubeconfig")});
    parser.addFlag({QStringLiteral("json")});
    parser.addFlag({QStringLiteral("help"), QStringLiteral("h")});
    const Result<QStringList> words = parser.parse(arguments);
    if (!words) {
        //: %1 is the parser's message
        out.error(
            Tr::tr("cluster: %1; run 'pullscope-cli cluster --help'").arg(words.error().message));
        return ExitStatus::Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out.line(helpText());
        return ExitStatus::Ok;
    }
    if (words->size() != 1 || words->first() != QLatin1String("contexts")) {
        out.error(Tr::tr("cluster: the one subcommand is 'contexts'; run 'pullscope-cli cluster "
                         "--help'"));
        return ExitStatus::Usage;
    }
    const Result<KubeConfig> config = KubeConfig::load(parser.value(QStringLiteral("kubeconfig")),
                                                       qEnvironmentVariable("KUBECONFIG"),
                                                       QDir::homePath());
    if (!config) {
        out.error(QStringLiteral("cluster: ") + config.error().message);
        return ExitStatus::Usage;
    }
    const QString path = qEnvironmentVariable("PATH");
    QList<ClusterContext> contexts;
    for (const QString &name : config->contexts().keys())
        contexts.append(ClusterContext::resolve(*config, name, {}, path));
    const bool danglingCurrent = !config->currentContext().isEmpty()
        && !config->contexts().contains(config->currentContext());
    bool failed = config->isEmpty() || danglingCurrent;
    for (const ClusterContext &c : std::as_const(contexts))
        failed = failed || c.hasErrors();

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const ClusterContext &c : std::as_const(contexts))
            list.append(toJson(c));
        out.json(QJsonObject{
            {QStringLiteral("files"), QJsonArray::fromStringList(config->files())},
            {QStringLiteral("currentContext"), config->currentContext()},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(config->warnings())},
            {QStringLiteral("contexts"), list}});
        return failed ? ExitStatus::Failed : ExitStatus::Ok;
    }
    for (const QString &warning : config->warnings())
        out.error(Tr::tr("warning: %1").arg(warning));
    if (config->isEmpty()) {
        // What kubectl says (validation.go ErrEmptyConfig), and where it looked.
        out.error(QStringLiteral("cluster: no configuration has been provided, try setting "
                                 "KUBERNETES_MASTER environment variable"));
        return ExitStatus::Failed;
    }
    QList<QStringList> rows{{QStringLiteral("CURRENT"),
                             QStringLiteral("NAME"),
                             QStringLiteral("CLUSTER"),
                             QStringLiteral("SERVER"),
                             QStringLiteral("USER"),
                             QStringLiteral("AUTH"),
                             QStringLiteral("NAMESPACE")}};
    for (const ClusterContext &c : std::as_const(contexts)) {
        rows.append({c.isCurrent() ? QStringLiteral("*") : QString(),
                     c.name(),
                     c.cluster().name,
                     c.cluster().server,
                     c.user().name,
                     c.authMethod(),
                     c.namespaceName()});
    }
    for (const QString &line : TextFormat::table(rows))
        out.line(line);
    if (danglingCurrent)
        //: %1 the context name
        out.line(Tr::tr("current-context %1 names no context").arg(config->currentContext()));
    bool first = true;
    for (const ClusterContext &c : std::as_const(contexts)) {
        for (const ClusterContext::Problem &p : c.problems()) {
            if (first)
                out.line(QString());
            first = false;
            // As a compiler (and `pullscope-cli lint`) would: where, what, then the message;
            // a plugin's install hint goes on its own indented line.
            const QString where =
                p.at.isValid() ? p.at.toString() + QStringLiteral(": ") : QString();
            QString message = p.message;
            message.replace(QLatin1Char('\n'), QStringLiteral("\n  "));
            out.line(QStringLiteral("%1%2: context %3: %4")
                         .arg(where, severityName(p.severity), c.name(), message));
        }
    }
    return failed ? ExitStatus::Failed : ExitStatus::Ok;
}
