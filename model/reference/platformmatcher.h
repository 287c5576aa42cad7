// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/reference/platform.h"

#include <QList>

#include <optional>

// Decides which image platforms a node can run and which it prefers, as containerd's
// platforms.Only / OnlyStrict / Ordered match comparers do. A value type; cheap to copy.
class PlatformMatcher
{
public:
    // platforms.Only: the normalized platform, then what it can also run, best first
    // (amd64 -> 386, arm/v7 -> v6, v5, arm64 -> arm/v8..v5, arm64/v9.x -> v9.y, v8.z ...).
    static PlatformMatcher only(const Platform &platform);
    // platforms.OnlyStrict: the normalized platform alone (still accepts other spellings of it).
    static PlatformMatcher onlyStrict(const Platform &platform);
    // platforms.Ordered: any of platforms, earlier ones preferred.
    static PlatformMatcher ordered(const QList<Platform> &platforms);
    // containerd compare.go platformVector: the ordered list only() accepts for a normalized
    // platform.
    static QList<Platform> platformVector(const Platform &platform);
    // platforms.NewMatcher(wanted).Match(candidate): equal after normalization, os.version
    // compatible (Windows only) and the candidate's os.features a subset of wanted's.
    static bool matchesExactly(const Platform &wanted, const Platform &candidate);

    // True when candidate is acceptable.
    bool match(const Platform &candidate) const;
    // orderedPlatformComparer.Less: a is preferred over b (earlier in the list, then more
    // os.features).
    bool less(const Platform &a, const Platform &b) const;
    // containerd images.Manifest's choice among an index's entries: indices of the entries that
    // match (an entry without a platform always does), stably sorted best first, entries without
    // a platform last.
    QList<int> rank(const QList<std::optional<Platform>> &candidates) const;
    // The index of the best entry of rank(), or -1 when nothing matches.
    int best(const QList<std::optional<Platform>> &candidates) const;

    // The platforms this matcher accepts, in order of preference (normalized).
    QList<Platform> platforms() const { return m_platforms; }

private:
    QList<Platform> m_platforms;
};
