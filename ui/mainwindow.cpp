// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow.h"

#include "model/auth/credentialsources.h"
#include "model/auth/keychaincredentialprovider.h"
#include "model/cache/contentstore.h"
#include "model/core/realclock.h"
#include "model/items/pulllistmodel.h"
#include "model/items/registrytreemodel.h"
#include "model/items/storedimagemodel.h"
#include "model/pull/pullservice.h"
#include "model/reference/imagereference.h"
#include "model/registry/registryclient.h"
#include "model/registry/registryconfigstore.h"
#include "ui/clusters/clusterspage.h"
#include "ui/common/icons.h"
#include "ui/common/settingsfile.h"
#include "ui/credentials/credentialspage.h"
#include "ui/node/nodeimageswidget.h"
#include "ui/node/nodepage.h"
#include "ui/pulls/pulldialog.h"
#include "ui/pulls/pullspanel.h"
#include "ui/registries/addregistrydialog.h"
#include "ui/registries/registriespage.h"
#include "ui/workspace/workspacepage.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFile>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

namespace {
const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kStateKey = QStringLiteral("window/state");
const QString kPageKey = QStringLiteral("window/page");
const QString kNodeTabKey = QStringLiteral("window/nodeTab");
constexpr QSize kDefaultSize(1200, 780);
constexpr int kTransientMs = 10000;
constexpr int kPageCount = 5;
} // namespace

