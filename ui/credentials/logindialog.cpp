// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/credentials/logindialog.h"

#include "model/registry/registryconfigstore.h"
#include "ui/common/errorbanner.h"
#include "ui/credentials/credentialwriter.h"
#include "ui/credentials/loginverifier.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

LoginDialog::LoginDialog(CredentialWriter *writer, RegistryConfigStore *store, QWidget *parent)
    : QDialog(parent)
    , m_writer(writer)
    , m_store(store)
    , m_network(new QNetworkAccessManager(this))
    , m_registry(new QComboBox(this))
    , m_username(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_repository(new QLineEdit(this))
    , m_status(new ErrorBanner(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("loginDialog"));
    setWindowTitle(tr("Log In to a Registry"));
    m_registry->setObjectName(QStringLiteral("loginRegistryCombo"));
    m_registry->setEditable(true);
    m_registry->setInsertPolicy(QComboBox::NoInsert);
    m_registry->lineEdit()->setPlaceholderText(QStringLiteral("registry.example.com:5000"));
    if (m_store) {
        for (const RegistryConfig &c : m_store->registries())
            m_registry->addItem(c.hostKey());
    }
    m_registry->setCurrentText(QString());
    m_username->setObjectName(QStringLiteral("loginUserEdit"));
    m_password->setObjectName(QStringLiteral("loginPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_repository->setObjectName(QStringLiteral("loginRepositoryEdit"));
    m_repository->setPlaceholderText(tr("Optional: a repository you may pull, e.g. team/app"));
    m_status->setObjectName(QStringLiteral("loginStatus"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Log In"));

    auto *intro = new QLabel(tr("Pullscope checks the login with the registry before it stores "
                                "anything. It goes to the credential helper your files name for "
                                "that registry, else to the desktop keyring, else, if you agree, "
                                "to an auth file only you can read."),
                             this);
    intro->setWordWrap(true);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(10);
    form->addRow(tr("&Registry:"), m_registry);
    form->addRow(tr("&User name:"), m_username);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("Re&pository:"), m_repository);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 16);
    layout->setSpacing(14);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addStretch();
    layout->addWidget(m_buttons);
    setMinimumWidth(500);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);
    m_confirm = [this](const QString &message) {
        return QMessageBox::question(this,
                                     tr("Store the Login in a File?"),
                                     message,
                                     QMessageBox::Save | QMessageBox::Cancel,
                                     QMessageBox::Cancel)
            == QMessageBox::Save;
    };
}

LoginDialog::~LoginDialog() = default;

void LoginDialog::setRegistry(const QString &host)
{
    m_registry->setCurrentText(host);
}

QString LoginDialog::statusText() const
{
    return m_status->text();
}

void LoginDialog::showStatus(const QString &text, bool problem)
{
    m_status->setStatus(text, problem);
    m_status->setProperty("hasProblem", problem);
}

void LoginDialog::setBusy(bool busy)
{
    for (QWidget *w : {static_cast<QWidget *>(m_registry),
                       static_cast<QWidget *>(m_username),
                       static_cast<QWidget *>(m_password),
                       static_cast<QWidget *>(m_repository)})
        w->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
}

void LoginDialog::accept()
{
    QString host = m_registry->currentText().trimmed();
    // Accept a pasted URL: keep host[:port] only, as docker login does.
    if (host.contains(QLatin1String("://"))) {
        RegistryConfig pasted;
        pasted.url = QUrl(host);
        host = pasted.hostKey();
    }
    while (host.endsWith(QLatin1Char('/')))
        host.chop(1);
    const QString user = m_username->text().trimmed();
    QStringList problems;
    if (host.isEmpty() || host.contains(QLatin1Char('/')) || host.contains(QLatin1Char(' ')))
        problems << tr("Registry: enter a host name, with a port if it has one "
                       "(registry.example.com:5000).");
    if (user.isEmpty())
        problems << tr("User name: enter the user name for this registry.");
    else if (user.contains(QLatin1Char(':')))
        problems << tr("User name: a user name cannot contain \":\".");
    if (m_password->text().isEmpty())
        problems << tr("Password: enter the password or access token.");
    if (!problems.isEmpty()) {
        showStatus(problems.join(QLatin1Char('\n')), true);
        return;
    }

    auto *verifier = new LoginVerifier(m_network, this);
    if (m_store) {
        for (const RegistryConfig &c : m_store->registries()) {
            if (c.hostKey() == host) {
                verifier->setHostOptions(RegistryHostOptions::fromConfig(c));
                break;
            }
        }
    }
    m_verifier = verifier;
    setBusy(true);
    showStatus(tr("Checking the login with %1…").arg(host), false);
    connect(verifier, &LoginVerifier::finished, this, [this, verifier, host] {
        verifier->deleteLater();
        m_verifier = nullptr;
        if (!verifier->result()) {
            setBusy(false);
            // The engine's message: never the password (RegistryError redacts).
            showStatus(tr("Not stored: %1").arg(verifier->result().error().message), true);
            m_password->setFocus();
            m_password->selectAll();
            return;
        }
        store(host);
    });
    verifier->start(host, user, m_password->text(), m_repository->text());
}

void LoginDialog::store(const QString &host)
{
    const CredentialWriter::Target target = m_writer->targetFor(host);
    if (target.kind == CredentialWriter::Target::Kind::File) {
        const QString message =
            tr("No credential helper is configured for %1 and no desktop keyring is available. "
               "Store the login in %2? The file is created if needed and written with mode 0600, "
               "so only you can read it; podman, skopeo and docker read it too.")
                .arg(host, CredentialWriter::describe(target));
        if (!m_confirm(message)) {
            setBusy(false);
            showStatus(tr("The login is correct but was not stored."), false);
            return;
        }
    }
    showStatus(tr("Storing the login in %1…").arg(CredentialWriter::describe(target)), false);
    const QString user = m_username->text().trimmed();
    const QString where = CredentialWriter::describe(target);
    m_writer->store(
        target,
        host,
        user,
        m_password->text(),
        [self = QPointer<LoginDialog>(this), host, where](const Result<void> &r) {
            if (!self)
                return;
            if (!r) {
                self->setBusy(false);
                self->showStatus(tr("Verified, but not stored: %1").arg(r.error().message), true);
                return;
            }
            self->m_password->clear();
            self->m_storedHost = host;
            self->showStatus(tr("Stored in %1.").arg(where), false);
            Q_EMIT self->loginStored(host, where);
            self->QDialog::accept();
        });
}

void LoginDialog::reject()
{
    if (m_verifier)
        m_verifier->cancel();
    QDialog::reject();
}
