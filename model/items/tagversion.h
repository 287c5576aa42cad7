// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// How tags order by version: `latest` first, then tags that read as versions (an optional "v",
// one to four dot-separated numbers, an optional "-pre.release" and "+build"), then everything
// else. Among versions, numbers compare numerically (1.10 > 1.9) and a pre-release comes before
// its release (1.0.0-rc.1 < 1.0.0), with pre-release identifiers compared as semver 2.0.0 §11
// says. Pure functions; any thread.
class TagVersion
{
public:
    enum class Category { Latest = 0, Version = 1, Other = 2 };

    static Category category(const QString &tag);
    // A key whose plain string order is the ascending version order within a category, and
    // whose first character is the category ('0', '1', '2'). Ties (1.9 and v1.9.0) get equal
    // keys; callers break them by name.
    static QString sortKey(const QString &tag);
    // True when a comes before b in ascending version order (Latest < Version < Other; ties
    // broken by the tag text).
    static bool lessThan(const QString &a, const QString &b);
};