MainWindow::MainWindow(const QString &settingsPath, QWidget *parent, const QString &storeRoot)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Pullscope"));
    setWindowIcon(Icons::icon(QStringLiteral("pullscope")));

    SettingsFile::Opened opened = SettingsFile::open(settingsPath);
    m_settings = std::move(opened.settings);
    if (const QString notice = opened.notice(); !notice.isEmpty())
        m_notices.append(notice);

    m_store = new RegistryConfigStore(m_settings.get(), QStringLiteral("registries"), this);
    if (const int skipped = m_store->load(); skipped > 0) {
        m_notices.append(
            tr("Skipped %n broken registry entry(s) in the settings file %1.", nullptr, skipped)
                .arg(m_settings->fileName()));
    }

    // One registry client for the window: its token cache and per-host options are shared by
    // everything the Registries page fetches. The page owns it, and deletes it after the
    // models that use it (children go in the order they were added).
    auto *network = new QNetworkAccessManager;
    auto *clock = new RealClock;
    auto *registryClient = new RegistryClient(network, clock);
    m_registriesPage = new RegistriesPage(m_store, registryClient, m_settings.get(), this);
    registryClient->setParent(m_registriesPage);
    network->setParent(m_registriesPage);
    clock->setParent(m_registriesPage);
    m_workspacePage = new WorkspacePage(m_settings.get(), this);
    m_workspacePage->setRegistryClient(registryClient); // pin to digest asks the same registries
    m_storedImages =
        new StoredImageModel(storeRoot.isEmpty() ? ContentStore::defaultRoot() : storeRoot, this);
    m_nodePage = new NodePage(m_storedImages, this);
    m_credentialsPage = new CredentialsPage(this);
    m_credentialsPage->setRegistryStore(m_store);
    // Browsing uses the same credentials the Credentials page shows: the files, then the
    // desktop keyring; a login or logout there makes the client look again.
    CredentialSources sources = CredentialSources::fromEnvironment();
    KeychainCredentialProvider::addTo(sources, m_credentialsPage->keychain());
    registryClient->setCredentialSources(sources);
    connect(m_credentialsPage,
            &CredentialsPage::refreshed,
            registryClient,
            &RegistryClient::forgetCredentials);
    createPulls(m_storedImages->storeRoot(), sources);
    m_clustersPage = new ClustersPage(m_settings.get(), this);

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));
    // Content on the base colour, navigation on a tinted window colour: the usual split of
    // modern desktop apps, and it follows light and dark palettes.
    m_pages->setAutoFillBackground(true);
    QPalette pagePalette = m_pages->palette();
    pagePalette.setColor(QPalette::Window, pagePalette.color(QPalette::Base));
    m_pages->setPalette(pagePalette);
    m_pages->addWidget(m_registriesPage);
    m_pages->addWidget(m_workspacePage);
    m_pages->addWidget(m_nodePage);
    m_pages->addWidget(m_credentialsPage);
    m_pages->addWidget(m_clustersPage);

    auto *central = new QWidget(this);
    auto *row = new QHBoxLayout(central);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(0);
    row->addWidget(createSidebar());
    row->addWidget(m_pages, 1);
    setCentralWidget(central);

    createActions();
    addDockWidget(Qt::BottomDockWidgetArea, m_pullsDock);
    m_pullsDock->hide(); // until the first pull, or as the saved window state says

    connect(m_credentialsPage,
            &CredentialsPage::statusMessageRequested,
            this,
            &MainWindow::showTransient);
    connect(m_registriesPage,
            &RegistriesPage::addRegistryRequested,
            this,
            &MainWindow::addRegistry);
    connect(m_registriesPage,
            &RegistriesPage::statusMessageRequested,
            this,
            &MainWindow::showTransient);
    connect(m_workspacePage,
            &WorkspacePage::statusMessageRequested,
            this,
            &MainWindow::showTransient);
    connect(m_nodePage, &NodePage::workspaceRequested, this, [this] {
        setCurrentPage(Page::Workspace);
    });
    // The Node page simulates the Workspace's saved files and sends its fixes back through the
    // Workspace's documents; neither page edits the other's.
    m_nodePage->setWorkspaceDocuments(m_workspacePage->documentService());
    connect(m_nodePage, &NodePage::statusMessageRequested, this, &MainWindow::showTransient);
    connect(m_nodePage->imagesWidget(), &NodeImagesWidget::pullRequested, this, [this] {
        pullImage();
    });
    connect(m_nodePage->imagesWidget(),
            &NodeImagesWidget::statusMessageRequested,
            this,
            &MainWindow::showTransient);
    connect(m_registriesPage, &RegistriesPage::pullRequested, this, &MainWindow::pullImage);
    connect(m_store,
            &RegistryConfigStore::registriesChanged,
            this,
            &MainWindow::updateRegistryCount);

    m_registryCount = new QLabel(this);
    m_registryCount->setObjectName(QStringLiteral("registryCount"));
    m_registryCount->setContentsMargins(8, 0, 8, 0);
    statusBar()->addPermanentWidget(m_registryCount);
    statusBar()->setSizeGripEnabled(true);
    updateRegistryCount();

    restoreWindowSettings();
    if (!m_notices.isEmpty())
        statusBar()->showMessage(m_notices.join(QLatin1Char(' ')));
    else
        showTransient(tr("Ready."));
}

MainWindow::~MainWindow()
{
    // Pulls end first: their credential lookups may ask the desktop keyring, which the
    // Credentials page owns and deletes with the other pages.
    delete m_pullService;
    m_pullService = nullptr;
}

