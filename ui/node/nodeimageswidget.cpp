// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/node/nodeimageswidget.h"

#include "model/items/pullformat.h"
#include "model/items/storedimagemodel.h"
#include "ui/common/emptystate.h"
#include "ui/common/icons.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

NodeImagesWidget::NodeImagesWidget(StoredImageModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_storeLabel(new QLabel(this))
    , m_pull(new QPushButton(tr("Pull Image…"), this))
    , m_delete(new QPushButton(tr("Delete"), this))
    , m_collect(new QPushButton(tr("Collect Garbage"), this))
    , m_stack(new QStackedWidget(this))
    , m_view(new QTableView(this))
    , m_status(new ErrorBanner(this))
{
    setObjectName(QStringLiteral("nodeImages"));
    const QString root = QDir::toNativeSeparators(m_model->storeRoot());
    m_storeLabel->setObjectName(QStringLiteral("storePathLabel"));
    m_storeLabel->setTextFormat(Qt::RichText);
    //: %1 is a folder; the link opens it in the file manager
    m_storeLabel->setText(tr("Stored in %1, an OCI image layout that skopeo and other tools can "
                             "read. <a href=\"open\">Open folder</a>")
                              .arg(QStringLiteral("<b>%1</b>").arg(root.toHtmlEscaped())));
    m_storeLabel->setWordWrap(true);
    m_storeLabel->setToolTip(root);
    connect(m_storeLabel, &QLabel::linkActivated, this, &NodeImagesWidget::openFolder);

    m_pull->setObjectName(QStringLiteral("nodePullButton"));
    m_delete->setObjectName(QStringLiteral("deleteImageButton"));
    m_delete->setToolTip(tr("Remove the selected image from this node"));
    m_collect->setObjectName(QStringLiteral("collectGarbageButton"));
    m_collect->setToolTip(tr("Delete layers no image uses any more, and abandoned partial "
                             "downloads"));

    m_empty = new EmptyState(Icons::path(QStringLiteral("node")),
                             tr("No images on this node yet"),
                             tr("Images you pull are stored here, each layer verified against "
                                "its digest. Pull one with File > Pull Image… (Ctrl+P), with "
                                "the Pull… button of a tag on the Registries page, or here. "
                                "Choose this machine's platform, another one, or all of a "
                                "multi-platform image."),
                             this);
    m_empty->setObjectName(QStringLiteral("nodeImagesEmptyState"));
    connect(m_empty->addButton(tr("Pull Image…")),
            &QPushButton::clicked,
            this,
            &NodeImagesWidget::pullRequested);

    m_view->setObjectName(QStringLiteral("storedImagesView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->setAlternatingRowColors(true);
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(StoredImageModel::ReferenceColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(StoredImageModel::ReferenceColumn, QHeaderView::Stretch);
    header->setMinimumSectionSize(60);
    m_view->setAccessibleName(tr("Images on this node"));

    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_view);

    m_status->setObjectName(QStringLiteral("nodeImagesStatus"));

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_storeLabel, 1);
    top->addWidget(m_pull);
    top->addWidget(m_delete);
    top->addWidget(m_collect);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(8);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_status);

    connect(m_pull, &QPushButton::clicked, this, &NodeImagesWidget::pullRequested);
    connect(m_delete, &QPushButton::clicked, this, &NodeImagesWidget::deleteSelected);
    connect(m_collect, &QPushButton::clicked, this, [this] {
        showStatus(tr("Collecting garbage…"), false);
        m_model->collectGarbage();
        updateState();
    });
    connect(m_model, &StoredImageModel::imageRemoved, this, &NodeImagesWidget::onRemoved);
    connect(m_model, &StoredImageModel::garbageCollected, this, &NodeImagesWidget::onCollected);
    connect(m_model, &StoredImageModel::refreshed, this, [this](const Error &error) {
        if (!error.isNull())
            showStatus(tr("Cannot read the image store: %1").arg(error.message), true);
        updateState();
    });
    connect(m_model, &StoredImageModel::busyChanged, this, &NodeImagesWidget::updateState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &NodeImagesWidget::updateState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &NodeImagesWidget::fitColumns);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &NodeImagesWidget::fitColumns);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &NodeImagesWidget::updateState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &NodeImagesWidget::updateState);
    connect(m_view->selectionModel(),
            &QItemSelectionModel::selectionChanged,
            this,
            &NodeImagesWidget::updateState);
    updateState();
}

