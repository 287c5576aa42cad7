// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/core/error.h"

#include <QWidget>

class QComboBox;
class ErrorBanner;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTimer;
class RegistryClient;
class TagSortFilterProxyModel;
class TagTableModel;

// The tags of one repository: a filter box, a sort choice (version, date, name), a progress
// line with Cancel while listing, inline errors, and the table (digests coloured by group).
// Details are asked for the rows on screen only, a moment after scrolling stops. GUI thread.
class TagBrowser : public QWidget
{
    Q_OBJECT
public:
    // client: not owned; may be null (setTags() on model() still works).
    explicit TagBrowser(RegistryClient *client, QWidget *parent = nullptr);

    TagTableModel *model() const { return m_model; }

    TagSortFilterProxyModel *proxy() const { return m_proxy; }

    QTableView *view() const { return m_view; }

    QLineEdit *filterEdit() const { return m_filter; }

    // Lists host/repository's tags; title is what the header shows ("registry / repository").
    void showRepository(const QString &host, const QString &repository, const QString &title);
    // Shows a placeholder instead of a repository.
    void clear();
    // Selects tag now, or as soon as a page brings it; false when it cannot arrive any more.
    bool selectTag(const QString &tag);

    // "host/repo:tag" of the selected row, or empty.
    QString currentReference() const;

    bool isListing() const;
    // Listing, or details for the visible rows still on their way.
    bool isBusy() const;

Q_SIGNALS:
    // The selected tag changed; reference "host/repo:tag", empty when none; digest
    // "sha256:..." when its details are already known, else empty.
    void tagSelected(const QString &reference, const QString &digest);

private:
    void onListingFinished(const Error &error);
    void updateCount();
    void scheduleDetails();
    void requestVisibleDetails();
    bool eventFilter(QObject *watched, QEvent *event) override;

    TagTableModel *m_model;
    TagSortFilterProxyModel *m_proxy;
    QLabel *m_title;
    QLineEdit *m_filter;
    QComboBox *m_sort;
    QProgressBar *m_progress;
    QLabel *m_count;
    QPushButton *m_cancel;
    ErrorBanner *m_error;
    QTableView *m_view;
    QTimer *m_detailsTimer;
    QString m_pendingTag;
};
