// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/diagnose/diagnosisstep.h"

#include <QJsonArray>

DiagnosisStep DiagnosisStep::make(QString id, QString title, Status status, QString summary)
{
    DiagnosisStep step;
    step.id = std::move(id);
    step.title = std::move(title);
    step.status = status;
    step.summary = std::move(summary);
    return step;
}

QString DiagnosisStep::statusName(Status status)
{
    switch (status) {
    case Status::Passed:
        return QStringLiteral("passed");
    case Status::Failed:
        return QStringLiteral("failed");
    case Status::Skipped:
        return QStringLiteral("skipped");
    case Status::Warning:
        return QStringLiteral("warning");
    }
    return QString();
}

QJsonObject DiagnosisStep::toJson() const
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("title"), title},
                       {QStringLiteral("status"), statusName(status)},
                       {QStringLiteral("summary"), summary},
                       {QStringLiteral("evidence"), QJsonArray::fromStringList(evidence)},
                       {QStringLiteral("mend"), mend ? QJsonValue(mend->toJson()) : QJsonValue()}};
}
