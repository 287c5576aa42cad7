// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/workspace/secretgeneratordialog.h"

#include "model/kube/dockerregistrysecret.h"
#include "ui/workspace/yamlhighlighter.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QSaveFile>
#include <QVBoxLayout>

SecretGeneratorDialog::SecretGeneratorDialog(QWidget *parent)
    : QDialog(parent)
    , m_server(new QLineEdit(this))
    , m_username(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    //: Check box beside the password field
    , m_showPassword(new QCheckBox(tr("Show"), this))
    , m_email(new QLineEdit(this))
    , m_namespace(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_preview(new QPlainTextEdit(this))
    //: Check box over the YAML preview: show the real base64 instead of a mask
    , m_reveal(new QCheckBox(tr("Show secret data"), this))
    , m_problem(new QLabel(this))
    , m_contents(new QLabel(this))
    , m_buttons(new QDialogButtonBox(this))
{
    setObjectName(QStringLiteral("secretGeneratorDialog"));
    //: Title of the dialog that makes a docker-registry Secret
    setWindowTitle(tr("Generate Image Pull Secret"));
    m_server->setObjectName(QStringLiteral("secretServer"));
    m_username->setObjectName(QStringLiteral("secretUsername"));
    m_password->setObjectName(QStringLiteral("secretPassword"));
    m_showPassword->setObjectName(QStringLiteral("secretShowPassword"));
    m_email->setObjectName(QStringLiteral("secretEmail"));
    m_namespace->setObjectName(QStringLiteral("secretNamespace"));
    m_name->setObjectName(QStringLiteral("secretName"));
    m_preview->setObjectName(QStringLiteral("secretPreview"));
    m_reveal->setObjectName(QStringLiteral("secretReveal"));
    m_problem->setObjectName(QStringLiteral("secretProblem"));

    // kubectl's default server when --docker-server is not given.
    m_server->setPlaceholderText(QStringLiteral("https://index.docker.io/v1/"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText
                                    | Qt::ImhSensitiveData);
    //: Accessible name of the check box that shows the password in clear text
    m_showPassword->setAccessibleName(tr("Show password"));
    m_namespace->setPlaceholderText(QStringLiteral("default"));
    m_name->setText(QStringLiteral("regcred"));
    // Names and namespaces as the API server validates them (RFC 1123 subdomain / label).
    m_name->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?")),
        m_name));
    m_namespace->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?")),
        m_namespace));

    auto *passwordRow = new QHBoxLayout;
    passwordRow->addWidget(m_password, 1);
    passwordRow->addWidget(m_showPassword);
    auto *form = new QFormLayout;
    //: Form label; the registry's address
    form->addRow(tr("&Server:"), m_server);
    form->addRow(tr("&Username:"), m_username);
    form->addRow(tr("&Password:"), passwordRow);
    form->addRow(tr("&Email:"), m_email);
    form->addRow(tr("Na&mespace:"), m_namespace);
    //: Form label; the Secret's name
    form->addRow(tr("&Name:"), m_name);

    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    //: Accessible name of the YAML preview in the Secret generator
    m_preview->setAccessibleName(tr("YAML preview"));
    m_preview->setMinimumHeight(180);
    new YamlHighlighter(m_preview->document(), palette().color(QPalette::Base).lightness() < 128);
    m_problem->setWordWrap(true);
    m_contents->setObjectName(QStringLiteral("secretContents"));
    m_contents->setWordWrap(true);
    m_contents->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette warn = m_problem->palette();
    warn.setColor(QPalette::WindowText, QColor(0xbf, 0x88, 0x03));
    m_problem->setPalette(warn);

    m_insert = m_buttons->addButton(tr("&Insert into Current File"), QDialogButtonBox::AcceptRole);
    m_insert->setObjectName(QStringLiteral("secretInsert"));
    m_newDocument = m_buttons->addButton(tr("Open as &New File"), QDialogButtonBox::AcceptRole);
    m_newDocument->setObjectName(QStringLiteral("secretNewDocument"));
    m_save = m_buttons->addButton(tr("&Save As…"), QDialogButtonBox::ActionRole);
    m_save->setObjectName(QStringLiteral("secretSave"));
    m_buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_insert, &QPushButton::clicked, this, [this] {
        Q_EMIT insertRequested(yaml());
        accept();
    });
    connect(m_newDocument, &QPushButton::clicked, this, [this] {
        Q_EMIT newDocumentRequested(yaml());
        accept();
    });
    connect(m_save, &QPushButton::clicked, this, &SecretGeneratorDialog::saveToFile);

    auto *previewHeader = new QHBoxLayout;
    //: Over the YAML preview
    previewHeader->addWidget(new QLabel(tr("The Secret, as kubectl writes it:"), this), 1);
    previewHeader->addWidget(m_reveal);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(previewHeader);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_contents);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    for (QLineEdit *edit : {m_server, m_username, m_password, m_email, m_namespace, m_name})
        connect(edit, &QLineEdit::textChanged, this, &SecretGeneratorDialog::updatePreview);
    connect(m_showPassword, &QCheckBox::toggled, this, [this](bool show) {
        m_password->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password);
    });
    connect(m_reveal, &QCheckBox::toggled, this, &SecretGeneratorDialog::updatePreview);
    resize(620, 560);
    updatePreview();
}

