// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pulls/pullspanel.h"

#include "model/items/pulllistmodel.h"
#include "ui/common/errorbanner.h"
#include "ui/pulls/pulldelegate.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

PullsPanel::PullsPanel(PullListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_view(new QTreeView(this))
    , m_summary(new QLabel(this))
    , m_error(new ErrorBanner(this))
    , m_pullImage(new QPushButton(tr("Pull Image…"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_retry(new QPushButton(tr("Retry"), this))
    , m_clear(new QPushButton(tr("Clear Finished"), this))
{
    setObjectName(QStringLiteral("pullsPanel"));
    m_view->setObjectName(QStringLiteral("pullsView"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new PullDelegate(m_view));
    m_view->setUniformRowHeights(false);
    m_view->setAlternatingRowColors(false);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAccessibleName(tr("Pulls"));
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(true);
    header->setSectionResizeMode(PullListModel::NameColumn, QHeaderView::Interactive);
    header->resizeSection(PullListModel::NameColumn, 340);
    header->resizeSection(PullListModel::ProgressColumn, 160);
    header->resizeSection(PullListModel::TransferredColumn, 170);
    header->resizeSection(PullListModel::RateColumn, 100);
    header->resizeSection(PullListModel::EtaColumn, 90);

    m_summary->setObjectName(QStringLiteral("pullsSummary"));
    m_error->setObjectName(QStringLiteral("pullError"));

    m_pullImage->setObjectName(QStringLiteral("pullImageButton"));
    m_cancel->setObjectName(QStringLiteral("cancelPullButton"));
    m_cancel->setToolTip(tr("Stop the selected pull; what arrived is kept for a retry"));
    m_retry->setObjectName(QStringLiteral("retryPullButton"));
    m_retry->setToolTip(tr("Pull again with the same options, resuming partial downloads"));
    m_clear->setObjectName(QStringLiteral("clearPullsButton"));

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_pullImage);
    bar->addWidget(m_cancel);
    bar->addWidget(m_retry);
    bar->addWidget(m_clear);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 8);
    layout->setSpacing(6);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_error);

    connect(m_pullImage, &QPushButton::clicked, this, &PullsPanel::pullRequested);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_model->cancel(selectedPull());
    });
    connect(m_retry, &QPushButton::clicked, this, [this] {
        m_model->retry(selectedPull());
    });
    connect(m_clear, &QPushButton::clicked, m_model, &PullListModel::removeFinished);
    connect(m_view->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            &PullsPanel::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &PullsPanel::updateActions);
    connect(m_model,
            &QAbstractItemModel::rowsInserted,
            this,
            [this](const QModelIndex &parent, int first) {
                // A new pull becomes the selected one, so Cancel acts on what the user just
                // started.
                if (!parent.isValid())
                    selectPull(first);
                updateSummary();
            });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, [this] {
        updateActions();
        updateSummary();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &PullsPanel::updateSummary);
    updateActions();
    updateSummary();
}

void PullsPanel::selectPull(int row, bool expand)
{
    const QModelIndex index = m_model->index(row, 0);
    if (!index.isValid())
        return;
    m_view->selectionModel()->setCurrentIndex(index,
                                              QItemSelectionModel::ClearAndSelect
                                                  | QItemSelectionModel::Rows);
    if (expand)
        m_view->expand(index);
    updateActions();
}

int PullsPanel::selectedPull() const
{
    QModelIndex index = m_view->selectionModel()->currentIndex();
    if (!index.isValid())
        return -1;
    // A layer row stands for its pull.
    while (index.parent().isValid())
        index = index.parent();
    return index.row();
}

void PullsPanel::updateActions()
{
    const int row = selectedPull();
    m_cancel->setEnabled(m_model->canCancel(row));
    m_retry->setEnabled(m_model->canRetry(row));
    bool anyFinished = false;
    for (int r = 0; r < m_model->rowCount(); ++r)
        anyFinished = anyFinished || !m_model->canCancel(r);
    m_clear->setEnabled(anyFinished);
    const QModelIndex index = m_model->index(row, 0);
    const QString error =
        index.isValid() ? index.data(PullListModel::ErrorRole).toString() : QString();
    const bool failed = index.isValid()
        && index.data(PullListModel::StateRole).toInt() == int(PullListModel::PullState::Failed);
    if (failed && !error.isEmpty())
        m_error->setError(
            tr("%1: %2").arg(index.data(PullListModel::ReferenceRole).toString(), error));
    else
        m_error->clear();
}

void PullsPanel::updateSummary()
{
    int running = 0;
    int failed = 0;
    int done = 0;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        switch (
            PullListModel::PullState(m_model->index(r, 0).data(PullListModel::StateRole).toInt())) {
        case PullListModel::PullState::Resolving:
        case PullListModel::PullState::Downloading:
            ++running;
            break;
        case PullListModel::PullState::Failed:
            ++failed;
            break;
        case PullListModel::PullState::Done:
            ++done;
            break;
        case PullListModel::PullState::Cancelled:
            break;
        }
    }
    if (m_model->rowCount() == 0) {
        m_summary->setText(tr("No pulls yet. Pull an image with File > Pull Image… (Ctrl+P) or "
                              "the Pull… button of a tag."));
        return;
    }
    //: Summary of the pulls of this session; each part is a %n plural
    m_summary->setText(tr("%1, %2, %3")
                           .arg(tr("%n running", nullptr, running),
                                tr("%n done", nullptr, done),
                                tr("%n failed", nullptr, failed)));
}
