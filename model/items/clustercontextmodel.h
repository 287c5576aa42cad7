// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/cluster/clustercontext.h"

#include <QAbstractTableModel>
#include <QList>

// The Clusters page's table: one row per kubeconfig context (ClusterContext), as
// `pullscope-cli cluster contexts` prints them, with each context's problems behind roles.
// Never holds a secret in a role (auth is the method's name only). GUI thread; QtCore only.
class ClusterContextModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        ClusterColumn,
        ServerColumn,
        UserColumn,
        AuthColumn,
        NamespaceColumn,
        ProblemsColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        IsCurrentRole = Qt::UserRole + 1, // bool: the kubeconfig's current-context
        HasErrorsRole, // bool: a client would refuse the context
        ProblemCountRole, // int
        ProblemsRole, // QStringList: "error: message (file:line)" per problem
    };
    Q_ENUM(Role)

    explicit ClusterContextModel(QObject *parent = nullptr);

    // Replaces the rows (in the given order).
    void setContexts(const QList<ClusterContext> &contexts);

    const ClusterContext &contextAt(int row) const { return m_contexts.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // "error: message (file:line)", as the CLI and the page's problem list show a problem.
    static QString problemText(const ClusterContext::Problem &problem);

private:
    QList<ClusterContext> m_contexts;
};
