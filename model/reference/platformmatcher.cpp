// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/reference/platformmatcher.h"

#include <QRegularExpression>
#include <QRegularExpressionMatch>

#include <algorithm>

namespace {
// containerd compare.go arm64variantToVersion: for each arm64 variant, the major versions it
// covers with the highest minor of each. v9.x diverged from v8.(x+5); v8 tops out at v8.9.
struct Arm64Versions
{
    QList<int> majors;
    QList<int> minors;
};

std::optional<Arm64Versions> arm64Versions(const QString &variant)
{
    static const QRegularExpression re(QStringLiteral("\\Av(8|9)(?:\\.([0-9]))?\\z"));
    const QRegularExpressionMatch m = re.match(variant);
    if (!m.hasMatch())
        return std::nullopt;
    const int major = m.captured(1).toInt();
    const int minor = m.captured(2).isEmpty() ? 0 : m.captured(2).toInt();
    if (major == 8)
        return Arm64Versions{{8}, {minor}};
    if (minor > 7)
        return std::nullopt; // the table ends at v9.7
    return Arm64Versions{{9, 8}, {minor, std::min(minor + 5, 9)}};
}

Platform withVariant(const Platform &p, const QString &architecture, const QString &variant)
{
    return Platform(p.os(), architecture, variant, p.osVersion(), p.osFeatures());
}

// Go strings.TrimPrefix(variant, "v")
QString trimV(const QString &variant)
{
    return variant.startsWith(QLatin1Char('v')) ? variant.mid(1) : variant;
}

// The build part ("10.0.17763") of a Windows os.version; empty when it has fewer parts.
QString windowsBuild(const QString &osVersion)
{
    const QStringList parts = osVersion.split(QLatin1Char('.'));
    if (parts.size() < 3)
        return QString();
    return parts.mid(0, 3).join(QLatin1Char('.'));
}
} // namespace

QList<Platform> PlatformMatcher::platformVector(const Platform &platform)
{
    // containerd compare.go platformVector
    QList<Platform> vector{platform};
    const QString arch = platform.architecture();
    const QString variant = platform.variant();
    if (arch == QLatin1String("amd64")) {
        bool ok = false;
        int version = trimV(variant).toInt(&ok);
        if (ok && version > 1) {
            for (--version; version >= 1; --version)
                vector.append(withVariant(platform, arch, QStringLiteral("v%1").arg(version)));
        }
        vector.append(withVariant(platform, QStringLiteral("386"), QString()));
    } else if (arch == QLatin1String("arm")) {
        bool ok = false;
        int version = trimV(variant).toInt(&ok);
        if (ok && version > 5) {
            for (--version; version >= 5; --version)
                vector.append(withVariant(platform, arch, QStringLiteral("v%1").arg(version)));
        }
    } else if (arch == QLatin1String("arm64")) {
        QString armVariant = variant.isEmpty() ? QStringLiteral("v8") : variant;
        if (const auto versions = arm64Versions(armVariant)) {
            // The vector restarts from the table, so "arm64" and "arm64/v8" give one list, and
            // a variant outside the table (v8.10, v10) keeps only itself before the arm fallback.
            vector.clear();
            for (qsizetype i = 0; i < versions->majors.size(); ++i) {
                const int major = versions->majors.at(i);
                for (int minor = versions->minors.at(i); minor >= 0; --minor) {
                    const QString v = minor == 0 ? QStringLiteral("v%1").arg(major)
                                                 : QStringLiteral("v%1.%2").arg(major).arg(minor);
                    // "v8" stays as Go spells it; ordered() normalizes it away.
                    vector.append(withVariant(platform, arch, v));
                }
            }
        }
        // Every arm64 v8.x / v9.x can run 32-bit arm/v8 and below.
        if (armVariant.startsWith(QLatin1String("v8"))
            || armVariant.startsWith(QLatin1String("v9")))
            armVariant = QStringLiteral("v8");
        vector.append(platformVector(withVariant(platform, QStringLiteral("arm"), armVariant)));
    }
    return vector;
}