QWidget *MainWindow::createSidebar()
{
    auto *sidebar = new QWidget(this);
    sidebar->setObjectName(QStringLiteral("sidebar"));
    sidebar->setFixedWidth(216);
    sidebar->setAutoFillBackground(true);
    QPalette pal = sidebar->palette();
    const QColor window = pal.color(QPalette::Window);
    const bool dark = window.lightness() < 128;
    const QColor sidebarColor = dark ? window.lighter(115) : window.darker(104);
    pal.setColor(QPalette::Window, sidebarColor);
    pal.setColor(QPalette::Base, sidebarColor);
    sidebar->setPalette(pal);

    auto *brandIcon = new QLabel(sidebar);
    brandIcon->setPixmap(Icons::pixmap(Icons::path(QStringLiteral("pullscope")),
                                       QSize(28, 28),
                                       devicePixelRatioF()));
    auto *brandName = new QLabel(tr("Pullscope"), sidebar);
    QFont brandFont = brandName->font();
    brandFont.setPointSizeF(brandFont.pointSizeF() * 1.25);
    brandFont.setWeight(QFont::Bold);
    brandName->setFont(brandFont);
    auto *brand = new QHBoxLayout;
    brand->setContentsMargins(18, 18, 12, 14);
    brand->setSpacing(10);
    brand->addWidget(brandIcon);
    brand->addWidget(brandName, 1);

    m_nav = new QListWidget(sidebar);
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setFrameShape(QFrame::NoFrame);
    m_nav->setIconSize(QSize(20, 20));
    m_nav->setSpacing(1);
    m_nav->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_nav->setFocusPolicy(Qt::StrongFocus);
    m_nav->setAccessibleName(tr("Pages"));
    QColor hover = pal.color(QPalette::WindowText);
    hover.setAlphaF(0.08);
    m_nav->setStyleSheet(
        QStringLiteral("QListWidget#navigation { background: transparent; border: none;"
                       " outline: 0; padding: 0 10px; }"
                       "QListWidget#navigation::item { padding: 7px 8px; border-radius: 6px; }"
                       "QListWidget#navigation::item:hover:!selected { background: %1; }"
                       "QListWidget#navigation::item:selected { background: palette(highlight);"
                       " color: palette(highlighted-text); }")
            .arg(hover.name(QColor::HexArgb)));

    const struct
    {
        QString icon;
        QString text;
        QString tip;
    } items[] = {
        {QStringLiteral("registries"), tr("Registries"), tr("Registries and their images")},
        {QStringLiteral("workspace"), tr("Workspace"), tr("Pod YAML files you are working on")},
        {QStringLiteral("node"), tr("Node"), tr("Simulate the kubelet pulling a Pod's images")},
        {QStringLiteral("credentials"),
         tr("Credentials"),
         tr("Where registry credentials come from")},
        {QStringLiteral("clusters"), tr("Clusters"), tr("The contexts of your kubeconfig")},
    };

    for (const auto &i : items) {
        auto *item =
            new QListWidgetItem(Icons::navigationIcon(i.icon, pal.color(QPalette::HighlightedText)),
                                i.text,
                                m_nav);
        item->setToolTip(i.tip);
        item->setSizeHint(QSize(0, 38));
    }
    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row >= kPageCount)
            return;
        m_pages->setCurrentIndex(row);
        if (m_pageActions && row < m_pageActions->actions().size())
            m_pageActions->actions().at(row)->setChecked(true);
    });

    auto *version = new QLabel(tr("Version %1").arg(QStringLiteral(PULLSCOPE_VERSION)), sidebar);
    QPalette versionPalette = version->palette();
    versionPalette.setColor(QPalette::WindowText, pal.color(QPalette::PlaceholderText));
    version->setPalette(versionPalette);
    version->setContentsMargins(18, 8, 12, 14);

    auto *column = new QVBoxLayout(sidebar);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addLayout(brand);
    column->addWidget(m_nav, 1);
    column->addWidget(version);
    return sidebar;
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    QAction *add = file->addAction(tr("&Add Registry…"), this, &MainWindow::addRegistry);
    add->setObjectName(QStringLiteral("addRegistryAction"));
    add->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    QAction *pull = file->addAction(tr("&Pull Image…"), this, [this] {
        pullImage();
    });
    pull->setObjectName(QStringLiteral("pullImageAction"));
    pull->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    m_pageActions = new QActionGroup(this);
    m_pageActions->setExclusive(true);
    for (int row = 0; row < kPageCount; ++row) {
        QAction *a = view->addAction(m_nav->item(row)->icon(), m_nav->item(row)->text());
        a->setObjectName(QStringLiteral("show_") + pageName(Page(row)));
        a->setCheckable(true);
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + row)));
        m_pageActions->addAction(a);
        connect(a, &QAction::triggered, this, [this, row] {
            setCurrentPage(Page(row));
        });
    }
    view->addSeparator();
    QAction *pulls = m_pullsDock->toggleViewAction();
    pulls->setObjectName(QStringLiteral("showPullsAction"));
    pulls->setText(tr("&Pulls"));
    pulls->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    view->addAction(pulls);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction *about = help->addAction(tr("&About Pullscope"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_pages->currentIndex());
}

