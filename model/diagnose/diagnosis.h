// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/diagnose/diagnosisstep.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// The outcome of a DiagnosisJob: for one container of a Pod, every step of the pull chain in
// order (reference, policy, presence, credentials, registry, auth, tag, platform, blobs). The
// first failed step carries the mend; the steps after it are Skipped. A value type.
struct Diagnosis
{
    QString pod; // "namespace/name"
    QString container;
    QString image; // as written in the Pod
    QList<DiagnosisStep> steps;

    // The step ids of the chain, in the order they are checked.
    static QStringList stepIds();
    // The title of the step with id ("The tag exists" for "tag").
    static QString stepTitle(const QString &id);
    // The first Failed step, or nullptr when none failed.
    const DiagnosisStep *firstFailure() const;
    // The step with id, or nullptr.
    const DiagnosisStep *step(const QString &id) const;
    // {"pod", "container", "image", "steps": [...], "firstFailure": id | null}.
    QJsonObject toJson() const;
};
