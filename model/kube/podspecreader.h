// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/kube/podspec.h"
#include "model/kube/yamlpositions.h"

#include <yaml-cpp/yaml.h>

#include <QString>

// Reads a core/v1 PodSpec mapping into a PodSpec: containers, pull secrets, service account,
// runtime class, platform constraints and image volumes, each value with its location.
class PodSpecReader
{
public:
    // spec is the PodSpec mapping at fieldPath ("spec", "spec.template.spec", ...).
    static PodSpec read(const YamlPositions &positions,
                        const YAML::Node &spec,
                        const QString &fieldPath,
                        bool isTemplate);
};
