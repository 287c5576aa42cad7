// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/inspectcommand.h"

#include "app/cli/argumentparser.h"
#include "app/cli/networksession.h"
#include "app/cli/output.h"
#include "app/cli/textformat.h"
#include "model/core/tr.h"
#include "model/reference/imagereference.h"
#include "model/reference/platform.h"
#include "model/registry/inspectjob.h"
#include "model/registry/manifestjob.h"
#include "model/registry/mediatypes.h"
#include "model/registry/referrersjob.h"

#include <QJsonArray>

namespace {
QString isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QJsonObject configJson(const InspectResult &r)
{
    const Descriptor &d = r.manifest.config();
    const ImageConfig &c = r.config;
    QJsonObject labels;
    for (auto it = c.labels.cbegin(); it != c.labels.cend(); ++it)
        labels.insert(it.key(), it.value());
    QJsonArray history;
    for (const ImageConfig::HistoryEntry &h : c.history) {
        history.append(QJsonObject{{QStringLiteral("created"), isoTime(h.created)},
                                   {QStringLiteral("createdBy"), h.createdBy},
                                   {QStringLiteral("comment"), h.comment},
                                   {QStringLiteral("emptyLayer"), h.emptyLayer}});
    }
    return QJsonObject{{QStringLiteral("mediaType"), d.mediaType},
                       {QStringLiteral("digest"), d.digest.toString()},
                       {QStringLiteral("size"), d.size},
                       {QStringLiteral("os"), c.os},
                       {QStringLiteral("architecture"), c.architecture},
                       {QStringLiteral("variant"), c.variant},
                       {QStringLiteral("created"), isoTime(c.created)},
                       {QStringLiteral("user"), c.user},
                       {QStringLiteral("env"), QJsonArray::fromStringList(c.env)},
                       {QStringLiteral("entrypoint"), QJsonArray::fromStringList(c.entrypoint)},
                       {QStringLiteral("cmd"), QJsonArray::fromStringList(c.cmd)},
                       {QStringLiteral("workingDir"), c.workingDir},
                       {QStringLiteral("exposedPorts"), QJsonArray::fromStringList(c.exposedPorts)},
                       {QStringLiteral("labels"), labels},
                       {QStringLiteral("history"), history}};
}

QString joined(const QStringList &list)
{
    return list.isEmpty() ? QStringLiteral("-") : list.join(QLatin1Char(' '));
}
} // namespace

QString InspectCommand::summary() const
{
    return Tr::tr("Show an image's digest, platforms, layers and config");
}

void InspectCommand::declareOptions(ArgumentParser &parser) const
{
    parser.addOption({QStringLiteral("platform")});
    parser.addFlag({QStringLiteral("raw")});
    parser.addFlag({QStringLiteral("referrers")});
}

QString InspectCommand::helpText() const
{
    return Tr::tr(
        "Usage: pullscope-cli inspect [OPTIONS] REFERENCE\n"
        "\n"
        "Shows what REFERENCE (\"busybox:1.36\", \"r.io/team/app@sha256:...\"; :latest when\n"
        "neither tag nor digest is given) points at: its digest and media type, the\n"
        "platforms of an index, and for the chosen platform the image manifest's layers\n"
        "and config. Nothing is pulled but the manifests and the config blob.\n"
        "\n"
        "Options:\n"
        "  --platform OS/ARCH[/VARIANT]  The image to choose from an index (default: this\n"
        "                   machine's, as containerd chooses). A platform the index does\n"
        "                   not offer is an error listing the ones it does.\n"
        "  --raw            Print the manifest exactly as the registry served it (the\n"
        "                   index or image manifest REFERENCE names; with --platform, the\n"
        "                   chosen image manifest), like skopeo inspect --raw.\n"
        "  --referrers      Also count the manifests that refer to this digest (signatures,\n"
        "                   SBOMs); costs a request or two more.\n"
        "\n"
        "JSON keys: reference, digest, mediaType, platforms [{os, architecture, variant,\n"
        "digest, size}], manifest {digest, mediaType, config {mediaType, digest, size, os,\n"
        "architecture, variant, created, user, env, entrypoint, cmd, workingDir,\n"
        "exposedPorts, labels, history}, layers [{digest, size, mediaType, history}]},\n"
        "rateLimit {limit, remaining, windowSeconds, source} when the registry sends one,\n"
        "referrers (a count) with --referrers.");
}

