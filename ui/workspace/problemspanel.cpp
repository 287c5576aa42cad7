// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/workspace/problemspanel.h"

#include "model/items/findingmodel.h"
#include "ui/workspace/severitydelegate.h"
#include "ui/workspace/severitystyle.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QStackedLayout>
#include <QTreeView>

ProblemsPanel::ProblemsPanel(FindingModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_view(new QTreeView(this))
    , m_none(new QLabel(this))
{
    setObjectName(QStringLiteral("problemsPanel"));
    m_view->setObjectName(QStringLiteral("problemsView"));
    //: Accessible name of the list of problems found in the open YAML files
    m_view->setAccessibleName(tr("Problems"));
    m_view->setModel(model);
    m_view->setItemDelegate(new SeverityDelegate(m_view));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(FindingModel::MessageColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(FindingModel::ObjectColumn,
                                           QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(FindingModel::LocationColumn,
                                           QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(FindingModel::RuleColumn, QHeaderView::ResizeToContents);
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT findingActivated(m_model->finding(index.row()));
    });
    connect(m_view, &QTreeView::customContextMenuRequested, this, &ProblemsPanel::showMenu);
    auto *fix = new QAction(this);
    fix->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Period));
    fix->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(fix, &QAction::triggered, this, [this] {
        showMenu(m_view->visualRect(m_view->currentIndex()).bottomLeft());
    });
    addAction(fix);

    m_none->setObjectName(QStringLiteral("problemsNone"));
    m_none->setAlignment(Qt::AlignCenter);
    //: Shown in the Problems list when the open files have no findings
    m_none->setText(tr("No problems in the open files."));
    QPalette dim = m_none->palette();
    dim.setColor(QPalette::WindowText, dim.color(QPalette::PlaceholderText));
    m_none->setPalette(dim);

    auto *stack = new QStackedLayout(this);
    stack->setContentsMargins(0, 0, 0, 0);
    stack->addWidget(m_view);
    stack->addWidget(m_none);
    const auto update = [this, stack] {
        stack->setCurrentWidget(m_model->rowCount() > 0 ? static_cast<QWidget *>(m_view) : m_none);
    };
    connect(model, &QAbstractItemModel::modelReset, this, update);
    connect(model, &QAbstractItemModel::rowsInserted, this, update);
    connect(model, &QAbstractItemModel::rowsRemoved, this, update);
    update();
}

void ProblemsPanel::step(int direction)
{
    const int rows = m_model->rowCount();
    if (rows == 0)
        return;
    const int current = m_view->currentIndex().isValid() ? m_view->currentIndex().row()
                                                         : (direction > 0 ? -1 : rows);
    const int next = ((current + direction) % rows + rows) % rows;
    const QModelIndex index = m_model->index(next, 0);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    Q_EMIT findingActivated(m_model->finding(next));
}

void ProblemsPanel::showMenu(const QPoint &pos)
{
    const QModelIndex index =
        m_view->indexAt(pos).isValid() ? m_view->indexAt(pos) : m_view->currentIndex();
    if (!index.isValid())
        return;
    const Finding finding = m_model->finding(index.row());
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    //: Context menu entry of the Problems list
    menu->addAction(tr("Go to Problem"), this, [this, finding] {
        Q_EMIT findingActivated(finding);
    });
    if (!finding.fixes.isEmpty())
        menu->addSeparator();
    for (const QuickFix &fix : finding.fixes) {
        menu->addAction(SeverityStyle::icon(finding.severity),
                        fix.title,
                        this,
                        [this, finding, fix] {
                            Q_EMIT quickFixChosen(finding, fix);
                        });
    }
    menu->popup(m_view->viewport()->mapToGlobal(pos));
}
