// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/kubelet/kubeletevent.h"

#include <QList>
#include <QString>
#include <QStringList>

// The Events section of `kubectl describe pod` over simulated events: identical events
// (same container, type, reason and message) folded into one row with a count, as the
// client-go event correlator does, sorted by last occurrence, with kubectl's Age text
// (docs/reference/cluster-api.md §3.4, §3.6). A value type.
class EventTable
{
public:
    // One row: an event and how often it happened.
    struct Row
    {
        KubeletEvent event; // the last occurrence
        int count = 1;
        qint64 firstMs = 0;
        qint64 lastMs = 0;

        // kubectl's Age column at nowMs: "5m", or "15s (x4 over 2m)".
        QString age(qint64 nowMs) const;
        // The message as kubectl ≥ 2025-08 prints it: "spec.containers{web}: <message>".
        QString messageWithFieldPath() const;
    };

    // Folds the events of pod ("namespace/name"; every pod when empty): rows in the order of
    // their last occurrence, rows with the same last time in the order they first occurred.
    static QList<Row> fold(const QList<KubeletEvent> &events, const QString &pod = QString());
    // What makes two events one row: pod, container, type, reason and message.
    static QString foldKey(const KubeletEvent &event);
    // The aligned text block: "Events:" then the header, dashes and rows, or "Events:  <none>".
    static QStringList describe(const QList<Row> &rows, qint64 nowMs, const QString &from);
};
