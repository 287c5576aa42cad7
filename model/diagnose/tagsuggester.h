// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

// Ranks a repository's existing tags by how likely each is the one meant by a tag that does
// not exist: version-nearest first when the wanted tag is a version ("1.2" -> 1.1, 1.0, 2.0:
// most leading components shared, then the smallest step at the first difference), otherwise
// by edit distance and shared prefix. Pure functions.
class TagSuggester
{
public:
    // At most limit tags of existing, best first; wanted itself never appears.
    static QStringList nearest(const QString &wanted, const QStringList &existing, int limit = 3);
    // Levenshtein distance between a and b (case-sensitive, as tags are).
    static int editDistance(const QString &a, const QString &b);
};
