// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/cache/contentstore.h"
#include "model/core/error.h"
#include "ui/common/errorbanner.h"

#include <QWidget>

class EmptyState;
class QLabel;
class QMessageBox;
class QPushButton;
class QStackedWidget;
class QTableView;
class StoredImageModel;

// "Images on this node": the local content store as a table (image, digest, platforms, size,
// when pulled), with Delete (after a confirmation), Collect Garbage (reporting what it freed),
// Pull Image… and the store's folder with an Open folder link. An empty store shows how to pull.
// Collect Garbage waits while pulls run: the engine's collector would take the blobs a running
// pull has stored but not yet recorded in index.json for garbage. GUI thread.
class NodeImagesWidget : public QWidget
{
    Q_OBJECT
public:
    // model: not owned, must outlive the widget.
    explicit NodeImagesWidget(StoredImageModel *model, QWidget *parent = nullptr);

    EmptyState *emptyState() const { return m_empty; }

    QTableView *view() const { return m_view; }

    QPushButton *deleteButton() const { return m_delete; }

    QPushButton *collectButton() const { return m_collect; }

    // The line under the table: the last removal, collection or listing error.
    ErrorBanner *statusLabel() const { return m_status; }

    QLabel *storeLabel() const { return m_storeLabel; }

    // Asks to delete the selected image (a window-modal box; returns it, or null when nothing
    // is selected). Accepting removes the image's entry; its blobs stay until collectGarbage.
    QMessageBox *deleteSelected();
    // How many pulls are running (Collect Garbage is disabled while any are).
    void setRunningPulls(int count);

Q_SIGNALS:
    // The user wants to pull an image.
    void pullRequested();
    // A line for the status bar.
    void statusMessageRequested(const QString &message);

private:
    void updateState();
    void fitColumns();
    void showStatus(const QString &text, bool problem);
    void onRemoved(const QString &reference, int count, const Error &error);
    void onCollected(const GcReport &report, const Error &error);
    void openFolder();

    StoredImageModel *m_model;
    QLabel *m_storeLabel;
    QPushButton *m_pull;
    QPushButton *m_delete;
    QPushButton *m_collect;
    QStackedWidget *m_stack;
    EmptyState *m_empty;
    QTableView *m_view;
    ErrorBanner *m_status;
    int m_runningPulls = 0;
};
