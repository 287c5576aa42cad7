// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/clustercommand.h"

#include "app/cli/argumentparser.h"
#include "app/cli/output.h"
#include "app/cli/textformat.h"
#include "model/cluster/clustercontext.h"
#include "model/cluster/execcredentialplugin.h"
#include "model/core/tr.h"

#include <QDir>
#include <QEventLoop>
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

// Runs the context's exec plugin once and waits (the CLI has nothing else to do meanwhile).
Result<ExecCredential> checkCredentials(const ClusterContext &c)
{
    ExecCredentialPlugin plugin(c);
    QEventLoop loop;
    QObject::connect(&plugin, &ExecCredentialPlugin::finished, &loop, &QEventLoop::quit);
    plugin.start();
    loop.exec();
    return plugin.result();
}

QString credentialKind(const ExecCredential &c)
{
    return c.token.isEmpty() ? QStringLiteral("client certificate") : QStringLiteral("token");
}

QJsonObject credentialsJson(const Result<ExecCredential> &r)
{
    if (!r)
        return QJsonObject{{QStringLiteral("ok"), false},
                           {QStringLiteral("error"), r.error().message}};
    return QJsonObject{{QStringLiteral("ok"), true},
                       {QStringLiteral("kind"), credentialKind(*r)},
                       {QStringLiteral("expires"),
                        r->expiration.isValid()
                            ? QJsonValue(r->expiration.toUTC().toString(Qt::ISODate))
                            : QJsonValue()}};
}
} // namespace

QString ClusterCommand::helpText()
{
    return Tr::tr(
        "Usage: pullscope-cli cluster contexts [--kubeconfig FILE] [--check-credentials] [--json]\n"
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
        "  --check-credentials\n"
        "                     Run each context's exec credential plugin once, as\n"
        "                     kubectl would (not interactive), and say whether it gave\n"
        "                     a token or a certificate and until when; never prints it.\n"
        "  --json             One JSON object: {\"files\", \"currentContext\",\n"
        "                     \"warnings\", \"contexts\": [{\"name\", \"current\",\n"
        "                     \"cluster\", \"server\", \"user\", \"auth\", \"namespace\",\n"
        "                     \"problems\": [{\"severity\", \"message\", \"file\",\n"
        "                     \"line\"}], with --check-credentials \"credentials\":\n"
        "                     {\"ok\", \"kind\", \"expires\"} or {\"ok\", \"error\"}}]}.\n"
        "  -h, --help         Show this help.\n"
        "\n"
        "Exit status: 0 when no context has an error (and every plugin checked gave\n"
        "credentials), 1 otherwise or when nothing is configured, 2 for a usage error\n"
        "or a kubeconfig that cannot be read.");
}

int ClusterCommand::run(const QStringList &arguments, Output &out)
{
    ArgumentParser parser;
    parser.addOption({QStringLiteral("kubeconfig")});
    parser.addFlag({QStringLiteral("json")});
    parser.addFlag({QStringLiteral("check-credentials")});
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
    // --check-credentials: each exec plugin run once, by context name.
    QHash<QString, Result<ExecCredential>> credentials;
    if (parser.isSet(QStringLiteral("check-credentials"))) {
        for (const ClusterContext &c : std::as_const(contexts)) {
            if (!c.user().hasExec)
                continue;
            const Result<ExecCredential> r = checkCredentials(c);
            failed = failed || !r;
            credentials.insert(c.name(), r);
        }
    }

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const ClusterContext &c : std::as_const(contexts)) {
            QJsonObject o = toJson(c);
            if (credentials.contains(c.name()))
                o.insert(QStringLiteral("credentials"),
                         credentialsJson(*credentials.constFind(c.name())));
            list.append(o);
        }
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
    if (!credentials.isEmpty())
        out.line(QString());
    for (const ClusterContext &c : std::as_const(contexts)) {
        if (!credentials.contains(c.name()))
            continue;
        const Result<ExecCredential> &r = *credentials.constFind(c.name());
        if (!r) {
            out.line(QStringLiteral("error: context %1: %2")
                         .arg(c.name(),
                              QString(r.error().message).replace(u'\n', QStringLiteral("\n  "))));
            // The plugin's own words (its stderr, redacted), as kubectl passes them through.
            if (!r.error().detail.isEmpty())
                out.line(QStringLiteral("  ")
                         + QString(r.error().detail).replace(u'\n', QStringLiteral("\n  ")));
            continue;
        }
        const QString until = r->expiration.isValid()
            ? QStringLiteral(", expires %1").arg(r->expiration.toUTC().toString(Qt::ISODate))
            : QString();
        //: %1 context, %2 "token" or "client certificate", %3 the plugin, %4 ", expires <time>"
        out.line(Tr::tr("context %1: credentials: a %2 from %3%4")
                     .arg(c.name(), credentialKind(*r), c.authMethod().mid(6), until));
    }
    return failed ? ExitStatus::Failed : ExitStatus::Ok;
}
