// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/node/pulltimelinewidget.h"

#include "model/items/simcontainermodel.h"

#include <QHash>
#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>

namespace {
constexpr int kLaneHeight = 28;
constexpr int kBarHeight = 14;
constexpr int kAxisHeight = 26;
constexpr int kLegendHeight = 24;
constexpr int kMargin = 10;
constexpr int kMinBarPixels = 3;

const QColor kPullingColor(0x35, 0x7a, 0xd4);
const QColor kPulledColor(0x2e, 0x9d, 0x4f);
const QColor kFailedColor(0xd0, 0x34, 0x3a);
const QColor kBackOffColor(0xe0, 0x8a, 0x1e);

// Axis labels in the units kubectl's ages use: "30s", "1m30s", "10m", "1h5m".
QString axisLabel(qint64 ms)
{
    const qint64 s = ms / 1000;
    if (s < 60)
        return QStringLiteral("%1s").arg(s);
    if (s < 3600) {
        return s % 60 == 0 ? QStringLiteral("%1m").arg(s / 60)
                           : QStringLiteral("%1m%2s").arg(s / 60).arg(s % 60);
    }
    const qint64 m = (s / 60) % 60;
    return m == 0 ? QStringLiteral("%1h").arg(s / 3600)
                  : QStringLiteral("%1h%2m").arg(s / 3600).arg(m);
}

QString laneKey(const QString &pod, const QString &container)
{
    return pod + QLatin1Char('\n') + container;
}
} // namespace

PullTimelineWidget::PullTimelineWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("pullTimeline"));
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setAccessibleName(tr("Pull timeline"));
}

void PullTimelineWidget::setSimulation(const QList<KubeletEvent> &events,
                                       const QList<SimContainerStatus> &statuses)
{
    m_events = events;
    m_statuses = statuses;
    m_lanes = lanesFrom(m_events, m_statuses, m_now);
    updateGeometry();
    update();
}

void PullTimelineWidget::setNow(qint64 nowMs)
{
    if (nowMs == m_now)
        return;
    m_now = nowMs;
    update();
}

void PullTimelineWidget::clear()
{
    m_events.clear();
    m_statuses.clear();
    m_lanes.clear();
    m_now = 0;
    updateGeometry();
    update();
}

