// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/registries/tagbrowser.h"

#include "model/items/tagsortfilterproxymodel.h"
#include "model/items/tagtablemodel.h"
#include "ui/common/errorbanner.h"
#include "ui/registries/digestdelegate.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace {
constexpr int kDetailsDelayMs = 120; // after scrolling stops
}

TagBrowser::TagBrowser(RegistryClient *client, QWidget *parent)
    : QWidget(parent)
    , m_model(new TagTableModel(client, this))
    , m_proxy(new TagSortFilterProxyModel(this))
    , m_detailsTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("tagBrowser"));
    m_proxy->setSourceModel(m_model);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("tagBrowserTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("tagFilter"));
    m_filter->setPlaceholderText(tr("Filter tags"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &TagSortFilterProxyModel::setFilterText);

    m_sort = new QComboBox(this);
    m_sort->setObjectName(QStringLiteral("tagSort"));
    m_sort->addItem(tr("Newest version first"), int(TagSortFilterProxyModel::SortMode::Version));
    m_sort->addItem(tr("Newest image first"), int(TagSortFilterProxyModel::SortMode::Date));
    m_sort->addItem(tr("Name, A to Z"), int(TagSortFilterProxyModel::SortMode::Name));
    m_sort->setToolTip(tr("Images are dated once their details are loaded; undated tags come "
                          "last."));
    connect(m_sort, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setSortMode(TagSortFilterProxyModel::SortMode(m_sort->currentData().toInt()));
        scheduleDetails();
    });

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("tagProgress"));
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(120);
    m_progress->setTextVisible(false);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("tagCount"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelListingButton"));
    connect(m_cancel, &QPushButton::clicked, m_model, &TagTableModel::cancel);

    auto *toolbar = new QHBoxLayout;
    toolbar->setSpacing(8);
    toolbar->addWidget(m_filter, 1);
    toolbar->addWidget(m_sort);
    toolbar->addWidget(m_progress);
    toolbar->addWidget(m_count);
    toolbar->addWidget(m_cancel);

    m_error = new ErrorBanner(this);
    m_error->setObjectName(QStringLiteral("tagError"));

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("tagTable"));
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new DigestDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->verticalHeader()->hide();
    // Fixed row heights keep 10,000 rows cheap to lay out.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    QHeaderView *header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    // Widths from what the columns hold, so digests and dates are not cut short.
    const QFontMetrics fm = fontMetrics();
    const int em = fm.horizontalAdvance(QLatin1Char('M'));
    header->resizeSection(TagTableModel::TagColumn, 12 * em);
    header->resizeSection(TagTableModel::DigestColumn,
                          fm.horizontalAdvance(QStringLiteral("sha256:0123456789ab")) + 40);
    header->resizeSection(
        TagTableModel::CreatedColumn,
        fm.horizontalAdvance(
            QLocale().toString(QDateTime(QDate(2024, 12, 28), QTime(23, 59)), QLocale::ShortFormat))
            + 24);
    header->resizeSection(TagTableModel::SizeColumn,
                          fm.horizontalAdvance(QLocale().formattedDataSize(999 * 1024 * 1024))
                              + 24);
    m_view->viewport()->installEventFilter(this);
    connect(m_view->verticalScrollBar(),
            &QScrollBar::valueChanged,
            this,
            &TagBrowser::scheduleDetails);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &TagBrowser::scheduleDetails);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &TagBrowser::scheduleDetails);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &TagBrowser::scheduleDetails);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        Q_EMIT tagSelected(
            currentReference(),
            m_view->currentIndex().siblingAtColumn(0).data(TagTableModel::DigestRole).toString());
    });

    m_detailsTimer->setSingleShot(true);
    m_detailsTimer->setInterval(kDetailsDelayMs);
    connect(m_detailsTimer, &QTimer::timeout, this, &TagBrowser::requestVisibleDetails);

    connect(m_model, &TagTableModel::listingStarted, this, [this] {
        m_progress->show();
        m_cancel->show();
        m_error->clear();
        updateCount();
    });
    connect(m_model, &TagTableModel::listingProgressed, this, [this] {
        updateCount();
        if (!m_pendingTag.isEmpty())
            selectTag(m_pendingTag);
    });
    connect(m_model, &TagTableModel::listingFinished, this, &TagBrowser::onListingFinished);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 0);
    layout->setSpacing(8);
    layout->addWidget(m_title);
    layout->addLayout(toolbar);
    layout->addWidget(m_error);
    layout->addWidget(m_view, 1);
    clear();
}

void TagBrowser::showRepository(const QString &host,
                                const QString &repository,
                                const QString &title)
{
    m_pendingTag.clear();
    m_title->setText(title);
    m_filter->setEnabled(true);
    m_sort->setEnabled(true);
    m_model->setRepository(host, repository);
}

void TagBrowser::clear()
{
    m_pendingTag.clear();
    m_model->setTags(QString(), QString(), {});
    m_title->setText(tr("Select a repository to see its tags"));
    m_progress->hide();
    m_cancel->hide();
    m_error->clear();
    m_count->clear();
    m_filter->setEnabled(false);
    m_sort->setEnabled(false);
}

bool TagBrowser::isListing() const
{
    return m_model->isListing();
}

bool TagBrowser::isBusy() const
{
    const TagDetailsResolver *resolver = m_model->resolver();
    return m_model->isListing() || m_detailsTimer->isActive() || resolver->inFlightCount() > 0
        || resolver->pendingCount() > 0;
}

bool TagBrowser::selectTag(const QString &tag)
{
    const int row = m_model->rowOfTag(tag);
    if (row < 0) {
        m_pendingTag = m_model->isListing() ? tag : QString();
        return m_model->isListing();
    }
    m_pendingTag.clear();
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return false; // filtered out
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
    return true;
}

QString TagBrowser::currentReference() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid()
        ? current.siblingAtColumn(0).data(TagTableModel::ReferenceRole).toString()
        : QString();
}

void TagBrowser::onListingFinished(const Error &error)
{
    m_progress->hide();
    m_cancel->hide();
    updateCount();
    if (!m_pendingTag.isEmpty())
        selectTag(m_pendingTag);
    if (error.isNull())
        return;
    if (error.code == ErrorCode::Cancelled) {
        m_count->setText(tr("%n tag(s) listed; cancelled", nullptr, m_model->rowCount()));
        return;
    }
    m_error->setError(error.message);
}

void TagBrowser::updateCount()
{
    const int n = m_model->rowCount();
    m_count->setText(m_model->isListing() ? tr("Listing… %n tag(s)", nullptr, n)
                                          : tr("%n tag(s)", nullptr, n));
}

void TagBrowser::scheduleDetails()
{
    m_detailsTimer->start();
}

void TagBrowser::requestVisibleDetails()
{
    const int rows = m_proxy->rowCount();
    if (rows == 0)
        return;
    int first = m_view->rowAt(0);
    int last = m_view->rowAt(m_view->viewport()->height() - 1);
    if (first < 0)
        first = 0;
    if (last < 0)
        last = rows - 1;
    QList<int> sourceRows;
    for (int r = first; r <= last && r < rows; ++r)
        sourceRows << m_proxy->mapToSource(m_proxy->index(r, 0)).row();
    m_model->requestDetails(sourceRows);
}

bool TagBrowser::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        scheduleDetails();
    return QWidget::eventFilter(watched, event);
}
