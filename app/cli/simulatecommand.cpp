// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/simulatecommand.h"

#include "app/cli/argumentparser.h"
#include "app/cli/networkoptions.h"
#include "app/cli/networksession.h"
#include "app/cli/output.h"
#include "model/core/tr.h"
#include "model/core/virtualclock.h"
#include "model/kube/kubeworkspace.h"
#include "model/kubelet/eventtable.h"
#include "model/kubelet/kubeletsimulator.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace {
constexpr qint64 defaultDurationMs = 5 * 60 * 1000;
const QString from = QStringLiteral("kubelet");
} // namespace

QString SimulateCommand::summary() const
{
    return Tr::tr("Run Pods on a simulated kubelet: its pull events and container states");
}

QString SimulateCommand::helpText() const
{
    return Tr::tr(
        "Usage: pullscope-cli simulate [OPTIONS] FILE...\n"
        "\n"
        "Admits every Pod and workload in FILEs (YAML or JSON; folders are searched)\n"
        "as the API server would (ServiceAccount pull secrets, AlwaysPullImages), then\n"
        "runs them on a simulated node whose kubelet pulls their images from the real\n"
        "registries: pull policies, pull secrets, backoff, QPS limit and serial or\n"
        "parallel pulls as the kubelet does them. Time is virtual, so an hour of\n"
        "backoff takes as long as its real pulls. Prints each pod's Events as\n"
        "'kubectl describe pod' does, then each container's state.\n"
        "\n"
        "Options:\n"
        "  --node PROFILE   A PullscopeNode file (or a KubeletConfiguration) describing\n"
        "                   the node (default: this machine's platform, Kubernetes\n"
        "                   1.35 defaults, no node credentials).\n"
        "  --for DURATION   How long to simulate: 90s, 10m, 1h, 1h30m (default 5m).\n"
        "  --dry            Resolve manifests only; pull no layers.\n"
        "  --store DIR      The node's images (overrides the profile's store).\n"
        "\n"
        "The simulated node pulls with the Pods' pull secrets, the profile's node\n"
        "config.json and its credential provider plugins only; --authfile and --creds\n"
        "are not handed to it. --tls-verify and --cert-dir apply to its registries.\n"
        "\n"
        "JSON: {\"events\": [{\"time\" (seconds), \"type\", \"reason\", \"message\", \"pod\",\n"
        "\"container\"}], \"containers\": [{\"pod\", \"container\", \"state\", \"reason\",\n"
        "\"message\", \"pullAttempts\"}]}.\n"
        "Exit status 1 when a pod was refused or a container is not running at the end.");
}

int SimulateCommand::usageError(Output &out, const QString &message) const
{
    out.error(Tr::tr("%1: %2; run 'pullscope-cli %1 --help'").arg(name(), message));
    return ExitStatus::Usage;
}

Result<qint64> SimulateCommand::parseDuration(const QString &text)
{
    bool plain = false;
    const double seconds = text.toDouble(&plain);
    if (plain && seconds > 0)
        return qint64(seconds * 1000);
    // Go time.ParseDuration's units that make sense here.
    static const QRegularExpression part(QStringLiteral("(\\d+(?:\\.\\d+)?)(ms|s|m|h)"));
    static const QRegularExpression whole(QStringLiteral("^(?:\\d+(?:\\.\\d+)?(?:ms|s|m|h))+$"));
    if (!whole.match(text).hasMatch()) {
        //: %1 what was given
        return Error(ErrorCode::InvalidArgument,
                     Tr::tr("--for wants a duration such as 90s, 10m or 1h, not \"%1\"").arg(text));
    }
    double ms = 0;
    for (auto it = part.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const double v = m.captured(1).toDouble();
        const QString unit = m.captured(2);
        ms += unit == QLatin1String("ms") ? v
            : unit == QLatin1String("s")  ? v * 1000
            : unit == QLatin1String("m")  ? v * 60'000
                                          : v * 3'600'000;
    }
    if (ms <= 0)
        return Error(ErrorCode::InvalidArgument, Tr::tr("--for wants a duration above zero"));
    return qint64(ms);
}

