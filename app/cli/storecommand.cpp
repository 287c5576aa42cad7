// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/storecommand.h"

#include "app/cli/argumentparser.h"
#include "app/cli/output.h"
#include "app/cli/textformat.h"
#include "model/cache/contentstore.h"
#include "model/core/tr.h"
#include "model/reference/imagereference.h"

#include <QJsonArray>
#include <QJsonObject>

StoreCommand::StoreCommand(Kind kind)
    : m_kind(kind)
{}

QString StoreCommand::name() const
{
    switch (m_kind) {
    case Kind::Images:
        return QStringLiteral("images");
    case Kind::Rmi:
        return QStringLiteral("rmi");
    case Kind::Gc:
        return QStringLiteral("gc");
    }
    return {};
}

QString StoreCommand::summary() const
{
    switch (m_kind) {
    case Kind::Images:
        return Tr::tr("List the images in the local content store");
    case Kind::Rmi:
        return Tr::tr("Remove images from the local content store");
    case Kind::Gc:
        return Tr::tr("Delete blobs no stored image uses");
    }
    return {};
}

QString StoreCommand::helpText() const
{
    const QString common = Tr::tr("Options:\n"
                                  "  --store DIR  The content store (default: %1).\n"
                                  "  --json       Print JSON.")
                               .arg(ContentStore::defaultRoot());
    switch (m_kind) {
    case Kind::Images:
        return Tr::tr("Usage: pullscope-cli images [OPTIONS]\n\n"
                      "Lists the images in the content store: reference, digest, platforms,\n"
                      "size (every blob the image uses) and when it was pulled.\n"
                      "JSON: [{\"reference\", \"digest\", \"mediaType\", \"platforms\", \"size\",\n"
                      "\"pulledAt\"}].\n\n")
            + common;
    case Kind::Rmi:
        return Tr::tr("Usage: pullscope-cli rmi [OPTIONS] REFERENCE|DIGEST...\n\n"
                      "Removes images from the content store's index. Their blobs stay until\n"
                      "'pullscope-cli gc'. A familiar name (\"busybox\") means its normalized\n"
                      "reference (docker.io/library/busybox:latest).\n\n")
            + common;
    case Kind::Gc:
        return Tr::tr("Usage: pullscope-cli gc [OPTIONS]\n\n"
                      "Deletes the blobs no image in the index uses, and partial downloads no\n"
                      "running pull holds. JSON: {\"removedBlobs\", \"freedBytes\",\n"
                      "\"removedPartials\"}.\n\n")
            + common;
    }
    return {};
}

int StoreCommand::usageError(Output &out, const QString &message) const
{
    out.error(Tr::tr("%1: %2; run 'pullscope-cli %1 --help'").arg(name(), message));
    return ExitStatus::Usage;
}

int StoreCommand::run(const QStringList &arguments, Output &out)
{
    ArgumentParser parser;
    parser.addFlag({QStringLiteral("h"), QStringLiteral("help")});
    parser.addFlag({QStringLiteral("json")});
    parser.addOption({QStringLiteral("store")});
    const auto positional = parser.parse(arguments);
    if (parser.isSet(QStringLiteral("help"))) {
        out.line(helpText());
        return ExitStatus::Ok;
    }
    if (!positional)
        return usageError(out, positional.error().message);
    if (m_kind == Kind::Rmi && positional->isEmpty())
        return usageError(out, Tr::tr("missing REFERENCE"));
    if (m_kind != Kind::Rmi && !positional->isEmpty())
        return usageError(out, Tr::tr("unexpected argument \"%1\"").arg(positional->first()));
    ContentStore store(parser.isSet(QStringLiteral("store")) ? parser.value(QStringLiteral("store"))
                                                             : ContentStore::defaultRoot());
    if (auto init = store.initialize(); !init) {
        out.error(init.error().message);
        return ExitStatus::Failed;
    }
    const bool json = parser.isSet(QStringLiteral("json"));
    switch (m_kind) {
    case Kind::Images:
        return images(store, json, out);
    case Kind::Rmi:
        return rmi(store, *positional, json, out);
    case Kind::Gc:
        return gc(store, json, out);
    }
    return ExitStatus::Failed;
}

