// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/kube/finding.h"
#include "model/kube/kubefile.h"

#include <QWidget>

class ContainerTableModel;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableView;

// The form view of one file: its containers (object, name, image, pull policy as a combo) and
// the image pull secrets of the selected container's pod, with a field to add one. Every change
// is requested as text edits (editRequested); the form follows the text through setFile().
class ContainerForm : public QWidget
{
    Q_OBJECT
public:
    explicit ContainerForm(QWidget *parent = nullptr);

    // Shows file's pod specs; keeps the selected row when it still exists.
    void setFile(const KubeFile &file);

    ContainerTableModel *model() const { return m_model; }

    QTableView *table() const { return m_table; }

    QListWidget *pullSecrets() const { return m_secrets; }

    // Adds secretName to the selected row's pod (as the Add button does); false when declined.
    bool addPullSecret(const QString &secretName);

Q_SIGNALS:
    // An edit is about to be computed from the last read: refresh it now if the text changed.
    void editStarted();
    // Apply these edits to the text as one undo step.
    void editRequested(const QList<TextEdit> &edits);
    // The user asked to see this place in the editor.
    void locationActivated(int line, int column);

private:
    void updateSecrets();
    int currentRow() const;

    ContainerTableModel *m_model;
    QTableView *m_table;
    QLabel *m_secretsTitle;
    QListWidget *m_secrets;
    QLineEdit *m_newSecret;
    QPushButton *m_addSecret;
    QLabel *m_empty;
};