PlatformMatcher PlatformMatcher::only(const Platform &platform)
{
    // containerd compare.go Only
    return ordered(platformVector(platform.normalized()));
}

PlatformMatcher PlatformMatcher::onlyStrict(const Platform &platform)
{
    // containerd compare.go OnlyStrict
    return ordered({platform.normalized()});
}

PlatformMatcher PlatformMatcher::ordered(const QList<Platform> &platforms)
{
    // containerd compare.go Ordered: each entry becomes a NewMatcher, which normalizes it.
    PlatformMatcher m;
    for (const Platform &p : platforms)
        m.m_platforms.append(p.normalized());
    return m;
}

bool PlatformMatcher::matchesExactly(const Platform &wanted, const Platform &candidate)
{
    // containerd platforms.go matcher.Match
    const Platform m = wanted.normalized();
    const Platform n = candidate.normalized();
    if (m.os() != n.os() || m.architecture() != n.architecture() || m.variant() != n.variant())
        return false;
    // os.version only matters for Windows (windowsVersionMatcher); this compares the build
    // (major.minor.build) when the wanted platform names one.
    if (wanted.os() == QLatin1String("windows")) {
        const QString build = windowsBuild(wanted.osVersion());
        if (!build.isEmpty() && build != windowsBuild(candidate.osVersion()))
            return false;
    }
    // The candidate's os.features must be a subset of wanted's (both sorted).
    const QStringList have = m.osFeatures();
    const QStringList need = n.osFeatures();
    if (need.isEmpty())
        return true;
    if (have.size() < need.size())
        return false;
    qsizetype j = 0;
    for (const QString &feature : need) {
        bool found = false;
        for (; j < have.size(); ++j) {
            if (feature == have.at(j)) {
                found = true;
                ++j;
                break;
            }
            if (feature < have.at(j))
                return false;
        }
        if (!found)
            return false;
    }
    return true;
}

bool PlatformMatcher::match(const Platform &candidate) const
{
    // containerd compare.go orderedPlatformComparer.Match
    return std::any_of(m_platforms.cbegin(), m_platforms.cend(), [&](const Platform &p) {
        return matchesExactly(p, candidate);
    });
}

bool PlatformMatcher::less(const Platform &a, const Platform &b) const
{
    // containerd compare.go orderedPlatformComparer.Less
    for (const Platform &p : m_platforms) {
        const bool am = matchesExactly(p, a);
        const bool bm = matchesExactly(p, b);
        if (am && !bm)
            return true;
        if (am || bm) {
            // Both match the same entry: prefer the one with more os.features.
            if (am && bm && a.osFeatures().size() != b.osFeatures().size())
                return a.osFeatures().size() > b.osFeatures().size();
            return false;
        }
    }
    if (!a.osFeatures().isEmpty() || !b.osFeatures().isEmpty()) {
        // Neither matched: compare again without the features.
        return less(Platform(a.os(), a.architecture(), a.variant(), a.osVersion()),
                    Platform(b.os(), b.architecture(), b.variant(), b.osVersion()));
    }
    return false;
}

QList<int> PlatformMatcher::rank(const QList<std::optional<Platform>> &candidates) const
{
    // containerd core/images/image.go Manifest: keep entries without a platform or with a
    // matching one, then sort.SliceStable with entries without a platform last.
    QList<int> kept;
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        if (!candidates.at(i) || match(*candidates.at(i)))
            kept.append(int(i));
    }
    std::stable_sort(kept.begin(), kept.end(), [&](int x, int y) {
        const auto &px = candidates.at(x);
        const auto &py = candidates.at(y);
        if (!px)
            return false;
        if (!py)
            return true;
        return less(*px, *py);
    });
    return kept;
}

int PlatformMatcher::best(const QList<std::optional<Platform>> &candidates) const
{
    const QList<int> ranked = rank(candidates);
    return ranked.isEmpty() ? -1 : ranked.first();
}
