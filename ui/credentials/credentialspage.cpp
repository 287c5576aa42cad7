// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/credentials/credentialspage.h"

#include "model/auth/credentialhelper.h"
#include "model/auth/credentialinventory.h"
#include "model/auth/keychainstore.h"
#include "model/items/credentialtablemodel.h"
#include "model/registry/registryconfigstore.h"
#include "ui/common/emptystate.h"
#include "ui/common/icons.h"
#include "ui/common/listtable.h"
#include "ui/common/pageheader.h"
#include "ui/credentials/credentialdelegate.h"
#include "ui/credentials/credentiallookupbox.h"
#include "ui/credentials/credentialwriter.h"
#include "ui/credentials/logindialog.h"

#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

CredentialsPage::CredentialsPage(QWidget *parent)
    : QWidget(parent)
    , m_keychain(new KeychainStore(QStringLiteral("pullscope"), this))
    , m_writer(new CredentialWriter(m_env, m_keychain, this))
    , m_stack(new QStackedWidget(this))
    , m_files(new QTreeWidget(this))
    , m_model(new CredentialTableModel(this))
    , m_table(new QTableView(this))
    , m_reveal(new QCheckBox(tr("Show secrets"), this))
    , m_summary(new QLabel(this))
    , m_lookup(new CredentialLookupBox(this))
{
    setObjectName(QStringLiteral("credentialsPage"));
    m_empty = new EmptyState(Icons::path(QStringLiteral("credentials")),
                             tr("Where Pullscope finds registry credentials"),
                             tr("Pullscope uses the credentials you already have: Docker's "
                                "config.json, the containers auth.json of podman and skopeo, and "
                                "the credential helpers they name. It reads them only to talk to "
                                "a registry, and never shows a secret unless you ask."),
                             this);
    connect(m_empty->addButton(tr("Check Credential Files")),
            &QPushButton::clicked,
            this,
            &CredentialsPage::checkLocations);
    connect(m_empty->addButton(tr("Log In…")),
            &QPushButton::clicked,
            this,
            &CredentialsPage::logIn);

    auto *listPage = new QWidget(this);
    auto *header = new PageHeader(tr("Credentials"),
                                  tr("Every credential Pullscope can use, in the order it looks "
                                     "for them. Secrets stay hidden unless you show them."),
                                  listPage);
    QPushButton *logIn = header->addButton(tr("Log In…"));
    logIn->setObjectName(QStringLiteral("logInButton"));
    m_logOut = header->addButton(tr("Log Out"));
    m_logOut->setObjectName(QStringLiteral("logOutButton"));
    m_logOut->setEnabled(false);
    QPushButton *again = header->addButton(tr("Check Again"));
    again->setObjectName(QStringLiteral("refreshCredentialsButton"));
    connect(logIn, &QPushButton::clicked, this, &CredentialsPage::logIn);
    connect(m_logOut, &QPushButton::clicked, this, &CredentialsPage::logOut);
    connect(again, &QPushButton::clicked, this, &CredentialsPage::checkLocations);

    m_reveal->setObjectName(QStringLiteral("revealSecretsCheck"));
    m_reveal->setChecked(false);
    m_reveal->setToolTip(tr("Shows passwords and tokens in clear on this screen."));
    connect(m_reveal, &QCheckBox::toggled, this, &CredentialsPage::revealChanged);
    m_summary->setObjectName(QStringLiteral("credentialSummary"));
    m_summary->setTextFormat(Qt::PlainText);

    m_table->setObjectName(QStringLiteral("credentialTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new CredentialDelegate(m_table));
    ListTable::configure(m_table, CredentialTableModel::NoteColumn);
    m_table->setFrameShape(QFrame::StyledPanel);
    connect(m_table->selectionModel(),
            &QItemSelectionModel::selectionChanged,
            this,
            &CredentialsPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CredentialsPage::updateButtons);

    m_files->setObjectName(QStringLiteral("credentialLocations"));
    m_files->setColumnCount(4);
    m_files->setHeaderLabels({tr("File"), tr("Used by"), tr("Status"), tr("Problems")});
    m_files->setRootIsDecorated(false);
    m_files->setAlternatingRowColors(true);
    m_files->setUniformRowHeights(true);
    m_files->setStyleSheet(
        QStringLiteral("QTreeWidget#credentialLocations::item { padding: 3px 4px; }"));
    m_files->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_files->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_files->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_files->header()->setSectionResizeMode(3, QHeaderView::ResizeToContents);

    auto *tablePane = new QWidget(listPage);
    auto *tableLayout = new QVBoxLayout(tablePane);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->setSpacing(6);
    auto *toolRow = new QHBoxLayout;
    toolRow->addWidget(m_summary, 1);
    toolRow->addWidget(m_reveal);
    tableLayout->addLayout(toolRow);
    tableLayout->addWidget(m_table, 1);

    auto *filesPane = new QWidget(listPage);
    auto *filesLayout = new QVBoxLayout(filesPane);
    filesLayout->setContentsMargins(0, 0, 0, 0);
    filesLayout->setSpacing(6);
    auto *filesTitle = new QLabel(tr("Files consulted, in order"), filesPane);
    QFont bold = filesTitle->font();
    bold.setWeight(QFont::DemiBold);
    filesTitle->setFont(bold);
    filesLayout->addWidget(filesTitle);
    filesLayout->addWidget(m_files, 1);

    auto *splitter = new QSplitter(Qt::Vertical, listPage);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(tablePane);
    splitter->addWidget(filesPane);
    splitter->addWidget(m_lookup);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 2);
    // Room for the files (five or six rows) and for the lookup's steps; the table takes the rest.
    m_files->setMinimumHeight(150);
    m_lookup->setMinimumHeight(190);
    splitter->setSizes({320, 190, 260});

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

    m_lookup->setKeychain(m_keychain);
    m_confirm = [this](const QString &message) {
        return QMessageBox::question(this,
                                     tr("Log Out"),
                                     message,
                                     QMessageBox::Yes | QMessageBox::Cancel,
                                     QMessageBox::Cancel)
            == QMessageBox::Yes;
    };
    connect(m_keychain, &KeychainStore::loginsChanged, this, [this] {
        if (m_stack->currentIndex() == 1 && m_inventory.isNull())
            showInventory();
    });
}

CredentialsPage::~CredentialsPage() = default;

void CredentialsPage::setRegistryStore(RegistryConfigStore *store)
{
    m_store = store;
    m_lookup->setRegistryStore(store);
}

void CredentialsPage::setEnvironment(const QProcessEnvironment &env)
{
    m_env = env;
    m_writer->setEnvironment(env);
    m_lookup->setEnvironment(env);
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

void CredentialsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_autoChecked)
        return;
    m_autoChecked = true;
    // Straight to the list when there is something to list; the explanation otherwise.
    const QString home = m_env.value(QStringLiteral("HOME"), QDir::homePath());
    for (const Location &l : locations(m_env, home)) {
        if (QFileInfo(l.path).isFile()) {
            checkLocations();
            return;
        }
    }
}

