// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>
#include <QStringList>

#include <memory>
#include <optional>

class ClustersPage;
class CredentialsPage;
class ImageReference;
class NodePage;
class PullListModel;
class PullService;
class PullsPanel;
class QActionGroup;
class QDockWidget;
class QLabel;
class QListWidget;
class QSettings;
class QStackedWidget;
class RegistriesPage;
class RegistryConfigStore;
class StoredImageModel;
class WorkspacePage;
struct CredentialSources;
struct PullOptions;

// The application window: navigation on the left, one page per area on the right, menus and
// a status bar. Owns the settings (an INI file; a corrupt one is moved aside at start) and the
// registry list. Geometry, window state and the current page are saved on close and restored
// by the next instance that uses the same settings file.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class Page { Registries, Workspace, Node, Credentials, Clusters };
    Q_ENUM(Page)

    // settingsPath: the INI file to use; empty means the per-user default location.
    // storeRoot: the image store pulls go to; empty means ContentStore::defaultRoot().
    explicit MainWindow(const QString &settingsPath = {},
                        QWidget *parent = nullptr,
                        const QString &storeRoot = {});
    ~MainWindow() override;

    Page currentPage() const;
    void setCurrentPage(Page page);

    // "registries", "workspace", "node", "credentials", "clusters" and back.
    static QString pageName(Page page);
    static std::optional<Page> pageFromName(const QString &name);

    QSettings *settings() const { return m_settings.get(); }

    RegistryConfigStore *registryStore() const { return m_store; }

    RegistriesPage *registriesPage() const { return m_registriesPage; }

    WorkspacePage *workspacePage() const { return m_workspacePage; }

    NodePage *nodePage() const { return m_nodePage; }

    CredentialsPage *credentialsPage() const { return m_credentialsPage; }

    ClustersPage *clustersPage() const { return m_clustersPage; }

    QListWidget *navigation() const { return m_nav; }

    // Pulls run on the service's own thread; the models and the panel show them.
    PullService *pullService() const { return m_pullService; }

    PullListModel *pullListModel() const { return m_pulls; }

    StoredImageModel *storedImageModel() const { return m_storedImages; }

    PullsPanel *pullsPanel() const { return m_pullsPanel; }

    QDockWidget *pullsDock() const { return m_pullsDock; }

    // Starts a pull, shows it in the Pulls panel (opened if hidden); returns its row there.
    int startPull(const ImageReference &reference, const PullOptions &options);

    // Imports registries from a pullscope-lab demo file; reports success or the error in the
    // status bar. Returns whether the import worked.
    bool importDemoFile(const QString &path);

    // Writes geometry, window state and the current page to the settings and syncs.
    void saveWindowSettings();

    // The text shown in About Pullscope (name, version, description, licence).
    static QString aboutText();

public Q_SLOTS:
    // Opens the Add Registry dialog (window-modal, non-blocking); saves the result.
    void addRegistry();
    void showAbout();
    // Opens the Pull Image dialog (window-modal, non-blocking), prefilled with reference;
    // accepting starts the pull.
    void pullImage(const QString &reference = {});

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    QWidget *createSidebar();
    void restoreWindowSettings();
    void updateRegistryCount();
    void showNotice(const QString &message);
    void showTransient(const QString &message);
    void createPulls(const QString &storeRoot, const CredentialSources &sources);
    void applyPullHostOptions();

    std::unique_ptr<QSettings> m_settings;
    QStringList m_notices;
    RegistryConfigStore *m_store = nullptr;
    QListWidget *m_nav = nullptr;
    QStackedWidget *m_pages = nullptr;
    RegistriesPage *m_registriesPage = nullptr;
    WorkspacePage *m_workspacePage = nullptr;
    NodePage *m_nodePage = nullptr;
    CredentialsPage *m_credentialsPage = nullptr;
    ClustersPage *m_clustersPage = nullptr;
    QActionGroup *m_pageActions = nullptr;
    QLabel *m_registryCount = nullptr;
    PullService *m_pullService = nullptr;
    PullListModel *m_pulls = nullptr;
    StoredImageModel *m_storedImages = nullptr;
    PullsPanel *m_pullsPanel = nullptr;
    QDockWidget *m_pullsDock = nullptr;
};
