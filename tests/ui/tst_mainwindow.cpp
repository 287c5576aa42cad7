// SPDX-License-Identifier: GPL-3.0-or-later
// The main window: navigation, empty states, saved window state, damaged settings files,
// demo import, and the Workspace and Credentials pages' first actions.
#include "model/registry/registryconfigstore.h"
#include "ui/clusters/clusterspage.h"
#include "ui/common/emptystate.h"
#include "ui/common/translationloader.h"
#include "ui/credentials/credentialspage.h"
#include "ui/mainwindow.h"
#include "ui/node/nodepage.h"
#include "ui/registries/registriespage.h"
#include "ui/workspace/workspacedocuments.h"
#include "ui/workspace/workspacepage.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace {
void writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
    f.write(data);
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

EmptyState *emptyStateOf(MainWindow &w, MainWindow::Page page)
{
    switch (page) {
    case MainWindow::Page::Registries:
        return w.registriesPage()->emptyState();
    case MainWindow::Page::Workspace:
        return w.workspacePage()->emptyState();
    case MainWindow::Page::Node:
        return w.nodePage()->emptyState();
    case MainWindow::Page::Credentials:
        return w.credentialsPage()->emptyState();
    case MainWindow::Page::Clusters:
        return w.clustersPage()->emptyState();
    }
    return nullptr;
}

QWidget *pageWidget(MainWindow &w, MainWindow::Page page)
{
    switch (page) {
    case MainWindow::Page::Registries:
        return w.registriesPage();
    case MainWindow::Page::Workspace:
        return w.workspacePage();
    case MainWindow::Page::Node:
        return w.nodePage();
    case MainWindow::Page::Credentials:
        return w.credentialsPage();
    case MainWindow::Page::Clusters:
        return w.clustersPage();
    }
    return nullptr;
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void navigationSwitchesPages();
    void shortcutsSwitchPages();
    void emptyStates_data();
    void emptyStates();
    void windowStateRestored();
    void corruptSettingsMovedAside_data();
    void corruptSettingsMovedAside();
    void wrongTypesFallBackToDefaults();
    void demoImport();
    void demoImportErrorGoesToStatusBar();
    void workspaceListsFolderAndRemembersIt();
    void nodePageLeadsToWorkspace();
    void credentialLocations();
    void credentialsCheckShowsTable();
    void aboutTextHasVersionAndLicence();

private:
    QString freshSettings();

    QTemporaryDir m_dir;
    int m_counter = 0;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PullscopeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QVERIFY(m_dir.isValid());
    // No kubeconfig: the Clusters page shows its empty state whatever this machine has.
    qputenv("KUBECONFIG", QFile::encodeName(m_dir.filePath(QStringLiteral("no-kubeconfig"))));
    // English plural forms ("1 registry"), as the app installs them.
    TranslationLoader::install(qApp, QLocale(QLocale::English));
}

QString TestMainWindow::freshSettings()
{
    return m_dir.filePath(QStringLiteral("settings-%1.ini").arg(++m_counter));
}

