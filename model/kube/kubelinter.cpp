// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/kube/kubelinter.h"

#include "model/core/tr.h"

#include <algorithm>

namespace {

bool findingLess(const Finding &a, const Finding &b)
{
    return std::tie(a.at.file, a.at.line, a.at.column, a.rule)
        < std::tie(b.at.file, b.at.line, b.at.column, b.rule);
}

} // namespace

QList<Finding> KubeLinter::lint(const KubeWorkspace &ws)
{
    QList<Finding> findings;
    for (const KubeFile &file : ws.files()) {
        for (const Error &e : file.errors) {
            Finding f;
            f.rule = QStringLiteral("yaml-syntax");
            f.severity = Finding::Severity::Error;
            f.at = SourceLocation{e.file, e.line, e.column};
            f.message = e.message;
            findings.append(f);
        }
    }
    std::stable_sort(findings.begin(), findings.end(), findingLess);
    return findings;
}

QList<KubeLinter::RuleInfo> KubeLinter::rules()
{
    return {
        {QStringLiteral("yaml-syntax"),
         Finding::Severity::Error,
         Tr::tr("The file is not valid YAML")},
    };
}

KubeLinter::RuleInfo KubeLinter::rule(const QString &id)
{
    for (const RuleInfo &r : rules()) {
        if (r.id == id)
            return r;
    }
    return {};
}
