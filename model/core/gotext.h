// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Go's formatting of values where Pullscope repeats Go programs' texts (the kubelet, the API
// server, distribution/reference) word for word.
struct GoText
{
    // fmt's %q for the strings these texts quote (image names, field values): the string in
    // double quotes with '"' and '\' escaped.
    static QString quoted(const QString &s);
};
