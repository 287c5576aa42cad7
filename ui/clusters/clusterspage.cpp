// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/clusters/clusterspage.h"

#include "model/cluster/clustercontext.h"
#include "model/core/background.h"
#include "model/items/clustercontextmodel.h"
#include "ui/common/emptystate.h"
#include "ui/common/icons.h"
#include "ui/common/listtable.h"
#include "ui/common/pageheader.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFont>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace {
constexpr char kPathKey[] = "clusters/kubeconfig";

// The view's reading of the model's roles: the current context in bold (kubectl's "*"), and an
// error or warning sign before a context's problem count.
class ContextDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(ClusterContextModel::IsCurrentRole).toBool())
            option->font.setWeight(QFont::DemiBold);
        if (index.column() == ClusterContextModel::ProblemsColumn
            && index.data(ClusterContextModel::ProblemCountRole).toInt() > 0) {
            const bool error = index.data(ClusterContextModel::HasErrorsRole).toBool();
            const QStyle *style = option->widget ? option->widget->style() : QApplication::style();
            option->icon = style->standardIcon(error ? QStyle::SP_MessageBoxCritical
                                                     : QStyle::SP_MessageBoxWarning);
            option->features |= QStyleOptionViewItem::HasDecoration;
            option->decorationSize = QSize(16, 16);
        }
    }
};
} // namespace

