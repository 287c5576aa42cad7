// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/pullcommand.h"

#include "app/cli/argumentparser.h"
#include "app/cli/networksession.h"
#include "app/cli/output.h"
#include "app/cli/pullprogressview.h"
#include "app/cli/textformat.h"
#include "model/cache/contentstore.h"
#include "model/core/tr.h"
#include "model/pull/pulljob.h"

#include <QJsonArray>
#include <QJsonObject>

#include <memory>

QString PullCommand::summary() const
{
    return Tr::tr("Pull an image into the local content store");
}

void PullCommand::declareOptions(ArgumentParser &parser) const
{
    parser.addOption({QStringLiteral("platform")});
    parser.addFlag({QStringLiteral("all-platforms")});
    parser.addOption({QStringLiteral("store")});
    parser.addOption({QStringLiteral("jobs")});
}

QString PullCommand::helpText() const
{
    return Tr::tr(
               "Usage: pullscope-cli pull [OPTIONS] REFERENCE\n"
               "\n"
               "Pulls REFERENCE into the content store, an OCI image layout that other tools\n"
               "read (skopeo copy oci:STORE:REFERENCE ...). Layers download in parallel,\n"
               "each verified against its digest before it enters the store; an interrupted\n"
               "pull resumes where it stopped. Shows live progress on a terminal.\n"
               "\n"
               "Options:\n"
               "  --platform OS/ARCH[/VARIANT]  The platform to pull from a multi-platform\n"
               "                   image (default: this machine's).\n"
               "  --all-platforms  Pull every platform of a multi-platform image.\n"
               "  --store DIR      The content store (default: %1).\n"
               "  --jobs N         Blobs downloaded at once (default 4).\n"
               "\n"
               "JSON: {\"reference\", \"digest\", \"mediaType\", \"platforms\", \"totalBytes\",\n"
               "\"downloadedBytes\", \"reusedBytes\", \"seconds\", \"store\"}.")
        .arg(ContentStore::defaultRoot());
}

int PullCommand::execute(const QStringList &positional,
                         const ArgumentParser &parser,
                         NetworkSession &session,
                         Output &out)
{
    const auto reference = ImageReference::parseNormalized(positional.first());
    if (!reference)
        //: %1 the reference, %2 the parser's message
        return usageError(out,
                          Tr::tr("\"%1\": %2").arg(positional.first(), reference.error().message));
    PullOptions options;
    if (parser.isSet(QStringLiteral("platform")) && parser.isSet(QStringLiteral("all-platforms")))
        return usageError(out, Tr::tr("--platform and --all-platforms exclude each other"));
    if (parser.isSet(QStringLiteral("platform"))) {
        const auto platform = Platform::parse(parser.value(QStringLiteral("platform")));
        if (!platform)
            return usageError(
                out,
                Tr::tr("--platform \"%1\": %2")
                    .arg(parser.value(QStringLiteral("platform")), platform.error().message));
        options.platforms = PullOptions::Platforms::Given;
        options.platform = *platform;
    } else if (parser.isSet(QStringLiteral("all-platforms"))) {
        options.platforms = PullOptions::Platforms::All;
    }
    if (parser.isSet(QStringLiteral("jobs"))) {
        bool ok = false;
        options.jobs = parser.value(QStringLiteral("jobs")).toInt(&ok);
        if (!ok || options.jobs < 1 || options.jobs > 32)
            return usageError(out,
                              Tr::tr("--jobs wants a number from 1 to 32, not \"%1\"")
                                  .arg(parser.value(QStringLiteral("jobs"))));
    }
    const QString root = parser.isSet(QStringLiteral("store"))
        ? parser.value(QStringLiteral("store"))
        : ContentStore::defaultRoot();
    ContentStore store(root);
    if (auto init = store.initialize(); !init)
        return session.fail(out, init.error());

    PullJob job(session.client(), &store, *reference, options);
    const bool json = session.options().json;
    // With --json stdout holds the result object alone.
    std::unique_ptr<PullProgressView> view;
    if (!json)
        view = std::make_unique<PullProgressView>(&job, out, out.isTerminal());
    session.run(&job);
    if (view)
        view->finish();
    if (!job.result())
        return session.fail(out, job.result().error());
    const PullResult &r = *job.result();
    if (json) {
        out.json(QJsonObject{{QStringLiteral("reference"), r.reference},
                             {QStringLiteral("digest"), r.digest.toString()},
                             {QStringLiteral("mediaType"), r.mediaType},
                             {QStringLiteral("platforms"), QJsonArray::fromStringList(r.platforms)},
                             {QStringLiteral("totalBytes"), double(r.totalBytes)},
                             {QStringLiteral("downloadedBytes"), double(r.downloadedBytes)},
                             {QStringLiteral("reusedBytes"), double(r.reusedBytes)},
                             {QStringLiteral("seconds"), double(r.elapsedMs) / 1000.0},
                             {QStringLiteral("store"), store.root()}});
        return ExitStatus::Ok;
    }
    //: %1 reference, %2 platforms, %3 digest
    out.line(Tr::tr("Pulled %1 (%2)").arg(r.reference, r.platforms.join(QStringLiteral(", "))));
    out.line(Tr::tr("Digest: %1").arg(r.digest.toString()));
    out.line(
        Tr::tr("%1 downloaded, %2 already present, in %3 s")
            .arg(TextFormat::humanSize(r.downloadedBytes), TextFormat::humanSize(r.reusedBytes))
            .arg(double(r.elapsedMs) / 1000.0, 0, 'f', 1));
    return ExitStatus::Ok;
}
