// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/items/clustercontextmodel.h"

#include "model/core/tr.h"

ClusterContextModel::ClusterContextModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ClusterContextModel::setContexts(const QList<ClusterContext> &contexts)
{
    beginResetModel();
    m_contexts = contexts;
    endResetModel();
}

int ClusterContextModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_contexts.size());
}

int ClusterContextModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ClusterContextModel::problemText(const ClusterContext::Problem &problem)
{
    const QString severity = problem.severity == ClusterContext::Problem::Severity::Error
        ? Tr::tr("error")
        : Tr::tr("warning");
    QString text = QStringLiteral("%1: %2").arg(severity, problem.message);
    if (problem.at.isValid())
        text += QStringLiteral(" (%1)").arg(problem.at.toString());
    return text;
}

QVariant ClusterContextModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_contexts.size())
        return {};
    const ClusterContext &c = m_contexts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return c.name();
        case ClusterColumn:
            return c.cluster().name;
        case ServerColumn:
            return c.cluster().server;
        case UserColumn:
            return c.user().name;
        case AuthColumn:
            return c.authMethod();
        case NamespaceColumn:
            return c.namespaceName();
        case ProblemsColumn: {
            const int n = int(c.problems().size());
            if (n == 0)
                return Tr::tr("none");
            //: %n problems of a kubeconfig context
            return Tr::tr("%n problem(s)", nullptr, n);
        }
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ProblemsColumn && !c.problems().isEmpty())
            return data(index, ProblemsRole).toStringList().join(QLatin1Char('\n'));
        if (index.column() == NameColumn && c.isCurrent())
            return Tr::tr("The current context: kubectl uses it unless told otherwise.");
        return {};
    case IsCurrentRole:
        return c.isCurrent();
    case HasErrorsRole:
        return c.hasErrors();
    case ProblemCountRole:
        return int(c.problems().size());
    case ProblemsRole: {
        QStringList texts;
        for (const ClusterContext::Problem &p : c.problems())
            texts << problemText(p);
        return texts;
    }
    }
    return {};
}

QVariant ClusterContextModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return Tr::tr("Context");
    case ClusterColumn:
        return Tr::tr("Cluster");
    case ServerColumn:
        return Tr::tr("Server");
    case UserColumn:
        return Tr::tr("User");
    case AuthColumn:
        return Tr::tr("Authentication");
    case NamespaceColumn:
        return Tr::tr("Namespace");
    case ProblemsColumn:
        return Tr::tr("Problems");
    }
    return {};
}
