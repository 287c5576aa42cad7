// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

// The kubelet's image-pull backoff: client-go util/flowcontrol Backoff as NewBackOff(10 s,
// 300 s) makes it (no jitter), keyed "podUID_image" (docs/reference/kubelet-image-pull.md §3).
// Times are milliseconds on the simulation's clock. A value type; one thread.
class ImageBackoff
{
public:
    static constexpr qint64 initialMs = 10'000; // imageBackOffPeriod
    static constexpr qint64 maxMs = 300'000; // MaxImageBackOff

    explicit ImageBackoff(qint64 initial = initialMs, qint64 max = maxMs);

    // The key the image manager uses: fmt.Sprintf("%s_%s", podUID, image).
    static QString key(const QString &podUid, const QString &image);

    // Backoff.Next: starts at the initial period when there is no entry or it expired, else
    // doubles up to the maximum; lastUpdate becomes nowMs.
    void next(const QString &id, qint64 nowMs);
    // Backoff.IsInBackOffSinceUpdate: eventTime - lastUpdate < backoff, false without an entry
    // or once it expired.
    bool isInBackOffSinceUpdate(const QString &id, qint64 eventTimeMs) const;
    // The current period of id (0 without an entry).
    qint64 period(const QString &id) const;
    // When id's window ends (lastUpdate + period), or -1 without an entry.
    qint64 windowEndMs(const QString &id) const;

    // Drops id's entry (Backoff.DeleteEntry).
    void forget(const QString &id) { m_entries.remove(id); }

    // Backoff.GC: drops every expired entry.
    void gc(qint64 nowMs);

    // How many entries there are.
    int size() const { return int(m_entries.size()); }

private:
    struct Entry
    {
        qint64 backoff = 0;
        qint64 lastUpdate = 0;
    };

    // hasExpired: "consider stable if it's ok for twice the maxDuration".
    bool hasExpired(qint64 eventTime, qint64 lastUpdate) const
    {
        return eventTime - lastUpdate > 2 * m_max;
    }

    qint64 m_initial;
    qint64 m_max;
    QHash<QString, Entry> m_entries;
};
