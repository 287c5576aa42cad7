// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/registries/registriespage.h"

#include "model/registry/registryconfigstore.h"
#include "ui/common/emptystate.h"
#include "ui/common/icons.h"
#include "ui/common/pageheader.h"
#include "ui/registries/registrydelegate.h"
#include "ui/registries/registrylistmodel.h"

#include <QFormLayout>
#include <QFrame>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace {
QLabel *valueLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}
} // namespace

RegistriesPage::RegistriesPage(RegistryConfigStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(new RegistryListModel(store, this))
    , m_stack(new QStackedWidget(this))
    , m_list(new QListView(this))
{
    setObjectName(QStringLiteral("registriesPage"));
    m_empty = new EmptyState(Icons::path(QStringLiteral("registries")),
                             tr("Add a registry"),
                             tr("Registries are where your images live: Docker Hub, your "
                                "company's Harbor or GitLab, a cloud registry, or a local one for "
                                "testing. Add one to browse its repositories, tags, platforms and "
                                "layers, and to check that your cluster can pull from it."),
                             this);
    connect(m_empty->addButton(tr("Add a Registry…")),
            &QPushButton::clicked,
            this,
            &RegistriesPage::addRegistryRequested);

    // The list view: header with actions, list on the left, details on the right.
    auto *listPage = new QWidget(this);
    auto *header = new PageHeader(tr("Registries"),
                                  tr("The registries Pullscope knows about. Select one to see "
                                     "how Pullscope will reach it."),
                                  listPage);
    auto *add = header->addButton(tr("Add Registry…"));
    m_remove = header->addButton(tr("Remove"));
    m_remove->setObjectName(QStringLiteral("removeRegistryButton"));
    m_remove->setEnabled(false);
    connect(add, &QPushButton::clicked, this, &RegistriesPage::addRegistryRequested);
    connect(m_remove, &QPushButton::clicked, this, &RegistriesPage::removeSelected);

    m_list->setObjectName(QStringLiteral("registryList"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new RegistryDelegate(m_list));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setUniformItemSizes(true);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setMinimumWidth(300);
    connect(m_list->selectionModel(),
            &QItemSelectionModel::currentChanged,
            this,
            &RegistriesPage::showDetails);

    m_detailPane = new QWidget(this);
    m_detailPane->setObjectName(QStringLiteral("registryDetails"));
    m_detailTitle = new QLabel(m_detailPane);
    QFont titleFont = m_detailTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setWeight(QFont::DemiBold);
    m_detailTitle->setFont(titleFont);
    m_detailTitle->setTextFormat(Qt::PlainText);
    m_detailUrl = valueLabel(m_detailPane);
    m_detailSecurity = valueLabel(m_detailPane);
    m_detailCertDir = valueLabel(m_detailPane);
    m_detailAuthFile = valueLabel(m_detailPane);

    auto *form = new QFormLayout;
    form->setHorizontalSpacing(16);
    form->setVerticalSpacing(10);
    form->setLabelAlignment(Qt::AlignLeft);
    form->addRow(tr("URL:"), m_detailUrl);
    form->addRow(tr("Connection:"), m_detailSecurity);
    form->addRow(tr("Certificate folder:"), m_detailCertDir);
    form->addRow(tr("Auth file:"), m_detailAuthFile);

    auto *note = new QLabel(tr("Browsing repositories, tags and manifests arrives with the "
                               "registry browser. Pullscope has not contacted this registry yet."),
                            m_detailPane);
    note->setObjectName(QStringLiteral("registryBrowserNote"));
    note->setWordWrap(true);
    note->setFrameShape(QFrame::StyledPanel);
    note->setMargin(12);
    note->setAutoFillBackground(true);
    QPalette notePalette = note->palette();
    notePalette.setColor(QPalette::Window, notePalette.color(QPalette::AlternateBase));
    note->setPalette(notePalette);

    auto *detailLayout = new QVBoxLayout(m_detailPane);
    detailLayout->setContentsMargins(24, 16, 24, 16);
    detailLayout->setSpacing(16);
    detailLayout->addWidget(m_detailTitle);
    detailLayout->addLayout(form);
    detailLayout->addWidget(note);
    detailLayout->addStretch();

    auto *splitter = new QSplitter(Qt::Horizontal, listPage);
    splitter->setChildrenCollapsible(false);
    splitter->setHandleWidth(1);
    QColor line = palette().color(QPalette::WindowText);
    line.setAlphaF(0.12);
    splitter->setStyleSheet(
        QStringLiteral("QSplitter::handle { background: %1; }").arg(line.name(QColor::HexArgb)));
    splitter->addWidget(m_list);
    splitter->addWidget(m_detailPane);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({360, 540});

    auto *listLayout = new QVBoxLayout(listPage);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->setSpacing(0);
    listLayout->addWidget(header);
    listLayout->addWidget(splitter, 1);

    m_stack->addWidget(m_empty);
    m_stack->addWidget(listPage);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_model, &QAbstractItemModel::modelReset, this, &RegistriesPage::refresh);
    refresh();
}

void RegistriesPage::selectRegistry(const QString &name)
{
    const int row = m_model->rowOf(name);
    if (row >= 0)
        m_list->setCurrentIndex(m_model->index(row));
}

void RegistriesPage::refresh()
{
    const bool empty = m_model->rowCount() == 0;
    m_stack->setCurrentIndex(empty ? 0 : 1);
    if (!empty && !m_list->currentIndex().isValid())
        m_list->setCurrentIndex(m_model->index(0));
    showDetails();
}

void RegistriesPage::showDetails()
{
    const QModelIndex index = m_list->currentIndex();
    m_remove->setEnabled(index.isValid());
    m_detailPane->setVisible(index.isValid());
    if (!index.isValid())
        return;
    const auto text = [&](int role) {
        return index.data(role).toString();
    };
    m_detailTitle->setText(text(RegistryListModel::NameRole));
    m_detailUrl->setText(text(RegistryListModel::UrlRole));
    if (index.data(RegistryListModel::InsecureRole).toBool()) {
        m_detailSecurity->setText(tr("Insecure: plain HTTP allowed, TLS certificates not "
                                     "verified"));
    } else {
        m_detailSecurity->setText(tr("HTTPS with certificate verification"));
    }
    const QString certDir = text(RegistryListModel::CertDirRole);
    m_detailCertDir->setText(certDir.isEmpty() ? tr("None (system certificates)") : certDir);
    const QString authFile = text(RegistryListModel::AuthFileRole);
    m_detailAuthFile->setText(authFile.isEmpty() ? tr("None (the usual credential files)")
                                                 : authFile);
}

void RegistriesPage::removeSelected()
{
    const QModelIndex index = m_list->currentIndex();
    if (!index.isValid())
        return;
    const QString name = index.data(RegistryListModel::NameRole).toString();
    const auto answer = QMessageBox::question(this,
                                              tr("Remove Registry"),
                                              tr("Remove \"%1\" from Pullscope? Images and "
                                                 "credentials are not touched.")
                                                  .arg(name));
    if (answer != QMessageBox::Yes)
        return;
    if (m_store->remove(name))
        Q_EMIT statusMessageRequested(tr("Removed registry \"%1\".").arg(name));
}