QMessageBox *NodeImagesWidget::deleteSelected()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    const QString reference = rows.first().data(StoredImageModel::ReferenceRole).toString();
    const QString digest = rows.first().data(StoredImageModel::DigestRole).toString();
    // An entry another tool wrote without a name is removed by its digest.
    const QString what = reference.isEmpty() ? digest : reference;
    auto *box = new QMessageBox(QMessageBox::Question,
                                tr("Delete Image"),
                                tr("Delete %1 from this node?").arg(what),
                                QMessageBox::Cancel,
                                this);
    box->setObjectName(QStringLiteral("deleteImageBox"));
    box->setInformativeText(tr("Its layers stay on disk until you collect garbage, which "
                               "deletes those no other image uses."));
    QPushButton *confirm = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    confirm->setObjectName(QStringLiteral("confirmDeleteButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::buttonClicked, this, [this, confirm, what](QAbstractButton *b) {
        if (b != confirm)
            return;
        showStatus(tr("Deleting %1…").arg(what), false);
        m_model->removeImage(what);
        updateState();
    });
    box->open();
    return box;
}

void NodeImagesWidget::setRunningPulls(int count)
{
    m_runningPulls = count;
    updateState();
}

void NodeImagesWidget::updateState()
{
    const bool empty = m_model->rowCount() == 0;
    // Keep the table while a first listing is on its way, to avoid flashing the empty state.
    m_stack->setCurrentWidget(empty && !m_model->isBusy() ? static_cast<QWidget *>(m_empty)
                                                          : m_view);
    const bool selected = m_view->selectionModel()->hasSelection();
    m_delete->setEnabled(selected && !m_model->isBusy());
    m_collect->setEnabled(m_runningPulls == 0 && !m_model->isBusy());
    m_collect->setToolTip(m_runningPulls > 0
                              ? tr("Wait for the running pulls to finish: collecting garbage now "
                                   "could delete layers they have just stored")
                              : tr("Delete layers no image uses any more, and abandoned partial "
                                   "downloads"));
}

void NodeImagesWidget::fitColumns()
{
    // The short columns fit their content; the image name takes the rest.
    for (int column : {int(StoredImageModel::DigestColumn),
                       int(StoredImageModel::PlatformsColumn),
                       int(StoredImageModel::SizeColumn),
                       int(StoredImageModel::PulledColumn)}) {
        m_view->resizeColumnToContents(column);
        if (m_view->columnWidth(column) > 360)
            m_view->setColumnWidth(column, 360);
    }
}

void NodeImagesWidget::showStatus(const QString &text, bool problem)
{
    m_status->setStatus(text, problem);
}

void NodeImagesWidget::onRemoved(const QString &reference, int count, const Error &error)
{
    if (!error.isNull()) {
        showStatus(tr("Could not delete %1: %2").arg(reference, error.message), true);
        return;
    }
    if (count == 0) {
        showStatus(tr("%1 was already gone.").arg(reference), false);
        return;
    }
    const QString message =
        tr("Deleted %1. Collect garbage to free the layers no other image uses.").arg(reference);
    showStatus(message, false);
    Q_EMIT statusMessageRequested(message);
}

void NodeImagesWidget::onCollected(const GcReport &report, const Error &error)
{
    if (!error.isNull()) {
        showStatus(tr("Garbage collection failed: %1").arg(error.message), true);
        return;
    }
    //: %1 is a size such as "12 MiB"; the %n are counts
    const QString message = tr("Freed %1: %2, %3.")
                                .arg(PullFormat::bytes(report.freedBytes),
                                     tr("%n blob(s)", nullptr, report.removedBlobs),
                                     tr("%n partial download(s)", nullptr, report.removedPartials));
    showStatus(message, false);
    Q_EMIT statusMessageRequested(message);
}

void NodeImagesWidget::openFolder()
{
    const QString root = m_model->storeRoot();
    if (!QFileInfo(root).isDir()) {
        showStatus(tr("%1 does not exist yet; the first pull creates it.")
                       .arg(QDir::toNativeSeparators(root)),
                   false);
        return;
    }
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(root)))
        showStatus(tr("No file manager could open %1.").arg(QDir::toNativeSeparators(root)), true);
}
