// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/registries/addregistrydialog.h"

#include "model/core/realclock.h"
#include "model/registry/registryclient.h"
#include "model/registry/registryconfigstore.h"
#include "ui/common/errorbanner.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
const char *const kErrorProperty = "hasProblem";

void markField(QLineEdit *edit, bool bad)
{
    edit->setProperty(kErrorProperty, bad);
    // A frame in the error banner's red for this palette; cleared by editing.
    const QColor red = ErrorBanner::hue(ErrorBanner::Kind::Error, edit->palette());
    edit->setStyleSheet(bad ? QStringLiteral("QLineEdit { border: 1px solid %1; "
                                             "border-radius: 3px; padding: 0 3px; }")
                                  .arg(red.name())
                            : QString());
}
} // namespace

AddRegistryDialog::AddRegistryDialog(const QStringList &existingNames, QWidget *parent)
    : QDialog(parent)
    , m_existingNames(existingNames)
    , m_name(new QLineEdit(this))
    , m_url(new QLineEdit(this))
    , m_insecure(new QCheckBox(tr("Insecure: allow plain HTTP and skip TLS verification"), this))
    , m_tlsVerify(new QCheckBox(tr("Verify the server's TLS certificate"), this))
    , m_certDir(new QLineEdit(this))
    , m_authFile(new QLineEdit(this))
    , m_problems(new ErrorBanner(this))
    , m_test(new QPushButton(tr("Test Connection"), this))
    , m_testResult(new ErrorBanner(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Add Registry"));
    setObjectName(QStringLiteral("addRegistryDialog"));

    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setPlaceholderText(tr("Company registry"));
    m_url->setObjectName(QStringLiteral("urlEdit"));
    m_url->setPlaceholderText(QStringLiteral("registry.example.com:5000"));
    m_insecure->setObjectName(QStringLiteral("insecureCheck"));
    m_insecure->setToolTip(tr("Only for local test registries: credentials and images travel "
                              "unprotected."));
    m_tlsVerify->setObjectName(QStringLiteral("tlsVerifyCheck"));
    m_tlsVerify->setChecked(true);
    m_tlsVerify->setToolTip(tr("Turn off only for a registry whose certificate you cannot add "
                               "to the certificate folder (skopeo --tls-verify=false)."));
    m_certDir->setObjectName(QStringLiteral("certDirEdit"));
    m_certDir->setPlaceholderText(tr("Optional: folder with ca.crt, client.cert, client.key"));
    m_authFile->setObjectName(QStringLiteral("authFileEdit"));
    m_authFile->setPlaceholderText(tr("Optional: an auth.json consulted first for this registry"));
    m_problems->setObjectName(QStringLiteral("problemLabel"));
    m_test->setObjectName(QStringLiteral("testConnectionButton"));
    m_testResult->setObjectName(QStringLiteral("testResultLabel"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Add"));

    auto *browse = new QPushButton(tr("Browse…"), this);
    auto *certRow = new QHBoxLayout;
    certRow->addWidget(m_certDir, 1);
    certRow->addWidget(browse);
    auto *browseAuth = new QPushButton(tr("Browse…"), this);
    auto *authRow = new QHBoxLayout;
    authRow->addWidget(m_authFile, 1);
    authRow->addWidget(browseAuth);

    auto *intro = new QLabel(tr("Pullscope talks to the registry API at /v2/ on this address. "
                                "Credentials come from your auth files and helpers, never from "
                                "this form."),
                             this);
    intro->setWordWrap(true);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(10);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&URL:"), m_url);
    form->addRow(QString(), m_insecure);
    form->addRow(QString(), m_tlsVerify);
    // A row holding a layout gets no buddy from addRow(QString, ...), so label it by hand.
    auto *certLabel = new QLabel(tr("&Certificate folder:"), this);
    certLabel->setBuddy(m_certDir);
    form->addRow(certLabel, certRow);
    auto *authLabel = new QLabel(tr("Au&th file:"), this);
    authLabel->setBuddy(m_authFile);
    form->addRow(authLabel, authRow);

    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 16);
    layout->setSpacing(14);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problems);
    layout->addLayout(testRow);
    layout->addWidget(m_testResult);
    layout->addStretch();
    layout->addWidget(m_buttons);
    setMinimumWidth(560);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &AddRegistryDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AddRegistryDialog::reject);
    connect(browse, &QPushButton::clicked, this, &AddRegistryDialog::browseCertDir);
    connect(browseAuth, &QPushButton::clicked, this, &AddRegistryDialog::browseAuthFile);
    connect(m_test, &QPushButton::clicked, this, &AddRegistryDialog::testConnection);
    // Insecure skips verification (RegistryHostOptions::fromConfig), so say so in the form.
    connect(m_insecure, &QCheckBox::toggled, this, [this](bool insecure) {
        m_tlsVerify->setEnabled(!insecure);
    });
    for (QLineEdit *edit : {m_name, m_url, m_certDir, m_authFile})
        connect(edit, &QLineEdit::textEdited, this, [edit] {
            markField(edit, false);
        });
}

