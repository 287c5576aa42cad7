// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/registry/imageconfig.h"

#include "model/core/tr.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {
QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &s : v.toArray())
        out << s.toString();
    return out;
}

QStringList keys(const QJsonValue &v)
{
    return v.toObject().keys();
}
} // namespace

Result<ImageConfig> ImageConfig::parse(const QByteArray &body, const QString &where)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (!doc.isObject())
        return Error(ErrorCode::Protocol,
                     Tr::tr("The image config of %1 is not a JSON object (%2)")
                         .arg(where, parseError.errorString()));
    ImageConfig c;
    c.raw = doc.object();
    c.os = c.raw.value(QStringLiteral("os")).toString();
    c.architecture = c.raw.value(QStringLiteral("architecture")).toString();
    c.variant = c.raw.value(QStringLiteral("variant")).toString();
    c.created =
        QDateTime::fromString(c.raw.value(QStringLiteral("created")).toString(), Qt::ISODateWithMs);
    c.author = c.raw.value(QStringLiteral("author")).toString();
    const QJsonObject config = c.raw.value(QStringLiteral("config")).toObject();
    c.user = config.value(QStringLiteral("User")).toString();
    c.env = strings(config.value(QStringLiteral("Env")));
    c.entrypoint = strings(config.value(QStringLiteral("Entrypoint")));
    c.cmd = strings(config.value(QStringLiteral("Cmd")));
    c.workingDir = config.value(QStringLiteral("WorkingDir")).toString();
    c.exposedPorts = keys(config.value(QStringLiteral("ExposedPorts")));
    c.volumes = keys(config.value(QStringLiteral("Volumes")));
    c.stopSignal = config.value(QStringLiteral("StopSignal")).toString();
    const QJsonObject labels = config.value(QStringLiteral("Labels")).toObject();
    for (auto it = labels.begin(); it != labels.end(); ++it)
        c.labels.insert(it.key(), it.value().toString());
    for (const QJsonValue &h : c.raw.value(QStringLiteral("history")).toArray()) {
        const QJsonObject o = h.toObject();
        c.history.append({QDateTime::fromString(o.value(QStringLiteral("created")).toString(),
                                                Qt::ISODateWithMs),
                          o.value(QStringLiteral("created_by")).toString(),
                          o.value(QStringLiteral("comment")).toString(),
                          o.value(QStringLiteral("empty_layer")).toBool()});
    }
    c.diffIds =
        strings(c.raw.value(QStringLiteral("rootfs")).toObject().value(QStringLiteral("diff_ids")));
    return c;
}

QStringList ImageConfig::layerHistory(int layerCount) const
{
    QStringList out;
    for (const HistoryEntry &h : history) {
        if (h.emptyLayer)
            continue;
        out << h.createdBy;
    }
    while (out.size() < layerCount)
        out << QString();
    return out.mid(0, layerCount);
}
