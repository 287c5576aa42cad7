// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pulls/pulldelegate.h"

#include "model/items/pulllistmodel.h"
#include "model/pull/pulljob.h"

#include <QApplication>
#include <QPainter>
#include <QStyleOptionProgressBar>

namespace {
const QColor kFailed(0xd9, 0x30, 0x25);

bool isFailed(const QModelIndex &index)
{
    const int state = index.data(PullListModel::StateRole).toInt();
    return index.data(PullListModel::IsBlobRole).toBool()
        ? state == int(BlobProgress::State::Failed)
        : state == int(PullListModel::PullState::Failed);
}
} // namespace

void PullDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.column() == PullListModel::StateColumn && isFailed(index)
        && !(option->state & QStyle::State_Selected)) {
        option->palette.setColor(QPalette::Text, kFailed);
    }
    if (index.column() == PullListModel::NameColumn
        && !index.data(PullListModel::IsBlobRole).toBool()) {
        option->font.setWeight(QFont::DemiBold);
    }
}

void PullDelegate::paint(QPainter *painter,
                         const QStyleOptionViewItem &option,
                         const QModelIndex &index) const
{
    if (index.column() != PullListModel::ProgressColumn) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The cell's background and selection first, then the bar over it.
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    cell.text.clear();
    QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &cell, painter, option.widget);

    const double progress = index.data(PullListModel::ProgressRole).toDouble();
    const bool blob = index.data(PullListModel::IsBlobRole).toBool();
    const int state = index.data(PullListModel::StateRole).toInt();
    QStyleOptionProgressBar bar;
    bar.initFrom(option.widget);
    const int height =
        blob ? qMin(option.rect.height() - 6, 12) : qMin(option.rect.height() - 4, 18);
    bar.rect = QRect(option.rect.left() + 4,
                     option.rect.center().y() - height / 2,
                     option.rect.width() - 8,
                     height);
    bar.minimum = 0;
    bar.maximum = 1000;
    // Unknown while resolving the manifests: a busy bar, as QProgressBar with 0..0. A pull
    // that ended before that shows an empty bar with its state.
    if (progress < 0 && index.data(PullListModel::FinishedRole).toBool()) {
        bar.progress = 0;
    } else if (progress < 0) {
        bar.maximum = 0;
        bar.progress = 0;
    } else {
        bar.progress = int(qBound(0.0, progress, 1.0) * 1000);
    }
    bar.textVisible = !blob;
    bar.text = index.data(Qt::DisplayRole).toString();
    bar.textAlignment = Qt::AlignCenter;
    bar.state |= QStyle::State_Horizontal;
    if (!blob && state == int(PullListModel::PullState::Failed))
        bar.palette.setColor(QPalette::Highlight, kFailed);
    else if (!blob && state == int(PullListModel::PullState::Cancelled))
        bar.palette.setColor(QPalette::Highlight, option.palette.color(QPalette::Mid));
    else if (blob && state == int(BlobProgress::State::Reused))
        bar.palette.setColor(QPalette::Highlight, option.palette.color(QPalette::Mid));
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, option.widget);
}

QSize PullDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (!index.data(PullListModel::IsBlobRole).toBool())
        size.setHeight(qMax(size.height(), 26));
    return size;
}
