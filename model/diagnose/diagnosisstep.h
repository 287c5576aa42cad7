// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/diagnose/diagnosismend.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

// One link of the pull chain a diagnosis walks: what was checked, how it came out, the facts
// behind it (never a secret) and, for the first failure, the mend. A value type.
struct DiagnosisStep
{
    enum class Status { Passed, Failed, Skipped, Warning };

    QString id; // stable: "reference", "policy", "presence", "credentials", ...
    QString title; // for people: "The reference parses"
    Status status = Status::Skipped;
    QString summary; // one line: the outcome
    QStringList evidence; // the facts, one per line
    std::optional<DiagnosisMend> mend;

    // A step with this id, title and status.
    static DiagnosisStep make(QString id, QString title, Status status, QString summary = {});
    // "passed", "failed", "skipped", "warning": the JSON names.
    static QString statusName(Status status);
    // {"id", "title", "status", "summary", "evidence": [...], "mend": {...} | null}.
    QJsonObject toJson() const;
};