void TestMainWindow::navigationSwitchesPages()
{
    MainWindow w(freshSettings());
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QListWidget *nav = w.navigation();
    QCOMPARE(nav->count(), 5);
    auto *pages = w.findChild<QStackedWidget *>(QStringLiteral("pages"));
    QVERIFY(pages);
    QCOMPARE(pages->count(), 5);

    // Click in an order that leaves every page once, ending away from the start.
    for (int row : {2, 0, 4, 3, 1}) {
        const QRect rect = nav->visualItemRect(nav->item(row));
        QVERIFY(!rect.isEmpty());
        QTest::mouseClick(nav->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(int(w.currentPage()), row);
        QCOMPARE(pages->currentWidget(), pageWidget(w, MainWindow::Page(row)));
        QVERIFY(pageWidget(w, MainWindow::Page(row))->isVisible());
        // The View menu follows the navigation.
        auto *action = w.findChild<QAction *>(QStringLiteral("show_")
                                              + MainWindow::pageName(MainWindow::Page(row)));
        QVERIFY(action);
        QVERIFY(action->isChecked());
    }
}

void TestMainWindow::shortcutsSwitchPages()
{
    MainWindow w(freshSettings());
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    for (int row : {3, 4, 1, 2, 0}) {
        QTest::keyClick(&w, Qt::Key(Qt::Key_1 + row), Qt::ControlModifier);
        QCOMPARE(int(w.currentPage()), row);
        QCOMPARE(w.navigation()->currentRow(), row);
    }
}

void TestMainWindow::emptyStates_data()
{
    QTest::addColumn<int>("page");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("firstButton");
    QTest::newRow("registries") << int(MainWindow::Page::Registries) << "Add a registry"
                                << "Add a Registry…";
    QTest::newRow("workspace") << int(MainWindow::Page::Workspace)
                               << "Open a Pod YAML file or folder"
                               << "Open File…";
    QTest::newRow("node") << int(MainWindow::Page::Node)
                          << "Simulate how the kubelet pulls a Pod's images"
                          << "Open a Pod in the Workspace";
    QTest::newRow("credentials") << int(MainWindow::Page::Credentials)
                                 << "Where Pullscope finds registry credentials"
                                 << "Check Credential Files";
    QTest::newRow("clusters") << int(MainWindow::Page::Clusters)
                              << "Your clusters, as kubectl sees them"
                              << "Open Kubeconfig…";
}

void TestMainWindow::emptyStates()
{
    QFETCH(int, page);
    QFETCH(QString, title);
    QFETCH(QString, firstButton);
    MainWindow w(freshSettings());
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.setCurrentPage(MainWindow::Page(page));
    EmptyState *empty = emptyStateOf(w, MainWindow::Page(page));
    QVERIFY(empty);
    QTRY_VERIFY(empty->isVisible()); // the Clusters page reads the kubeconfig in the background
    QCOMPARE(empty->title(), title);
    QVERIFY2(empty->description().size() > 80, qPrintable(empty->description()));
    QVERIFY(!empty->buttons().isEmpty());
    QCOMPARE(empty->buttons().first()->text(), firstButton);
    QVERIFY(empty->buttons().first()->isVisible());
    // The paragraph is laid out at full height, not cut off.
    auto *description = empty->findChild<QLabel *>(QStringLiteral("emptyStateDescription"));
    QVERIFY(description);
    QVERIFY(description->height() >= description->heightForWidth(description->width()));
}

void TestMainWindow::windowStateRestored()
{
    const QString path = freshSettings();
    QRect geometry;
    {
        MainWindow w(path);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.resize(900, 700);
        w.setCurrentPage(MainWindow::Page::Credentials);
        QTRY_COMPARE(w.size(), QSize(900, 700));
        geometry = w.geometry();
        QVERIFY(w.close());
    }
    QSettings check(path, QSettings::IniFormat);
    QCOMPARE(check.value(QStringLiteral("window/page")).toString(), QStringLiteral("credentials"));
    QVERIFY(!check.value(QStringLiteral("window/geometry")).toByteArray().isEmpty());

    MainWindow again(path);
    QCOMPARE(again.currentPage(), MainWindow::Page::Credentials);
    QCOMPARE(again.size(), QSize(900, 700));
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QCOMPARE(again.geometry().size(), geometry.size());
    QVERIFY(again.credentialsPage()->isVisible());
}

void TestMainWindow::corruptSettingsMovedAside_data()
{
    QTest::addColumn<QByteArray>("content");
    QByteArray binary;
    for (int i = 0; i < 512; ++i)
        binary.append(char((i * 37 + 11) % 256));
    QTest::newRow("garbage bytes") << binary;
    QTest::newRow("not utf-8") << QByteArray("[window]\npage=\xff\xfe\xc3\x28\n");
    QTest::newRow("ini format error") << QByteArray("[window\npage=node\n");
}

void TestMainWindow::corruptSettingsMovedAside()
{
    QFETCH(QByteArray, content);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("pullscope.ini"));
    writeFile(path, content);

    MainWindow w(path);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));

    const QStringList aside =
        QDir(dir.path()).entryList({QStringLiteral("pullscope.ini.corrupt-*")}, QDir::Files);
    QCOMPARE(aside.size(), 1);
    const QString movedTo = dir.filePath(aside.first());
    QCOMPARE(readFile(movedTo), content);
    QVERIFY(!QFile::exists(path) || readFile(path) != content);

    const QString message = w.statusBar()->currentMessage();
    QVERIFY2(message.contains(QStringLiteral("corrupt")), qPrintable(message));
    QVERIFY2(message.contains(movedTo), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("default settings")), qPrintable(message));
    QCOMPARE(w.currentPage(), MainWindow::Page::Registries);
    QVERIFY(w.registryStore()->registries().isEmpty());

    // A later notice (a demo import at start) adds to the message instead of hiding it.
    QVERIFY(!w.importDemoFile(dir.filePath(QStringLiteral("missing-demo.json"))));
    QVERIFY2(w.statusBar()->currentMessage().contains(movedTo),
             qPrintable(w.statusBar()->currentMessage()));
    QVERIFY2(w.statusBar()->currentMessage().contains(QStringLiteral("missing-demo.json")),
             qPrintable(w.statusBar()->currentMessage()));

    // The fresh file works.
    QVERIFY(w.close());
    QSettings check(path, QSettings::IniFormat);
    QCOMPARE(check.status(), QSettings::NoError);
    QCOMPARE(check.value(QStringLiteral("window/page")).toString(), QStringLiteral("registries"));
}