QList<PullTimelineWidget::Lane>
PullTimelineWidget::lanesFrom(const QList<KubeletEvent> &events,
                              const QList<SimContainerStatus> &statuses,
                              qint64 nowMs)
{
    Q_UNUSED(nowMs)
    QList<Lane> lanes;
    QHash<QString, int> byKey;
    const auto laneFor = [&](const QString &pod, const QString &container) -> Lane & {
        const QString key = laneKey(pod, container);
        auto it = byKey.constFind(key);
        if (it == byKey.cend()) {
            it = byKey.insert(key, int(lanes.size()));
            lanes.append(Lane{pod, container, {}, {}, -1, {}, {}});
        }
        return lanes[*it];
    };
    for (const SimContainerStatus &s : statuses) {
        Lane &lane = laneFor(s.pod, s.container);
        lane.nextRetryMs = s.nextRetryMs;
        lane.state = s.state;
        lane.reason = s.reason;
    }
    QList<KubeletEvent> sorted = events;
    std::stable_sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) {
        return a.timeMs < b.timeMs;
    });
    const auto openSpan = [](Lane &lane, Span::Kind kind) -> Span * {
        if (!lane.spans.isEmpty() && lane.spans.last().kind == kind && lane.spans.last().endMs < 0)
            return &lane.spans.last();
        return nullptr;
    };
    for (const KubeletEvent &e : std::as_const(sorted)) {
        if (e.container.isEmpty()) {
            // A pod-level event (FailedToRetrieveImagePullSecret) concerns every container.
            for (Lane &lane : lanes) {
                if (lane.pod == e.pod)
                    lane.markers.append(
                        Marker{e.timeMs, e.type == QLatin1String("Warning"), e.reason, e.message});
            }
            continue;
        }
        Lane &lane = laneFor(e.pod, e.container);
        // The image manager's events (docs/reference/kubelet-image-pull.md §2.4): "Pulling" starts
        // an attempt, "Pulled" or "Failed to pull image ..." ends it; "Error: ErrImagePull" and the
        // BackOff/"Error: ImagePullBackOff" pairs only repeat what the spans already show.
        if (e.reason == QLatin1String("Pulling")) {
            if (Span *backOff = openSpan(lane, Span::Kind::BackOff))
                backOff->endMs = e.timeMs;
            lane.spans.append(Span{Span::Kind::Pulling, e.timeMs, -1, e.message});
        } else if (e.reason == QLatin1String("Pulled")) {
            if (Span *pull = openSpan(lane, Span::Kind::Pulling)) {
                pull->kind = Span::Kind::Pulled;
                pull->endMs = e.timeMs;
                pull->detail = e.message;
            } else {
                lane.markers.append(Marker{e.timeMs, false, e.reason, e.message});
            }
        } else if (e.reason == QLatin1String("Failed")
                   && !e.message.startsWith(QLatin1String("Error: "))) {
            if (Span *pull = openSpan(lane, Span::Kind::Pulling)) {
                pull->kind = Span::Kind::Failed;
                pull->endMs = e.timeMs;
                pull->detail = e.message;
                // The backoff window starts with the failure (§3): shaded until the next pull.
                lane.spans.append(Span{Span::Kind::BackOff, e.timeMs, -1, {}});
            } else {
                lane.markers.append(Marker{e.timeMs, true, e.reason, e.message});
            }
        } else if (e.reason == QLatin1String("BackOff")) {
            if (Span *backOff = openSpan(lane, Span::Kind::BackOff))
                backOff->detail = e.message;
        } else if (e.reason != QLatin1String("Failed")) {
            lane.markers.append(
                Marker{e.timeMs, e.type == QLatin1String("Warning"), e.reason, e.message});
        }
    }
    return lanes;
}

qint64 PullTimelineWidget::axisEndMs() const
{
    qint64 end = std::max<qint64>(m_now, 10'000);
    for (const Lane &lane : m_lanes)
        end = std::max(end, lane.nextRetryMs);
    return end + std::max<qint64>(end / 20, 1000);
}

qint64 PullTimelineWidget::tickStepMs(qint64 spanMs, int widthPixels, int minPixels)
{
    static const qint64 steps[] = {1'000,
                                   2'000,
                                   5'000,
                                   10'000,
                                   15'000,
                                   30'000,
                                   60'000,
                                   120'000,
                                   300'000,
                                   600'000,
                                   900'000,
                                   1'800'000,
                                   3'600'000,
                                   7'200'000,
                                   10'800'000,
                                   21'600'000,
                                   43'200'000,
                                   86'400'000};
    const int width = std::max(widthPixels, 1);
    for (const qint64 step : steps) {
        if (double(step) / double(std::max<qint64>(spanMs, 1)) * width >= minPixels)
            return step;
    }
    return steps[std::size(steps) - 1];
}

QSize PullTimelineWidget::sizeHint() const
{
    const int lanes = std::max<int>(int(m_lanes.size()), 1);
    return {640, kLegendHeight + lanes * kLaneHeight + kAxisHeight + 2 * kMargin};
}

QSize PullTimelineWidget::minimumSizeHint() const
{
    // Every lane and the axis stay readable; the splitter gives the rest to the tables.
    const int lanes = std::clamp<int>(int(m_lanes.size()), 1, 6);
    return {320, kLegendHeight + lanes * kLaneHeight + kAxisHeight + 2 * kMargin};
}

QRect PullTimelineWidget::plotRect() const
{
    const QFontMetrics fm(font());
    int labelWidth = fm.horizontalAdvance(tr("Container"));
    for (const Lane &lane : m_lanes)
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(lane.container));
    labelWidth = std::min(labelWidth + 16, width() / 3);
    const int lanes = std::max<int>(int(m_lanes.size()), 1);
    return QRect(kMargin + labelWidth,
                 kMargin + kLegendHeight,
                 std::max(width() - 2 * kMargin - labelWidth, 10),
                 lanes * kLaneHeight);
}