int StoreCommand::images(ContentStore &store, bool json, Output &out) const
{
    const auto images = store.images();
    if (!images) {
        out.error(images.error().message);
        return ExitStatus::Failed;
    }
    if (json) {
        QJsonArray list;
        for (const StoredImage &i : *images) {
            list.append(
                QJsonObject{{QStringLiteral("reference"), i.reference},
                            {QStringLiteral("digest"), i.digest.toString()},
                            {QStringLiteral("mediaType"), i.mediaType},
                            {QStringLiteral("platforms"), QJsonArray::fromStringList(i.platforms)},
                            {QStringLiteral("size"), double(i.size)},
                            {QStringLiteral("pulledAt"),
                             i.pulledAt.isValid() ? QJsonValue(i.pulledAt.toString(Qt::ISODate))
                                                  : QJsonValue(QJsonValue::Null)}});
        }
        out.json(list);
        return ExitStatus::Ok;
    }
    QList<QStringList> rows{{Tr::tr("REFERENCE"),
                             Tr::tr("DIGEST"),
                             Tr::tr("PLATFORMS"),
                             Tr::tr("SIZE"),
                             Tr::tr("PULLED")}};
    for (const StoredImage &i : *images) {
        rows.append({i.reference,
                     TextFormat::shortDigest(i.digest.toString()),
                     i.platforms.join(QLatin1Char(',')),
                     TextFormat::humanSize(i.size),
                     i.pulledAt.isValid()
                         ? i.pulledAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                         : QStringLiteral("-")});
    }
    for (const QString &line : TextFormat::table(rows))
        out.line(line);
    return ExitStatus::Ok;
}

int StoreCommand::rmi(ContentStore &store, const QStringList &names, bool json, Output &out) const
{
    QJsonArray removed;
    int failures = 0;
    for (const QString &name : names) {
        // A familiar name means its normalized reference, as docker rmi takes it.
        QString key = name;
        if (!name.startsWith(QLatin1String("sha256:"))
            && !name.startsWith(QLatin1String("sha512:"))) {
            if (const auto ref = ImageReference::parseNormalized(name))
                key = ref->hasTag() || ref->hasDigest() ? ref->toString()
                                                        : ref->withDefaultTag().toString();
        }
        const auto count = store.removeImage(key);
        if (!count) {
            out.error(count.error().message);
            ++failures;
        } else if (*count == 0) {
            //: %1 what the user named, %2 the store
            out.error(Tr::tr("no image \"%1\" in %2").arg(name, store.root()));
            ++failures;
        } else {
            removed.append(key);
            if (!json)
                out.line(Tr::tr("Removed %1").arg(key));
        }
    }
    if (json)
        out.json(QJsonObject{{QStringLiteral("removed"), removed}});
    return failures == 0 ? ExitStatus::Ok : ExitStatus::Failed;
}

int StoreCommand::gc(ContentStore &store, bool json, Output &out) const
{
    const auto report = store.garbageCollect();
    if (!report) {
        out.error(report.error().message);
        return ExitStatus::Failed;
    }
    if (json) {
        out.json(QJsonObject{{QStringLiteral("removedBlobs"), report->removedBlobs},
                             {QStringLiteral("freedBytes"), double(report->freedBytes)},
                             {QStringLiteral("removedPartials"), report->removedPartials}});
        return ExitStatus::Ok;
    }
    out.line(Tr::tr("Deleted %n blob(s) and %1 partial download(s), freed %2",
                    nullptr,
                    report->removedBlobs)
                 .arg(report->removedPartials)
                 .arg(TextFormat::humanSize(report->freedBytes)));
    return ExitStatus::Ok;
}