void MainWindow::setCurrentPage(Page page)
{
    m_nav->setCurrentRow(int(page));
}

QString MainWindow::pageName(Page page)
{
    switch (page) {
    case Page::Registries:
        return QStringLiteral("registries");
    case Page::Workspace:
        return QStringLiteral("workspace");
    case Page::Node:
        return QStringLiteral("node");
    case Page::Credentials:
        return QStringLiteral("credentials");
    case Page::Clusters:
        return QStringLiteral("clusters");
    }
    return QStringLiteral("registries");
}

std::optional<MainWindow::Page> MainWindow::pageFromName(const QString &name)
{
    for (int i = 0; i < kPageCount; ++i) {
        if (pageName(Page(i)) == name)
            return Page(i);
    }
    return std::nullopt;
}

bool MainWindow::importDemoFile(const QString &path)
{
    const Result<RegistryConfigStore::ImportSummary> result = m_store->importDemoFile(path);
    if (!result) {
        showNotice(tr("Could not import the demo file: %1").arg(result.error().toString()));
        return false;
    }
    const int count = int(result->added.size() + result->updated.size());
    showNotice(tr("Imported %n registry(s) from %1.", nullptr, count).arg(path));
    const QStringList names = result->added + result->updated;
    if (!names.isEmpty()) {
        // The demo's repositories are listed up front: its registry keeps the catalog to
        // itself, and a new user should see images in the first minute, not a name prompt.
        QFile file(path);
        if (file.open(QIODevice::ReadOnly)) {
            const QJsonObject demo = QJsonDocument::fromJson(file.readAll()).object();
            const int index = m_store->indexOf(names.first());
            const QString host = index >= 0 ? m_store->registries().at(index).hostKey() : QString();
            for (const QJsonValue &image : demo.value(QStringLiteral("images")).toArray()) {
                const auto ref = ImageReference::parse(image.toString());
                if (ref && ref->domain() == host)
                    m_registriesPage->treeModel()->addRepository(names.first(), ref->path());
            }
        }
        m_registriesPage->selectRegistry(names.first());
    }
    return true;
}

void MainWindow::addRegistry()
{
    QStringList names;
    for (const RegistryConfig &c : m_store->registries())
        names.append(c.name);
    auto *dialog = new AddRegistryDialog(names, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const RegistryConfig config = dialog->config();
        m_store->addOrUpdate(config);
        setCurrentPage(Page::Registries);
        m_registriesPage->selectRegistry(config.name);
        showTransient(tr("Added registry \"%1\".").arg(config.name));
    });
    dialog->open();
}

QString MainWindow::aboutText()
{
    return tr("<h3>Pullscope %1</h3>"
              "<p>Browse container registries, inspect images and debug ImagePullBackOff by "
              "simulating the kubelet.</p>"
              "<p>Licensed under the GNU General Public License, version 3 or later.</p>")
        .arg(QStringLiteral(PULLSCOPE_VERSION));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Pullscope"), aboutText());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_workspacePage->confirmClose()) {
        event->ignore(); // the user chose to keep editing
        return;
    }
    saveWindowSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::saveWindowSettings()
{
    m_settings->setValue(kGeometryKey, saveGeometry());
    m_settings->setValue(kStateKey, saveState());
    m_settings->setValue(kPageKey, pageName(currentPage()));
    m_settings->setValue(kNodeTabKey,
                         m_nodePage->currentTab() == NodePage::Tab::Images
                             ? QStringLiteral("images")
                             : QStringLiteral("simulation"));
    m_settings->sync();
}

