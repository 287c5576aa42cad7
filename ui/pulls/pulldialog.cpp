// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pulls/pulldialog.h"

#include "model/reference/platform.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {
void showMessage(QLabel *label, const QString &text, bool problem)
{
    label->setText(text);
    QPalette pal = label->palette();
    pal.setColor(QPalette::WindowText,
                 problem ? QColor(0xd9, 0x30, 0x25)
                         : label->parentWidget()->palette().color(QPalette::PlaceholderText));
    label->setPalette(pal);
}
} // namespace

PullDialog::PullDialog(QWidget *parent)
    : QDialog(parent)
    , m_reference(new QLineEdit(this))
    , m_referenceMessage(new QLabel(this))
    , m_host(new QRadioButton(this))
    , m_given(new QRadioButton(tr("This platform:"), this))
    , m_platform(new QComboBox(this))
    , m_platformMessage(new QLabel(this))
    , m_all(new QRadioButton(tr("All platforms"), this))
    , m_jobs(new QSpinBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("pullDialog"));
    setWindowTitle(tr("Pull Image"));
    setMinimumWidth(520);

    m_reference->setObjectName(QStringLiteral("pullReferenceEdit"));
    m_reference->setPlaceholderText(QStringLiteral("registry.example.com/team/app:1.0"));
    m_reference->setClearButtonEnabled(true);
    m_referenceMessage->setObjectName(QStringLiteral("pullReferenceMessage"));
    m_referenceMessage->setWordWrap(true);
    m_referenceMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);

    const QString host = Platform::host().normalized().format();
    m_host->setObjectName(QStringLiteral("hostPlatformRadio"));
    //: %1 is a platform such as linux/amd64
    m_host->setText(tr("This machine's (%1)").arg(host));
    m_host->setChecked(true);
    m_given->setObjectName(QStringLiteral("givenPlatformRadio"));
    m_all->setObjectName(QStringLiteral("allPlatformsRadio"));
    m_all->setToolTip(tr("Every platform of a multi-platform image, as skopeo copy --all"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_host);
    group->addButton(m_given);
    group->addButton(m_all);

    m_platform->setObjectName(QStringLiteral("platformCombo"));
    m_platform->setEditable(true);
    m_platform->addItems(commonPlatforms());
    m_platform->setCurrentText(host == QLatin1String("linux/arm64")
                                   ? QStringLiteral("linux/amd64")
                                   : QStringLiteral("linux/arm64"));
    m_platform->setInsertPolicy(QComboBox::NoInsert);
    m_platform->setToolTip(tr("os/architecture[/variant], as in docker pull --platform"));
    m_platform->setEnabled(false);
    m_platformMessage->setObjectName(QStringLiteral("platformMessage"));
    m_platformMessage->setWordWrap(true);

    m_jobs->setObjectName(QStringLiteral("jobsSpin"));
    m_jobs->setRange(1, 16);
    m_jobs->setValue(4);
    m_jobs->setToolTip(tr("How many layers are downloaded at the same time"));

    m_pull = m_buttons->addButton(tr("Pull"), QDialogButtonBox::AcceptRole);
    m_pull->setObjectName(QStringLiteral("pullButton"));
    m_pull->setDefault(true);

    auto *platforms = new QGridLayout;
    platforms->setContentsMargins(0, 0, 0, 0);
    platforms->addWidget(m_host, 0, 0, 1, 2);
    platforms->addWidget(m_given, 1, 0);
    platforms->addWidget(m_platform, 1, 1);
    platforms->addWidget(m_platformMessage, 2, 1);
    platforms->addWidget(m_all, 3, 0, 1, 2);
    platforms->setColumnStretch(1, 1);

    auto *form = new QFormLayout;
    form->addRow(tr("&Image:"), m_reference);
    form->addRow(QString(), m_referenceMessage);
    form->addRow(tr("Platform:"), platforms);
    form->addRow(tr("Parallel &downloads:"), m_jobs);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (isValid())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reference, &QLineEdit::textChanged, this, &PullDialog::validate);
    connect(m_platform, &QComboBox::currentTextChanged, this, &PullDialog::validate);
    connect(group, &QButtonGroup::buttonToggled, this, [this] {
        m_platform->setEnabled(m_given->isChecked());
        validate();
    });
    validate();
}

QStringList PullDialog::commonPlatforms()
{
    return {QStringLiteral("linux/amd64"),
            QStringLiteral("linux/arm64"),
            QStringLiteral("linux/arm/v7"),
            QStringLiteral("linux/arm/v6"),
            QStringLiteral("linux/386"),
            QStringLiteral("linux/ppc64le"),
            QStringLiteral("linux/s390x"),
            QStringLiteral("linux/riscv64"),
            QStringLiteral("windows/amd64")};
}

void PullDialog::setReferenceText(const QString &text)
{
    m_reference->setText(text);
    m_reference->selectAll();
}

QString PullDialog::referenceText() const
{
    return m_reference->text().trimmed();
}

Result<ImageReference> PullDialog::reference() const
{
    auto parsed = ImageReference::parseNormalized(referenceText());
    if (!parsed)
        return parsed.error();
    // docker pull's default tag (reference.ParseDockerRef / TagNameOnly).
    if (parsed->isNameOnly())
        return ImageReference::parseDockerRef(referenceText());
    return parsed;
}

PullOptions PullDialog::options() const
{
    PullOptions o;
    o.jobs = m_jobs->value();
    if (m_all->isChecked()) {
        o.platforms = PullOptions::Platforms::All;
    } else if (m_given->isChecked()) {
        o.platforms = PullOptions::Platforms::Given;
        o.platform =
            Platform::parse(m_platform->currentText().trimmed()).value_or(Platform()).normalized();
    }
    return o;
}

bool PullDialog::isValid() const
{
    if (!reference())
        return false;
    return !m_given->isChecked() || bool(Platform::parse(m_platform->currentText().trimmed()));
}

void PullDialog::validate()
{
    if (referenceText().isEmpty()) {
        showMessage(m_referenceMessage,
                    tr("A name such as busybox, a tag such as registry.example.com/app:1.0 or a "
                       "digest reference."),
                    false);
    } else if (const auto ref = reference(); !ref) {
        showMessage(m_referenceMessage, ref.error().message, true);
    } else {
        showMessage(m_referenceMessage, tr("Pulls %1").arg(ref->toString()), false);
    }
    if (m_given->isChecked()) {
        const auto platform = Platform::parse(m_platform->currentText().trimmed());
        if (platform)
            showMessage(m_platformMessage, platform->normalized().format(), false);
        else
            showMessage(m_platformMessage, platform.error().message, true);
        m_platformMessage->setVisible(true);
    } else {
        m_platformMessage->setVisible(false);
    }
    m_pull->setEnabled(isValid());
}
