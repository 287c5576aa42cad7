// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/kube/sourcelocation.h"

#include <QString>

// A scalar read from a document with where it was written. present is false when the key was
// absent (value empty, at invalid). at points at the value's first character (its opening quote
// when quoted); keyAt at the key, so edits can reuse the key's indentation.
struct LocatedValue
{
    QString value;
    SourceLocation at;
    bool present = false;
    SourceLocation keyAt;
    bool isScalar = true; // false when the value is a mapping or sequence (value is then empty)
};
