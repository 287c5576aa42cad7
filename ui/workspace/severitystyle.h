// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/kube/finding.h"

#include <QColor>
#include <QIcon>
#include <QString>

// How the Workspace shows a finding's severity: one colour, icon and word per severity, used by
// the editor's underlines and gutter, the Problems list and the quick-fix menu alike.
namespace SeverityStyle {
// The underline and marker colour; dark: for a dark base colour.
QColor color(Finding::Severity severity, bool dark = false);
// A round badge (cross, exclamation mark, "i") in the severity's colour, drawn at common sizes.
QIcon icon(Finding::Severity severity);
// "Error", "Warning", "Info", translated.
QString name(Finding::Severity severity);
// Error first: for sorting and for picking the worst of several findings.
int rank(Finding::Severity severity);
} // namespace SeverityStyle
