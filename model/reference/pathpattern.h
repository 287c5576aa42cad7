// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/core/result.h"

#include <QString>

// Shell-style patterns as Go's path.Match reads them: '*' (any run without '/'), '?' (one
// character other than '/'), '[...]' classes with ranges and '^', and '\' escapes. Used by
// ImageReference::familiarMatch (docker's --filter reference=).
class PathPattern
{
public:
    // Go path.Match: whether name matches pattern; a malformed pattern is an error
    // ("syntax error in pattern"), as in Go.
    static Result<bool> match(const QString &pattern, const QString &name);
};