void CredentialsPage::checkLocations()
{
    m_autoChecked = true;
    fillLocations();
    m_stack->setCurrentIndex(1);
    if (m_keychain->state() == KeychainStore::State::Unknown) {
        connect(m_keychain,
                &KeychainStore::availabilityChecked,
                this,
                &CredentialsPage::updateSummary,
                Qt::SingleShotConnection);
        m_keychain->checkAvailability();
    }
    if (m_inventory) {
        m_inventory->cancel();
        m_inventory->deleteLater();
    }
    CredentialSources sources = CredentialSources::fromEnvironment(m_env);
    auto *inventory = new CredentialInventory(sources, this);
    if (m_store) {
        for (const RegistryConfig &c : m_store->registries())
            inventory->addRegistryAuthFile(c.name, c.hostKey(), c.authFile);
    }
    m_inventory = inventory;
    m_summary->setText(tr("Reading credentials…"));
    connect(inventory, &CredentialInventory::finished, this, [this, inventory] {
        if (m_inventory != inventory) {
            inventory->deleteLater();
            return;
        }
        m_inventory = nullptr;
        if (m_shown)
            m_shown->deleteLater();
        m_shown = inventory;
        showInventory();
    });
    inventory->start();
}

void CredentialsPage::fillLocations()
{
    m_files->clear();
    const QString home = m_env.value(QStringLiteral("HOME"), QDir::homePath());
    QList<Location> list = locations(m_env, home);
    if (m_store) {
        for (const RegistryConfig &c : m_store->registries()) {
            if (!c.authFile.isEmpty())
                list.prepend({c.authFile, tr("Pullscope, for registry \"%1\"").arg(c.name)});
        }
    }
    for (const Location &l : std::as_const(list)) {
        const bool exists = QFileInfo(l.path).isFile();
        auto *item = new QTreeWidgetItem(m_files);
        item->setText(0, QDir::toNativeSeparators(l.path));
        item->setText(1, l.source);
        item->setText(2, exists ? tr("Found") : tr("Not found"));
        if (exists) {
            QFont font = item->font(2);
            font.setWeight(QFont::DemiBold);
            item->setFont(2, font);
        }
        item->setToolTip(0, QDir::toNativeSeparators(l.path));
    }
}