int PullTimelineWidget::xOf(qint64 ms, const QRect &plot) const
{
    return plot.left() + int(double(ms) / double(axisEndMs()) * plot.width());
}

void PullTimelineWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    p.fillRect(rect(), pal.color(QPalette::Base));
    const QColor text = pal.color(QPalette::Text);
    QColor faint = text;
    faint.setAlphaF(0.12);
    QColor muted = text;
    muted.setAlphaF(0.6);

    if (m_lanes.isEmpty()) {
        p.setPen(muted);
        p.drawText(rect(),
                   Qt::AlignCenter | Qt::TextWordWrap,
                   tr("Run the simulation to see every pull attempt and back-off window here."));
        return;
    }
    const QRect plot = plotRect();
    const QFontMetrics fm(font());

    // Legend, top right.
    struct Entry
    {
        QColor color;
        QString label;
        bool hatched;
    };

    const Entry legend[] = {{kPullingColor, tr("Pulling"), false},
                            {kPulledColor, tr("Pulled"), false},
                            {kFailedColor, tr("Failed"), false},
                            {kBackOffColor, tr("Back-off"), true}};
    int lx = plot.right();
    for (int i = int(std::size(legend)) - 1; i >= 0; --i) {
        const int w = fm.horizontalAdvance(legend[i].label);
        lx -= w;
        p.setPen(muted);
        p.drawText(QRect(lx, kMargin, w, kLegendHeight - 6), Qt::AlignVCenter, legend[i].label);
        lx -= 16;
        const QRect swatch(lx, kMargin + (kLegendHeight - 6) / 2 - 5, 11, 11);
        QColor fill = legend[i].color;
        if (legend[i].hatched)
            fill.setAlphaF(0.3);
        p.fillRect(swatch, fill);
        if (legend[i].hatched)
            p.fillRect(swatch, QBrush(legend[i].color, Qt::BDiagPattern));
        lx -= 14;
    }

    // Grid and axis.
    const qint64 end = axisEndMs();
    const qint64 step = tickStepMs(end, plot.width());
    p.setPen(muted);
    for (qint64 t = 0; t <= end; t += step) {
        const int x = xOf(t, plot);
        p.setPen(faint);
        p.drawLine(x, plot.top(), x, plot.bottom());
        p.setPen(muted);
        const QString label = axisLabel(t);
        const int w = fm.horizontalAdvance(label);
        p.drawText(QRect(x - w / 2 - 2, plot.bottom() + 4, w + 4, kAxisHeight - 4),
                   Qt::AlignHCenter | Qt::AlignTop,
                   label);
    }
    p.setPen(faint);
    p.drawLine(plot.bottomLeft(), plot.bottomRight());

    // Lanes.
    const bool manyPods = std::any_of(m_lanes.cbegin(), m_lanes.cend(), [&](const Lane &l) {
        return l.pod != m_lanes.first().pod;
    });
    for (int i = 0; i < m_lanes.size(); ++i) {
        const Lane &lane = m_lanes.at(i);
        const int top = plot.top() + i * kLaneHeight;
        const int barTop = top + (kLaneHeight - kBarHeight) / 2;
        if (i % 2 == 1)
            p.fillRect(QRect(kMargin, top, width() - 2 * kMargin, kLaneHeight), faint.lighter());
        p.setPen(text);
        const QString label = manyPods
            ? lane.pod.section(QLatin1Char('/'), 1) + QLatin1Char('/') + lane.container
            : lane.container;
        p.drawText(QRect(kMargin, top, plot.left() - kMargin - 8, kLaneHeight),
                   Qt::AlignVCenter | Qt::AlignLeft,
                   fm.elidedText(label, Qt::ElideMiddle, plot.left() - kMargin - 8));
        for (const Span &span : lane.spans) {
            qint64 spanEnd = span.endMs >= 0 ? span.endMs : m_now;
            if (span.kind == Span::Kind::BackOff && span.endMs < 0)
                spanEnd = std::max(m_now, lane.nextRetryMs);
            const int x0 = xOf(span.startMs, plot);
            const int x1 = std::max(xOf(spanEnd, plot), x0 + kMinBarPixels);
            if (span.kind == Span::Kind::BackOff) {
                const QRect r(x0, top + 3, x1 - x0, kLaneHeight - 6);
                QColor fill = kBackOffColor;
                fill.setAlphaF(0.16);
                p.fillRect(r, fill);
                QColor hatch = kBackOffColor;
                hatch.setAlphaF(0.5);
                p.fillRect(r, QBrush(hatch, Qt::BDiagPattern));
                continue;
            }
            const QColor color = span.kind == Span::Kind::Failed ? kFailedColor
                : span.kind == Span::Kind::Pulled                ? kPulledColor
                                                                 : kPullingColor;
            QPainterPath bar;
            bar.addRoundedRect(QRectF(x0, barTop, x1 - x0, kBarHeight), 2, 2);
            p.fillPath(bar, color);
        }
        for (const Marker &m : lane.markers) {
            const int x = xOf(m.timeMs, plot);
            const int cy = top + kLaneHeight / 2;
            QPainterPath diamond;
            diamond.moveTo(x, cy - 6);
            diamond.lineTo(x + 6, cy);
            diamond.lineTo(x, cy + 6);
            diamond.lineTo(x - 6, cy);
            diamond.closeSubpath();
            p.fillPath(diamond, m.failure ? kFailedColor : kPulledColor);
        }
        if (lane.nextRetryMs >= 0 && lane.nextRetryMs > m_now) {
            const int x = xOf(lane.nextRetryMs, plot);
            QPen dashed(kBackOffColor, 1.5, Qt::DashLine);
            p.setPen(dashed);
            p.drawLine(x, top + 2, x, top + kLaneHeight - 2);
            const QString countdown =
                tr("retry %1").arg(SimContainerModel::countdownText(m_now, lane.nextRetryMs));
            const int w = fm.horizontalAdvance(countdown) + 6;
            const int tx = x + 4 + w < plot.right() ? x + 4 : x - 4 - w;
            p.setPen(kBackOffColor.darker(130));
            p.drawText(QRect(tx, top, w, kLaneHeight), Qt::AlignVCenter, countdown);
        }
    }

    // Now.
    const int nowX = xOf(m_now, plot);
    p.setPen(QPen(text, 1.5));
    p.drawLine(nowX, plot.top() - 4, nowX, plot.bottom());
}