void SecretGeneratorDialog::setNamespace(const QString &ns)
{
    m_namespace->setText(ns);
}

void SecretGeneratorDialog::setCanInsert(bool can)
{
    m_insert->setVisible(can);
    (can ? m_insert : m_newDocument)->setDefault(true);
}

QString SecretGeneratorDialog::previewText() const
{
    return m_preview->toPlainText();
}

QString SecretGeneratorDialog::problem() const
{
    if (m_username->text().isEmpty())
        return tr("Enter the user name.");
    if (m_password->text().isEmpty())
        return tr("Enter the password or token.");
    if (!m_name->hasAcceptableInput())
        return tr("The name must be lower-case letters, digits, '-' and '.', starting and "
                  "ending with a letter or digit.");
    if (!m_namespace->text().isEmpty() && !m_namespace->hasAcceptableInput())
        return tr("The namespace must be lower-case letters, digits and '-'.");
    return {};
}

void SecretGeneratorDialog::saveToFile()
{
    const QString path = QFileDialog::getSaveFileName(this,
                                                      tr("Save Secret As"),
                                                      m_name->text() + QStringLiteral(".yaml"),
                                                      tr("Kubernetes YAML (*.yaml *.yml)"));
    if (path.isEmpty())
        return;
    const QByteArray bytes = yaml();
    QSaveFile file(path);
    // The file holds a credential: readable by its owner only, as kubectl's config is.
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || !file.commit()) {
        QMessageBox::warning(this,
                             tr("Save Failed"),
                             tr("Cannot save %1: %2").arg(path, file.errorString()));
        return;
    }
    accept();
}

QByteArray SecretGeneratorDialog::yaml() const
{
    if (!problem().isEmpty())
        return {};
    DockerRegistrySecret::Options options;
    options.name = m_name->text();
    if (!m_server->text().trimmed().isEmpty())
        options.server = m_server->text().trimmed();
    options.username = m_username->text();
    options.password = m_password->text();
    options.email = m_email->text();
    options.namespaceName = m_namespace->text();
    const Result<QByteArray> yaml = DockerRegistrySecret::toYaml(options);
    return yaml ? *yaml : QByteArray();
}

QString SecretGeneratorDialog::maskData(const QString &yaml)
{
    // Every value under "data:" is (base64 of) a credential: shown as a mask with its size.
    QStringList lines = yaml.split(QLatin1Char('\n'));
    bool inData = false;
    for (QString &line : lines) {
        if (!line.startsWith(QLatin1Char(' '))) {
            inData = line == QLatin1String("data:");
            continue;
        }
        const int colon = int(line.indexOf(QStringLiteral(": ")));
        if (!inData || colon < 0)
            continue;
        const int size = int(line.size()) - colon - 2;
        //: Replaces secret data in the preview; %n is its length in characters
        line = line.left(colon + 2)
            + QStringLiteral("\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022  # ")
            + tr("%n characters hidden", nullptr, size);
    }
    return lines.join(QLatin1Char('\n'));
}

void SecretGeneratorDialog::updatePreview()
{
    const QString why = problem();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    const QByteArray bytes = yaml();
    for (QPushButton *b : {m_insert, m_newDocument, m_save})
        b->setEnabled(!bytes.isEmpty());
    if (bytes.isEmpty()) {
        m_preview->setPlainText(QString());
        m_contents->clear();
        return;
    }
    const QString text = QString::fromUtf8(bytes);
    m_preview->setPlainText(m_reveal->isChecked() ? text : maskData(text));
    // What the data holds, as the kubelet reads it back, the password masked.
    const Result<QList<DockerRegistrySecret::Credential>> read =
        DockerRegistrySecret::read(DockerRegistrySecret::dockerConfigJson(
            m_server->text().trimmed().isEmpty() ? DockerRegistrySecret::defaultServer()
                                                 : m_server->text().trimmed(),
            m_username->text(),
            m_password->text(),
            m_email->text()));
    //: Under the preview: the credentials inside the Secret, passwords masked
    m_contents->setText(
        read ? tr("Holds: %1")
                   .arg(DockerRegistrySecret::describe(*read, false).join(QStringLiteral("; ")))
             : QString());
}
