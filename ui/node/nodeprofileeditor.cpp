// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/node/nodeprofileeditor.h"

#include "model/kubelet/featuregates.h"
#include "ui/common/errorbanner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
enum GateChoice { GateDefault, GateOn, GateOff };
} // namespace

NodeProfileEditor::NodeProfileEditor(const NodeProfile &profile, QWidget *parent)
    : QDialog(parent)
    , m_profile(profile)
    , m_name(new QLineEdit(this))
    , m_version(new QComboBox(this))
    , m_platform(new QLineEdit(this))
    , m_serialize(new QCheckBox(tr("Pull one image at a time (serializeImagePulls)"), this))
    , m_maxParallel(new QSpinBox(this))
    , m_qps(new QDoubleSpinBox(this))
    , m_burst(new QSpinBox(this))
    , m_policy(new QComboBox(this))
    , m_allowlist(new QPlainTextEdit(this))
    , m_gates(new QTableWidget(this))
    , m_configJson(new QLineEdit(this))
    , m_providerConfig(new QLineEdit(this))
    , m_providerBinDir(new QLineEdit(this))
    , m_store(new QLineEdit(this))
    , m_handlers(new QLineEdit(this))
    , m_alwaysPull(new QCheckBox(tr("AlwaysPullImages admission plugin"), this))
    , m_serviceAccount(
          new QCheckBox(tr("ServiceAccount admission adds the account's pull secrets"), this))
    , m_error(new ErrorBanner(this))
    , m_source(new QLabel(this))
{
    setObjectName(QStringLiteral("nodeProfileEditor"));
    setWindowTitle(tr("Node Profile"));
    setWindowModality(Qt::WindowModal);

    for (int minor = NodeProfile::highestMinor; minor >= NodeProfile::oldestMinor; --minor)
        m_version->addItem(QStringLiteral("1.%1").arg(minor), minor);
    m_platform->setPlaceholderText(QStringLiteral("linux/amd64"));
    m_maxParallel->setRange(0, 1000);
    m_maxParallel->setSpecialValueText(tr("no limit"));
    m_qps->setRange(0, 10000);
    m_qps->setDecimals(1);
    m_qps->setSpecialValueText(tr("no limit"));
    m_burst->setRange(0, 100000);
    m_policy->addItems(KubeletSettings::verificationPolicies());
    m_allowlist->setPlaceholderText(tr("registry.example.com/team/*, one per line"));
    m_allowlist->setMaximumHeight(64);
    m_handlers->setPlaceholderText(tr("runc, kata (comma-separated)"));
    m_configJson->setPlaceholderText(tr("none: the node has no config.json"));
    m_providerConfig->setPlaceholderText(tr("none: no credential provider plugins"));

    m_gates->setColumnCount(3);
    m_gates->setHorizontalHeaderLabels({tr("Feature gate"), tr("Default"), tr("Setting")});
    m_gates->verticalHeader()->hide();
    m_gates->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_gates->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_gates->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_gates->setSelectionMode(QAbstractItemView::NoSelection);
    m_gates->setMinimumHeight(150);

    auto *node = new QGroupBox(tr("Node"), this);
    auto *nodeForm = new QFormLayout(node);
    nodeForm->addRow(tr("&Name:"), m_name);
    nodeForm->addRow(tr("&Kubernetes version:"), m_version);
    nodeForm->addRow(tr("&Platform:"), m_platform);
    nodeForm->addRow(tr("&Images (content store):"), pathField(m_store, true));
    nodeForm->addRow(tr("&Runtime handlers:"), m_handlers);

    auto *kubelet = new QGroupBox(tr("Kubelet configuration"), this);
    auto *kubeletForm = new QFormLayout(kubelet);
    kubeletForm->addRow(QString(), m_serialize);
    kubeletForm->addRow(tr("Max &parallel pulls:"), m_maxParallel);
    kubeletForm->addRow(tr("Registry pull &QPS:"), m_qps);
    kubeletForm->addRow(tr("Registry &burst:"), m_burst);
    kubeletForm->addRow(tr("Credential &verification:"), m_policy);
    kubeletForm->addRow(tr("Preloaded images &allowlist:"), m_allowlist);
    kubeletForm->addRow(tr("Feature &gates:"), m_gates);

    auto *credentials = new QGroupBox(tr("Node credentials and admission"), this);
    auto *credentialsForm = new QFormLayout(credentials);
    credentialsForm->addRow(tr("&config.json:"), pathField(m_configJson, false));
    credentialsForm->addRow(tr("Credential &provider config:"), pathField(m_providerConfig, false));
    credentialsForm->addRow(tr("Provider &bin dir:"), pathField(m_providerBinDir, true));
    credentialsForm->addRow(QString(), m_alwaysPull);
    credentialsForm->addRow(QString(), m_serviceAccount);

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(node);
    contentLayout->addWidget(kubelet);
    contentLayout->addWidget(credentials);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    m_error->setObjectName(QStringLiteral("profileError"));
    m_source->setWordWrap(true);
    m_source->setEnabled(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *open = buttons->addButton(tr("&Open..."), QDialogButtonBox::ActionRole);
    QPushButton *save = buttons->addButton(tr("&Save As..."), QDialogButtonBox::ActionRole);
    QPushButton *defaults = buttons->addButton(tr("&Defaults"), QDialogButtonBox::ResetRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &NodeProfileEditor::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NodeProfileEditor::reject);
    connect(open, &QPushButton::clicked, this, &NodeProfileEditor::chooseFile);
    connect(save, &QPushButton::clicked, this, &NodeProfileEditor::saveAs);
    connect(defaults, &QPushButton::clicked, this, [this] {
        setProfile(NodeProfile::defaultProfile());
    });
    connect(m_version, &QComboBox::currentIndexChanged, this, &NodeProfileEditor::refreshGates);
    connect(m_qps, &QDoubleSpinBox::valueChanged, this, [this](double qps) {
        // registryBurst is only read when registryPullQPS > 0 (docs/reference/kubelet-image-pull.md
        // §2.7).
        m_burst->setEnabled(qps > 0);
    });
    connect(m_serialize, &QCheckBox::toggled, this, [this](bool serial) {
        m_maxParallel->setEnabled(!serial);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_source);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(640, 720);

    m_fields = {
        {QStringLiteral("name"), m_name},
        {QStringLiteral("kubernetesVersion"), m_version},
        {QStringLiteral("platform"), m_platform},
        {QStringLiteral("storePath"), m_store},
        {QStringLiteral("runtimeHandlers"), m_handlers},
        {QStringLiteral("serializeImagePulls"), m_serialize},
        {QStringLiteral("maxParallelImagePulls"), m_maxParallel},
        {QStringLiteral("registryPullQPS"), m_qps},
        {QStringLiteral("registryBurst"), m_burst},
        {QStringLiteral("imagePullCredentialsVerificationPolicy"), m_policy},
        {QStringLiteral("preloadedImagesVerificationAllowlist"), m_allowlist},
        {QStringLiteral("featureGates"), m_gates},
        {QStringLiteral("nodeConfigJsonPath"), m_configJson},
        {QStringLiteral("credentialProviderConfigPath"), m_providerConfig},
        {QStringLiteral("credentialProviderBinDir"), m_providerBinDir},
        {QStringLiteral("alwaysPullImagesAdmission"), m_alwaysPull},
        {QStringLiteral("serviceAccountAdmission"), m_serviceAccount},
    };
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        it.value()->setObjectName(it.key());
    setProfile(profile);
}

QWidget *NodeProfileEditor::pathField(QLineEdit *edit, bool directory)
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    auto *browse = new QToolButton(row);
    browse->setText(tr("..."));
    browse->setToolTip(directory ? tr("Choose a folder") : tr("Choose a file"));
    layout->addWidget(browse);
    connect(browse, &QToolButton::clicked, this, [this, edit, directory] {
        const QString start = edit->text().isEmpty() ? QDir::homePath() : edit->text();
        const QString chosen = directory ? QFileDialog::getExistingDirectory(this, QString(), start)
                                         : QFileDialog::getOpenFileName(this, QString(), start);
        if (!chosen.isEmpty())
            edit->setText(chosen);
    });
    return row;
}

void NodeProfileEditor::setProfile(const NodeProfile &profile)
{
    m_name->setText(profile.name);
    m_version->setCurrentIndex(std::max(0, m_version->findData(profile.minor())));
    m_platform->setText(profile.platform.format());
    m_serialize->setChecked(profile.kubelet.serializeImagePulls);
    m_maxParallel->setValue(profile.kubelet.maxParallelImagePulls);
    m_maxParallel->setEnabled(!profile.kubelet.serializeImagePulls);
    m_qps->setValue(profile.kubelet.registryPullQPS);
    m_burst->setValue(profile.kubelet.registryBurst);
    m_burst->setEnabled(profile.kubelet.registryPullQPS > 0);
    m_policy->setCurrentText(profile.kubelet.imagePullCredentialsVerificationPolicy);
    m_allowlist->setPlainText(
        profile.kubelet.preloadedImagesVerificationAllowlist.join(QLatin1Char('\n')));
    m_explicitGates = profile.kubelet.featureGates;
    m_configJson->setText(profile.nodeConfigJsonPath);
    m_providerConfig->setText(profile.credentialProviderConfigPath);
    m_providerBinDir->setText(profile.credentialProviderBinDir);
    m_store->setText(profile.storePath);
    m_handlers->setText(profile.runtimeHandlers.join(QStringLiteral(", ")));
    m_alwaysPull->setChecked(profile.alwaysPullImagesAdmission);
    m_serviceAccount->setChecked(profile.serviceAccountAdmission);
    m_source->setText(profile.sourceFile.isEmpty()
                          ? tr("The default node: this machine's platform and the kubelet's "
                               "default configuration.")
                          : tr("Read from %1").arg(profile.sourceFile));
    refreshGates();
    showError({});
}

int NodeProfileEditor::selectedMinor() const
{
    return m_version->currentData().toInt();
}

void NodeProfileEditor::refreshGates()
{
    // Keep what the table says before rebuilding it for another version.
    for (int row = 0; row < m_gates->rowCount(); ++row) {
        const QString gate = m_gates->item(row, 0)->text();
        const auto *choice = qobject_cast<QComboBox *>(m_gates->cellWidget(row, 2));
        if (!choice)
            continue;
        if (choice->currentIndex() == GateDefault)
            m_explicitGates.remove(gate);
        else
            m_explicitGates.insert(gate, choice->currentIndex() == GateOn);
    }
    const int minor = selectedMinor();
    const QStringList gates = FeatureGates::known();
    m_gates->setRowCount(int(gates.size()));
    for (int row = 0; row < gates.size(); ++row) {
        const QString &gate = gates.at(row);
        const std::optional<bool> def = FeatureGates::defaultFor(gate, minor);
        m_gates->setItem(row, 0, new QTableWidgetItem(gate));
        QString defaultText = !def ? tr("not in 1.%1").arg(minor) : *def ? tr("on") : tr("off");
        if (FeatureGates::isLocked(gate, minor))
            defaultText = tr("on (GA, locked)");
        m_gates->setItem(row, 1, new QTableWidgetItem(defaultText));
        for (int c = 0; c < 2; ++c)
            m_gates->item(row, c)->setFlags(Qt::ItemIsEnabled);
        auto *choice = new QComboBox(m_gates);
        choice->addItems({tr("Default"), tr("On"), tr("Off")});
        if (m_explicitGates.contains(gate))
            choice->setCurrentIndex(m_explicitGates.value(gate) ? GateOn : GateOff);
        choice->setEnabled(def.has_value());
        m_gates->setCellWidget(row, 2, choice);
    }
}

Result<NodeProfile> NodeProfileEditor::editedProfile() const
{
    NodeProfile p = m_profile;
    p.name = m_name->text().trimmed();
    if (p.name.isEmpty())
        return Error(ErrorCode::InvalidArgument, tr("The node needs a name."));
    p.kubernetesVersion = m_version->currentText();
    const Result<Platform> platform = Platform::parse(m_platform->text().trimmed());
    if (!platform)
        return Error(ErrorCode::InvalidArgument, tr("Platform: %1").arg(platform.error().message));
    p.platform = *platform;
    p.kubelet.serializeImagePulls = m_serialize->isChecked();
    p.kubelet.maxParallelImagePulls = m_maxParallel->value();
    p.kubelet.registryPullQPS = m_qps->value();
    p.kubelet.registryBurst = m_burst->value();
    p.kubelet.imagePullCredentialsVerificationPolicy = m_policy->currentText();
    p.kubelet.preloadedImagesVerificationAllowlist.clear();
    for (const QString &line : m_allowlist->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            p.kubelet.preloadedImagesVerificationAllowlist.append(line.trimmed());
    }
    QMap<QString, bool> gates = m_explicitGates;
    for (int row = 0; row < m_gates->rowCount(); ++row) {
        const QString gate = m_gates->item(row, 0)->text();
        const auto *choice = qobject_cast<QComboBox *>(m_gates->cellWidget(row, 2));
        if (!choice || choice->currentIndex() == GateDefault)
            gates.remove(gate);
        else
            gates.insert(gate, choice->currentIndex() == GateOn);
    }
    if (const Result<void> valid = FeatureGates::validate(gates, selectedMinor()); !valid)
        return Error(ErrorCode::InvalidArgument,
                     tr("Feature gates: %1").arg(valid.error().message));
    p.kubelet.featureGates = gates;
    p.nodeConfigJsonPath = m_configJson->text().trimmed();
    p.credentialProviderConfigPath = m_providerConfig->text().trimmed();
    p.credentialProviderBinDir = m_providerBinDir->text().trimmed();
    p.storePath = m_store->text().trimmed();
    p.runtimeHandlers.clear();
    for (const QString &h : m_handlers->text().split(QLatin1Char(','))) {
        if (!h.trimmed().isEmpty())
            p.runtimeHandlers.append(h.trimmed());
    }
    p.alwaysPullImagesAdmission = m_alwaysPull->isChecked();
    p.serviceAccountAdmission = m_serviceAccount->isChecked();
    return p;
}

Result<void> NodeProfileEditor::loadFile(const QString &path)
{
    const Result<NodeProfile> loaded = NodeProfile::load(path);
    if (!loaded) {
        // Error::toString() is "file:line:column: message", as the kubelet's validation reads.
        showError(loaded.error().toString());
        return loaded.error();
    }
    m_profile = *loaded;
    setProfile(m_profile);
    return {};
}

Result<void> NodeProfileEditor::saveFile(const QString &path)
{
    const Result<NodeProfile> edited = editedProfile();
    if (!edited) {
        showError(edited.error().message);
        return edited.error();
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(edited->toYaml()) < 0 || !file.commit()) {
        const Error error(ErrorCode::Io,
                          tr("Could not write %1: %2").arg(path, file.errorString()));
        showError(error.message);
        return error;
    }
    m_profile = *edited;
    m_profile.sourceFile = path;
    m_source->setText(tr("Saved to %1").arg(path));
    showError({});
    return {};
}

void NodeProfileEditor::chooseFile()
{
    const QString path =
        QFileDialog::getOpenFileName(this,
                                     tr("Open Node Profile"),
                                     QString(),
                                     tr("YAML files (*.yaml *.yml);;All files (*)"));
    if (!path.isEmpty())
        loadFile(path);
}

void NodeProfileEditor::saveAs()
{
    const QString path = QFileDialog::getSaveFileName(this,
                                                      tr("Save Node Profile"),
                                                      m_profile.sourceFile,
                                                      tr("YAML files (*.yaml *.yml)"));
    if (!path.isEmpty())
        saveFile(path);
}

bool NodeProfileEditor::focusSetting(const QString &name)
{
    QWidget *field = m_fields.value(name);
    if (!field)
        return false;
    if (auto *scroll = findChild<QScrollArea *>())
        scroll->ensureWidgetVisible(field);
    field->setFocus(Qt::OtherFocusReason);
    return true;
}

QString NodeProfileEditor::errorText() const
{
    return m_error->isVisible() || !m_error->text().isEmpty() ? m_error->text() : QString();
}

void NodeProfileEditor::showError(const QString &text)
{
    m_error->setError(text);
}

void NodeProfileEditor::accept()
{
    const Result<NodeProfile> edited = editedProfile();
    if (!edited) {
        showError(edited.error().message);
        return;
    }
    const QString source = m_profile.sourceFile;
    m_profile = *edited;
    m_profile.sourceFile = source;
    QDialog::accept();
}
