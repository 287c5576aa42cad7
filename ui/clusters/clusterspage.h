// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/cluster/clustercontext.h"
#include "model/cluster/kubeconfig.h"
#include "model/core/result.h"

#include <QProcessEnvironment>
#include <QWidget>

class ClusterContextModel;
class EmptyState;
class QLabel;
class QListWidget;
class QPushButton;
class QSettings;
class QStackedWidget;
class QTableView;

// The Clusters page: the contexts of the user's kubeconfig as kubectl loads them (KubeConfig:
// a chosen file, else $KUBECONFIG merged, else ~/.kube/config), each with its server, user,
// auth method and namespace, and the selected context's problems in client-go's words
// (ClusterContext). The GUI side of `pullscope-cli cluster contexts`; no secret is shown.
// Reading stuck Pods from the cluster comes next (docs/clusters.md). A chosen file is kept in
// the settings. The kubeconfig is read, and exec plugins looked up on PATH, on a worker thread
// (Reload is disabled meanwhile). GUI thread.
class ClustersPage : public QWidget
{
    Q_OBJECT
public:
    explicit ClustersPage(QSettings *settings, QWidget *parent = nullptr);

    // The environment read for KUBECONFIG, HOME and PATH (default: the process's). For tests.
    void setEnvironment(const QProcessEnvironment &env);

    // Reads this kubeconfig only (kubectl --kubeconfig); empty goes back to the default rules.
    void setKubeconfigPath(const QString &path);

    QString kubeconfigPath() const { return m_path; }

    // Reads the kubeconfig (again) in the background; reloaded() follows. The page first reads
    // it when it is first shown, or when told an environment or a file.
    void reload();
    // A read is running.
    bool isBusy() const;

    ClusterContextModel *model() const { return m_model; }

    QTableView *table() const { return m_table; }

    QListWidget *problems() const { return m_problems; }

    EmptyState *emptyState() const { return m_empty; }

    // The line under the header: which files were read, or why nothing could be.
    QLabel *sourceLabel() const { return m_source; }

Q_SIGNALS:
    // A read ended and the page shows it.
    void reloaded();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void chooseFile();
    void showRead(const Result<KubeConfig> &config, const QList<ClusterContext> &contexts);
    void showProblemsOfSelection();

    QSettings *m_settings;
    QProcessEnvironment m_env = QProcessEnvironment::systemEnvironment();
    QString m_path;
    QStackedWidget *m_stack;
    EmptyState *m_empty;
    ClusterContextModel *m_model;
    QTableView *m_table;
    QListWidget *m_problems;
    QLabel *m_source;
    QPushButton *m_useDefault;
    QPushButton *m_reload;
    quint64 m_generation = 0;
    bool m_reading = false;
    bool m_loaded = false;
};
