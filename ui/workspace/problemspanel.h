// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/kube/finding.h"

#include <QWidget>

class FindingModel;
class QLabel;
class QTreeView;

// The Problems list under the editor: every finding of every open file (YAML syntax errors
// included) with its severity, object, place and rule. Activating a row (Enter, double-click)
// asks to show that place; the context menu and Ctrl+. offer the finding's quick fixes.
class ProblemsPanel : public QWidget
{
    Q_OBJECT
public:
    // model: not owned.
    explicit ProblemsPanel(FindingModel *model, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }

    // Selects the next (or previous) finding after the current one, wrapping, and activates it.
    void step(int direction);

Q_SIGNALS:
    // Show this finding's place in its file.
    void findingActivated(const Finding &finding);
    // The user picked a quick fix from the list.
    void quickFixChosen(const Finding &finding, const QuickFix &fix);

private:
    void showMenu(const QPoint &pos);

    FindingModel *m_model;
    QTreeView *m_view;
    QLabel *m_none;
};
