// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/items/tagsortfilterproxymodel.h"

#include "model/items/tagtablemodel.h"

#include <QDateTime>

TagSortFilterProxyModel::TagSortFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setFilterKeyColumn(TagTableModel::TagColumn);
    setFilterRole(TagTableModel::TagRole);
    setDynamicSortFilter(true);
    sort(TagTableModel::TagColumn, Qt::DescendingOrder);
}

void TagSortFilterProxyModel::setSortMode(SortMode mode)
{
    m_mode = mode;
    // The sort column decides which dataChanged() re-sorts: details arriving move rows only
    // when sorting by date.
    switch (mode) {
    case SortMode::Version:
        sort(TagTableModel::TagColumn, Qt::DescendingOrder);
        break;
    case SortMode::Date:
        sort(TagTableModel::CreatedColumn, Qt::DescendingOrder);
        break;
    case SortMode::Name:
        sort(TagTableModel::TagColumn, Qt::AscendingOrder);
        break;
    }
    invalidate();
}

void TagSortFilterProxyModel::setFilterText(const QString &text)
{
    setFilterFixedString(text);
}

bool TagSortFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QModelIndex l = left.siblingAtColumn(TagTableModel::TagColumn);
    const QModelIndex r = right.siblingAtColumn(TagTableModel::TagColumn);
    const QString lt = l.data(TagTableModel::TagRole).toString();
    const QString rt = r.data(TagTableModel::TagRole).toString();
    const bool descending = sortOrder() == Qt::DescendingOrder;
    // Groups that stay in place whichever way the view sorts: lessThan is reversed by the
    // proxy for descending order, so the group comparison is reversed here to cancel it.
    const auto grouped = [descending](int a, int b) {
        return descending ? a > b : a < b;
    };
    switch (m_mode) {
    case SortMode::Version: {
        const QString lk = l.data(TagTableModel::VersionKeyRole).toString();
        const QString rk = r.data(TagTableModel::VersionKeyRole).toString();
        const int lc = lk.isEmpty() ? 2 : lk.at(0).digitValue();
        const int rc = rk.isEmpty() ? 2 : rk.at(0).digitValue();
        if (lc != rc)
            return grouped(lc, rc);
        if (lc == 2) // not versions: by name, A to Z, whatever the direction
            return descending ? lt.compare(rt, Qt::CaseInsensitive) > 0
                              : lt.compare(rt, Qt::CaseInsensitive) < 0;
        if (lk != rk)
            return lk < rk;
        return lt < rt;
    }
    case SortMode::Date: {
        const QDateTime ld = l.data(TagTableModel::CreatedRole).toDateTime();
        const QDateTime rd = r.data(TagTableModel::CreatedRole).toDateTime();
        if (ld.isValid() != rd.isValid())
            return grouped(ld.isValid() ? 0 : 1, rd.isValid() ? 0 : 1);
        if (ld.isValid() && ld != rd)
            return ld < rd;
        return descending ? lt > rt : lt < rt;
    }
    case SortMode::Name:
        break;
    }
    const int c = lt.compare(rt, Qt::CaseInsensitive);
    return c != 0 ? c < 0 : lt < rt;
}
