// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/kubelet/eventtable.h"
#include "model/kubelet/kubeletevent.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

// The Events section of `kubectl describe pod` over a simulation's KubeletEvents: Type, Reason,
// Age, From, Message. Folding, order and texts are EventTable's (identical events as one row
// "12s (x4 over 2m)", ordered by last time, docs/reference/cluster-api.md §3.6); this model adds
// rows and moves them as events arrive, so a live view keeps its selection. Ages are relative to
// now(), set as the simulated clock moves. GUI thread; QtCore only.
class EventTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TypeColumn, ReasonColumn, AgeColumn, FromColumn, MessageColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        TypeRole = Qt::UserRole + 1, // QString "Normal" | "Warning"
        IsWarningRole, // bool
        ReasonRole, // QString
        MessageRole, // QString: the message alone, without the field path prefix
        PodRole, // QString "namespace/name"
        ContainerRole, // QString; empty for pod-level events
        FieldPathRole, // QString "spec.containers{web}"
        CountRole, // int: how many identical events the row folds
        FirstTimeRole, // qint64 ms since the simulation started
        LastTimeRole, // qint64 ms
    };
    Q_ENUM(Role)

    explicit EventTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Folds one more event in: a new row, or a repeat that bumps its row's count and moves it
    // to its place by last time, in time proportional to the rows, not the events (an event
    // older than the newest resets the model).
    void addEvent(const KubeletEvent &event);
    // Replaces everything with these events (any order).
    void setEvents(const QList<KubeletEvent> &events);
    void clear();

    // Only events of this pod ("namespace/name") are taken; empty takes all (the default).
    void setPodFilter(const QString &pod);

    QString podFilter() const { return m_podFilter; }

    // The simulated time ages are measured against; also raised by addEvent() to the event's
    // time when it is later.
    void setNow(qint64 nowMs);

    qint64 now() const { return m_now; }

    // The "From" column: the kubelet's source component ("kubelet").
    void setSource(const QString &source);

    // How many events were folded in (the sum of every row's count).
    int eventCount() const;

    // The folded row at row (tests, copy actions).
    EventTable::Row rowAt(int row) const { return m_rows.value(row); }

private:
    using Row = EventTable::Row;
    // Everything again from m_events (an event older than the newest came).
    void refold();

    // The row's rank among rows with the same last time: the order of first occurrence.
    int orderOf(const Row &row) const { return m_order.value(EventTable::foldKey(row.event)); }

    QList<KubeletEvent> m_events;
    QList<Row> m_rows;
    QHash<QString, int> m_order; // fold key -> first-occurrence rank, as EventTable::fold
    int m_nextOrder = 0;
    QString m_podFilter;
    QString m_source = QStringLiteral("kubelet");
    qint64 m_now = 0;
};
