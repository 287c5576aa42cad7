// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/node/diagnosewidget.h"

#include "model/diagnose/diagnosisjob.h"
#include "model/diagnose/diagnosistarget.h"
#include "model/items/diagnosismodel.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTreeView>
#include <QVBoxLayout>

namespace {
QColor statusColor(DiagnosisStep::Status status)
{
    switch (status) {
    case DiagnosisStep::Status::Passed:
        return {0x2e, 0x9d, 0x4f};
    case DiagnosisStep::Status::Failed:
        return {0xd0, 0x34, 0x3a};
    case DiagnosisStep::Status::Warning:
        return {0xe0, 0x8a, 0x1e};
    case DiagnosisStep::Status::Skipped:
        break;
    }
    return {0x9a, 0x9a, 0x9a};
}

// A round status badge: a tick, a cross, an exclamation mark or a dash on the status colour.
QIcon statusIcon(DiagnosisStep::Status status)
{
    QIcon icon;
    for (const int size : {16, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.setBrush(statusColor(status));
        p.setPen(Qt::NoPen);
        p.drawEllipse(QRectF(0.5, 0.5, size - 1, size - 1));
        p.setPen(QPen(Qt::white, size / 8.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        const qreal s = size;
        QPainterPath mark;
        switch (status) {
        case DiagnosisStep::Status::Passed:
            mark.moveTo(s * 0.28, s * 0.52);
            mark.lineTo(s * 0.44, s * 0.68);
            mark.lineTo(s * 0.72, s * 0.34);
            break;
        case DiagnosisStep::Status::Failed:
            mark.moveTo(s * 0.32, s * 0.32);
            mark.lineTo(s * 0.68, s * 0.68);
            mark.moveTo(s * 0.68, s * 0.32);
            mark.lineTo(s * 0.32, s * 0.68);
            break;
        case DiagnosisStep::Status::Warning:
            mark.moveTo(s * 0.5, s * 0.25);
            mark.lineTo(s * 0.5, s * 0.56);
            mark.moveTo(s * 0.5, s * 0.74);
            mark.lineTo(s * 0.5, s * 0.75);
            break;
        case DiagnosisStep::Status::Skipped:
            mark.moveTo(s * 0.3, s * 0.5);
            mark.lineTo(s * 0.7, s * 0.5);
            break;
        }
        p.setBrush(Qt::NoBrush);
        p.drawPath(mark);
        icon.addPixmap(pixmap);
    }
    return icon;
}

// Step rows get their status badge; evidence rows read as quieter, monospace facts.
class StepDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const auto status = DiagnosisStep::Status(index.data(DiagnosisModel::StatusRole).toInt());
        if (index.data(DiagnosisModel::IsEvidenceRole).toBool()) {
            option->font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
            return;
        }
        if (index.column() == DiagnosisModel::StepColumn) {
            option->icon = statusIcon(status);
            option->features |= QStyleOptionViewItem::HasDecoration;
            option->decorationSize = QSize(16, 16);
        }
        if (index.data(DiagnosisModel::IsFirstFailureRole).toBool())
            option->font.setBold(true);
        if (index.column() == DiagnosisModel::StatusColumn
            && !(option->state & QStyle::State_Selected))
            option->palette.setColor(QPalette::Text, statusColor(status));
        if (status == DiagnosisStep::Status::Skipped && !(option->state & QStyle::State_Selected))
            option->palette.setColor(QPalette::Text,
                                     option->palette.color(QPalette::PlaceholderText));
    }
};
} // namespace

DiagnoseWidget::DiagnoseWidget(RegistryClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_model(new DiagnosisModel(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new QLabel(this))
    , m_title(new QLabel(this))
    , m_banner(new QLabel(this))
    , m_view(new QTreeView(this))
    , m_mendBox(new QWidget(this))
    , m_mendSummary(new QLabel(this))
    , m_commands(new QPlainTextEdit(this))
    , m_copy(new QPushButton(tr("&Copy"), this))
    , m_apply(new QPushButton(tr("&Apply to the YAML"), this))
    , m_applyRerun(new QPushButton(tr("Apply and &Rerun"), this))
    , m_nodeSetting(new QPushButton(tr("Open the &Node Profile"), this))
{
    setObjectName(QStringLiteral("diagnoseWidget"));
    m_empty->setObjectName(QStringLiteral("diagnoseEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setText(tr("Run a Pod in the Simulation tab, choose a container and press "
                        "Diagnose: each link of the kubelet's pull chain is checked against "
                        "the registry, and the first broken one comes with its fix."));
    m_empty->setEnabled(false);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setObjectName(QStringLiteral("diagnoseTitle"));
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->setObjectName(QStringLiteral("diagnoseBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->setMargin(8);
    m_banner->setAutoFillBackground(true);

    m_view->setObjectName(QStringLiteral("diagnoseSteps"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new StepDelegate(m_view));
    m_view->setUniformRowHeights(false);
    m_view->setAlternatingRowColors(false);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(true);
    m_view->header()->setStretchLastSection(true);
    // Evidence rows span every column, so long facts do not push the result columns away.
    m_view->header()->setSectionResizeMode(DiagnosisModel::StepColumn, QHeaderView::Interactive);
    m_view->header()->resizeSection(DiagnosisModel::StepColumn, 320);
    m_view->header()->setSectionResizeMode(DiagnosisModel::StatusColumn,
                                           QHeaderView::ResizeToContents);

    m_mendBox->setObjectName(QStringLiteral("diagnoseMend"));
    auto *mendTitle = new QLabel(tr("How to fix it"), m_mendBox);
    QFont mendFont = mendTitle->font();
    mendFont.setBold(true);
    mendTitle->setFont(mendFont);
    m_mendSummary->setParent(m_mendBox);
    m_mendSummary->setWordWrap(true);
    m_mendSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_commands->setParent(m_mendBox);
    m_commands->setObjectName(QStringLiteral("diagnoseCommands"));
    m_commands->setReadOnly(true);
    m_commands->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_commands->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_copy->setToolTip(tr("Copy the commands to the clipboard"));
    m_copy->setObjectName(QStringLiteral("diagnoseCopy"));
    m_apply->setObjectName(QStringLiteral("diagnoseApply"));
    m_applyRerun->setObjectName(QStringLiteral("diagnoseApplyRerun"));
    m_nodeSetting->setObjectName(QStringLiteral("diagnoseNodeSetting"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copy);
    buttons->addWidget(m_apply);
    buttons->addWidget(m_applyRerun);
    buttons->addWidget(m_nodeSetting);
    buttons->addStretch(1);
    auto *mendLayout = new QVBoxLayout(m_mendBox);
    mendLayout->setContentsMargins(0, 6, 0, 0);
    mendLayout->addWidget(mendTitle);
    mendLayout->addWidget(m_mendSummary);
    mendLayout->addWidget(m_commands);
    mendLayout->addLayout(buttons);

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_title);
    contentLayout->addWidget(m_banner);
    contentLayout->addWidget(m_mendBox);
    contentLayout->addWidget(m_view, 1);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->addWidget(m_stack);

    connect(m_copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_commands->toPlainText());
        Q_EMIT statusMessageRequested(tr("Copied the commands to the clipboard."));
    });
    const auto applyFix = [this](bool rerun) {
        const DiagnosisStep *step = m_model->diagnosis().firstFailure();
        if (step && step->mend && step->mend->fix)
            Q_EMIT fixRequested(*step->mend->fix, rerun);
    };
    connect(m_apply, &QPushButton::clicked, this, [applyFix] {
        applyFix(false);
    });
    connect(m_applyRerun, &QPushButton::clicked, this, [applyFix] {
        applyFix(true);
    });
    connect(m_nodeSetting, &QPushButton::clicked, this, [this] {
        Q_EMIT nodeSettingRequested(m_setting);
    });
    showMend(nullptr);
}

DiagnoseWidget::~DiagnoseWidget()
{
    delete m_job.data();
}

bool DiagnoseWidget::diagnose(const KubeWorkspace &workspace,
                              const QString &pod,
                              const QString &container,
                              const NodeProfile &node)
{
    cancel();
    const Result<DiagnosisTarget> target = DiagnosisTarget::find(workspace, pod, container);
    if (!target) {
        m_stack->setCurrentIndex(0);
        m_empty->setText(target.error().message);
        return false;
    }
    auto *job =
        new DiagnosisJob(m_client, workspace, *target->object, target->container, node, this);
    m_job = job;
    connect(job, &DiagnosisJob::stepFinished, this, [this](const DiagnosisStep &step) {
        // Live: the chain grows as the network steps answer.
        Diagnosis partial = m_model->diagnosis();
        partial.steps.append(step);
        m_model->setDiagnosis(partial);
        m_view->expandAll();
        spanEvidence();
    });
    connect(job, &DiagnosisJob::finished, this, &DiagnoseWidget::jobFinished);
    m_model->clear();
    m_stack->setCurrentIndex(1);
    m_title->setText(tr("Why %1 of %2 does not start")
                         .arg(target->container.name,
                              target->object->effectiveNamespace() + QLatin1Char('/')
                                  + target->object->name.value));
    m_banner->setText(tr("Checking the pull chain of %1...").arg(target->container.image.value));
    m_banner->setPalette(palette());
    showMend(nullptr);
    job->start();
    return true;
}

void DiagnoseWidget::cancel()
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->cancel();
        m_job->deleteLater();
        m_job = nullptr;
    }
}

void DiagnoseWidget::jobFinished()
{
    DiagnosisJob *job = m_job.data();
    m_job = nullptr;
    if (!job)
        return;
    job->deleteLater();
    if (!job->result()) {
        m_banner->setText(job->result().error().message);
        return;
    }
    setDiagnosis(*job->result());
    Q_EMIT diagnosed(*job->result());
}

void DiagnoseWidget::setDiagnosis(const Diagnosis &diagnosis)
{
    m_model->setDiagnosis(diagnosis);
    m_stack->setCurrentIndex(1);
    m_title->setText(tr("Why %1 of %2 does not start").arg(diagnosis.container, diagnosis.pod));
    const DiagnosisStep *failed = diagnosis.firstFailure();
    QPalette bannerPalette = palette();
    QColor tint =
        statusColor(failed ? DiagnosisStep::Status::Failed : DiagnosisStep::Status::Passed);
    tint.setAlphaF(0.14);
    bannerPalette.setColor(QPalette::Window, tint);
    m_banner->setPalette(bannerPalette);
    if (failed) {
        m_banner->setText(tr("First broken link: %1 — %2").arg(failed->title, failed->summary));
    } else {
        m_banner->setText(
            tr("Every check passed: %1 should pull on this node.").arg(diagnosis.image));
    }
    m_view->expandAll();
    spanEvidence();
    const int row = m_model->firstFailureRow();
    if (row >= 0) {
        // The failing step first: selected and scrolled to, its evidence open.
        const QModelIndex index = m_model->index(row, 0);
        m_view->setCurrentIndex(index);
        m_view->scrollTo(index, QAbstractItemView::PositionAtTop);
    }
    showMend(failed);
}

void DiagnoseWidget::showMend(const DiagnosisStep *step)
{
    const bool hasMend = step && step->mend;
    m_mendBox->setVisible(hasMend);
    if (!hasMend) {
        m_commands->clear();
        m_setting.clear();
        return;
    }
    const DiagnosisMend &mend = *step->mend;
    m_mendSummary->setText(mend.summary);
    m_commands->setPlainText(mend.commands.join(QLatin1Char('\n')));
    m_commands->setFixedHeight(m_commands->fontMetrics().lineSpacing()
                                   * int(std::min<qsizetype>(mend.commands.size() + 1, 6))
                               + 12);
    m_commands->setVisible(!mend.commands.isEmpty());
    m_copy->setVisible(!mend.commands.isEmpty());
    const bool fix = mend.fix.has_value() && !mend.fix->edits.isEmpty();
    m_apply->setVisible(fix);
    m_applyRerun->setVisible(fix);
    if (fix) {
        m_apply->setToolTip(mend.fix->title);
        m_applyRerun->setToolTip(mend.fix->title);
    }
    m_setting =
        mend.kind == DiagnosisMend::Kind::NodeSetting ? nodeSettingFor(step->id) : QString();
    m_nodeSetting->setVisible(mend.kind == DiagnosisMend::Kind::NodeSetting);
}

void DiagnoseWidget::spanEvidence()
{
    for (int step = 0; step < m_model->rowCount(); ++step) {
        const QModelIndex parent = m_model->index(step, 0);
        for (int row = 0; row < m_model->rowCount(parent); ++row)
            m_view->setFirstColumnSpanned(row, parent, true);
    }
}

QString DiagnoseWidget::nodeSettingFor(const QString &stepId)
{
    // Which part of the node a step's node-side mend changes (DiagnosisJob's step ids).
    static const QHash<QString, QString> settings = {
        {QStringLiteral("platform"), QStringLiteral("platform")},
        {QStringLiteral("presence"), QStringLiteral("storePath")},
        {QStringLiteral("policy"), QStringLiteral("alwaysPullImagesAdmission")},
        {QStringLiteral("credentials"), QStringLiteral("nodeConfigJsonPath")},
        {QStringLiteral("auth"), QStringLiteral("nodeConfigJsonPath")},
        {QStringLiteral("registry"), QStringLiteral("nodeConfigJsonPath")},
    };
    return settings.value(stepId);
}