ClustersPage::ClustersPage(QSettings *settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_stack(new QStackedWidget(this))
    , m_model(new ClusterContextModel(this))
    , m_table(new QTableView(this))
    , m_problems(new QListWidget(this))
    , m_source(new QLabel(this))
{
    setObjectName(QStringLiteral("clustersPage"));
    m_empty = new EmptyState(Icons::path(QStringLiteral("clusters")),
                             tr("Your clusters, as kubectl sees them"),
                             tr("Pullscope reads your kubeconfig the way kubectl does: the file "
                                "you choose, else the files in KUBECONFIG, else ~/.kube/config. "
                                "It lists each context with its server, user and namespace, and "
                                "says what would stop a client from using it."),
                             this);
    connect(m_empty->addButton(tr("Open Kubeconfig…")),
            &QPushButton::clicked,
            this,
            &ClustersPage::chooseFile);
    connect(m_empty->addButton(tr("Look Again")),
            &QPushButton::clicked,
            this,
            &ClustersPage::reload);

    auto *listPage = new QWidget(this);
    auto *header = new PageHeader(tr("Clusters"),
                                  tr("The contexts of your kubeconfig and what is wrong with "
                                     "them. Secrets are never shown."),
                                  listPage);
    QPushButton *open = header->addButton(tr("Open Kubeconfig…"));
    open->setObjectName(QStringLiteral("openKubeconfigButton"));
    m_useDefault = header->addButton(tr("Use Default"));
    m_useDefault->setObjectName(QStringLiteral("useDefaultKubeconfigButton"));
    m_useDefault->setToolTip(tr("Read KUBECONFIG or ~/.kube/config again, as kubectl does."));
    QPushButton *again = header->addButton(tr("Reload"));
    again->setObjectName(QStringLiteral("reloadKubeconfigButton"));
    m_reload = again;
    connect(open, &QPushButton::clicked, this, &ClustersPage::chooseFile);
    connect(m_useDefault, &QPushButton::clicked, this, [this] {
        setKubeconfigPath(QString());
    });
    connect(again, &QPushButton::clicked, this, &ClustersPage::reload);

    m_source->setObjectName(QStringLiteral("kubeconfigSource"));
    m_source->setTextFormat(Qt::PlainText);
    m_source->setWordWrap(true);
    m_source->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_table->setObjectName(QStringLiteral("contextTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new ContextDelegate(m_table));
    ListTable::configure(m_table, ClusterContextModel::ServerColumn);
    connect(m_table->selectionModel(),
            &QItemSelectionModel::selectionChanged,
            this,
            &ClustersPage::showProblemsOfSelection);

    m_problems->setObjectName(QStringLiteral("contextProblems"));
    m_problems->setWordWrap(true);
    m_problems->setAlternatingRowColors(true);

    auto *tablePane = new QWidget(listPage);
    auto *tableLayout = new QVBoxLayout(tablePane);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->setSpacing(6);
    tableLayout->addWidget(m_source);
    tableLayout->addWidget(m_table, 1);
    auto *problemsPane = new QWidget(listPage);
    auto *problemsLayout = new QVBoxLayout(problemsPane);
    problemsLayout->setContentsMargins(0, 0, 0, 0);
    problemsLayout->setSpacing(6);
    auto *problemsTitle = new QLabel(tr("Problems of the selected context"), problemsPane);
    QFont bold = problemsTitle->font();
    bold.setWeight(QFont::DemiBold);
    problemsTitle->setFont(bold);
    problemsLayout->addWidget(problemsTitle);
    problemsLayout->addWidget(m_problems, 1);
    auto *splitter = new QSplitter(Qt::Vertical, listPage);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(tablePane);
    splitter->addWidget(problemsPane);
    splitter->setSizes({360, 200});

    auto *listLayout = new QVBoxLayout(listPage);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->setSpacing(0);
    listLayout->addWidget(header);
    auto *frame = new QVBoxLayout;
    frame->setContentsMargins(16, 12, 16, 16);
    frame->addWidget(splitter);
    listLayout->addLayout(frame, 1);

    m_stack->addWidget(m_empty);
    m_stack->addWidget(listPage);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    if (m_settings)
        m_path = m_settings->value(QLatin1String(kPathKey)).toString();
    // Read when first shown (showEvent), not at start-up: most sessions never open the page.
}

void ClustersPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loaded)
        reload();
}

void ClustersPage::setEnvironment(const QProcessEnvironment &env)
{
    m_env = env;
    reload();
}

void ClustersPage::setKubeconfigPath(const QString &path)
{
    m_path = path;
    if (m_settings) {
        if (path.isEmpty())
            m_settings->remove(QLatin1String(kPathKey));
        else
            m_settings->setValue(QLatin1String(kPathKey), path);
    }
    reload();
}

void ClustersPage::chooseFile()
{
    const QString start = m_path.isEmpty() ? QDir::homePath() + QStringLiteral("/.kube") : m_path;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Kubeconfig"), start);
    if (!path.isEmpty())
        setKubeconfigPath(path);
}

void ClustersPage::reload()
{
    m_loaded = true;
    m_useDefault->setVisible(!m_path.isEmpty());
    // The files are read and the exec plugins looked up on PATH on a worker thread; a read
    // overtaken by a newer one (another file chosen meanwhile) is dropped.
    const quint64 generation = ++m_generation;
    m_reading = true;
    m_reload->setEnabled(false);
    //: While the kubeconfig files are read
    m_source->setText(tr("Reading the kubeconfig…"));
    m_stack->setCurrentIndex(1);

    struct Read
    {
        Result<KubeConfig> config;
        QList<ClusterContext> contexts;
    };

    Background::run(
        this,
        [explicitPath = m_path,
         kubeconfig = m_env.value(QStringLiteral("KUBECONFIG")),
         home = m_env.value(QStringLiteral("HOME"), QDir::homePath()),
         path = m_env.value(QStringLiteral("PATH"))] {
            Read read{KubeConfig::load(explicitPath, kubeconfig, home), {}};
            if (read.config) {
                for (const QString &name : read.config->contexts().keys())
                    read.contexts.append(ClusterContext::resolve(*read.config, name, {}, path));
            }
            return read;
        },
        [this, generation](const Read &read) {
            if (generation == m_generation)
                showRead(read.config, read.contexts);
        });
}

bool ClustersPage::isBusy() const
{
    return m_reading;
}

void ClustersPage::showRead(const Result<KubeConfig> &config, const QList<ClusterContext> &contexts)
{
    m_reading = false;
    m_reload->setEnabled(true);
    m_model->setContexts(contexts);
    m_problems->clear();
    if (!config) {
        // The file cannot be used: say which and where, with the list (empty) below.
        m_source->setText(tr("Cannot read the kubeconfig: %1").arg(config.error().toString()));
        m_stack->setCurrentIndex(1);
        Q_EMIT reloaded();
        return;
    }
    if (config->isEmpty()) {
        m_stack->setCurrentIndex(0);
        Q_EMIT reloaded();
        return;
    }
    QString source = config->files().isEmpty()
        ? tr("No kubeconfig file was found.")
        //: %1 one or more file paths
        : tr("Read from %1").arg(config->files().join(QStringLiteral(", ")));
    for (const QString &warning : config->warnings())
        source += QLatin1Char('\n') + warning;
    if (!config->currentContext().isEmpty()
        && !config->contexts().contains(config->currentContext()))
        //: %1 a context name
        source += QLatin1Char('\n')
            + tr("current-context %1 names no context").arg(config->currentContext());
    m_source->setText(source);
    m_stack->setCurrentIndex(1);
    // Select the current context (else the first), so its problems show at once.
    int row = 0;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (m_model->contextAt(r).isCurrent())
            row = r;
    }
    if (m_model->rowCount() > 0)
        m_table->selectRow(row);
    Q_EMIT reloaded();
}

void ClustersPage::showProblemsOfSelection()
{
    m_problems->clear();
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const ClusterContext &c = m_model->contextAt(rows.first().row());
    if (c.problems().isEmpty()) {
        auto *item = new QListWidgetItem(
            style()->standardIcon(QStyle::SP_DialogApplyButton),
            //: %1 a context name
            tr("Context %1 has no problem a client would stop at.").arg(c.name()),
            m_problems);
        item->setFlags(Qt::ItemIsEnabled);
        return;
    }
    for (const ClusterContext::Problem &p : c.problems()) {
        const bool error = p.severity == ClusterContext::Problem::Severity::Error;
        auto *item =
            new QListWidgetItem(style()->standardIcon(error ? QStyle::SP_MessageBoxCritical
                                                            : QStyle::SP_MessageBoxWarning),
                                ClusterContextModel::problemText(p),
                                m_problems);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    }
}
