// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/errorbanner.h"

#include <QWidget>

class PullListModel;
class QLabel;
class QPushButton;
class QTreeView;

// The Pulls panel: every pull of the session with a progress bar, bytes, rate, time left and
// state, expandable to its config and layers; Cancel and Retry for the selected pull, the
// engine's message of a failed pull under the list, and Clear Finished. Shows a model; the
// window owns the model and the PullService behind it. GUI thread.
class PullsPanel : public QWidget
{
    Q_OBJECT
public:
    // model: not owned, must outlive the panel.
    explicit PullsPanel(PullListModel *model, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }

    QPushButton *cancelButton() const { return m_cancel; }

    QPushButton *retryButton() const { return m_retry; }

    QPushButton *clearButton() const { return m_clear; }

    // The message line under the list (the selected pull's error).
    ErrorBanner *errorLabel() const { return m_error; }

    // Selects the pull of row (and shows its layers when expand).
    void selectPull(int row, bool expand = false);
    // The selected pull's row; -1 when none.
    int selectedPull() const;

Q_SIGNALS:
    // The user wants to pull an image (the panel's Pull Image… button).
    void pullRequested();

private:
    void updateActions();
    void updateSummary();

    PullListModel *m_model;
    QTreeView *m_view;
    QLabel *m_summary;
    ErrorBanner *m_error;
    QPushButton *m_pullImage;
    QPushButton *m_cancel;
    QPushButton *m_retry;
    QPushButton *m_clear;
};
