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

void EventTableModel::addEvent(const KubeletEvent &event)
{
    if (!m_podFilter.isEmpty() && event.pod != m_podFilter)
        return;
    const bool inOrder = m_events.isEmpty() || event.timeMs >= m_events.last().timeMs;
    m_events.append(event);
    if (event.timeMs > m_now)
        setNow(event.timeMs);
    if (!inOrder) {
        beginResetModel();
        refold();
        endResetModel();
        return;
    }
    // In time order the event is the newest: a new row goes last; a repeat's row moves to the
    // end of the rows last seen now, before those that first occurred after it (EventTable::fold's
    // order), with move signals so views keep selection and scroll position.
    const QString key = EventTable::foldKey(event);
    const auto known = m_order.constFind(key);
    if (known == m_order.cend()) {
        m_order.insert(key, m_nextOrder++);
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
        m_rows.append(Row{event, 1, event.timeMs, event.timeMs});
        endInsertRows();
        return;
    }
    const int order = *known;
    int from = int(m_rows.size()) - 1;
    while (from >= 0 && EventTable::foldKey(m_rows.at(from).event) != key)
        --from;
    Q_ASSERT(from >= 0);
    int after = 0; // rows that stay below it: last seen now, first seen later
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        if (i == from)
            continue;
        const Row &r = m_rows.at(i);
        if (r.lastMs != event.timeMs)
            break;
        if (orderOf(r) > order)
            ++after;
    }
    const int to = int(m_rows.size()) - 1 - after;
    if (to != from) {
        // beginMoveRows counts the destination in the list before the move.
        beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
        m_rows.move(from, to);
        endMoveRows();
    }
    Row &row = m_rows[to];
    row.event = event;
    ++row.count;
    row.lastMs = event.timeMs;
    Q_EMIT dataChanged(index(to, 0), index(to, ColumnCount - 1));
}

void EventTableModel::refold()
{
    m_rows = EventTable::fold(m_events);
    m_order.clear();
    m_nextOrder = 0;
    for (const KubeletEvent &e : std::as_const(m_events)) {
        const QString key = EventTable::foldKey(e);
        if (!m_order.contains(key))
            m_order.insert(key, m_nextOrder++);
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
    refold();
    endResetModel();
}

void EventTableModel::clear()
{
    beginResetModel();
    m_events.clear();
    m_rows.clear();
    m_order.clear();
    m_nextOrder = 0;
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