void TestMainWindow::wrongTypesFallBackToDefaults()
{
    const QString path = freshSettings();
    // Readable INI with values of the wrong type: not corrupt, each value falls back.
    writeFile(path,
              "[window]\ngeometry=42\nstate=a, b, c\npage=@Variant(garbage)\n"
              "[registries]\nsize=2\n1\\name=Good\n1\\url=https://good.example\n"
              "2\\name=Broken\n2\\url=a, b\n");
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral(".*invalid type.*")));
    MainWindow w(path);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QCOMPARE(w.currentPage(), MainWindow::Page::Registries);
    // The default size, clipped to the (offscreen: 800x600) screen.
    QCOMPARE(w.size(), QSize(1200, 780).boundedTo(w.screen()->availableGeometry().size()));
    QCOMPARE(w.registryStore()->registries().size(), 1);
    QVERIFY(QFile::exists(path));
    QVERIFY(QDir(m_dir.path())
                .entryList({QFileInfo(path).fileName() + QStringLiteral(".corrupt-*")})
                .isEmpty());
    const QString message = w.statusBar()->currentMessage();
    QVERIFY2(message.contains(QStringLiteral("Skipped 1 broken registry entry")),
             qPrintable(message));
}

void TestMainWindow::demoImport()
{
    const QString demo = m_dir.filePath(QStringLiteral("demo.json"));
    writeFile(demo,
              R"({"version": 1, "registries": [{"name": "Pullscope demo",
                 "url": "http://127.0.0.1:45678", "insecure": true, "authFile": "/tmp/auth.json"}],
                 "images": [], "login": {"registry": "127.0.0.1:45678", "username": "demo"}})");
    MainWindow w(freshSettings());
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.registriesPage()->emptyState()->isVisible());
    QVERIFY(w.importDemoFile(demo));
    QVERIFY(!w.registriesPage()->emptyState()->isVisible());
    QVERIFY(w.registriesPage()->listView()->isVisible());
    QCOMPARE(w.registriesPage()->listView()->model()->rowCount(), 1);
    QCOMPARE(w.registriesPage()->listView()->currentIndex().data().toString(),
             QStringLiteral("Pullscope demo"));
    QVERIFY2(w.statusBar()->currentMessage().contains(QStringLiteral("Imported 1 registry")),
             qPrintable(w.statusBar()->currentMessage()));
    auto *count = w.findChild<QLabel *>(QStringLiteral("registryCount"));
    QVERIFY(count);
    QCOMPARE(count->text(), QStringLiteral("1 registry configured"));
}

void TestMainWindow::demoImportErrorGoesToStatusBar()
{
    const QString demo = m_dir.filePath(QStringLiteral("broken-demo.json"));
    writeFile(demo, "{\"version\": 1, \"registries\": [");
    MainWindow w(freshSettings());
    QVERIFY(!w.importDemoFile(demo));
    const QString message = w.statusBar()->currentMessage();
    QVERIFY2(message.contains(demo), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("JSON")), qPrintable(message));
    QVERIFY(w.registryStore()->registries().isEmpty());
}

