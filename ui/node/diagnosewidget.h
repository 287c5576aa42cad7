// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/diagnose/diagnosis.h"
#include "model/kube/finding.h"
#include "model/kube/kubeworkspace.h"
#include "model/kubelet/nodeprofile.h"

#include <QPointer>
#include <QWidget>

class DiagnosisJob;
class DiagnosisModel;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTreeView;
class QWidget;
class RegistryClient;

// The Diagnose view: why a container's image does not pull on the node. The chain of checks
// with passed, failed, skipped and warning icons and their evidence; the first broken link up
// front with its mend: kubectl commands with a Copy button, a YAML fix with Apply buttons
// (fixRequested), or a node setting with a button that opens the profile editor at it
// (nodeSettingRequested). The diagnosis runs as a DiagnosisJob; nothing here waits. Evidence
// and mends are the engine's, which never hold a secret.
class DiagnoseWidget : public QWidget
{
    Q_OBJECT
public:
    // client: the network the probes use (its credentials are not); must outlive the widget.
    explicit DiagnoseWidget(RegistryClient *client, QWidget *parent = nullptr);
    ~DiagnoseWidget() override;

    // Starts diagnosing container of pod ("namespace/name", "name"; see DiagnosisTarget) in
    // workspace on node, cancelling a running diagnosis; false, with the reason shown, when
    // the pod or container is not there.
    bool diagnose(const KubeWorkspace &workspace,
                  const QString &pod,
                  const QString &container,
                  const NodeProfile &node);
    // Shows a finished diagnosis (what diagnose() does when its job ends).
    void setDiagnosis(const Diagnosis &diagnosis);
    void cancel();

    bool isBusy() const { return !m_job.isNull(); }

    DiagnosisModel *model() const { return m_model; }

    QTreeView *view() const { return m_view; }

    QLabel *banner() const { return m_banner; }

    QPlainTextEdit *commandsView() const { return m_commands; }

    QPushButton *copyButton() const { return m_copy; }

    QPushButton *applyButton() const { return m_apply; }

    QPushButton *applyAndRerunButton() const { return m_applyRerun; }

    QPushButton *nodeSettingButton() const { return m_nodeSetting; }

    // The node setting a step's mend is about ("platform", "storePath", ...; see
    // NodeProfileEditor::focusSetting), empty when none fits.
    static QString nodeSettingFor(const QString &stepId);

Q_SIGNALS:
    // A diagnosis finished (also for one the job could not complete: its error is shown).
    void diagnosed(const Diagnosis &diagnosis);
    // Apply this YAML fix to the workspace; rerun: then simulate again.
    void fixRequested(const QuickFix &fix, bool rerun);
    // Open the node profile editor at this setting.
    void nodeSettingRequested(const QString &setting);
    void statusMessageRequested(const QString &message);

private:
    void showMend(const DiagnosisStep *step);
    void jobFinished();
    void spanEvidence();

    RegistryClient *m_client;
    QPointer<DiagnosisJob> m_job;
    DiagnosisModel *m_model;
    QStackedWidget *m_stack;
    QLabel *m_empty;
    QLabel *m_title;
    QLabel *m_banner;
    QTreeView *m_view;
    QWidget *m_mendBox;
    QLabel *m_mendSummary;
    QPlainTextEdit *m_commands;
    QPushButton *m_copy;
    QPushButton *m_apply;
    QPushButton *m_applyRerun;
    QPushButton *m_nodeSetting;
    QString m_setting;
};
