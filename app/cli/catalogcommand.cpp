// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/catalogcommand.h"

#include "app/cli/argumentparser.h"
#include "app/cli/networkoptions.h"
#include "app/cli/networksession.h"
#include "app/cli/output.h"
#include "model/core/tr.h"
#include "model/registry/pagedlistjob.h"

#include <QJsonArray>
#include <QJsonObject>

QString CatalogCommand::summary() const
{
    return Tr::tr("List the repositories of a registry");
}

void CatalogCommand::declareOptions(ArgumentParser &parser) const
{
    parser.addOption({QStringLiteral("limit")});
}

QString CatalogCommand::helpText() const
{
    return Tr::tr(
        "Usage: pullscope-cli catalog [OPTIONS] REGISTRY\n"
        "\n"
        "Lists the repositories REGISTRY (\"localhost:5000\", \"registry.example.com\")\n"
        "offers on /v2/_catalog, following its pages. Docker Hub and most cloud registries\n"
        "have no catalog; that is reported as such. Text: one repository per line.\n"
        "\n"
        "Options:\n"
        "  --limit N        Stop after N repositories.\n"
        "\n"
        "JSON: {\"registry\": HOST, \"repositories\": [NAME...]}.");
}

int CatalogCommand::execute(const QStringList &positional,
                            const ArgumentParser &parser,
                            NetworkSession &session,
                            Output &out)
{
    const Result<QString> host = NetworkOptions::registryHost(positional.first());
    if (!host)
        return usageError(out, host.error().message);
    int limit = 0;
    if (parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        limit = parser.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1)
            return usageError(out,
                              Tr::tr("--limit wants a number above 0, not \"%1\"")
                                  .arg(parser.value(QStringLiteral("limit"))));
    }
    PagedListJob list(session.client(), PagedListJob::Kind::Catalog, *host, QString());
    list.setLimit(limit);
    session.run(&list);
    if (!list.result())
        return session.fail(out, list.result().error());
    if (session.options().json) {
        out.json(QJsonObject{
            {QStringLiteral("registry"), *host},
            {QStringLiteral("repositories"), QJsonArray::fromStringList(*list.result())}});
    } else {
        for (const QString &repository : *list.result())
            out.line(repository);
    }
    return ExitStatus::Ok;
}
