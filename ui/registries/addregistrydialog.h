// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/core/result.h"
#include "model/registry/pingjob.h"
#include "model/registry/registryconfig.h"

#include <QDialog>
#include <QPointer>
#include <QStringList>

class QCheckBox;
class QDialogButtonBox;
class ErrorBanner;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;
class RegistryClient;
class RegistryConfigStore;

// Adds a registry or edits one: name, URL, insecure, TLS verification, an optional
// certificate folder and auth file. Accepting checks the input with RegistryConfig::problems()
// (plus a unique name) and stays open, showing what is wrong next to the field, until it is
// right. "Test Connection" probes the registry as entered (PingJob, asynchronous; the button
// is disabled while it runs, and closing the dialog cancels it) and reports what it found.
// Saving is the caller's job: read config() after accepted(), or use editInStore().
class AddRegistryDialog : public QDialog
{
    Q_OBJECT
public:
    // existingNames: names already taken, so a duplicate is caught here.
    explicit AddRegistryDialog(const QStringList &existingNames, QWidget *parent = nullptr);
    ~AddRegistryDialog() override;

    // Turns the dialog into "Edit Registry" for config: fields filled, its own name allowed.
    void editRegistry(const RegistryConfig &config);

    // The name of the registry being edited; empty when adding.
    QString originalName() const { return m_originalName; }

    // What the user entered, normalised (URL scheme added). Valid after accepted().
    RegistryConfig config() const;

    // The problems shown after the last attempt to accept, one sentence per line.
    QString problemText() const;

    // The last connection test's report, as shown; empty before one ran.
    QString testResultText() const;

    // The last connection test's result (an Error before one finished).
    const Result<PingResult> &lastTest() const { return m_lastTest; }

    bool isTesting() const { return !m_ping.isNull(); }

    // Opens the dialog (window-modal, non-blocking) on the registry called name in store and,
    // when accepted, replaces it there (a rename removes the old entry). Returns the dialog,
    // or nullptr when there is no such registry.
    static AddRegistryDialog *
    editInStore(RegistryConfigStore *store, const QString &name, QWidget *parent);

    // The report for a connection test, one fact per line, for people.
    static QString describeTest(const RegistryConfig &config, const Result<PingResult> &result);

public Q_SLOTS:
    void accept() override;
    void done(int result) override;
    // Probes the registry as entered; reports in the result area.
    void testConnection();

Q_SIGNALS:
    // A connection test finished (its result is lastTest()).
    void connectionTested();

private:
    void browseCertDir();
    void browseAuthFile();
    void clearProblems();
    bool showProblems(const QList<RegistryConfig::Problem> &problems);
    void cancelTest();
    QLineEdit *editFor(RegistryConfig::Field field) const;

    QStringList m_existingNames;
    QString m_originalName;
    QLineEdit *m_name;
    QLineEdit *m_url;
    QCheckBox *m_insecure;
    QCheckBox *m_tlsVerify;
    QLineEdit *m_certDir;
    QLineEdit *m_authFile;
    ErrorBanner *m_problems;
    QPushButton *m_test;
    ErrorBanner *m_testResult;
    QDialogButtonBox *m_buttons;
    QNetworkAccessManager *m_network = nullptr;
    QPointer<RegistryClient> m_client;
    QPointer<PingJob> m_ping;
    RegistryConfig m_testedConfig;
    Result<PingResult> m_lastTest = Error(ErrorCode::Cancelled, QString()); // none yet
};
