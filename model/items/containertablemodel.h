// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/kube/finding.h"
#include "model/kube/kubefile.h"

#include <QAbstractTableModel>
#include <QList>

// The Workspace's form view: one row per container (init, regular, ephemeral) of every object
// with a pod spec in one file. Image and pull policy are editable; an edit is not applied here
// but requested as text edits (editRequested), so the file's text stays the source of truth and
// the model follows it through setFile().
class ContainerTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ObjectColumn, ContainerColumn, ImageColumn, PullPolicyColumn, ColumnCount };

    enum Role {
        KindRole = Qt::UserRole + 1, // int(ContainerSpec::Kind)
        FieldPathRole, // QString "spec.containers[0]"
        LineRole, // int, the container's first line
        ObjectIndexRole, // int, index into the file's objects
        EffectivePolicyRole, // QString, the written policy or the API server's default
        PolicyWrittenRole, // bool, imagePullPolicy is in the text
    };

    explicit ContainerTableModel(QObject *parent = nullptr);

    // Shows the containers of file's pod specs; rows whose object and container are unchanged
    // keep their place (a reset is used when the shape changes).
    void setFile(const KubeFile &file);

    const KubeFile &file() const { return m_file; }

    // The object a row belongs to, or nullptr.
    const KubeObject *objectAt(int row) const;
    // The container of a row, or nullptr.
    const ContainerSpec *containerAt(int row) const;

    // The edits that set a scalar value (keeping its quotes); empty when it is not a plain
    // scalar on one line.
    static QList<TextEdit>
    replaceScalar(const KubeFile &file, const LocatedValue &value, const QString &replacement);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

Q_SIGNALS:
    // A cell edit is about to compute its text edits from file(): a chance to call setFile()
    // with a fresher read first (connect directly).
    void editStarted();
    // The user changed a cell: apply these edits to the file's text (one undo step).
    void editRequested(const QList<TextEdit> &edits);

private:
    struct Row
    {
        int object;
        int container;
    };

    KubeFile m_file;
    QList<Row> m_rows;
};
