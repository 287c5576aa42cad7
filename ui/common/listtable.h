// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QTableView;

// The look of the pages' list tables (Credentials, Clusters): whole rows selected one at a
// time, alternating rows without a grid, 30 px rows without row numbers, left-aligned headers
// sized to their contents, and one column taking the rest of the width.
namespace ListTable {
void configure(QTableView *table, int stretchColumn);
} // namespace ListTable
