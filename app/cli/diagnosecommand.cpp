// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/diagnosecommand.h"

#include "app/cli/argumentparser.h"
#include "app/cli/networksession.h"
#include "app/cli/output.h"
#include "model/core/tr.h"
#include "model/diagnose/diagnosisjob.h"
#include "model/diagnose/diagnosistarget.h"
#include "model/kube/kubeworkspace.h"
#include "model/kubelet/nodeprofile.h"

namespace {
QString mark(DiagnosisStep::Status status)
{
    switch (status) {
    case DiagnosisStep::Status::Passed:
        return QStringLiteral("✓");
    case DiagnosisStep::Status::Failed:
        return QStringLiteral("✗");
    case DiagnosisStep::Status::Skipped:
        return QStringLiteral("–");
    case DiagnosisStep::Status::Warning:
        return QStringLiteral("!");
    }
    return QString();
}

// "FILE:LINE" of a QChar offset in a workspace file.
QString placeOf(const KubeWorkspace &workspace, const TextEdit &edit)
{
    const KubeFile *file = workspace.file(edit.file);
    if (!file)
        return edit.file;
    const QString text = QString::fromUtf8(file->text);
    const int line = int(text.left(edit.offset).count(QLatin1Char('\n'))) + 1;
    return QStringLiteral("%1:%2").arg(edit.file).arg(line);
}

QString oldText(const KubeWorkspace &workspace, const TextEdit &edit)
{
    const KubeFile *file = workspace.file(edit.file);
    return file ? QString::fromUtf8(file->text).mid(edit.offset, edit.length) : QString();
}
} // namespace

QString DiagnoseCommand::summary() const
{
    return Tr::tr("Explain why a Pod's image does not pull, step by step, with the mend");
}

void DiagnoseCommand::declareOptions(ArgumentParser &parser) const
{
    parser.addOption({QStringLiteral("pod")});
    parser.addOption({QStringLiteral("container")});
    parser.addOption({QStringLiteral("node")});
}

QString DiagnoseCommand::helpText() const
{
    return Tr::tr(
        "Usage: pullscope-cli diagnose [OPTIONS] FILE\n"
        "\n"
        "Walks the kubelet's image pull for one container of a Pod (or workload) in FILE (a\n"
        "YAML file or a folder of them, with the Secrets and ServiceAccounts it uses) on a\n"
        "node: the reference parses; the pull policy and why; the image on the node; the\n"
        "credentials that apply and why (pull secrets, ServiceAccount, keyring keys); the\n"
        "registry is reachable (DNS, TLS, CA); it lets the pod pull (token and scope, each\n"
        "credential in the kubelet's order); the tag exists (else the nearest tags); the\n"
        "node's platform is in the image; the layers can be fetched. The first failed step\n"
        "names the mend: kubectl commands, a YAML fix, or a node setting. Secrets are never\n"
        "printed. Only the keyring's credentials are used: --authfile and --creds do not\n"
        "apply, because the kubelet does not read them.\n"
        "\n"
        "Options:\n"
        "  --pod NAME        The pod or workload (\"web\", \"Deployment/web\", \"ns/web\");\n"
        "                    needed when FILE has several.\n"
        "  --container NAME  The container (default: the first the kubelet starts).\n"
        "  --node PROFILE    A PullscopeNode file (default: this machine's platform, the\n"
        "                    newest kubelet defaults, the user's content store).\n"
        "\n"
        "Exit status: 0 when no step failed, 1 when one did, 2 on bad input.\n"
        "JSON keys: pod, container, image, steps [{id, title, status (passed, failed,\n"
        "skipped, warning), summary, evidence [], mend {kind (kubectl, yaml, node,\n"
        "registry), summary, commands [], fix {id, title, edits [{file, offset, length,\n"
        "replacement}]}} | null}], firstFailure (a step id) | null.");
}

QStringList DiagnoseCommand::format(const Diagnosis &diagnosis, const KubeWorkspace &workspace)
{
    QStringList lines;
    //: %1 namespace/pod, %2 container, %3 image
    lines.append(Tr::tr("Pod %1, container %2, image \"%3\"")
                     .arg(diagnosis.pod, diagnosis.container, diagnosis.image));
    lines.append(QString());
    int number = 0;
    for (const DiagnosisStep &step : diagnosis.steps) {
        ++number;
        lines.append(QStringLiteral("%1. %2 %3: %4")
                         .arg(number)
                         .arg(mark(step.status), step.title, step.summary));
        for (const QString &e : step.evidence)
            lines.append(QStringLiteral("     ") + e);
    }
    const DiagnosisStep *failed = diagnosis.firstFailure();
    if (!failed || !failed->mend)
        return lines;
    const DiagnosisMend &mend = *failed->mend;
    lines.append(QString());
    lines.append(Tr::tr("Mend: %1").arg(mend.summary));
    for (const QString &c : mend.commands)
        lines.append(QStringLiteral("  $ ") + c);
    if (mend.fix) {
        //: %1 the fix's title
        lines.append(Tr::tr("  YAML fix: %1").arg(mend.fix->title));
        for (const TextEdit &edit : mend.fix->edits) {
            lines.append(QStringLiteral("    %1").arg(placeOf(workspace, edit)));
            const QString before = oldText(workspace, edit);
            if (!before.isEmpty()) {
                for (const QString &l : before.split(QLatin1Char('\n')))
                    lines.append(QStringLiteral("    - ") + l);
            }
            QString replacement = edit.replacement;
            while (replacement.endsWith(QLatin1Char('\n')))
                replacement.chop(1);
            for (const QString &l : replacement.split(QLatin1Char('\n')))
                lines.append(QStringLiteral("    + ") + l);
        }
    }
    return lines;
}

int DiagnoseCommand::execute(const QStringList &positional,
                             const ArgumentParser &parser,
                             NetworkSession &session,
                             Output &out)
{
    const QString path = positional.first();
    Result<KubeWorkspace> workspace = KubeWorkspace::load({path});
    if (!workspace)
        return usageError(out, workspace.error().toString());
    for (const KubeFile &file : workspace->files()) {
        // A document that does not parse may hold the pod or its secret: refuse to guess.
        if (!file.errors.isEmpty())
            return usageError(out, file.errors.first().toString());
    }
    const Result<DiagnosisTarget> target =
        DiagnosisTarget::find(*workspace,
                              parser.value(QStringLiteral("pod")),
                              parser.value(QStringLiteral("container")));
    if (!target)
        return usageError(out, QStringLiteral("%1: %2").arg(path, target.error().message));
    NodeProfile node = NodeProfile::defaultProfile();
    if (parser.isSet(QStringLiteral("node"))) {
        Result<NodeProfile> loaded = NodeProfile::load(parser.value(QStringLiteral("node")));
        if (!loaded)
            return usageError(out, loaded.error().toString());
        node = *loaded;
    }

    DiagnosisJob job(session.client(), *workspace, *target->object, target->container, node);
    session.run(&job);
    if (!job.result())
        return session.fail(out, job.result().error());
    const Diagnosis &diagnosis = *job.result();
    if (session.options().json)
        out.json(diagnosis.toJson());
    else
        for (const QString &line : format(diagnosis, *workspace))
            out.line(line);
    return diagnosis.firstFailure() ? ExitStatus::Failed : ExitStatus::Ok;
}
