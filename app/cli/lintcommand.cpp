// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/lintcommand.h"

#include "app/cli/argumentparser.h"
#include "app/cli/output.h"
#include "model/core/tr.h"
#include "model/kube/kubelinter.h"
#include "model/kube/kubeworkspace.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {

QJsonObject toJson(const Finding &f)
{
    return QJsonObject{{QStringLiteral("file"), f.at.file},
                       {QStringLiteral("line"), f.at.line},
                       {QStringLiteral("column"), f.at.column},
                       {QStringLiteral("severity"), Finding::severityName(f.severity)},
                       {QStringLiteral("rule"), f.rule},
                       {QStringLiteral("message"), f.message}};
}

} // namespace

QString LintCommand::helpText()
{
    QString rules;
    for (const KubeLinter::RuleInfo &r : KubeLinter::rules()) {
        rules += QStringLiteral("  %1 %2 %3\n")
                     .arg(r.id, -24)
                     .arg(Finding::severityName(r.severity), -8)
                     .arg(r.summary);
    }
    //: %1 is the list of rules, one per line
    return Tr::tr("Usage: pullscope-cli lint [--json] FILE|FOLDER...\n"
                  "\n"
                  "Reads Kubernetes YAML or JSON (every document, List items; folders\n"
                  "recursively: *.yaml, *.yml, *.json) as one workspace and reports what the API\n"
                  "server would reject and what the kubelet will do with images and pull\n"
                  "secrets, one line per finding, sorted by file and line:\n"
                  "\n"
                  "  FILE:LINE:COLUMN: SEVERITY: MESSAGE [RULE]\n"
                  "\n"
                  "Options:\n"
                  "  --json      One JSON array of {\"file\", \"line\", \"column\", \"severity\",\n"
                  "              \"rule\", \"message\"} instead of text.\n"
                  "  -h, --help  Show this help.\n"
                  "\n"
                  "Rules:\n"
                  "%1"
                  "\n"
                  "Exit status: 0 when no finding is an error, 1 when one is, 2 for a usage error\n"
                  "or a file or folder that cannot be read.")
        .arg(rules);
}

int LintCommand::run(const QStringList &arguments, Output &out)
{
    ArgumentParser parser;
    parser.addFlag({QStringLiteral("json")});
    parser.addFlag({QStringLiteral("help"), QStringLiteral("h")});
    const Result<QStringList> paths = parser.parse(arguments);
    if (!paths) {
        //: %1 is the parser's message
        out.error(Tr::tr("lint: %1; run 'pullscope-cli lint --help'").arg(paths.error().message));
        return ExitStatus::Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out.line(helpText());
        return ExitStatus::Ok;
    }
    if (paths->isEmpty()) {
        out.error(Tr::tr("lint: no file or folder given; run 'pullscope-cli lint --help'"));
        return ExitStatus::Usage;
    }
    const Result<KubeWorkspace> ws = KubeWorkspace::load(*paths);
    if (!ws) {
        // The error names the file (KubeWorkspace::load), so nothing is linted half-read.
        out.error(QStringLiteral("lint: ") + ws.error().message);
        return ExitStatus::Usage;
    }
    const QList<Finding> findings = KubeLinter::lint(*ws);
    int status = ExitStatus::Ok;
    for (const Finding &f : findings) {
        if (f.severity == Finding::Severity::Error)
            status = ExitStatus::Failed;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Finding &f : findings)
            array.append(toJson(f));
        out.json(array);
        return status;
    }
    // The compiler format GCC and Clang print (and editors parse); not translated.
    for (const Finding &f : findings) {
        out.line(QStringLiteral("%1: %2: %3 [%4]")
                     .arg(f.at.toString(), Finding::severityName(f.severity), f.message, f.rule));
    }
    return status;
}
