// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/node/nodepage.h"

#include "model/core/background.h"
#include "model/core/realclock.h"
#include "model/items/simcontainermodel.h"
#include "model/registry/registryclient.h"
#include "ui/common/emptystate.h"
#include "ui/common/icons.h"
#include "ui/node/diagnosewidget.h"
#include "ui/node/nodeimageswidget.h"
#include "ui/node/nodeprofileeditor.h"
#include "ui/node/simulationwidget.h"
#include "ui/workspace/workspacedocuments.h"

#include <QComboBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

NodePage::NodePage(StoredImageModel *images, QWidget *parent)
    : QWidget(parent)
    , m_profile(NodeProfile::defaultProfile())
    , m_network(new QNetworkAccessManager(this))
    , m_client(new RegistryClient(m_network, new RealClock(this), this))
    , m_simulationStack(new QStackedWidget(this))
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("nodePage"));
    m_tabs->setObjectName(QStringLiteral("nodeTabs"));
    m_tabs->setDocumentMode(true);
    m_empty = new EmptyState(Icons::path(QStringLiteral("node")),
                             tr("Simulate how the kubelet pulls a Pod's images"),
                             tr("The node simulation replays what the kubelet does with a Pod: "
                                "it applies the pull policy, picks credentials from image pull "
                                "secrets, pulls, and backs off after failures, producing the "
                                "same events you see in kubectl describe pod. Start by opening "
                                "a Pod in the workspace."),
                             this);
    connect(m_empty->addButton(tr("Open a Pod in the Workspace")),
            &QPushButton::clicked,
            this,
            &NodePage::workspaceRequested);
    QPushButton *openYaml = m_empty->addButton(tr("Open a YAML File..."));
    m_simulation = new SimulationWidget(m_client, this);
    m_simulation->setNode(m_profile);
    connect(openYaml, &QPushButton::clicked, m_simulation, &SimulationWidget::chooseFile);
    connect(m_simulation->podBox(), &QComboBox::currentIndexChanged, this, [this] {
        updateSimulationStack();
    });
    m_diagnose = new DiagnoseWidget(m_client, this);
    m_simulationStack->addWidget(m_empty);
    m_simulationStack->addWidget(m_simulation);
    if (images) {
        m_images = new NodeImagesWidget(images, this);
        m_tabs->addTab(m_images, tr("Images on this node"));
    }
    m_tabs->addTab(m_simulationStack, tr("Simulation"));
    m_tabs->addTab(m_diagnose, tr("Diagnose"));
    m_tabs->setCurrentWidget(m_simulationStack);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_tabs);

    connect(m_simulation, &SimulationWidget::diagnoseRequested, this, &NodePage::diagnose);
    connect(m_simulation,
            &SimulationWidget::fixAndRerunRequested,
            this,
            [this](const QString &pod, const QString &container) {
                m_fixPending = true;
                m_diagnose->diagnose(m_simulation->workspace(), pod, container, m_profile);
                Q_EMIT statusMessageRequested(
                    tr("Diagnosing %1 to find its fix...").arg(container));
            });
    connect(m_diagnose, &DiagnoseWidget::diagnosed, this, [this](const Diagnosis &diagnosis) {
        if (!m_fixPending)
            return;
        m_fixPending = false;
        const DiagnosisStep *failed = diagnosis.firstFailure();
        if (failed && failed->mend && failed->mend->fix
            && m_simulation->applyFix(*failed->mend->fix, true))
            return;
        // No edit to make in the YAML: the mend is a command or a node setting; show it.
        setCurrentTab(Tab::Diagnose);
        Q_EMIT statusMessageRequested(
            tr("There is no YAML fix for this failure; the Diagnose tab shows what to do."));
    });
    connect(m_diagnose,
            &DiagnoseWidget::fixRequested,
            this,
            [this](const QuickFix &fix, bool rerun) {
                if (!m_simulation->applyFix(fix, rerun)) {
                    Q_EMIT statusMessageRequested(
                        tr("The fix could not be applied to the workspace."));
                    return;
                }
                if (rerun)
                    setCurrentTab(Tab::Simulation);
                else
                    diagnose(m_simulation->selectedPodName(), m_simulation->currentContainer());
            });
    connect(m_diagnose, &DiagnoseWidget::nodeSettingRequested, this, &NodePage::editNode);
    connect(m_simulation,
            &SimulationWidget::fileOpened,
            this,
            [this](const QString &path, bool hasPod) {
                updateSimulationStack();
                if (hasPod)
                    setCurrentTab(Tab::Simulation);
                Q_EMIT fileOpened(path, hasPod);
            });
    connect(m_simulation, &SimulationWidget::nodeEditRequested, this, [this] {
        editNode();
    });
    connect(m_simulation,
            &SimulationWidget::workspaceEdited,
            this,
            [this](const QString &path, const QString &text) {
                // The Workspace shows the fix in its open, unmodified copy of the file, as one
                // undo step (the user saves it); a copy with unsaved edits is left alone.
                if (m_documents)
                    m_documents->applyOutsideEdit(path, text);
                Q_EMIT workspaceEdited(path, text);
            });
    connect(m_simulation,
            &SimulationWidget::statusMessageRequested,
            this,
            &NodePage::statusMessageRequested);
    connect(m_diagnose,
            &DiagnoseWidget::statusMessageRequested,
            this,
            &NodePage::statusMessageRequested);
    updateSimulationStack();
}

