// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/node/simulationwidget.h"

#include "model/core/background.h"
#include "model/core/realclock.h"
#include "model/core/virtualclock.h"
#include "model/items/eventtablemodel.h"
#include "model/items/simcontainermodel.h"
#include "model/kube/kubefixes.h"
#include "model/kube/kubereader.h"
#include "model/kubelet/kubeletsimulator.h"
#include "model/kubelet/kubelettext.h"
#include "ui/node/pulltimelinewidget.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace {
constexpr qint64 kRealTimeSpanMs = 24LL * 3600 * 1000;
constexpr int kVirtualRefreshMs = 100;
constexpr int kRealTimeRefreshMs = 250;
const QColor kWarningColor(0xc0, 0x1c, 0x28);

// Warnings and failure reasons in red, as kubectl users scan for them; the rest as usual.
class SeverityTextDelegate : public QStyledItemDelegate
{
public:
    SeverityTextDelegate(int role, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_role(role)
    {}

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(m_role).toBool() && !(option->state & QStyle::State_Selected))
            option->palette.setColor(QPalette::Text, kWarningColor);
    }

private:
    int m_role;
};

QString podKey(const KubeObject &object)
{
    return object.kind + QLatin1Char('/') + object.effectiveNamespace() + QLatin1Char('/')
        + object.name.value;
}

QTableView *makeTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setShowGrid(false);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return view;
}
} // namespace

