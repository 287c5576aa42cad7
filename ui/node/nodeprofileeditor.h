// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/core/result.h"
#include "model/kubelet/nodeprofile.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class ErrorBanner;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;

// Edits a simulated node: name, Kubernetes version, platform, the image-pull part of the
// KubeletConfiguration (serialize pulls, max parallel pulls, QPS, burst, the credential
// verification policy and its allowlist, feature gates shown against the version's defaults),
// the node's config.json, the credential provider config and bin dir, the content store,
// runtime handlers and admission. Loads and saves PullscopeNode YAML (NodeProfile::load /
// toYaml); a load or validation error is shown with its file and line and nothing is taken.
// Window-modal; the caller reads profile() after accepted().
class NodeProfileEditor : public QDialog
{
    Q_OBJECT
public:
    explicit NodeProfileEditor(const NodeProfile &profile, QWidget *parent = nullptr);

    // Fills every field from profile.
    void setProfile(const NodeProfile &profile);
    // The profile the fields describe, validated (platform, feature gates against the
    // version); an Error naming the field when something is wrong.
    Result<NodeProfile> editedProfile() const;

    // The last profile that was accepted or loaded (the fields may differ until accepted).
    const NodeProfile &profile() const { return m_profile; }

    // Reads a PullscopeNode (or KubeletConfiguration) file into the fields; on failure shows
    // the error ("file:line: message") and keeps the fields.
    Result<void> loadFile(const QString &path);
    // Writes editedProfile() as PullscopeNode YAML to path (atomically).
    Result<void> saveFile(const QString &path);

    // Shows and focuses the field for a setting: "platform", "kubernetesVersion",
    // "nodeConfigJsonPath", "credentialProviderConfigPath", "storePath", "featureGates",
    // "serializeImagePulls", "registryPullQPS", "imagePullCredentialsVerificationPolicy",
    // "alwaysPullImagesAdmission", ...; false for an unknown name.
    bool focusSetting(const QString &name);

    // The field of a setting name (tests), or nullptr.
    QWidget *fieldFor(const QString &name) const { return m_fields.value(name); }

    // The error line under the form (empty when all is well).
    QString errorText() const;

    void accept() override;

private:
    void chooseFile();
    void saveAs();
    void refreshGates();
    void showError(const QString &text);
    QWidget *pathField(QLineEdit *edit, bool directory);
    int selectedMinor() const;

    NodeProfile m_profile;
    QHash<QString, QWidget *> m_fields;
    QLineEdit *m_name;
    QComboBox *m_version;
    QLineEdit *m_platform;
    QCheckBox *m_serialize;
    QSpinBox *m_maxParallel;
    QDoubleSpinBox *m_qps;
    QSpinBox *m_burst;
    QComboBox *m_policy;
    QPlainTextEdit *m_allowlist;
    QTableWidget *m_gates;
    QLineEdit *m_configJson;
    QLineEdit *m_providerConfig;
    QLineEdit *m_providerBinDir;
    QLineEdit *m_store;
    QLineEdit *m_handlers;
    QCheckBox *m_alwaysPull;
    QCheckBox *m_serviceAccount;
    ErrorBanner *m_error;
    QLabel *m_source;
    QMap<QString, bool> m_explicitGates;
};
