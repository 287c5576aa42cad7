// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/items/repositoryfilterproxymodel.h"

#include "model/items/registrytreemodel.h"

RepositoryFilterProxyModel::RepositoryFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
}

void RepositoryFilterProxyModel::setFilterText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    invalidateFilter();
}

bool RepositoryFilterProxyModel::filterAcceptsRow(int sourceRow,
                                                  const QModelIndex &sourceParent) const
{
    if (!sourceParent.isValid() || m_text.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto kind = RegistryTreeModel::Kind(index.data(RegistryTreeModel::KindRole).toInt());
    if (kind != RegistryTreeModel::Kind::Repository)
        return true;
    return index.data(RegistryTreeModel::NameRole).toString().contains(m_text, Qt::CaseInsensitive);
}