int SimulateCommand::run(const QStringList &arguments, Output &out)
{
    ArgumentParser parser;
    NetworkOptions::declare(parser);
    parser.addOption({QStringLiteral("node")});
    parser.addOption({QStringLiteral("for")});
    parser.addOption({QStringLiteral("store")});
    parser.addFlag({QStringLiteral("dry")});
    const Result<QStringList> files = parser.parse(arguments);
    if (parser.isSet(QStringLiteral("help"))) {
        out.line(helpText() + QStringLiteral("\n\n") + NetworkOptions::helpText());
        return ExitStatus::Ok;
    }
    if (!files)
        return usageError(out, files.error().message);
    const Result<NetworkOptions> options = NetworkOptions::read(parser);
    if (!options)
        return usageError(out, options.error().message);
    if (files->isEmpty())
        return usageError(out, Tr::tr("missing FILE"));
    qint64 durationMs = defaultDurationMs;
    if (parser.isSet(QStringLiteral("for"))) {
        const Result<qint64> d = parseDuration(parser.value(QStringLiteral("for")));
        if (!d)
            return usageError(out, d.error().message);
        durationMs = *d;
    }
    NodeProfile node = NodeProfile::defaultProfile();
    if (parser.isSet(QStringLiteral("node"))) {
        const Result<NodeProfile> loaded = NodeProfile::load(parser.value(QStringLiteral("node")));
        if (!loaded) {
            out.error(loaded.error().toString());
            return ExitStatus::Failed;
        }
        node = *loaded;
    }
    if (parser.isSet(QStringLiteral("store")))
        node.storePath = parser.value(QStringLiteral("store"));

    const Result<KubeWorkspace> workspace = KubeWorkspace::load(*files);
    if (!workspace) {
        out.error(workspace.error().toString());
        return ExitStatus::Failed;
    }
    // A document that does not parse is left out, as `kubectl apply` would refuse it.
    for (const KubeFile &f : workspace->files()) {
        for (const Error &e : f.errors)
            out.error(e.toString());
    }
    const QList<const KubeObject *> pods = workspace->podObjects();
    if (pods.isEmpty()) {
        out.error(Tr::tr("no Pod or workload with a pod template in %1")
                      .arg(files->join(QStringLiteral(", "))));
        return ExitStatus::Failed;
    }

    NetworkSession session(*options);
    if (Result<void> r = session.setUp(); !r)
        return usageError(out, r.error().message);
    VirtualClock clock(QDateTime::currentDateTimeUtc());
    KubeletSimulator simulator(session.client(), &clock);
    simulator.setNode(node);
    if (!simulator.nodeError().isNull()) {
        out.error(simulator.nodeError().toString());
        return ExitStatus::Failed;
    }
    simulator.setWorkspace(*workspace);
    simulator.setDryRun(parser.isSet(QStringLiteral("dry")));
    for (const KubeObject *pod : pods)
        simulator.runPod(*pod);
    QEventLoop loop;
    QObject::connect(&simulator, &KubeletSimulator::finished, &loop, &QEventLoop::quit);
    simulator.runFor(durationMs);
    loop.exec();

    // kubectl's rendering of the API server's refusal (403 from admission, 422 from validation).
    for (const KubeletSimulator::Rejection &r : simulator.rejections()) {
        const bool invalid = r.message.startsWith(QLatin1String("The Pod"));
        out.error(
            QStringLiteral("Error from server (%1): %2")
                .arg(invalid ? QStringLiteral("Invalid") : QStringLiteral("Forbidden"), r.message));
    }
    if (options->json)
        printJson(simulator, out);
    else
        printText(simulator, out);
    bool allRunning = simulator.rejections().isEmpty();
    for (const SimContainerStatus &s : simulator.containers())
        allRunning = allRunning && s.state != QLatin1String("Waiting");
    return allRunning ? ExitStatus::Ok : ExitStatus::Failed;
}

void SimulateCommand::printText(const KubeletSimulator &simulator, Output &out) const
{
    const QList<SimContainerStatus> containers = simulator.containers();
    QStringList pods;
    for (const SimContainerStatus &s : containers) {
        if (!pods.contains(s.pod))
            pods << s.pod;
    }
    for (const QString &pod : std::as_const(pods)) {
        if (pod != pods.first())
            out.line(QString());
        out.line(QStringLiteral("Pod:          %1").arg(pod));
        const QList<EventTable::Row> rows = EventTable::fold(simulator.events(), pod);
        for (const QString &line : EventTable::describe(rows, simulator.elapsedMs(), from))
            out.line(line);
        out.line(QStringLiteral("Containers:"));
        for (const SimContainerStatus &s : containers) {
            if (s.pod != pod)
                continue;
            out.line(QStringLiteral("  %1:").arg(s.container));
            out.line(QStringLiteral("    Image:          %1").arg(s.image));
            out.line(QStringLiteral("    State:          %1").arg(s.state));
            if (!s.reason.isEmpty())
                out.line(QStringLiteral("      Reason:       %1").arg(s.reason));
            if (!s.message.isEmpty())
                out.line(QStringLiteral("      Message:      %1").arg(s.message));
            out.line(QStringLiteral("    Pull attempts:  %1").arg(s.pullAttempts));
        }
    }
}

void SimulateCommand::printJson(const KubeletSimulator &simulator, Output &out) const
{
    QJsonArray events;
    for (const KubeletEvent &e : simulator.events()) {
        events.append(QJsonObject{{QStringLiteral("time"), double(e.timeMs) / 1000.0},
                                  {QStringLiteral("type"), e.type},
                                  {QStringLiteral("reason"), e.reason},
                                  {QStringLiteral("message"), e.message},
                                  {QStringLiteral("pod"), e.pod},
                                  {QStringLiteral("container"), e.container}});
    }
    QJsonArray containers;
    for (const SimContainerStatus &s : simulator.containers()) {
        containers.append(QJsonObject{{QStringLiteral("pod"), s.pod},
                                      {QStringLiteral("container"), s.container},
                                      {QStringLiteral("state"), s.state},
                                      {QStringLiteral("reason"), s.reason},
                                      {QStringLiteral("message"), s.message},
                                      {QStringLiteral("pullAttempts"), s.pullAttempts}});
    }
    out.json(QJsonObject{{QStringLiteral("events"), events},
                         {QStringLiteral("containers"), containers}});
}
