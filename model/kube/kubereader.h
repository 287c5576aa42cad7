// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/kube/kubefile.h"

#include <QByteArray>
#include <QString>

// Reads Kubernetes YAML (or JSON) with yaml-cpp: every document, List items, the objects and
// fields that matter for image pulls, with the file, line, column and offset of every value.
// Never throws; a document that does not parse becomes an Error and the others are still read.
// Blocking (parsing, file reads): any thread but the GUI thread (ThreadCheck).
class KubeReader
{
public:
    // Reads text as the contents of path (path is only recorded, never opened).
    static KubeFile read(const QByteArray &text, const QString &path);
    // Reads the file at path; an unreadable file gives a KubeFile with one Io error.
    static KubeFile readFile(const QString &path);
};
