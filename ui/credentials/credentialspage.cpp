// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/credentials/credentialspage.h"

#include "ui/common/emptystate.h"
#include "ui/common/icons.h"
#include "ui/common/pageheader.h"

#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QPushButton>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

CredentialsPage::CredentialsPage(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_table(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("credentialsPage"));
    m_empty = new EmptyState(Icons::path(QStringLiteral("credentials")),
                             tr("Where Pullscope finds registry credentials"),
                             tr("Pullscope uses the credentials you already have: Docker's "
                                "config.json, the containers auth.json of podman and skopeo, and "
                                "the credential helpers they name. It reads them only to talk to "
                                "a registry, and never shows or logs a secret."),
                             this);
    connect(m_empty->addButton(tr("Check Credential Files")),
            &QPushButton::clicked,
            this,
            &CredentialsPage::checkLocations);

    auto *listPage = new QWidget(this);
    auto *header = new PageHeader(tr("Credentials"),
                                  tr("The files Pullscope consults, in order. Only their "
                                     "existence is checked here; nothing is read."),
                                  listPage);
    connect(header->addButton(tr("Check Again")),
            &QPushButton::clicked,
            this,
            &CredentialsPage::checkLocations);
    m_table->setObjectName(QStringLiteral("credentialLocations"));
    m_table->setColumnCount(3);
    m_table->setHeaderLabels({tr("File"), tr("Used by"), tr("Status")});
    m_table->setRootIsDecorated(false);
    m_table->setFrameShape(QFrame::NoFrame);
    m_table->setAlternatingRowColors(true);
    m_table->setUniformRowHeights(true);
    m_table->setStyleSheet(
        QStringLiteral("QTreeWidget#credentialLocations::item { padding: 6px 4px; }"));
    m_table->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);

    auto *listLayout = new QVBoxLayout(listPage);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->setSpacing(0);
    listLayout->addWidget(header);
    auto *tableFrame = new QVBoxLayout;
    tableFrame->setContentsMargins(16, 12, 16, 16);
    tableFrame->addWidget(m_table);
    listLayout->addLayout(tableFrame, 1);

    m_stack->addWidget(m_empty);
    m_stack->addWidget(listPage);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
}

QList<CredentialsPage::Location> CredentialsPage::locations(const QProcessEnvironment &env,
                                                            const QString &homeDir)
{
    QList<Location> out;
    const QString podman = tr("podman, skopeo, buildah");
    const QString docker = tr("docker, kubectl-based tools, podman (fallback)");
    if (const QString f = env.value(QStringLiteral("REGISTRY_AUTH_FILE")); !f.isEmpty())
        out.append({f, tr("podman, skopeo (REGISTRY_AUTH_FILE)")});
    if (const QString run = env.value(QStringLiteral("XDG_RUNTIME_DIR")); !run.isEmpty())
        out.append({run + QStringLiteral("/containers/auth.json"), podman});
    QString configHome = env.value(QStringLiteral("XDG_CONFIG_HOME"));
    if (configHome.isEmpty())
        configHome = homeDir + QStringLiteral("/.config");
    out.append({configHome + QStringLiteral("/containers/auth.json"), podman});
    const QString dockerConfig = env.value(QStringLiteral("DOCKER_CONFIG"));
    out.append({(dockerConfig.isEmpty() ? homeDir + QStringLiteral("/.docker") : dockerConfig)
                    + QStringLiteral("/config.json"),
                docker});
    out.append({homeDir + QStringLiteral("/.dockercfg"), tr("old docker versions")});
    return out;
}

void CredentialsPage::checkLocations()
{
    m_table->clear();
    const QList<Location> list =
        locations(QProcessEnvironment::systemEnvironment(), QDir::homePath());
    for (const Location &l : list) {
        const bool exists = QFileInfo(l.path).isFile();
        auto *item = new QTreeWidgetItem(m_table);
        item->setText(0, QDir::toNativeSeparators(l.path));
        item->setText(1, l.source);
        item->setText(2, exists ? tr("Found") : tr("Not found"));
        if (exists) {
            QFont bold = item->font(2);
            bold.setWeight(QFont::DemiBold);
            item->setFont(2, bold);
        }
        item->setToolTip(0, QDir::toNativeSeparators(l.path));
    }
    m_stack->setCurrentIndex(1);
}