bool PullTimelineWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString tip = toolTipAt(help->pos());
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, this);
        return true;
    }
    return QWidget::event(event);
}

QString PullTimelineWidget::toolTipAt(const QPoint &pos) const
{
    const QRect plot = plotRect();
    if (!plot.contains(pos))
        return {};
    const int laneIndex = (pos.y() - plot.top()) / kLaneHeight;
    if (laneIndex < 0 || laneIndex >= m_lanes.size())
        return {};
    const Lane &lane = m_lanes.at(laneIndex);
    for (const Marker &m : lane.markers) {
        if (std::abs(xOf(m.timeMs, plot) - pos.x()) <= 6)
            return QStringLiteral("%1 %2: %3").arg(axisLabel(m.timeMs), m.reason, m.detail);
    }
    for (const Span &span : lane.spans) {
        qint64 spanEnd = span.endMs >= 0 ? span.endMs : m_now;
        if (span.kind == Span::Kind::BackOff && span.endMs < 0)
            spanEnd = std::max(m_now, lane.nextRetryMs);
        const int x0 = xOf(span.startMs, plot);
        const int x1 = std::max(xOf(spanEnd, plot), x0 + kMinBarPixels);
        if (pos.x() < x0 - 2 || pos.x() > x1 + 2)
            continue;
        if (span.kind == Span::Kind::BackOff)
            return tr("Back-off from %1 to %2").arg(axisLabel(span.startMs), axisLabel(spanEnd));
        return tr("%1 at %2: %3").arg(lane.container, axisLabel(span.startMs), span.detail);
    }
    return {};
}
