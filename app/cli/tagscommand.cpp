// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/tagscommand.h"

#include "app/cli/argumentparser.h"
#include "app/cli/digestresolver.h"
#include "app/cli/networksession.h"
#include "app/cli/output.h"
#include "app/cli/textformat.h"
#include "model/core/tr.h"
#include "model/reference/imagereference.h"
#include "model/registry/pagedlistjob.h"

#include <QJsonArray>
#include <QJsonObject>

QString TagsCommand::summary() const
{
    return Tr::tr("List the tags of a repository");
}

void TagsCommand::declareOptions(ArgumentParser &parser) const
{
    parser.addFlag({QStringLiteral("digests")});
    parser.addOption({QStringLiteral("parallel")});
    parser.addOption({QStringLiteral("limit")});
    parser.addOption({QStringLiteral("page-size")});
}

QString TagsCommand::helpText() const
{
    return Tr::tr(
        "Usage: pullscope-cli tags [OPTIONS] REPOSITORY\n"
        "\n"
        "Lists every tag of REPOSITORY (\"busybox\", \"localhost:5000/team/app\"), following\n"
        "the registry's pages, in the order the registry sends them. Text: one tag per line.\n"
        "\n"
        "Options:\n"
        "  --digests        Also resolve each tag to its manifest digest (HEAD requests,\n"
        "                   which do not count as pulls on Docker Hub). Text: TAG  DIGEST.\n"
        "  --parallel N     Requests in flight for --digests (default 8).\n"
        "  --limit N        Stop after the first N tags the registry lists.\n"
        "  --page-size N    Ask for N tags per page (the n parameter). Default: the\n"
        "                   registry's choice, as skopeo does (docker-registry then sends\n"
        "                   every tag at once; Docker Hub pages by 100 or less).\n"
        "\n"
        "JSON: {\"repository\": NAME, \"tags\": [TAG...]}, plus \"digests\": {TAG: DIGEST}\n"
        "with --digests.");
}

int TagsCommand::execute(const QStringList &positional,
                         const ArgumentParser &parser,
                         NetworkSession &session,
                         Output &out)
{
    const auto repository = ImageReference::parseNormalized(positional.first());
    if (!repository)
        return usageError(out, repository.error().message);
    if (!repository->isNameOnly())
        //: %1 the reference given
        return usageError(out,
                          Tr::tr("\"%1\" has a tag or digest; give the repository alone")
                              .arg(positional.first()));
    int parallel = 8;
    if (parser.isSet(QStringLiteral("parallel"))) {
        bool ok = false;
        parallel = parser.value(QStringLiteral("parallel")).toInt(&ok);
        if (!ok || parallel < 1 || parallel > 64)
            return usageError(out,
                              Tr::tr("--parallel wants a number from 1 to 64, not \"%1\"")
                                  .arg(parser.value(QStringLiteral("parallel"))));
    }
    int limit = 0;
    if (parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        limit = parser.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1)
            return usageError(out,
                              Tr::tr("--limit wants a number above 0, not \"%1\"")
                                  .arg(parser.value(QStringLiteral("limit"))));
    }

    int pageSize = 0;
    if (parser.isSet(QStringLiteral("page-size"))) {
        bool ok = false;
        pageSize = parser.value(QStringLiteral("page-size")).toInt(&ok);
        if (!ok || pageSize < 1)
            return usageError(out,
                              Tr::tr("--page-size wants a number above 0, not \"%1\"")
                                  .arg(parser.value(QStringLiteral("page-size"))));
    }

    PagedListJob list(session.client(),
                      PagedListJob::Kind::Tags,
                      repository->domain(),
                      repository->path());
    list.setLimit(limit);
    // Without n the registry chooses (spec.md "Listing Tags": n is optional); with --limit,
    // asking for no more than needed saves bytes.
    list.setPageSize(pageSize > 0 ? pageSize : limit);
    session.run(&list);
    if (!list.result())
        return session.fail(out, list.result().error());
    const QStringList tags = *list.result();

    QJsonObject json{{QStringLiteral("repository"), repository->name()},
                     {QStringLiteral("tags"), QJsonArray::fromStringList(tags)}};
    if (!parser.isSet(QStringLiteral("digests"))) {
        if (session.options().json) {
            out.json(json);
        } else {
            for (const QString &tag : tags)
                out.line(tag);
        }
        return ExitStatus::Ok;
    }

    DigestResolver resolver(session.client(), *repository, tags, parallel);
    session.run(&resolver);
    if (resolver.wasCancelled())
        return session.fail(out, resolver.firstError());
    QJsonObject digests;
    QList<QStringList> rows;
    for (const QString &tag : tags) {
        const auto digest = resolver.results().constFind(tag);
        if (digest == resolver.results().cend() || !digest->has_value())
            continue;
        digests.insert(tag, (*digest)->toString());
        rows.append({tag, (*digest)->toString()});
    }
    if (session.options().json) {
        json.insert(QStringLiteral("digests"), digests);
        out.json(json);
    } else {
        for (const QString &line : TextFormat::table(rows))
            out.line(line);
    }
    const Error error = resolver.firstError();
    if (!error.isNull()) {
        const int failed = int(tags.size() - digests.size());
        //: %n tags that could not be resolved, %1 the first error
        out.error(Tr::tr("%n tag(s) could not be resolved; the first: %1", nullptr, failed)
                      .arg(error.message));
        return ExitStatus::Failed;
    }
    return ExitStatus::Ok;
}