AddRegistryDialog::~AddRegistryDialog()
{
    cancelTest();
}

void AddRegistryDialog::editRegistry(const RegistryConfig &config)
{
    m_originalName = config.name;
    m_existingNames.removeAll(config.name);
    setWindowTitle(tr("Edit Registry"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    m_name->setText(config.name);
    m_url->setText(config.url.toString());
    m_insecure->setChecked(config.insecure);
    m_tlsVerify->setChecked(config.tlsVerify);
    m_tlsVerify->setEnabled(!config.insecure);
    m_certDir->setText(QDir::toNativeSeparators(config.certDir));
    m_authFile->setText(QDir::toNativeSeparators(config.authFile));
}

AddRegistryDialog *
AddRegistryDialog::editInStore(RegistryConfigStore *store, const QString &name, QWidget *parent)
{
    const int index = store ? store->indexOf(name) : -1;
    if (index < 0)
        return nullptr;
    QStringList names;
    for (const RegistryConfig &c : store->registries())
        names.append(c.name);
    auto *dialog = new AddRegistryDialog(names, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->editRegistry(store->registries().at(index));
    QPointer<RegistryConfigStore> guard(store);
    connect(dialog, &QDialog::accepted, dialog, [dialog, guard] {
        if (!guard)
            return;
        const RegistryConfig config = dialog->config();
        if (config.name != dialog->originalName())
            guard->remove(dialog->originalName());
        guard->addOrUpdate(config);
    });
    dialog->open();
    return dialog;
}

RegistryConfig AddRegistryDialog::config() const
{
    RegistryConfig c;
    c.name = m_name->text().trimmed();
    c.insecure = m_insecure->isChecked();
    c.tlsVerify = m_tlsVerify->isChecked() && !c.insecure;
    c.url = RegistryConfig::urlFromUserInput(m_url->text(), c.insecure);
    c.certDir = m_certDir->text().trimmed();
    if (!c.certDir.isEmpty())
        c.certDir = QDir::cleanPath(c.certDir);
    c.authFile = m_authFile->text().trimmed();
    if (!c.authFile.isEmpty())
        c.authFile = QDir::cleanPath(c.authFile);
    return c;
}

QString AddRegistryDialog::problemText() const
{
    return m_problems->text();
}

QString AddRegistryDialog::testResultText() const
{
    return m_testResult->text();
}

bool AddRegistryDialog::showProblems(const QList<RegistryConfig::Problem> &problems)
{
    if (problems.isEmpty())
        return false;
    QStringList lines;
    QLineEdit *first = nullptr;
    for (const RegistryConfig::Problem &p : problems) {
        lines.append(p.message);
        if (QLineEdit *edit = editFor(p.field)) {
            markField(edit, true);
            if (!first)
                first = edit;
        }
    }
    m_problems->setError(lines.join(QLatin1Char('\n')));
    if (first)
        first->setFocus();
    return true;
}

void AddRegistryDialog::accept()
{
    clearProblems();
    const RegistryConfig c = config();
    QList<RegistryConfig::Problem> problems = c.problems();
    if (!c.name.isEmpty() && m_existingNames.contains(c.name)) {
        problems.prepend({RegistryConfig::Field::Name,
                          tr("Name: a registry called \"%1\" already exists; choose another name.")
                              .arg(c.name)});
    }
    if (!showProblems(problems))
        QDialog::accept();
}

void AddRegistryDialog::done(int result)
{
    // Closing, accepting or rejecting ends a test still running; its answer has no reader.
    cancelTest();
    QDialog::done(result);
}

void AddRegistryDialog::cancelTest()
{
    delete m_ping; // aborts its request
    delete m_client;
    m_test->setEnabled(true);
    m_test->setText(tr("Test Connection"));
}

void AddRegistryDialog::testConnection()
{
    if (m_ping)
        return;
    clearProblems();
    const RegistryConfig c = config();
    // Only the address and folders matter here; the name may still be empty.
    QList<RegistryConfig::Problem> problems;
    for (const RegistryConfig::Problem &p : c.problems()) {
        if (p.field != RegistryConfig::Field::Name)
            problems.append(p);
    }
    if (showProblems(problems))
        return;
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    // A client of its own: no token, challenge or scheme remembered from an earlier test.
    m_client = new RegistryClient(m_network, new RealClock(this), this);
    const QString host = c.hostKey();
    m_client->setHostOptions(host, RegistryHostOptions::fromConfig(c));
    m_testedConfig = c;
    m_ping = new PingJob(m_client, host, this);
    m_test->setEnabled(false);
    m_test->setText(tr("Testing…"));
    m_testResult->setMessage(tr("Contacting %1…").arg(c.url.toDisplayString()));
    connect(m_ping, &PingJob::finished, this, [this, job = m_ping.data()] {
        m_lastTest = job->result();
        m_testResult->setStatus(describeTest(m_testedConfig, m_lastTest), !m_lastTest);
        m_testResult->setProperty(kErrorProperty, !m_lastTest.has_value());
        job->deleteLater();
        m_ping = nullptr;
        m_client->deleteLater();
        m_client = nullptr;
        m_test->setEnabled(true);
        m_test->setText(tr("Test Connection"));
        Q_EMIT connectionTested();
    });
    m_ping->start();
}

QString AddRegistryDialog::describeTest(const RegistryConfig &config,
                                        const Result<PingResult> &result)
{
    if (!result) {
        //: %1 the registry URL, %2 the engine's explanation
        return tr("Not reachable: %1\n%2")
            .arg(config.url.toDisplayString(), result.error().message);
    }
    const PingResult &p = *result;
    QStringList lines;
    lines << tr("Reachable at %1").arg(p.url);
    if (p.scheme == QLatin1String("https"))
        lines << (p.tlsVerified ? tr("Connection: HTTPS, certificate verified")
                                : tr("Connection: HTTPS, certificate NOT verified"));
    else
        lines << tr("Connection: plain HTTP (unencrypted)");
    if (p.authScheme == QLatin1String("none"))
        lines << tr("Authentication: none asked for");
    else if (p.authScheme == QLatin1String("bearer"))
        //: %1 the token server URL, %2 the service name
        lines
            << tr("Authentication: bearer tokens from %1 (service \"%2\")").arg(p.realm, p.service);
    else
        lines << tr("Authentication: %1").arg(p.authScheme);
    if (p.catalogSupported)
        lines << tr("Catalog: supported (repositories can be listed)");
    else
        lines << tr("Catalog: not available: %1").arg(p.catalogNote);
    if (!p.apiVersion.isEmpty())
        lines << tr("API: %1").arg(p.apiVersion);
    return lines.join(QLatin1Char('\n'));
}

void AddRegistryDialog::browseCertDir()
{
    const QString dir = QFileDialog::getExistingDirectory(
        this,
        tr("Certificate Folder"),
        m_certDir->text().isEmpty() ? QDir::homePath() : m_certDir->text());
    if (!dir.isEmpty()) {
        m_certDir->setText(QDir::toNativeSeparators(dir));
        markField(m_certDir, false);
    }
}

void AddRegistryDialog::browseAuthFile()
{
    const QString file = QFileDialog::getOpenFileName(
        this,
        tr("Auth File"),
        m_authFile->text().isEmpty() ? QDir::homePath() : m_authFile->text(),
        tr("Auth files (*.json);;All files (*)"));
    if (!file.isEmpty()) {
        m_authFile->setText(QDir::toNativeSeparators(file));
        markField(m_authFile, false);
    }
}

void AddRegistryDialog::clearProblems()
{
    m_problems->clear();
    for (QLineEdit *edit : {m_name, m_url, m_certDir, m_authFile})
        markField(edit, false);
}

QLineEdit *AddRegistryDialog::editFor(RegistryConfig::Field field) const
{
    switch (field) {
    case RegistryConfig::Field::Name:
        return m_name;
    case RegistryConfig::Field::Url:
        return m_url;
    case RegistryConfig::Field::CertDir:
        return m_certDir;
    case RegistryConfig::Field::AuthFile:
        return m_authFile;
    }
    return nullptr;
}
