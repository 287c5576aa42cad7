// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/registries/addregistrydialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
const char *const kErrorProperty = "hasProblem";

void markField(QLineEdit *edit, bool bad)
{
    edit->setProperty(kErrorProperty, bad);
    // Red frame from the palette's error-ish colour; cleared by editing.
    edit->setStyleSheet(bad ? QStringLiteral("QLineEdit { border: 1px solid #d93025; "
                                             "border-radius: 3px; padding: 0 3px; }")
                            : QString());
}
} // namespace

AddRegistryDialog::AddRegistryDialog(const QStringList &existingNames, QWidget *parent)
    : QDialog(parent)
    , m_existingNames(existingNames)
    , m_name(new QLineEdit(this))
    , m_url(new QLineEdit(this))
    , m_insecure(new QCheckBox(tr("Insecure: allow plain HTTP and skip TLS verification"), this))
    , m_certDir(new QLineEdit(this))
    , m_problems(new QLabel(this))
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
    m_certDir->setObjectName(QStringLiteral("certDirEdit"));
    m_certDir->setPlaceholderText(tr("Optional: folder with ca.crt, client.cert, client.key"));
    m_problems->setObjectName(QStringLiteral("problemLabel"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    QPalette pal = m_problems->palette();
    pal.setColor(QPalette::WindowText, QColor(0xd9, 0x30, 0x25));
    m_problems->setPalette(pal);
    m_problems->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Add"));

    auto *browse = new QPushButton(tr("Browse…"), this);
    auto *certRow = new QHBoxLayout;
    certRow->addWidget(m_certDir, 1);
    certRow->addWidget(browse);

    auto *intro = new QLabel(tr("Pullscope talks to the registry API at /v2/ on this address. "
                                "Credentials come from your auth files, never from this form."),
                             this);
    intro->setWordWrap(true);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(10);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&URL:"), m_url);
    form->addRow(QString(), m_insecure);
    // A row holding a layout gets no buddy from addRow(QString, ...), so label it by hand.
    auto *certLabel = new QLabel(tr("&Certificate folder:"), this);
    certLabel->setBuddy(m_certDir);
    form->addRow(certLabel, certRow);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 16);
    layout->setSpacing(14);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problems);
    layout->addStretch();
    layout->addWidget(m_buttons);
    setMinimumWidth(520);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &AddRegistryDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AddRegistryDialog::reject);
    connect(browse, &QPushButton::clicked, this, &AddRegistryDialog::browseCertDir);
    for (QLineEdit *edit : {m_name, m_url, m_certDir})
        connect(edit, &QLineEdit::textEdited, this, [edit] {
            markField(edit, false);
        });
}

RegistryConfig AddRegistryDialog::config() const
{
    RegistryConfig c;
    c.name = m_name->text().trimmed();
    c.insecure = m_insecure->isChecked();
    c.tlsVerify = !c.insecure;
    c.url = RegistryConfig::urlFromUserInput(m_url->text(), c.insecure);
    c.certDir = m_certDir->text().trimmed();
    if (!c.certDir.isEmpty())
        c.certDir = QDir::cleanPath(c.certDir);
    return c;
}

QString AddRegistryDialog::problemText() const
{
    return m_problems->text();
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
    if (problems.isEmpty()) {
        QDialog::accept();
        return;
    }
    QStringList lines;
    QLineEdit *first = nullptr;
    for (const RegistryConfig::Problem &p : std::as_const(problems)) {
        lines.append(p.message);
        if (QLineEdit *edit = editFor(p.field)) {
            markField(edit, true);
            if (!first)
                first = edit;
        }
    }
    m_problems->setText(lines.join(QLatin1Char('\n')));
    m_problems->show();
    if (first)
        first->setFocus();
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

void AddRegistryDialog::clearProblems()
{
    m_problems->clear();
    m_problems->hide();
    for (QLineEdit *edit : {m_name, m_url, m_certDir})
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
        return nullptr;
    }
    return nullptr;
}
