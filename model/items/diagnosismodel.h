// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/diagnose/diagnosis.h"

#include <QAbstractItemModel>

// A Diagnosis as a tree: one top-level row per step of the pull chain (title, status,
// summary), its evidence lines as children. The status, the step id, whether it is the first
// failure and its mend go out through roles; views pick icons and colours. Evidence is shown
// as the engine wrote it, which never holds a secret (DiagnosisStep). GUI thread; QtCore only.
class DiagnosisModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { StepColumn, StatusColumn, SummaryColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        StepIdRole = Qt::UserRole + 1, // QString "credentials"; on evidence rows their step's
        StatusRole, // int DiagnosisStep::Status; evidence rows carry their step's
        StatusNameRole, // QString "passed" | "failed" | "skipped" | "warning"
        IsEvidenceRole, // bool
        IsFirstFailureRole, // bool: the step the mend belongs to
        EvidenceRole, // QStringList on step rows
        HasMendRole, // bool
        StepIndexRole, // int: the step's position in the chain
    };
    Q_ENUM(Role)

    explicit DiagnosisModel(QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Shows this diagnosis (replacing the last one).
    void setDiagnosis(const Diagnosis &diagnosis);
    void clear();

    const Diagnosis &diagnosis() const { return m_diagnosis; }

    // The row of the first failed step, -1 when every step passed.
    int firstFailureRow() const;
    // The step of a step or evidence index; nullptr for an invalid index.
    const DiagnosisStep *stepAt(const QModelIndex &index) const;
    // The status' words for people: "Passed", "Failed", "Skipped", "Warning".
    static QString statusText(DiagnosisStep::Status status);

private:
    // Evidence rows point at their step through internalId: step index + 1; steps use 0.
    Diagnosis m_diagnosis;
};
