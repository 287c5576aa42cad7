// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/items/eventtablemodel.h"

#include <algorithm>

EventTableModel::EventTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int EventTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EventTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const KubeletEvent &e = row.event;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TypeColumn:
            return e.type;
        case ReasonColumn:
            return e.reason;
        case AgeColumn:
            return row.age(m_now);
        case FromColumn:
            return m_source;
        case MessageColumn:
            return row.messageWithFieldPath();
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == MessageColumn ? QVariant(row.messageWithFieldPath()) : QVariant();
    case TypeRole:
        return e.type;
    case IsWarningRole:
        return e.type == QLatin1String("Warning");
    case ReasonRole:
        return e.reason;
    case MessageRole:
        return e.message;
    case PodRole:
        return e.pod;
    case ContainerRole:
        return e.container;
    case FieldPathRole:
        return e.fieldPath;
    case CountRole:
        return row.count;
    case FirstTimeRole:
        return row.firstMs;
    case LastTimeRole:
        return row.lastMs;
    }
    return {};
}

QVariant EventTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    // kubectl's own column names (describe.go DescribeEvents), so they are not translated.
    switch (section) {
    case TypeColumn:
        return QStringLiteral("Type");
    case ReasonColumn:
        return QStringLiteral("Reason");
    case AgeColumn:
        return QStringLiteral("Age");
    case FromColumn:
        return QStringLiteral("From");
    case MessageColumn:
        return QStringLiteral("Message");
    }
    return {};
}

QHash<int, QByteArray> EventTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(TypeRole, "type");
    names.insert(IsWarningRole, "isWarning");
    names.insert(ReasonRole, "reason");
    names.insert(MessageRole, "message");
    names.insert(PodRole, "pod");
    names.insert(ContainerRole, "container");
    names.insert(FieldPathRole, "fieldPath");
    names.insert(CountRole, "count");
    names.insert(FirstTimeRole, "firstTime");
    names.insert(LastTimeRole, "lastTime");
    return names;
}

bool EventTableModel::sameRow(const Row &a, const Row &b)
{
    // A row's first occurrence never changes; with EventTable's fold key it names the row.
    return a.firstMs == b.firstMs && a.event.pod == b.event.pod
        && a.event.container == b.event.container && a.event.type == b.event.type
        && a.event.reason == b.event.reason && a.event.message == b.event.message;
}

void EventTableModel::addEvent(const KubeletEvent &event)
{
    if (!m_podFilter.isEmpty() && event.pod != m_podFilter)
        return;
    const bool inOrder = m_events.isEmpty() || event.timeMs >= m_events.last().timeMs;
    m_events.append(event);
    if (event.timeMs > m_now)
        setNow(event.timeMs);
    const QList<Row> rows = EventTable::fold(m_events);
    if (inOrder)
        reconcile(rows);
    else {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    }
}

void EventTableModel::reconcile(const QList<Row> &rows)
{
    // One event in time order either adds a row or folds into one that then moves down to its
    // place by last time (EventTable sorts stably by last time): find which, and say so with
    // insert or move signals so views keep selection and scroll position.
    int k = 0;
    while (k < m_rows.size() && k < rows.size() && sameRow(m_rows.at(k), rows.at(k))
           && m_rows.at(k).count == rows.at(k).count)
        ++k;
    if (rows.size() == m_rows.size() + 1) {
        beginInsertRows({}, k, k);
        m_rows.insert(k, rows.at(k));
        endInsertRows();
    } else if (rows.size() == m_rows.size() && k < m_rows.size()) {
        int to = k;
        while (to < rows.size() && !sameRow(m_rows.at(k), rows.at(to)))
            ++to;
        if (to == rows.size()) {
            beginResetModel();
            m_rows = rows;
            endResetModel();
            return;
        }
        if (to != k) {
            // beginMoveRows counts the destination in the list before the move.
            beginMoveRows({}, k, k, {}, to + 1);
            m_rows.move(k, to);
            endMoveRows();
        }
        m_rows[to] = rows.at(to);
        Q_EMIT dataChanged(index(to, 0), index(to, ColumnCount - 1));
    }
    if (m_rows.size() != rows.size()) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    }
}

void EventTableModel::setEvents(const QList<KubeletEvent> &events)
{
    beginResetModel();
    m_events.clear();
    for (const KubeletEvent &e : events) {
        if (m_podFilter.isEmpty() || e.pod == m_podFilter)
            m_events.append(e);
    }
    std::stable_sort(m_events.begin(), m_events.end(), [](const auto &a, const auto &b) {
        return a.timeMs < b.timeMs;
    });
    if (!m_events.isEmpty())
        m_now = std::max(m_now, m_events.last().timeMs);
    m_rows = EventTable::fold(m_events);
    endResetModel();
}

void EventTableModel::clear()
{
    beginResetModel();
    m_events.clear();
    m_rows.clear();
    m_now = 0;
    endResetModel();
}

void EventTableModel::setPodFilter(const QString &pod)
{
    m_podFilter = pod;
}

void EventTableModel::setNow(qint64 nowMs)
{
    if (nowMs == m_now)
        return;
    m_now = nowMs;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, AgeColumn), index(rowCount() - 1, AgeColumn));
}

void EventTableModel::setSource(const QString &source)
{
    m_source = source;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, FromColumn), index(rowCount() - 1, FromColumn));
}

int EventTableModel::eventCount() const
{
    int n = 0;
    for (const Row &r : m_rows)
        n += r.count;
    return n;
}