void CredentialsPage::showInventory()
{
    QList<CredentialInventory::Entry> entries;
    if (m_shown) {
        entries = m_shown->entries();
        // Problems per file, for the files list.
        for (int i = 0; i < m_files->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = m_files->topLevelItem(i);
            for (const CredentialInventory::File &f : m_shown->files()) {
                if (QDir::toNativeSeparators(f.path) != item->text(0))
                    continue;
                const int n = int(f.problems.size()) + (f.error.isEmpty() ? 0 : 1);
                item->setText(3, n == 0 ? QString() : tr("%n problem(s)", nullptr, n));
                if (n > 0) {
                    item->setForeground(3, QColor(0xc5, 0x22, 0x1f));
                    item->setToolTip(3,
                                     (f.error.isEmpty() ? QStringList() : QStringList{f.error})
                                             .join(QLatin1Char('\n'))
                                         + f.problems.join(QLatin1Char('\n')));
                }
            }
        }
    }
    // The keyring's logins are Pullscope's own; they come after every file.
    for (auto it = m_keychain->logins().cbegin(); it != m_keychain->logins().cend(); ++it) {
        CredentialInventory::Entry e;
        e.registry = it.key();
        e.key = it.key();
        e.username = it.value();
        e.kind = Credential::Kind::Password;
        e.origin = Credential::Origin::Keychain;
        e.source = tr("desktop keyring");
        e.why = tr("Pullscope's own logins (docker, podman and skopeo do not read them)");
        entries.append(e);
    }
    m_model->setEntries(entries);
    if (m_reveal->isChecked())
        revealChanged(true);
    updateSummary();
    Q_EMIT refreshed();
}

void CredentialsPage::updateSummary()
{
    int credentials = 0;
    int problems = 0;
    for (const CredentialInventory::Entry &e : m_model->entries()) {
        if (!e.problem.isEmpty())
            ++problems;
        else if (e.kind != Credential::Kind::Anonymous)
            ++credentials;
    }
    QString text = tr("%n credential(s)", nullptr, credentials);
    if (problems > 0)
        text += tr(", %n problem(s)", nullptr, problems);
    if (m_keychain->state() == KeychainStore::State::Unavailable)
        text += QStringLiteral(" · ") + tr("no desktop keyring");
    m_summary->setText(text);
    m_summary->setToolTip(m_keychain->unavailableReason());
}

void CredentialsPage::revealChanged(bool on)
{
    m_model->setRevealSecrets(on);
    if (!on)
        return;
    const QList<CredentialInventory::Entry> entries = m_model->entries();
    const int fromInventory = m_shown ? int(m_shown->entries().size()) : 0;
    for (int row = 0; row < entries.size(); ++row) {
        const CredentialInventory::Entry &e = entries.at(row);
        if (e.kind == Credential::Kind::Anonymous)
            continue;
        if (row < fromInventory && e.origin != Credential::Origin::Helper) {
            if (const Result<QString> secret = m_shown->reveal(row))
                m_model->setRevealed(row, *secret);
            continue;
        }
        if (e.origin == Credential::Origin::Helper) {
            const QString suffix = e.source.mid(QStringLiteral("docker-credential-").size());
            auto *call = CredentialHelperCall::get(suffix, e.key, this);
            connect(call, &CredentialHelperCall::finished, this, [this, call, row, e] {
                call->deleteLater();
                if (row < m_model->rowCount() && m_model->entries().at(row).key == e.key
                    && call->result() && !call->result()->isAnonymous())
                    m_model->setRevealed(row, call->result()->secret);
            });
            call->start();
        } else if (e.origin == Credential::Origin::Keychain) {
            m_keychain->read(e.registry,
                             [this, row, e, guard = QPointer<CredentialsPage>(this)](
                                 const Result<Credential> &c) {
                                 if (!guard || !c || c->isAnonymous() || row >= m_model->rowCount()
                                     || m_model->entries().at(row).key != e.key)
                                     return;
                                 m_model->setRevealed(row, c->secret);
                             });
        }
    }
}

void CredentialsPage::updateButtons()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    bool removable = false;
    if (!rows.isEmpty()) {
        const CredentialInventory::Entry &e = m_model->entries().at(rows.first().row());
        removable = e.problem.isEmpty() && e.kind != Credential::Kind::Anonymous;
    }
    m_logOut->setEnabled(removable);
}

void CredentialsPage::logIn()
{
    auto *dialog = new LoginDialog(m_writer, m_store, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (!rows.isEmpty())
        dialog->setRegistry(rows.first().data(CredentialTableModel::RegistryRole).toString());
    connect(dialog,
            &LoginDialog::loginStored,
            this,
            [this](const QString &host, const QString &where) {
                Q_EMIT statusMessageRequested(
                    tr("Logged in to %1; stored in %2.").arg(host, where));
                checkLocations();
            });
    // The keyring's availability decides where a login goes; know it before the user is done.
    if (m_keychain->state() == KeychainStore::State::Unknown)
        m_keychain->checkAvailability();
    dialog->open();
}

void CredentialsPage::logOut()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const CredentialInventory::Entry e = m_model->entries().at(rows.first().row());
    //: %1 a registry, %2 a user name, %3 a file or helper
    const QString message =
        tr("Remove the login for %1 (user %2) from %3?").arg(e.registry, e.username, e.source);
    if (!m_confirm(message))
        return;
    m_writer->remove(e, [guard = QPointer<CredentialsPage>(this), e](const Result<void> &r) {
        if (!guard)
            return;
        if (!r) {
            guard->m_summary->setText(tr("Not logged out: %1").arg(r.error().message));
            Q_EMIT guard->statusMessageRequested(guard->m_summary->text());
            return;
        }
        Q_EMIT guard->statusMessageRequested(
            tr("Logged out of %1 (removed from %2).").arg(e.registry, e.source));
        guard->checkLocations();
    });
}
