// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/items/diagnosismodel.h"

#include "model/core/tr.h"

DiagnosisModel::DiagnosisModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

QModelIndex DiagnosisModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex DiagnosisModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int DiagnosisModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_diagnosis.steps.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return int(m_diagnosis.steps.at(parent.row()).evidence.size());
}

int DiagnosisModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

const DiagnosisStep *DiagnosisModel::stepAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    const int stepRow = index.internalId() == 0 ? index.row() : int(index.internalId() - 1);
    return stepRow < m_diagnosis.steps.size() ? &m_diagnosis.steps.at(stepRow) : nullptr;
}

QVariant DiagnosisModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const DiagnosisStep *step = stepAt(index);
    if (!step)
        return {};
    const bool evidence = index.internalId() != 0;
    const int stepRow = evidence ? int(index.internalId() - 1) : index.row();
    switch (role) {
    case Qt::DisplayRole:
        if (evidence)
            return index.column() == StepColumn ? QVariant(step->evidence.value(index.row()))
                                                : QVariant();
        switch (index.column()) {
        case StepColumn:
            return step->title;
        case StatusColumn:
            return statusText(step->status);
        case SummaryColumn:
            return step->summary;
        }
        return {};
    case Qt::ToolTipRole:
        if (evidence)
            return step->evidence.value(index.row());
        return step->summary.isEmpty() ? QVariant() : QVariant(step->summary);
    case StepIdRole:
        return step->id;
    case StatusRole:
        return int(step->status);
    case StatusNameRole:
        return DiagnosisStep::statusName(step->status);
    case IsEvidenceRole:
        return evidence;
    case IsFirstFailureRole:
        return !evidence && stepRow == firstFailureRow();
    case EvidenceRole:
        return evidence ? QVariant() : QVariant(step->evidence);
    case HasMendRole:
        return !evidence && step->mend.has_value();
    case StepIndexRole:
        return stepRow;
    }
    return {};
}

QVariant DiagnosisModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case StepColumn:
        return Tr::tr("Check");
    case StatusColumn:
        return Tr::tr("Result");
    case SummaryColumn:
        return Tr::tr("Finding");
    }
    return {};
}

QHash<int, QByteArray> DiagnosisModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(StepIdRole, "stepId");
    names.insert(StatusRole, "status");
    names.insert(StatusNameRole, "statusName");
    names.insert(IsEvidenceRole, "isEvidence");
    names.insert(IsFirstFailureRole, "isFirstFailure");
    names.insert(EvidenceRole, "evidence");
    names.insert(HasMendRole, "hasMend");
    names.insert(StepIndexRole, "stepIndex");
    return names;
}

void DiagnosisModel::setDiagnosis(const Diagnosis &diagnosis)
{
    beginResetModel();
    m_diagnosis = diagnosis;
    endResetModel();
}

void DiagnosisModel::clear()
{
    setDiagnosis(Diagnosis{});
}

int DiagnosisModel::firstFailureRow() const
{
    for (int i = 0; i < m_diagnosis.steps.size(); ++i) {
        if (m_diagnosis.steps.at(i).status == DiagnosisStep::Status::Failed)
            return i;
    }
    return -1;
}

QString DiagnosisModel::statusText(DiagnosisStep::Status status)
{
    switch (status) {
    case DiagnosisStep::Status::Passed:
        return Tr::tr("Passed");
    case DiagnosisStep::Status::Failed:
        return Tr::tr("Failed");
    case DiagnosisStep::Status::Skipped:
        return Tr::tr("Skipped");
    case DiagnosisStep::Status::Warning:
        return Tr::tr("Warning");
    }
    return {};
}
