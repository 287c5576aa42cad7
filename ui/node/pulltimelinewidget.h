// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/kubelet/containerstatus.h"
#include "model/kubelet/kubeletevent.h"

#include <QList>
#include <QWidget>

// A timeline of a simulation: one lane per container, each pull attempt a bar from "Pulling"
// to its outcome (green when pulled, red when it failed, blue while running), the backoff
// windows between attempts shaded, a marker for events without a pull (already present,
// ErrImageNeverPull, InspectFailed), a line at now and a dashed line with the countdown to
// the next retry. The time axis reads in seconds and minutes. Painted, no model; fed the
// simulator's events and statuses with setSimulation(), moved with setNow().
class PullTimelineWidget : public QWidget
{
    Q_OBJECT
public:
    // A span of simulated time on one lane.
    struct Span
    {
        enum class Kind { Pulling, Pulled, Failed, BackOff };
        Kind kind = Kind::Pulling;
        qint64 startMs = 0;
        qint64 endMs = -1; // -1: still open at now
        QString detail; // the event message that ended it (or started it)
    };

    // A point event on one lane.
    struct Marker
    {
        qint64 timeMs = 0;
        bool failure = false;
        QString reason;
        QString detail;
    };

    // One container's row.
    struct Lane
    {
        QString pod;
        QString container;
        QList<Span> spans;
        QList<Marker> markers;
        qint64 nextRetryMs = -1;
        QString state; // "Waiting" | "Running"
        QString reason;
    };

    explicit PullTimelineWidget(QWidget *parent = nullptr);

    // Rebuilds the lanes from the events (in time order) and the current statuses.
    void setSimulation(const QList<KubeletEvent> &events,
                       const QList<SimContainerStatus> &statuses);
    // The simulated time shown as "now"; the axis grows to cover it.
    void setNow(qint64 nowMs);

    qint64 now() const { return m_now; }

    void clear();

    const QList<Lane> &lanes() const { return m_lanes; }

    // The axis' end: now or the next retry, whichever is later, with a margin.
    qint64 axisEndMs() const;
    // A tick step (ms) giving ticks at least minPixels apart over spanMs in widthPixels.
    static qint64 tickStepMs(qint64 spanMs, int widthPixels, int minPixels = 70);
    // The lanes events and statuses make (see the class comment), without painting.
    static QList<Lane> lanesFrom(const QList<KubeletEvent> &events,
                                 const QList<SimContainerStatus> &statuses,
                                 qint64 nowMs);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    QRect plotRect() const;
    int xOf(qint64 ms, const QRect &plot) const;
    QString toolTipAt(const QPoint &pos) const;

    QList<KubeletEvent> m_events;
    QList<SimContainerStatus> m_statuses;
    QList<Lane> m_lanes;
    qint64 m_now = 0;
};