void MainWindow::restoreWindowSettings()
{
    // Values of the wrong type (hand edits, older versions) fall back to defaults one by one.
    const QVariant geometry = m_settings->value(kGeometryKey);
    if (geometry.typeId() != QMetaType::QByteArray || !restoreGeometry(geometry.toByteArray())) {
        resize(kDefaultSize);
        if (const QScreen *screen = QGuiApplication::primaryScreen()) {
            const QRect available = screen->availableGeometry();
            resize(kDefaultSize.boundedTo(available.size()));
            move(available.center() - rect().center());
        }
    }
    const QVariant state = m_settings->value(kStateKey);
    if (state.typeId() == QMetaType::QByteArray)
        restoreState(state.toByteArray());
    const std::optional<Page> page = pageFromName(m_settings->value(kPageKey).toString());
    setCurrentPage(page.value_or(Page::Registries));
    if (m_settings->value(kNodeTabKey).toString() == QLatin1String("images"))
        m_nodePage->setCurrentTab(NodePage::Tab::Images);
}

void MainWindow::updateRegistryCount()
{
    const int n = int(m_store->registries().size());
    m_registryCount->setText(tr("%n registry(s) configured", nullptr, n));
}

void MainWindow::showNotice(const QString &message)
{
    // Notices stay until replaced and add up, so a demo import at start does not hide the
    // news that the settings file was moved aside.
    m_notices.append(message);
    statusBar()->showMessage(m_notices.join(QLatin1Char(' ')));
}

void MainWindow::showTransient(const QString &message)
{
    statusBar()->showMessage(message, kTransientMs);
}

void MainWindow::createPulls(const QString &storeRoot, const CredentialSources &sources)
{
    // Pulls use the same credentials as browsing (the files, then the desktop keyring) and
    // the same per-registry TLS and scheme settings, on the service's own thread.
    m_pullService = new PullService(storeRoot, sources, this);
    applyPullHostOptions();
    connect(m_store,
            &RegistryConfigStore::registriesChanged,
            this,
            &MainWindow::applyPullHostOptions);
    m_pulls = new PullListModel(m_pullService, this);
    m_pullsPanel = new PullsPanel(m_pulls, this);
    m_pullsDock = new QDockWidget(tr("Pulls"), this);
    m_pullsDock->setObjectName(QStringLiteral("pullsDock"));
    m_pullsDock->setAllowedAreas(Qt::BottomDockWidgetArea | Qt::TopDockWidgetArea);
    m_pullsDock->setWidget(m_pullsPanel);
    connect(m_pullsPanel, &PullsPanel::pullRequested, this, [this] {
        pullImage();
    });
    connect(m_pulls,
            &PullListModel::pullFinished,
            this,
            [this](const QString &reference, const Result<PullResult> &result) {
                m_storedImages->refresh();
                if (result)
                    showTransient(tr("Pulled %1.").arg(reference));
                else if (result.error().code == ErrorCode::Cancelled)
                    showTransient(tr("Cancelled the pull of %1.").arg(reference));
                else
                    showTransient(
                        tr("Pulling %1 failed: %2").arg(reference, result.error().message));
            });
    connect(m_pulls, &PullListModel::activeCountChanged, this, [this](int count) {
        m_nodePage->imagesWidget()->setRunningPulls(count);
    });
    m_storedImages->refresh();
}

void MainWindow::applyPullHostOptions()
{
    for (const RegistryConfig &c : m_store->registries())
        m_pullService->setHostOptions(c.hostKey(), RegistryHostOptions::fromConfig(c));
}

int MainWindow::startPull(const ImageReference &reference, const PullOptions &options)
{
    const int row = m_pulls->pull(reference, options);
    if (m_pullsDock->isHidden()) {
        m_pullsDock->show();
        // Room for a few pulls and their layers, the page keeping most of the window; once
        // the window is laid out, as it may not be shown yet.
        QTimer::singleShot(0, this, [this] {
            resizeDocks({m_pullsDock}, {qMax(240, height() * 2 / 5)}, Qt::Vertical);
        });
    }
    m_pullsDock->raise();
    m_pullsPanel->selectPull(row);
    return row;
}

void MainWindow::pullImage(const QString &reference)
{
    auto *dialog = new PullDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!reference.isEmpty())
        dialog->setReferenceText(reference);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Result<ImageReference> ref = dialog->reference();
        if (ref)
            startPull(*ref, dialog->options());
    });
    dialog->open();
}
