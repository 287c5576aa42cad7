// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPointer>
#include <QProcessEnvironment>
#include <QWidget>

#include <functional>

class CredentialDelegate;
class CredentialInventory;
class CredentialLookupBox;
class CredentialTableModel;
class CredentialWriter;
class EmptyState;
class KeychainStore;
class QCheckBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTreeWidget;
class RegistryConfigStore;

// The Credentials page: every credential Pullscope can use (CredentialInventory: auth files,
// helpers, the desktop keyring), secrets masked unless the user turns on "Show secrets"; the
// files consulted; a box that explains which credential an image would use; Log In (verified
// before anything is stored) and Log Out. An empty state explains the page while no
// credential file exists.
class CredentialsPage : public QWidget
{
    Q_OBJECT
public:
    // One place credentials may live, in the order docker, podman and skopeo consult them.
    struct Location
    {
        QString path;
        QString source; // translated: which tools use it
    };

    explicit CredentialsPage(QWidget *parent = nullptr);
    ~CredentialsPage() override;

    EmptyState *emptyState() const { return m_empty; }

    // Configured registries: their auth files are listed and consulted; not owned, may be null.
    void setRegistryStore(RegistryConfigStore *store);

    // The environment the page reads (default: the process environment). For tests.
    void setEnvironment(const QProcessEnvironment &env);

    // Asks the user yes/no (Log Out's confirmation); tests replace it.
    void setConfirmation(std::function<bool(const QString &message)> confirm)
    {
        m_confirm = std::move(confirm);
    }

    CredentialTableModel *model() const { return m_model; }

    QTableView *tableView() const { return m_table; }

    CredentialLookupBox *lookupBox() const { return m_lookup; }

    CredentialWriter *writer() const { return m_writer; }

    KeychainStore *keychain() const { return m_keychain; }

    // The candidate files for this environment (docs/reference/registry-protocol.md §3.1, §3.3).
    static QList<Location> locations(const QProcessEnvironment &env, const QString &homeDir);

public Q_SLOTS:
    // Reads every source again and shows the list.
    void checkLocations();
    // Opens the login dialog.
    void logIn();
    // Removes the selected credential from where it is, after asking.
    void logOut();

Q_SIGNALS:
    // The table shows a fresh inventory.
    void refreshed();
    // A line for the status bar.
    void statusMessageRequested(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fillLocations();
    void showInventory();
    void revealChanged(bool on);
    void updateButtons();
    void updateSummary();

    QProcessEnvironment m_env = QProcessEnvironment::systemEnvironment();
    RegistryConfigStore *m_store = nullptr;
    KeychainStore *m_keychain;
    CredentialWriter *m_writer;
    EmptyState *m_empty;
    QStackedWidget *m_stack;
    QTreeWidget *m_files;
    CredentialTableModel *m_model;
    QTableView *m_table;
    QCheckBox *m_reveal;
    QLabel *m_summary;
    QPushButton *m_logOut;
    CredentialLookupBox *m_lookup;
    QPointer<CredentialInventory> m_inventory;
    CredentialInventory *m_shown = nullptr; // the inventory the table shows (for reveal)
    std::function<bool(const QString &)> m_confirm;
    bool m_autoChecked = false;
};