SimulationWidget::SimulationWidget(RegistryClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_node(NodeProfile::defaultProfile())
    , m_containers(new SimContainerModel(this))
    , m_events(new EventTableModel(this))
    , m_pods(new QComboBox(this))
    , m_span(new QComboBox(this))
    , m_dry(new QCheckBox(tr("Resolve manifests only"), this))
    , m_nodeLabel(new QLabel(this))
    , m_run(new QPushButton(tr("&Run"), this))
    , m_realTimeButton(new QPushButton(tr("Run in Real &Time"), this))
    , m_retry(new QPushButton(tr("Retry &Now"), this))
    , m_diagnose(new QPushButton(tr("&Diagnose"), this))
    , m_fix(new QPushButton(tr("&Fix and Rerun"), this))
    , m_countdown(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_timeline(new PullTimelineWidget(this))
    , m_ticker(new QTimer(this))
{
    setObjectName(QStringLiteral("simulationWidget"));
    m_pods->setObjectName(QStringLiteral("simulationPods"));
    m_pods->setMinimumContentsLength(16);
    m_pods->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_pods->setPlaceholderText(tr("No Pod in the workspace"));
    m_span->addItem(tr("1 minute"), qint64(60'000));
    m_span->addItem(tr("5 minutes"), qint64(300'000));
    m_span->addItem(tr("10 minutes"), qint64(600'000));
    m_span->addItem(tr("30 minutes"), qint64(1'800'000));
    m_span->addItem(tr("1 hour"), qint64(3'600'000));
    m_span->setCurrentIndex(2);
    m_span->setToolTip(tr("How much kubelet time Run simulates at once"));
    m_dry->setToolTip(tr("Ask the registries for manifests only instead of pulling layers"));
    m_run->setObjectName(QStringLiteral("simulationRun"));
    m_run->setDefault(true);
    m_run->setToolTip(tr("Simulate the chosen span at once on a virtual clock"));
    m_realTimeButton->setToolTip(tr("Run on the wall clock, with a countdown to each retry"));
    m_retry->setToolTip(tr("Forget the back-off and sync the Pod now, as if it was recreated"));
    m_fix->setToolTip(tr("Diagnose the failing container, apply the YAML fix, and run again"));
    m_countdown->setObjectName(QStringLiteral("simulationCountdown"));
    QFont bold = m_countdown->font();
    bold.setBold(true);
    m_countdown->setFont(bold);
    m_summary->setObjectName(QStringLiteral("simulationSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_nodeLabel->setObjectName(QStringLiteral("simulationNode"));
    // The node line gives way first when the window is narrow (its tooltip keeps the source).
    m_nodeLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_nodeLabel->setMinimumWidth(60);

    auto *open = new QPushButton(tr("&Open YAML..."), this);
    auto *editNode = new QPushButton(tr("&Edit Node..."), this);
    editNode->setObjectName(QStringLiteral("simulationEditNode"));

    auto *podRow = new QHBoxLayout;
    podRow->addWidget(new QLabel(tr("Pod:"), this));
    podRow->addWidget(m_pods, 1);
    podRow->addWidget(open);
    podRow->addSpacing(16);
    podRow->addWidget(m_nodeLabel, 1);
    podRow->addWidget(editNode);

    auto *runRow = new QHBoxLayout;
    runRow->addWidget(new QLabel(tr("Simulate:"), this));
    runRow->addWidget(m_span);
    runRow->addWidget(m_run);
    runRow->addWidget(m_realTimeButton);
    runRow->addWidget(m_dry);
    runRow->addStretch(1);

    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_countdown);
    statusRow->addSpacing(12);
    statusRow->addWidget(m_summary, 1);
    statusRow->addWidget(m_retry);
    statusRow->addWidget(m_diagnose);
    statusRow->addWidget(m_fix);

    m_containerView = makeTable(m_containers, this);
    m_containerView->setObjectName(QStringLiteral("simulationContainers"));
    m_containerView->setItemDelegateForColumn(
        SimContainerModel::ReasonColumn,
        new SeverityTextDelegate(SimContainerModel::IsFailingRole, m_containerView));
    QHeaderView *containerHeader = m_containerView->horizontalHeader();
    containerHeader->setSectionResizeMode(QHeaderView::ResizeToContents);
    containerHeader->setSectionResizeMode(SimContainerModel::MessageColumn, QHeaderView::Stretch);
    m_containerView->hideColumn(SimContainerModel::PodColumn);

    m_eventView = makeTable(m_events, this);
    m_eventView->setObjectName(QStringLiteral("simulationEvents"));
    auto *warning = new SeverityTextDelegate(EventTableModel::IsWarningRole, m_eventView);
    m_eventView->setItemDelegateForColumn(EventTableModel::TypeColumn, warning);
    m_eventView->setItemDelegateForColumn(EventTableModel::ReasonColumn, warning);
    QHeaderView *eventHeader = m_eventView->horizontalHeader();
    eventHeader->setSectionResizeMode(QHeaderView::ResizeToContents);
    eventHeader->setSectionResizeMode(EventTableModel::MessageColumn, QHeaderView::Stretch);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_containerView);
    splitter->addWidget(m_timeline);
    splitter->addWidget(m_eventView);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 3);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->addLayout(podRow);
    layout->addLayout(runRow);
    layout->addLayout(statusRow);
    layout->addWidget(splitter, 1);

    connect(m_run, &QPushButton::clicked, this, &SimulationWidget::run);
    connect(m_realTimeButton, &QPushButton::clicked, this, [this] {
        if (isRunning() && m_realTime)
            stop();
        else
            runRealTime();
    });
    connect(m_retry, &QPushButton::clicked, this, &SimulationWidget::retryNow);
    connect(m_diagnose, &QPushButton::clicked, this, [this] {
        Q_EMIT diagnoseRequested(selectedPodName(), currentContainer());
    });
    connect(m_fix, &QPushButton::clicked, this, [this] {
        Q_EMIT fixAndRerunRequested(selectedPodName(), currentContainer());
    });
    connect(open, &QPushButton::clicked, this, &SimulationWidget::chooseFile);
    connect(editNode, &QPushButton::clicked, this, &SimulationWidget::nodeEditRequested);
    connect(m_dry, &QCheckBox::toggled, this, &SimulationWidget::setDryRun);
    connect(m_pods, &QComboBox::currentIndexChanged, this, &SimulationWidget::updateActions);
    connect(m_ticker, &QTimer::timeout, this, &SimulationWidget::refresh);
    connect(m_containerView->selectionModel(),
            &QItemSelectionModel::selectionChanged,
            this,
            &SimulationWidget::updateCountdown);
    setNode(m_node);
    updateActions();
}

SimulationWidget::~SimulationWidget()
{
    // The simulator uses the clock: it goes first.
    delete m_simulator.data();
}

void SimulationWidget::setWorkspace(const KubeWorkspace &workspace)
{
    m_workspace = workspace;
    refreshPods();
}

void SimulationWidget::refreshPods()
{
    const QString previous = m_pods->currentData().toString();
    QSignalBlocker block(m_pods);
    m_pods->clear();
    for (const KubeObject *object : m_workspace.podObjects()) {
        const QString label = QStringLiteral("%1  ·  %2  ·  %3")
                                  .arg(object->displayName(),
                                       object->effectiveNamespace(),
                                       QFileInfo(object->file).fileName());
        m_pods->addItem(label, podKey(*object));
    }
    const int again = m_pods->findData(previous);
    m_pods->setCurrentIndex(again >= 0 ? again : (m_pods->count() > 0 ? 0 : -1));
    updateActions();
}

void SimulationWidget::openFile(const QString &path)
{
    const quint64 generation = ++m_openGeneration;
    //: Shown while a YAML file is read; %1 is its name
    readStarted(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    Background::run(
        this,
        [path] {
            return KubeReader::readFile(path);
        },
        [this, path, generation](const KubeFile &file) {
            readEnded();
            if (generation != m_openGeneration)
                return; // another file was asked for since
            if (!file.errors.isEmpty() && file.objects.isEmpty()) {
                m_summary->setText(file.errors.first().toString());
                Q_EMIT fileOpened(path, false);
                return;
            }
            m_workspace.replaceFile(file);
            refreshPods();
            for (const KubeObject &object : file.objects) {
                if (object.podSpec) {
                    m_pods->setCurrentIndex(m_pods->findData(podKey(object)));
                    m_summary->clear();
                    Q_EMIT fileOpened(path, true);
                    return;
                }
            }
            m_summary->setText(tr("%1 holds no Pod or workload.").arg(QFileInfo(path).fileName()));
            Q_EMIT fileOpened(path, false);
        });
}

void SimulationWidget::readStarted(const QString &what)
{
    ++m_reading;
    m_summary->setText(what);
    updateActions();
}

void SimulationWidget::readEnded()
{
    --m_reading;
    updateActions();
}

void SimulationWidget::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this,
                                                      tr("Open Pod YAML"),
                                                      QString(),
                                                      tr("YAML files (*.yaml *.yml *.json)"));
    if (!path.isEmpty())
        openFile(path);
}

void SimulationWidget::setNode(const NodeProfile &node)
{
    m_node = node;
    m_events->setSource(QStringLiteral("kubelet"));
    m_nodeLabel->setText(tr("Node: %1 · %2 · Kubernetes %3")
                             .arg(node.name, node.platform.format(), node.kubernetesVersion));
    m_nodeLabel->setToolTip(node.sourceFile.isEmpty() ? tr("The default node profile")
                                                      : node.sourceFile);
}

bool SimulationWidget::selectPod(const QString &name)
{
    const QList<const KubeObject *> pods = m_workspace.podObjects();
    for (int i = 0; i < pods.size(); ++i) {
        const KubeObject *o = pods.at(i);
        if (name == o->name.value || name == o->displayName()
            || name == o->effectiveNamespace() + QLatin1Char('/') + o->name.value) {
            m_pods->setCurrentIndex(m_pods->findData(podKey(*o)));
            return true;
        }
    }
    return false;
}

const KubeObject *SimulationWidget::selectedPod() const
{
    const QString key = m_pods->currentData().toString();
    for (const KubeObject *object : m_workspace.podObjects()) {
        if (podKey(*object) == key)
            return object;
    }
    return nullptr;
}

QString SimulationWidget::selectedPodName() const
{
    const KubeObject *pod = selectedPod();
    return pod ? pod->effectiveNamespace() + QLatin1Char('/') + pod->name.value : QString();
}

void SimulationWidget::setSpanMs(qint64 ms)
{
    int at = m_span->findData(ms);
    if (at < 0) {
        m_span->addItem(KubeletText::humanDuration(ms), ms);
        at = m_span->count() - 1;
    }
    m_span->setCurrentIndex(at);
}

qint64 SimulationWidget::spanMs() const
{
    return m_span->currentData().toLongLong();
}

void SimulationWidget::setDryRun(bool dry)
{
    m_dryRun = dry;
    if (m_dry->isChecked() != dry)
        m_dry->setChecked(dry);
}

void SimulationWidget::run()
{
    startRun(false);
}

void SimulationWidget::runRealTime()
{
    startRun(true);
}

void SimulationWidget::startRun(bool realTime)
{
    const KubeObject *pod = selectedPod();
    if (!pod) {
        Q_EMIT statusMessageRequested(tr("Choose a Pod to run first."));
        return;
    }
    // A new node for every run: the image manager's cache and backoff start empty.
    delete m_simulator.data();
    m_clock.reset(realTime ? static_cast<Clock *>(new RealClock) : new VirtualClock);
    auto *simulator = new KubeletSimulator(m_client, m_clock.get(), this);
    m_simulator = simulator;
    simulator->setNode(m_node);
    simulator->setWorkspace(m_workspace);
    simulator->setDryRun(m_dryRun);
    m_events->clear();
    m_containers->clear();
    m_timeline->clear();
    m_shownEvents = 0;
    m_now = 0;
    m_realTime = realTime;
    m_runPod = pod->effectiveNamespace() + QLatin1Char('/') + pod->name.value;
    connect(simulator, &KubeletSimulator::finished, this, &SimulationWidget::finishRun);
    if (!simulator->runPod(*pod)) {
        QStringList refused;
        for (const KubeletSimulator::Rejection &r : simulator->rejections())
            refused.append(r.message);
        m_summary->setText(
            tr("The API server would refuse this Pod: %1").arg(refused.join(QStringLiteral("; "))));
        m_countdown->clear();
        updateActions();
        return;
    }
    const QList<SimContainerStatus> statuses = simulator->containers();
    if (!statuses.isEmpty())
        m_runPod = statuses.first().pod;
    m_running = true;
    m_summary->setText(realTime ? tr("Running in real time...")
                                : tr("Simulating %1...").arg(m_span->currentText()));
    simulator->runFor(realTime ? kRealTimeSpanMs : spanMs());
    m_ticker->start(realTime ? kRealTimeRefreshMs : kVirtualRefreshMs);
    updateActions();
}

void SimulationWidget::stop()
{
    if (m_simulator && m_running)
        m_simulator->stop();
}

void SimulationWidget::retryNow()
{
    if (!m_simulator) {
        run();
        return;
    }
    m_simulator->retryNow(m_runPod);
    if (!m_running) {
        m_running = true;
        m_simulator->runFor(m_realTime ? kRealTimeSpanMs : spanMs());
        m_ticker->start(m_realTime ? kRealTimeRefreshMs : kVirtualRefreshMs);
    }
    refresh();
}

bool SimulationWidget::applyFix(const QuickFix &fix, bool rerun)
{
    if (fix.edits.isEmpty() || fix.needsDigest)
        return false;
    const QString path = fix.edits.first().file;
    const KubeFile *file = m_workspace.file(path);
    if (!file)
        return false;
    const QString pod = selectedPodName();
    // A fix made while an earlier one is still being read builds on that one's text.
    const QString before = m_fixedTexts.value(path, QString::fromUtf8(file->text));
    const QString text = KubeFixes::applyEdits(before, fix.edits);
    m_fixedTexts.insert(path, text);
    Q_EMIT workspaceEdited(path, text);
    Q_EMIT statusMessageRequested(
        rerun
            ? tr("Applied \"%1\" to %2; running again.").arg(fix.title, QFileInfo(path).fileName())
            : tr("Applied \"%1\" to %2.").arg(fix.title, QFileInfo(path).fileName()));
    //: Shown while a fixed YAML file is read again; %1 is its name
    readStarted(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    Background::run(
        this,
        [text, path] {
            return KubeReader::read(text.toUtf8(), path);
        },
        [this, path, text, pod, rerun](const KubeFile &read) {
            readEnded();
            if (m_fixedTexts.value(path) != text)
                return; // a later fix follows with its own read
            m_fixedTexts.remove(path);
            m_workspace.replaceFile(read);
            refreshPods();
            selectPod(pod);
            m_summary->clear();
            if (rerun)
                run();
        });
    return true;
}

void SimulationWidget::refresh()
{
    if (!m_simulator)
        return;
    m_now = m_simulator->elapsedMs();
    const QList<KubeletEvent> events = m_simulator->events();
    for (int i = m_shownEvents; i < events.size(); ++i)
        m_events->addEvent(events.at(i));
    m_shownEvents = int(events.size());
    m_events->setNow(m_now);
    const QList<SimContainerStatus> statuses = m_simulator->containers();
    for (const SimContainerStatus &status : statuses)
        m_containers->updateContainer(status);
    m_containers->setNow(m_now);
    m_timeline->setNow(m_now);
    m_timeline->setSimulation(events, statuses);
    updateCountdown();
    updateActions();
}

void SimulationWidget::finishRun()
{
    m_running = false;
    m_ticker->stop();
    refresh();
    int waiting = 0;
    QStringList reasons;
    for (int row = 0; row < m_containers->rowCount(); ++row) {
        const SimContainerStatus s = m_containers->statusAt(row);
        if (s.state != QLatin1String("Running")) {
            ++waiting;
            if (!s.reason.isEmpty() && !reasons.contains(s.reason))
                reasons.append(s.reason);
        }
    }
    // Counts as "label: n", so no plural forms are needed in any language.
    const QString elapsed = KubeletText::humanDuration(m_now);
    if (waiting == 0) {
        m_summary->setText(tr("After %1 of kubelet time · events: %2 · every container is running")
                               .arg(elapsed)
                               .arg(m_events->eventCount()));
    } else {
        m_summary->setText(tr("After %1 of kubelet time · events: %2 · waiting: %3 (%4)")
                               .arg(elapsed)
                               .arg(m_events->eventCount())
                               .arg(waiting)
                               .arg(reasons.join(QStringLiteral(", "))));
    }
    updateActions();
    Q_EMIT runFinished();
}

QString SimulationWidget::currentContainer() const
{
    const QModelIndexList selected = m_containerView->selectionModel()->selectedRows();
    if (!selected.isEmpty())
        return selected.first().data(SimContainerModel::ContainerRole).toString();
    for (int row = 0; row < m_containers->rowCount(); ++row) {
        if (m_containers->index(row, 0).data(SimContainerModel::IsFailingRole).toBool())
            return m_containers->statusAt(row).container;
    }
    if (m_containers->rowCount() > 0)
        return m_containers->statusAt(0).container;
    const KubeObject *pod = selectedPod();
    return pod && !pod->podSpec->containers.isEmpty() ? pod->podSpec->containers.first().name
                                                      : QString();
}

void SimulationWidget::updateCountdown()
{
    // The retry the user waits for: the selected container's, else the soonest.
    qint64 next = -1;
    QString container;
    const QModelIndexList selected = m_containerView->selectionModel()->selectedRows();
    if (!selected.isEmpty()) {
        next = selected.first().data(SimContainerModel::NextRetryRole).toLongLong();
        container = selected.first().data(SimContainerModel::ContainerRole).toString();
    } else {
        for (int row = 0; row < m_containers->rowCount(); ++row) {
            const SimContainerStatus s = m_containers->statusAt(row);
            if (s.nextRetryMs >= 0 && (next < 0 || s.nextRetryMs < next)) {
                next = s.nextRetryMs;
                container = s.container;
            }
        }
    }
    if (next < 0 || container.isEmpty()) {
        m_countdown->clear();
        return;
    }
    m_countdown->setText(
        tr("Next retry of %1: %2").arg(container, SimContainerModel::countdownText(m_now, next)));
}

void SimulationWidget::updateActions()
{
    const bool havePod = selectedPod() != nullptr && !isReading();
    const bool running = isRunning();
    m_run->setEnabled(havePod && !(running && m_realTime));
    m_realTimeButton->setEnabled(havePod || running);
    m_realTimeButton->setText(running && m_realTime ? tr("&Stop") : tr("Run in Real &Time"));
    m_retry->setEnabled(havePod && !m_simulator.isNull());
    m_diagnose->setEnabled(havePod);
    bool failing = false;
    for (int row = 0; row < m_containers->rowCount() && !failing; ++row)
        failing = m_containers->index(row, 0).data(SimContainerModel::IsFailingRole).toBool();
    m_fix->setEnabled(havePod && failing && !running);
    m_span->setEnabled(!running);
}