void TestMainWindow::workspaceListsFolderAndRemembersIt()
{
    QTemporaryDir project;
    QVERIFY(project.isValid());
    QVERIFY(QDir(project.path()).mkpath(QStringLiteral("sub")));
    writeFile(project.filePath(QStringLiteral("pod.yaml")), "apiVersion: v1\nkind: Pod\n");
    writeFile(project.filePath(QStringLiteral("sub/deploy.yml")), "kind: Deployment\n");
    writeFile(project.filePath(QStringLiteral("notes.txt")), "not yaml\n");

    const QString path = freshSettings();
    {
        MainWindow w(path);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.setCurrentPage(MainWindow::Page::Workspace);
        WorkspacePage *page = w.workspacePage();
        QVERIFY(page->emptyState()->isVisible());
        QSignalSpy found(page->documentService(), &WorkspaceDocuments::folderOpened);
        page->addFolder(project.path());
        QVERIFY(found.wait()); // searched and read off the GUI thread
        QCOMPARE(found.first().at(1).toInt(), 2);
        QTRY_VERIFY(!page->isBusy());
        QCOMPARE(page->files().size(), 2);
        QVERIFY(page->files().contains(project.filePath(QStringLiteral("pod.yaml"))));
        QVERIFY(page->files().contains(project.filePath(QStringLiteral("sub/deploy.yml"))));
        QVERIFY(!page->emptyState()->isVisible());
        auto *list = page->findChild<QListWidget *>(QStringLiteral("workspaceFiles"));
        QVERIFY(list && list->isVisible());
        QCOMPARE(list->count(), 2);
        QCOMPARE(page->lastDirectory(), QDir::cleanPath(project.path()));
        QVERIFY(w.close());
    }
    MainWindow again(path);
    QCOMPARE(again.workspacePage()->lastDirectory(), QDir::cleanPath(project.path()));
}

void TestMainWindow::nodePageLeadsToWorkspace()
{
    MainWindow w(freshSettings());
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.setCurrentPage(MainWindow::Page::Node);
    QTest::mouseClick(w.nodePage()->emptyState()->buttons().first(), Qt::LeftButton);
    QCOMPARE(w.currentPage(), MainWindow::Page::Workspace);
}

void TestMainWindow::credentialLocations()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), QStringLiteral("/run/user/1000"));
    env.insert(QStringLiteral("DOCKER_CONFIG"), QStringLiteral("/etc/docker-cfg"));
    env.insert(QStringLiteral("REGISTRY_AUTH_FILE"), QStringLiteral("/x/auth.json"));
    QStringList paths;
    for (const auto &l : CredentialsPage::locations(env, QStringLiteral("/home/u")))
        paths.append(l.path);
    // containers-auth.json(5) order first, then Docker's file, then the legacy one.
    QCOMPARE(paths,
             (QStringList{u"/x/auth.json"_s,
                          u"/run/user/1000/containers/auth.json"_s,
                          u"/home/u/.config/containers/auth.json"_s,
                          u"/etc/docker-cfg/config.json"_s,
                          u"/home/u/.dockercfg"_s}));

    QProcessEnvironment bare;
    paths.clear();
    for (const auto &l : CredentialsPage::locations(bare, QStringLiteral("/home/u")))
        paths.append(l.path);
    QCOMPARE(paths,
             (QStringList{u"/home/u/.config/containers/auth.json"_s,
                          u"/home/u/.docker/config.json"_s,
                          u"/home/u/.dockercfg"_s}));
}

void TestMainWindow::credentialsCheckShowsTable()
{
    MainWindow w(freshSettings());
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.setCurrentPage(MainWindow::Page::Credentials);
    QTest::mouseClick(w.credentialsPage()->emptyState()->buttons().first(), Qt::LeftButton);
    auto *table =
        w.credentialsPage()->findChild<QTreeWidget *>(QStringLiteral("credentialLocations"));
    QVERIFY(table);
    QVERIFY(table->isVisible());
    QVERIFY(table->topLevelItemCount() >= 3);
    for (int i = 0; i < table->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = table->topLevelItem(i);
        const bool exists = QFileInfo(item->text(0)).isFile();
        QCOMPARE(item->text(2), exists ? QStringLiteral("Found") : QStringLiteral("Not found"));
    }
}

void TestMainWindow::aboutTextHasVersionAndLicence()
{
    const QString text = MainWindow::aboutText();
    QVERIFY(text.contains(QStringLiteral(PULLSCOPE_VERSION)));
    QVERIFY(text.contains(QStringLiteral("General Public License")));
    QVERIFY(text.contains(QStringLiteral("Pullscope")));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
