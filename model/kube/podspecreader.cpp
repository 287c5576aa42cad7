// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/kube/podspecreader.h"

namespace {

// The node labels the scheduler matches for a platform (k/api core/v1 well_known_labels.go:
// LabelArchStable, LabelOSStable; the beta labels are deprecated but still honoured).
bool isArchLabel(const QString &key)
{
    return key == QLatin1String("kubernetes.io/arch")
        || key == QLatin1String("beta.kubernetes.io/arch");
}

bool isOsLabel(const QString &key)
{
    return key == QLatin1String("kubernetes.io/os")
        || key == QLatin1String("beta.kubernetes.io/os");
}

void addUnique(QStringList &list, const QString &value)
{
    if (!value.isEmpty() && !list.contains(value))
        list.append(value);
}

void readContainers(const YamlPositions &positions,
                    const YAML::Node &spec,
                    const QString &fieldPath,
                    ContainerSpec::Kind kind,
                    PodSpec &out)
{
    const QString field = ContainerSpec::kindField(kind);
    const YAML::Node list = YamlPositions::child(spec, field.toLatin1().constData());
    if (!list.IsSequence())
        return;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const YAML::Node node = list[i];
        ContainerSpec c;
        c.kind = kind;
        c.index = int(i);
        c.fieldPath = QStringLiteral("%1.%2[%3]").arg(fieldPath, field).arg(i);
        c.at = positions.location(node);
        c.flowStyle = YamlPositions::isFlow(node);
        c.name = YamlPositions::text(YamlPositions::child(node, "name"));
        c.image = positions.value(node, "image");
        c.imagePullPolicy = positions.value(node, "imagePullPolicy");
        out.containers.append(c);
    }
}

// nodeSelector and spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution:
// the values a node's arch/os label must have (k/k pkg/scheduler nodeaffinity: the terms are
// ORed, so every "In" value of any term is a platform the pod may land on).
void readPlatformConstraints(const YAML::Node &spec, PodSpec &out)
{
    const YAML::Node selector = YamlPositions::child(spec, "nodeSelector");
    if (selector.IsMap()) {
        for (auto it = selector.begin(); it != selector.end(); ++it) {
            const QString key = YamlPositions::text(it->first);
            if (isArchLabel(key))
                addUnique(out.requiredArchitectures, YamlPositions::text(it->second));
            else if (isOsLabel(key))
                addUnique(out.requiredOperatingSystems, YamlPositions::text(it->second));
        }
    }
    const YAML::Node required = YamlPositions::child(
        YamlPositions::child(YamlPositions::child(spec, "affinity"), "nodeAffinity"),
        "requiredDuringSchedulingIgnoredDuringExecution");
    const YAML::Node terms = YamlPositions::child(required, "nodeSelectorTerms");
    if (!terms.IsSequence())
        return;
    for (const YAML::Node &term : terms) {
        const YAML::Node expressions = YamlPositions::child(term, "matchExpressions");
        if (!expressions.IsSequence())
            continue;
        for (const YAML::Node &expression : expressions) {
            const QString key = YamlPositions::text(YamlPositions::child(expression, "key"));
            const QString op = YamlPositions::text(YamlPositions::child(expression, "operator"));
            const YAML::Node values = YamlPositions::child(expression, "values");
            if (op != QLatin1String("In") || !values.IsSequence())
                continue;
            for (const YAML::Node &value : values) {
                if (isArchLabel(key))
                    addUnique(out.requiredArchitectures, YamlPositions::text(value));
                else if (isOsLabel(key))
                    addUnique(out.requiredOperatingSystems, YamlPositions::text(value));
            }
        }
    }
}

} // namespace

PodSpec PodSpecReader::read(const YamlPositions &positions,
                            const YAML::Node &spec,
                            const QString &fieldPath,
                            bool isTemplate)
{
    PodSpec out;
    out.fieldPath = fieldPath;
    out.isTemplate = isTemplate;
    out.at = positions.location(spec);
    out.flowStyle = YamlPositions::isFlow(spec);
    // Container order as VisitContainersWithPath walks them (k/k pkg/api/pod/util.go):
    // init, regular, ephemeral.
    readContainers(positions, spec, fieldPath, ContainerSpec::Kind::Init, out);
    readContainers(positions, spec, fieldPath, ContainerSpec::Kind::Regular, out);
    readContainers(positions, spec, fieldPath, ContainerSpec::Kind::Ephemeral, out);

    YAML::Node keyNode;
    const YAML::Node secrets = YamlPositions::child(spec, "imagePullSecrets", &keyNode);
    if (secrets.IsDefined()) {
        out.imagePullSecretsListed = true;
        out.imagePullSecretsAt =
            secrets.Mark().is_null() ? positions.location(keyNode) : positions.location(secrets);
        out.imagePullSecretsFlow = YamlPositions::isFlow(secrets);
        if (secrets.IsSequence()) {
            for (const YAML::Node &entry : secrets) {
                LocatedValue name = positions.value(entry, "name");
                if (!name.present)
                    name.at = positions.location(entry);
                out.imagePullSecrets.append(name);
            }
        }
    }

    // serviceAccount is the deprecated alias; the API server copies it into
    // serviceAccountName when only it is set (k/k pkg/apis/core/v1/conversion.go).
    out.serviceAccountName = positions.value(spec, "serviceAccountName");
    if (!out.serviceAccountName.present || out.serviceAccountName.value.isEmpty()) {
        const LocatedValue deprecated = positions.value(spec, "serviceAccount");
        if (deprecated.present && !deprecated.value.isEmpty())
            out.serviceAccountName = deprecated;
    }
    out.runtimeClassName = positions.value(spec, "runtimeClassName");
    readPlatformConstraints(spec, out);

    const YAML::Node volumes = YamlPositions::child(spec, "volumes");
    if (volumes.IsSequence()) {
        for (std::size_t i = 0; i < volumes.size(); ++i) {
            const YAML::Node image = YamlPositions::child(volumes[i], "image");
            if (!image.IsDefined())
                continue;
            ImageVolume volume;
            volume.name = YamlPositions::text(YamlPositions::child(volumes[i], "name"));
            volume.fieldPath = QStringLiteral("%1.volumes[%2]").arg(fieldPath).arg(i);
            volume.at = positions.location(volumes[i]);
            volume.reference = positions.value(image, "reference");
            volume.pullPolicy = positions.value(image, "pullPolicy");
            out.imageVolumes.append(volume);
        }
    }
    return out;
}