QJsonObject InspectCommand::toJson(const InspectResult &r, int referrers)
{
    QJsonArray platforms;
    for (const InspectResult::PlatformEntry &p : r.platforms) {
        if (p.attestation)
            continue;
        const Platform platform = p.platform.value_or(Platform());
        platforms.append(QJsonObject{{QStringLiteral("os"), platform.os()},
                                     {QStringLiteral("architecture"), platform.architecture()},
                                     {QStringLiteral("variant"), platform.variant()},
                                     {QStringLiteral("digest"), p.digest.toString()},
                                     {QStringLiteral("size"), p.size}});
    }
    const QStringList layerHistory = r.config.layerHistory(int(r.manifest.layers().size()));
    QJsonArray layers;
    for (qsizetype i = 0; i < r.manifest.layers().size(); ++i) {
        const Descriptor &layer = r.manifest.layers().at(i);
        layers.append(QJsonObject{{QStringLiteral("digest"), layer.digest.toString()},
                                  {QStringLiteral("size"), layer.size},
                                  {QStringLiteral("mediaType"), layer.mediaType},
                                  {QStringLiteral("history"), layerHistory.value(i)}});
    }
    QJsonObject json{{QStringLiteral("reference"), r.reference.toString()},
                     {QStringLiteral("digest"), r.top.digest().toString()},
                     {QStringLiteral("mediaType"), r.top.mediaType()},
                     {QStringLiteral("platforms"), platforms},
                     {QStringLiteral("manifest"),
                      QJsonObject{{QStringLiteral("digest"), r.manifest.digest().toString()},
                                  {QStringLiteral("mediaType"), r.manifest.mediaType()},
                                  {QStringLiteral("config"), configJson(r)},
                                  {QStringLiteral("layers"), layers}}}};
    if (r.rateLimit.isKnown()) {
        json.insert(QStringLiteral("rateLimit"),
                    QJsonObject{{QStringLiteral("limit"), r.rateLimit.limit},
                                {QStringLiteral("remaining"), r.rateLimit.remaining},
                                {QStringLiteral("windowSeconds"), r.rateLimit.windowSeconds},
                                {QStringLiteral("source"), r.rateLimit.source}});
    }
    if (referrers >= 0)
        json.insert(QStringLiteral("referrers"), referrers);
    return json;
}

