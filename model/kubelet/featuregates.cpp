// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/kubelet/featuregates.h"

#include "model/core/tr.h"

#include <array>

namespace {
// One gate's life: the minor version of each stage (0 = never reached).
struct GateSpec
{
    const char *name;
    int alpha; // exists from here, default off
    int betaOff; // beta, still default off
    int betaOn; // beta, default on
    int ga; // locked to true
    int removed; // unrecognized from here
};

// docs/reference/kubelet-image-pull.md: §7 KubeletEnsureSecretPulledImages (alpha 1.33, beta
// on 1.35); §11 ImageVolume (alpha 1.31, beta off 1.33, beta on 1.35, GA 1.36 per kep.yaml),
// ImageVolumeWithDigest (alpha 1.35), ImageMaximumGCAge (beta 1.30, GA 1.35; its alpha in
// 1.29 is from the KEP, UNVERIFIED here); §8 RuntimeClassInImageCriApi (alpha 1.29, still alpha
// in 1.35); §5.4 KubeletServiceAccountTokenForCredentialProviders (alpha 1.33, beta on 1.34);
// §5 KubeletCredentialProviders (alpha 1.20, beta 1.24, GA 1.26). Its removal in 1.28 follows
// the usual two releases after GA and is UNVERIFIED.
constexpr std::array<GateSpec, 7> gates{{
    {"ImageMaximumGCAge", 29, 0, 30, 35, 0},
    {"ImageVolume", 31, 33, 35, 36, 0},
    {"ImageVolumeWithDigest", 35, 0, 0, 0, 0},
    {"KubeletCredentialProviders", 20, 0, 24, 26, 28},
    {"KubeletEnsureSecretPulledImages", 33, 0, 35, 0, 0},
    {"KubeletServiceAccountTokenForCredentialProviders", 33, 0, 34, 0, 0},
    {"RuntimeClassInImageCriApi", 29, 0, 0, 0, 0},
}};

const GateSpec *find(const QString &name)
{
    for (const GateSpec &g : gates) {
        if (name == QLatin1String(g.name))
            return &g;
    }
    return nullptr;
}

bool reached(int stage, int minor)
{
    return stage > 0 && minor >= stage;
}
} // namespace

QStringList FeatureGates::known()
{
    QStringList names;
    for (const GateSpec &g : gates)
        names << QLatin1String(g.name);
    return names;
}

std::optional<bool> FeatureGates::defaultFor(const QString &name, int minor)
{
    const GateSpec *g = find(name);
    if (!g || !reached(g->alpha, minor) || reached(g->removed, minor))
        return std::nullopt;
    return reached(g->betaOn, minor) || reached(g->ga, minor);
}

bool FeatureGates::isLocked(const QString &name, int minor)
{
    const GateSpec *g = find(name);
    return g && reached(g->ga, minor) && !reached(g->removed, minor);
}

Result<void> FeatureGates::validate(const QMap<QString, bool> &explicitGates, int minor)
{
    for (auto it = explicitGates.begin(); it != explicitGates.end(); ++it) {
        // component-base/featuregate/feature_gate.go Set: the kubelet refuses to start.
        if (!defaultFor(it.key(), minor)) {
            return Error(ErrorCode::InvalidArgument,
                         Tr::tr("unrecognized feature gate: %1").arg(it.key()));
        }
        if (isLocked(it.key(), minor) && !it.value()) {
            return Error(ErrorCode::InvalidArgument,
                         Tr::tr("cannot set feature gate %1 to false, feature is locked to true")
                             .arg(it.key()));
        }
    }
    return {};
}

bool FeatureGates::enabled(const QMap<QString, bool> &explicitGates, const QString &name, int minor)
{
    const std::optional<bool> def = defaultFor(name, minor);
    if (!def)
        return false;
    return explicitGates.value(name, *def);
}
