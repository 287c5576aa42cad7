// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/diagnose/diagnosis.h"

#include "model/core/tr.h"

#include <QJsonArray>

QStringList Diagnosis::stepIds()
{
    return {QStringLiteral("reference"),
            QStringLiteral("policy"),
            QStringLiteral("presence"),
            QStringLiteral("credentials"),
            QStringLiteral("registry"),
            QStringLiteral("auth"),
            QStringLiteral("tag"),
            QStringLiteral("platform"),
            QStringLiteral("blobs")};
}

QString Diagnosis::stepTitle(const QString &id)
{
    if (id == QLatin1String("reference"))
        return Tr::tr("The image reference parses");
    if (id == QLatin1String("policy"))
        return Tr::tr("The pull policy");
    if (id == QLatin1String("presence"))
        return Tr::tr("The image on the node");
    if (id == QLatin1String("credentials"))
        return Tr::tr("The credentials that apply");
    if (id == QLatin1String("registry"))
        return Tr::tr("The registry is reachable");
    if (id == QLatin1String("auth"))
        return Tr::tr("The registry lets this pod pull");
    if (id == QLatin1String("tag"))
        return Tr::tr("The tag exists");
    if (id == QLatin1String("platform"))
        return Tr::tr("The image has the node's platform");
    if (id == QLatin1String("blobs"))
        return Tr::tr("The layers can be fetched");
    return id;
}

const DiagnosisStep *Diagnosis::firstFailure() const
{
    for (const DiagnosisStep &s : steps) {
        if (s.status == DiagnosisStep::Status::Failed)
            return &s;
    }
    return nullptr;
}

const DiagnosisStep *Diagnosis::step(const QString &id) const
{
    for (const DiagnosisStep &s : steps) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

QJsonObject Diagnosis::toJson() const
{
    QJsonArray list;
    for (const DiagnosisStep &s : steps)
        list.append(s.toJson());
    const DiagnosisStep *failed = firstFailure();
    return QJsonObject{
        {QStringLiteral("pod"), pod},
        {QStringLiteral("container"), container},
        {QStringLiteral("image"), image},
        {QStringLiteral("steps"), list},
        {QStringLiteral("firstFailure"), failed ? QJsonValue(failed->id) : QJsonValue()}};
}