void InspectCommand::printText(const InspectResult &r, int referrers, Output &out)
{
    QList<QStringList> head{
        {Tr::tr("Reference:"), r.reference.toString()},
        {Tr::tr("Digest:"), r.top.digest().toString()},
        {Tr::tr("Media type:"),
         QStringLiteral("%1 (%2)").arg(MediaType::describe(r.top.mediaType()), r.top.mediaType())},
    };
    if (r.rateLimit.isKnown())
        head.append({Tr::tr("Rate limit:"), r.rateLimit.describe()});
    if (referrers >= 0)
        head.append({Tr::tr("Referrers:"), QString::number(referrers)});
    for (const QString &line : TextFormat::table(head))
        out.line(line);

    out.line(QString());
    out.line(Tr::tr("Platforms:"));
    QList<QStringList> platforms{{Tr::tr("PLATFORM"), Tr::tr("DIGEST"), Tr::tr("SIZE")}};
    for (const InspectResult::PlatformEntry &p : r.platforms) {
        if (p.attestation)
            continue;
        const QString name = p.platform ? p.platform->format() : Tr::tr("(none)");
        const bool chosen = p.digest == r.manifest.digest();
        platforms.append({name + (chosen ? QStringLiteral(" *") : QString()),
                          p.digest.toString(),
                          TextFormat::humanSize(p.size)});
    }
    for (const QString &line : TextFormat::table(platforms, QStringLiteral("  ")))
        out.line(line);

    out.line(QString());
    //: %1 the platform, e.g. linux/amd64
    out.line(Tr::tr("Image for %1:").arg(r.chosenPlatform.format()));
    const ImageConfig &c = r.config;
    QList<QStringList> config{
        {Tr::tr("Manifest:"), r.manifest.digest().toString()},
        {Tr::tr("Config:"), r.manifest.config().digest.toString()},
        {Tr::tr("Created:"), c.created.isValid() ? isoTime(c.created) : QStringLiteral("-")},
        {Tr::tr("User:"), c.user.isEmpty() ? QStringLiteral("-") : c.user},
        {Tr::tr("Entrypoint:"), joined(c.entrypoint)},
        {Tr::tr("Cmd:"), joined(c.cmd)},
        {Tr::tr("Working dir:"), c.workingDir.isEmpty() ? QStringLiteral("-") : c.workingDir},
        {Tr::tr("Ports:"), joined(c.exposedPorts)},
    };
    for (const QString &env : c.env)
        config.append({Tr::tr("Env:"), env});
    for (auto it = c.labels.cbegin(); it != c.labels.cend(); ++it)
        config.append({Tr::tr("Label:"), it.key() + QLatin1Char('=') + it.value()});
    for (const QString &line : TextFormat::table(config, QStringLiteral("  ")))
        out.line(line);

    out.line(QString());
    //: %1 the total size of the layers
    out.line(Tr::tr("Layers (%1):").arg(TextFormat::humanSize(r.manifest.layersSize())));
    const QStringList history = c.layerHistory(int(r.manifest.layers().size()));
    QList<QStringList> layers{
        {Tr::tr("#"), Tr::tr("DIGEST"), Tr::tr("SIZE"), Tr::tr("TYPE"), Tr::tr("CREATED BY")}};
    for (qsizetype i = 0; i < r.manifest.layers().size(); ++i) {
        const Descriptor &layer = r.manifest.layers().at(i);
        layers.append({QString::number(i + 1),
                       TextFormat::shortDigest(layer.digest.toString()),
                       TextFormat::humanSize(layer.size),
                       MediaType::describe(layer.mediaType),
                       history.value(i).simplified().left(80)});
    }
    for (const QString &line : TextFormat::table(layers, QStringLiteral("  ")))
        out.line(line);
}

int InspectCommand::execute(const QStringList &positional,
                            const ArgumentParser &parser,
                            NetworkSession &session,
                            Output &out)
{
    const auto parsed = ImageReference::parseNormalized(positional.first());
    if (!parsed)
        return usageError(out, parsed.error().message);
    // skopeo and docker inspect ":latest" when neither tag nor digest is given.
    const ImageReference reference = parsed->withDefaultTag();
    const bool platformGiven = parser.isSet(QStringLiteral("platform"));
    Platform platform = Platform::host();
    if (platformGiven) {
        const auto p = Platform::parse(parser.value(QStringLiteral("platform")));
        if (!p)
            return usageError(out, p.error().message);
        platform = *p;
    }

    if (parser.isSet(QStringLiteral("raw")) && !platformGiven) {
        ManifestJob job(session.client(), reference, ManifestJob::Method::Get);
        session.run(&job);
        if (!job.result())
            return session.fail(out, job.result().error());
        out.raw(job.result()->manifest->raw());
        return ExitStatus::Ok;
    }

    InspectJob job(session.client(), reference);
    // Only a platform asked for is enforced on a single-platform image; the default (this
    // machine's) just picks from an index.
    if (platformGiven)
        job.setPlatform(platform);
    session.run(&job);
    if (!job.result())
        return session.fail(out, job.result().error());
    const InspectResult &result = *job.result();
    if (parser.isSet(QStringLiteral("raw"))) {
        out.raw(result.manifest.raw());
        return ExitStatus::Ok;
    }

    int referrers = -1;
    if (parser.isSet(QStringLiteral("referrers"))) {
        ReferrersJob refs(session.client(), reference, result.top.digest());
        if (!session.run(&refs))
            return session.fail(out, Error(ErrorCode::Cancelled, Tr::tr("Cancelled")));
        if (!refs.result())
            return session.fail(out, refs.result().error());
        referrers = int(refs.result()->size());
    }
    if (session.options().json)
        out.json(toJson(result, referrers));
    else
        printText(result, referrers, out);
    return ExitStatus::Ok;
}
