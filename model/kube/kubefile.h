// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/core/error.h"
#include "model/kube/kubeobject.h"

#include <QByteArray>
#include <QList>
#include <QString>

// A file read by KubeReader: its text, the objects of every document that parsed, and the
// syntax errors of those that did not (Error with file, line and column set).
struct KubeFile
{
    QString path;
    QByteArray text;
    QList<KubeObject> objects;
    QList<Error> errors;
};
