// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/kube/sourcelocation.h"

#include <QList>
#include <QMetaType>
#include <QString>

// Replace length QChars at offset in file's text (QString::fromUtf8 of the bytes) with
// replacement. length 0 inserts.
struct TextEdit
{
    QString file;
    int offset = 0;
    int length = 0;
    QString replacement;

    friend bool operator==(const TextEdit &a, const TextEdit &b)
    {
        return a.file == b.file && a.offset == b.offset && a.length == b.length
            && a.replacement == b.replacement;
    }
};

// A fix for a finding: a title for a menu and the edits. When needsDigest is true the edits are
// empty: the caller resolves the image's digest and calls KubeFixes::pinToDigest.
struct QuickFix
{
    QString id; // stable: "set-pull-policy", "pin-digest", "add-pull-secret", "create-secret"
    QString title;
    QList<TextEdit> edits;
    bool needsDigest = false;
};

// One validation or lint result: the rule, how bad, where, what (translated), how to fix it.
struct Finding
{
    enum class Severity { Error, Warning, Info };

    QString rule;
    Severity severity = Severity::Warning;
    SourceLocation at;
    QString message;
    QList<QuickFix> fixes;
    QString object; // KubeObject::displayName()
    QString fieldPath; // "spec.containers[0].image"

    // "error", "warning" or "info" (untranslated, as compilers print it).
    static QString severityName(Severity severity);
};

Q_DECLARE_METATYPE(Finding)