NodePage::~NodePage()
{
    // The simulation and the diagnosis use the client: they go first.
    delete m_simulation;
    delete m_diagnose;
}

NodePage::Tab NodePage::currentTab() const
{
    if (m_images && m_tabs->currentWidget() == m_images)
        return Tab::Images;
    return m_tabs->currentWidget() == m_diagnose ? Tab::Diagnose : Tab::Simulation;
}

void NodePage::setCurrentTab(Tab tab)
{
    if (tab == Tab::Images && m_images)
        m_tabs->setCurrentWidget(m_images);
    else if (tab == Tab::Diagnose)
        m_tabs->setCurrentWidget(m_diagnose);
    else
        m_tabs->setCurrentWidget(m_simulationStack);
}

void NodePage::setWorkspace(const KubeWorkspace &workspace)
{
    m_simulation->setWorkspace(workspace);
    updateSimulationStack();
}

void NodePage::setWorkspaceDocuments(WorkspaceDocuments *documents)
{
    if (m_documents)
        m_documents->disconnect(this);
    m_documents = documents;
    if (!documents)
        return;
    connect(documents, &WorkspaceDocuments::filesChanged, this, &NodePage::readWorkspaceFiles);
    readWorkspaceFiles();
}

void NodePage::readWorkspaceFiles()
{
    // The saved files, as the simulated cluster would get them from `kubectl apply -f`, read
    // off the GUI thread; only the newest read counts.
    const quint64 generation = ++m_workspaceGeneration;
    m_readingWorkspace = true;
    Background::run(
        this,
        [files = m_documents->files()] {
            return KubeWorkspace::load(files);
        },
        [this, generation](const Result<KubeWorkspace> &ws) {
            if (generation != m_workspaceGeneration)
                return;
            m_readingWorkspace = false;
            if (ws)
                setWorkspace(*ws);
        });
}

void NodePage::openFile(const QString &path)
{
    m_simulation->openFile(path);
}

void NodePage::setNodeProfile(const NodeProfile &profile)
{
    m_profile = profile;
    m_simulation->setNode(profile);
}

void NodePage::simulateFile(const QString &path, bool thenDiagnose)
{
    connect(
        this,
        &NodePage::fileOpened,
        this,
        [this, path, thenDiagnose](const QString &opened, bool hasPod) {
            if (opened == path && hasPod)
                runOpened(thenDiagnose);
        },
        Qt::SingleShotConnection);
    openFile(path);
}

void NodePage::runOpened(bool thenDiagnose)
{
    if (thenDiagnose) {
        connect(
            m_simulation,
            &SimulationWidget::runFinished,
            this,
            [this] {
                if (SimContainerModel *model = m_simulation->containerModel();
                    model->rowCount() > 0) {
                    diagnose(m_simulation->selectedPodName(), m_simulation->currentContainer());
                }
            },
            Qt::SingleShotConnection);
    }
    m_simulation->run();
}

bool NodePage::isBusy() const
{
    return m_readingWorkspace || m_simulation->isReading() || m_simulation->isRunning()
        || m_diagnose->isBusy();
}

void NodePage::editNode(const QString &setting)
{
    auto *editor = new NodeProfileEditor(m_profile, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &QDialog::accepted, this, [this, editor] {
        setNodeProfile(editor->profile());
        Q_EMIT statusMessageRequested(tr("The node profile applies to the next run."));
    });
    editor->open();
    if (!setting.isEmpty())
        editor->focusSetting(setting);
}

void NodePage::diagnose(const QString &pod, const QString &container)
{
    m_fixPending = false;
    m_diagnose->diagnose(m_simulation->workspace(), pod, container, m_profile);
    setCurrentTab(Tab::Diagnose);
}

void NodePage::updateSimulationStack()
{
    const bool havePods = !m_simulation->workspace().podObjects().isEmpty();
    m_simulationStack->setCurrentWidget(havePods ? static_cast<QWidget *>(m_simulation) : m_empty);
}
