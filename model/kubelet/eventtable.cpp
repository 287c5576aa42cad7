// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/kubelet/eventtable.h"

#include "model/kubelet/kubelettext.h"

#include <QHash>

#include <algorithm>

QString EventTable::Row::age(qint64 nowMs) const
{
    // kubectl describe.go DescribeEvents: "<since last> (x<count> over <since first>)".
    const QString last = KubeletText::humanDuration(nowMs - lastMs);
    if (count <= 1)
        return last;
    return QStringLiteral("%1 (x%2 over %3)")
        .arg(last)
        .arg(count)
        .arg(KubeletText::humanDuration(nowMs - firstMs));
}

QString EventTable::Row::messageWithFieldPath() const
{
    if (event.fieldPath.isEmpty())
        return event.message;
    return event.fieldPath + QStringLiteral(": ") + event.message;
}

QString EventTable::foldKey(const KubeletEvent &e)
{
    return e.pod + QChar(0x1f) + e.container + QChar(0x1f) + e.type + QChar(0x1f) + e.reason
        + QChar(0x1f) + e.message;
}

QList<EventTable::Row> EventTable::fold(const QList<KubeletEvent> &events, const QString &pod)
{
    // events_cache.go EventAggregator/eventLogger: an identical event (same object, type,
    // reason, message, source) increments the stored event's count.
    QList<Row> rows;
    QHash<QString, int> index;
    for (const KubeletEvent &e : events) {
        if (!pod.isEmpty() && e.pod != pod)
            continue;
        const QString key = foldKey(e);
        const auto it = index.constFind(key);
        if (it == index.constEnd()) {
            index.insert(key, int(rows.size()));
            rows.append(Row{e, 1, e.timeMs, e.timeMs});
        } else {
            Row &row = rows[*it];
            row.event = e;
            ++row.count;
            row.lastMs = e.timeMs;
        }
    }
    // sorted_event_list.go: by lastTimestamp; stable so equal times keep recording order.
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        return a.lastMs < b.lastMs;
    });
    return rows;
}

QStringList EventTable::describe(const QList<Row> &rows, qint64 nowMs, const QString &from)
{
    if (rows.isEmpty())
        return {QStringLiteral("Events:  <none>")};
    // kubectl prints through a tabwriter (minwidth 0, padding 2): columns as wide as the
    // widest cell plus two spaces.
    QList<QStringList> cells;
    cells.append({QStringLiteral("Type"),
                  QStringLiteral("Reason"),
                  QStringLiteral("Age"),
                  QStringLiteral("From"),
                  QStringLiteral("Message")});
    cells.append({QStringLiteral("----"),
                  QStringLiteral("------"),
                  QStringLiteral("----"),
                  QStringLiteral("----"),
                  QStringLiteral("-------")});
    for (const Row &r : rows)
        cells.append({r.event.type, r.event.reason, r.age(nowMs), from, r.messageWithFieldPath()});
    QList<int> widths(4, 0);
    for (const QStringList &row : std::as_const(cells)) {
        for (int i = 0; i < 4; ++i)
            widths[i] = qMax(widths[i], int(row.at(i).size()));
    }
    QStringList lines{QStringLiteral("Events:")};
    for (const QStringList &row : std::as_const(cells)) {
        QString line = QStringLiteral("  ");
        for (int i = 0; i < 4; ++i)
            line += row.at(i).leftJustified(widths[i] + 2);
        lines << line + row.at(4);
    }
    return lines;
}
