// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/workspace/containerform.h"

#include "model/items/containertablemodel.h"
#include "model/kube/kubefixes.h"
#include "ui/workspace/pullpolicydelegate.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QTableView>
#include <QVBoxLayout>

ContainerForm::ContainerForm(QWidget *parent)
    : QWidget(parent)
    , m_model(new ContainerTableModel(this))
    , m_table(new QTableView(this))
    , m_secretsTitle(new QLabel(this))
    , m_secrets(new QListWidget(this))
    , m_newSecret(new QLineEdit(this))
    //: Button: add an image pull secret to the selected pod
    , m_addSecret(new QPushButton(tr("Add Pull Secret"), this))
    , m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("containerForm"));
    m_table->setObjectName(QStringLiteral("containerTable"));
    //: Accessible name of the table of containers in the form view
    m_table->setAccessibleName(tr("Containers"));
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(ContainerTableModel::PullPolicyColumn,
                                      new PullPolicyDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::SelectedClicked);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(ContainerTableModel::ImageColumn,
                                                      QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ContainerTableModel::ObjectColumn,
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ContainerTableModel::ContainerColumn,
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ContainerTableModel::PullPolicyColumn,
                                                      QHeaderView::ResizeToContents);
    m_table->setAlternatingRowColors(true);
    m_table->setMinimumHeight(60);
    m_table->setToolTip(tr("Double-click or press F2 to change an image or pull policy; the "
                           "YAML is edited in place, comments and order kept."));
    connect(m_model, &ContainerTableModel::editRequested, this, &ContainerForm::editRequested);
    connect(m_model, &ContainerTableModel::editStarted, this, &ContainerForm::editStarted);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateSecrets();
    });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (!(m_model->flags(index) & Qt::ItemIsEditable))
            Q_EMIT locationActivated(index.data(ContainerTableModel::LineRole).toInt(), 1);
    });

    m_secretsTitle->setObjectName(QStringLiteral("pullSecretsTitle"));
    m_secretsTitle->setWordWrap(true);
    m_secrets->setObjectName(QStringLiteral("pullSecretsList"));
    //: Accessible name of the list of a pod's image pull secrets
    m_secrets->setAccessibleName(tr("Image pull secrets"));
    m_secrets->setMinimumHeight(40);
    m_newSecret->setObjectName(QStringLiteral("newPullSecret"));
    //: Placeholder of the field that names a new image pull secret
    m_newSecret->setPlaceholderText(tr("Secret name, such as regcred"));
    // A Secret's name is a DNS subdomain (RFC 1123), which the API server validates.
    m_newSecret->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?")),
        m_newSecret));
    m_addSecret->setObjectName(QStringLiteral("addPullSecret"));
    m_addSecret->setEnabled(false);
    connect(m_newSecret, &QLineEdit::textChanged, this, [this] {
        m_addSecret->setEnabled(m_newSecret->hasAcceptableInput() && currentRow() >= 0);
    });
    auto add = [this] {
        if (addPullSecret(m_newSecret->text()))
            m_newSecret->clear();
    };
    connect(m_addSecret, &QPushButton::clicked, this, add);
    connect(m_newSecret, &QLineEdit::returnPressed, this, add);
    m_empty->setObjectName(QStringLiteral("containerFormEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    //: Shown in the form view when the file has no Pod or workload
    m_empty->setText(tr("No Pod or workload in this file. Containers of Pods, Deployments, "
                        "StatefulSets, DaemonSets, Jobs and CronJobs show here."));

    // The table takes the width; the selected pod's pull secrets sit beside it, so the form
    // stays short under the editor.
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_newSecret, 1);
    addRow->addWidget(m_addSecret);
    auto *secretsColumn = new QVBoxLayout;
    secretsColumn->setContentsMargins(0, 0, 0, 0);
    secretsColumn->addWidget(m_secretsTitle);
    secretsColumn->addWidget(m_secrets, 1);
    secretsColumn->addLayout(addRow);
    auto *secretsPane = new QWidget(this);
    secretsPane->setLayout(secretsColumn);
    secretsPane->setMinimumWidth(160);
    secretsPane->setMaximumWidth(300);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_table, 1);
    layout->addWidget(secretsPane);
    setFile(KubeFile());
}

void ContainerForm::setFile(const KubeFile &file)
{
    const int row = currentRow();
    m_model->setFile(file);
    const bool any = m_model->rowCount() > 0;
    m_empty->setVisible(!any);
    m_table->setVisible(any);
    if (any && !m_table->currentIndex().isValid())
        m_table->setCurrentIndex(m_model->index(qBound(0, row, m_model->rowCount() - 1), 0));
    updateSecrets();
}

int ContainerForm::currentRow() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void ContainerForm::updateSecrets()
{
    const KubeObject *object = m_model->objectAt(currentRow());
    m_secrets->clear();
    const bool any = object != nullptr;
    m_secretsTitle->parentWidget()->setVisible(any);
    if (!object)
        return;
    //: Title over a pod's image pull secrets; %1 is the object, such as Pod/web
    m_secretsTitle->setText(tr("Image pull secrets of %1").arg(object->displayName()));
    for (const LocatedValue &secret : object->podSpec->imagePullSecrets) {
        auto *item = new QListWidgetItem(secret.value.isEmpty() ? tr("(entry without a name)")
                                                                : secret.value,
                                         m_secrets);
        item->setData(Qt::UserRole, secret.at.line);
    }
    if (object->podSpec->imagePullSecrets.isEmpty()) {
        auto *item = new QListWidgetItem(
            object->podSpec->serviceAccountName.present
                //: A pod without pull secrets of its own; %1 is its ServiceAccount
                ? tr("None listed: the ServiceAccount \"%1\"'s secrets apply")
                      .arg(object->podSpec->serviceAccountName.value)
                //: A pod without pull secrets and without a ServiceAccount
                : tr("None listed: the \"default\" ServiceAccount's secrets apply"),
            m_secrets);
        item->setFlags(Qt::ItemIsEnabled);
    }
    m_addSecret->setEnabled(m_newSecret->hasAcceptableInput());
}

bool ContainerForm::addPullSecret(const QString &secretName)
{
    Q_EMIT editStarted();
    const KubeObject *object = m_model->objectAt(currentRow());
    if (!object || secretName.isEmpty())
        return false;
    for (const LocatedValue &s : object->podSpec->imagePullSecrets) {
        if (s.value == secretName)
            return false;
    }
    const QList<TextEdit> edits = KubeFixes::addPullSecret(m_model->file(), *object, secretName);
    if (edits.isEmpty())
        return false;
    Q_EMIT editRequested(edits);
    return true;
}
