// SPDX-License-Identifier: GPL-3.0-or-later
// RegistryTreeModel and its search proxy against the lab's real docker-registry in Token mode:
// the administrator may list the catalog, anonymous users may not (the token server grants no
// registry:catalog:*), which is how most real registries behave.
#include "lab.h"
#include "model/core/realclock.h"
#include "model/items/registrytreemodel.h"
#include "model/items/repositoryfilterproxymodel.h"
#include "model/registry/registryclient.h"
#include "model/registry/registryconfigstore.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using Kind = RegistryTreeModel::Kind;
using State = RegistryTreeModel::State;

class TestRegistryTreeModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void catalogListedLazilyPageByPage();
    void withoutCatalogTypeARepositoryName();
    void typedRepositoryNames_data();
    void typedRepositoryNames();
    void unreachableRegistryShowsTheError();
    void searchFiltersRepositories();

private:
    std::unique_ptr<RegistryClient> makeClient(bool admin);
    QString addRegistry(RegistryConfigStore &store, const QString &name, const QUrl &url);
    QStringList repositories(const QAbstractItemModel &model, const QModelIndex &registry) const;

    std::unique_ptr<Lab> m_lab;
    QNetworkAccessManager m_network;
    RealClock m_clock;
    QTemporaryDir m_dir;
    int m_settingsCounter = 0;
};

void TestRegistryTreeModel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_lab = std::make_unique<Lab>(RegistryProcess::Mode::Token);
    const Result<void> started = m_lab->start();
    QVERIFY2(
        started,
        qPrintable(started ? QString()
                           : started.error().message + QLatin1Char('\n') + started.error().detail));
}

std::unique_ptr<RegistryClient> TestRegistryTreeModel::makeClient(bool admin)
{
    auto client = std::make_unique<RegistryClient>(&m_network, &m_clock);
    CredentialSources sources; // nothing from this machine
    if (admin) {
        const auto creds = m_lab->registry().adminCredentials();
        (void)sources.setExplicit(creds.username + QLatin1Char(':') + creds.password);
    }
    client->setCredentialSources(sources);
    return client;
}

QString
TestRegistryTreeModel::addRegistry(RegistryConfigStore &store, const QString &name, const QUrl &url)
{
    RegistryConfig config;
    config.name = name;
    config.url = url;
    config.insecure = true;
    store.addOrUpdate(config);
    return name;
}

QStringList TestRegistryTreeModel::repositories(const QAbstractItemModel &model,
                                                const QModelIndex &registry) const
{
    QStringList out;
    for (int r = 0; r < model.rowCount(registry); ++r) {
        const QModelIndex child = model.index(r, 0, registry);
        if (Kind(child.data(RegistryTreeModel::KindRole).toInt()) == Kind::Repository)
            out << child.data(RegistryTreeModel::RepositoryRole).toString();
    }
    return out;
}

void TestRegistryTreeModel::catalogListedLazilyPageByPage()
{
    QSettings settings(m_dir.filePath(QStringLiteral("s%1.ini").arg(++m_settingsCounter)),
                       QSettings::IniFormat);
    RegistryConfigStore store(&settings);
    addRegistry(store, QStringLiteral("lab"), m_lab->registry().url());
    auto client = makeClient(true);
    RegistryTreeModel model(&store, client.get(), &settings);
    model.setPageSize(2); // four repositories: at least two pages

    // Nothing is listed until a view asks.
    const QModelIndex lab = model.registryIndex(QStringLiteral("lab"));
    QVERIFY(lab.isValid());
    QCOMPARE(model.rowCount(lab), 0);
    QVERIFY(model.hasChildren(lab));
    QVERIFY(model.canFetchMore(lab));
    QCOMPARE(State(lab.data(RegistryTreeModel::StateRole).toInt()), State::NotLoaded);

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy states(&model, &RegistryTreeModel::registryStateChanged);
    // The tester walks the tree, and so fetches: it sees every change from the first.
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.fetchMore(lab);
    QVERIFY(!model.canFetchMore(lab));
    QTRY_COMPARE_WITH_TIMEOUT(model.state(QStringLiteral("lab")), State::Loaded, 20000);
    QVERIFY2(inserted.count() >= 2, "pages arrive as separate insertions");
    QCOMPARE(states.first().at(1).value<State>(), State::Loading);
    const QStringList repos = repositories(model, lab);
    QCOMPARE(repos,
             QStringList({QStringLiteral("demo/dockerlist"),
                          QStringLiteral("demo/multiarch"),
                          QStringLiteral("library/busybox"),
                          QStringLiteral("private/app")}));
    QCOMPARE(lab.data(RegistryTreeModel::RepositoryCountRole).toInt(), 4);
    const QModelIndex multiarch =
        model.repositoryIndex(QStringLiteral("lab"), QStringLiteral("demo/multiarch"));
    QCOMPARE(multiarch.data(RegistryTreeModel::ReferenceRole).toString(),
             m_lab->registry().hostPort() + QStringLiteral("/demo/multiarch"));
    QCOMPARE(multiarch.data(RegistryTreeModel::HostRole).toString(), m_lab->registry().hostPort());
    QCOMPARE(model.parent(multiarch), lab);

    // A second fetchMore does nothing; reload lists again and ends in the same place.
    model.fetchMore(lab);
    model.reload(QStringLiteral("lab"));
    QCOMPARE(model.state(QStringLiteral("lab")), State::Loading);
    QTRY_COMPARE_WITH_TIMEOUT(model.state(QStringLiteral("lab")), State::Loaded, 20000);
    QCOMPARE(repositories(model, lab), repos);
}

void TestRegistryTreeModel::withoutCatalogTypeARepositoryName()
{
    const QString path = m_dir.filePath(QStringLiteral("s%1.ini").arg(++m_settingsCounter));
    {
        QSettings settings(path, QSettings::IniFormat);
        RegistryConfigStore store(&settings);
        addRegistry(store, QStringLiteral("lab"), m_lab->registry().url());
        auto client = makeClient(false); // anonymous: registry:catalog:* is refused
        RegistryTreeModel model(&store, client.get(), &settings);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QModelIndex lab = model.registryIndex(QStringLiteral("lab"));
        model.fetchMore(lab);
        QTRY_COMPARE_WITH_TIMEOUT(model.state(QStringLiteral("lab")),
                                  State::CatalogUnsupported,
                                  20000);
        QCOMPARE(model.rowCount(lab), 1);
        const QModelIndex hint = model.index(0, 0, lab);
        QCOMPARE(Kind(hint.data(RegistryTreeModel::KindRole).toInt()), Kind::Hint);
        QVERIFY(!(model.flags(hint) & Qt::ItemIsSelectable));
        const QString error = lab.data(RegistryTreeModel::ErrorRole).toString();
        QVERIFY2(error.contains(QStringLiteral("Type a repository name")), qPrintable(error));
        QVERIFY2(error.contains(m_lab->registry().hostPort()), qPrintable(error));

        // Typing a name adds it below the hint, remembered in the settings.
        const QModelIndex typed =
            model.addRepository(QStringLiteral("lab"), QStringLiteral("demo/multiarch"));
        QVERIFY(typed.isValid());
        QCOMPARE(typed.row(), 1);
        QVERIFY(typed.data(RegistryTreeModel::UserAddedRole).toBool());
        QCOMPARE(model.addRepository(QStringLiteral("lab"), QStringLiteral("demo/multiarch")),
                 typed);
        QCOMPARE(model.rowCount(lab), 2);
    }
    // A new model over the same settings shows the typed repository before listing anything.
    QSettings settings(path, QSettings::IniFormat);
    RegistryConfigStore store(&settings);
    QCOMPARE(store.load(), 0);
    RegistryTreeModel model(&store, nullptr, &settings);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QModelIndex lab = model.registryIndex(QStringLiteral("lab"));
    QVERIFY(repositories(model, lab).contains(QStringLiteral("demo/multiarch")));
    QVERIFY(model.removeRepository(QStringLiteral("lab"), QStringLiteral("demo/multiarch")));
    QVERIFY(!repositories(model, lab).contains(QStringLiteral("demo/multiarch")));
    QVERIFY(!model.removeRepository(QStringLiteral("lab"), QStringLiteral("demo/multiarch")));
}

void TestRegistryTreeModel::typedRepositoryNames_data()
{
    QTest::addColumn<QString>("registry");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("path") << "lab"
                          << "demo/app" << true;
    QTest::newRow("spaces trimmed") << "lab"
                                    << "  library/busybox " << true;
    QTest::newRow("one component") << "lab"
                                   << "busybox" << true;
    QTest::newRow("upper case") << "lab"
                                << "Demo/App" << false;
    QTest::newRow("with a tag") << "lab"
                                << "demo/app:1.0" << false;
    QTest::newRow("empty") << "lab"
                           << "" << false;
    QTest::newRow("trailing slash") << "lab"
                                    << "demo/" << false;
    QTest::newRow("unknown registry") << "nope"
                                      << "demo/app" << false;
}

void TestRegistryTreeModel::typedRepositoryNames()
{
    QFETCH(QString, registry);
    QFETCH(QString, name);
    QFETCH(bool, accepted);
    QSettings settings(m_dir.filePath(QStringLiteral("s%1.ini").arg(++m_settingsCounter)),
                       QSettings::IniFormat);
    RegistryConfigStore store(&settings);
    addRegistry(store, QStringLiteral("lab"), QUrl(QStringLiteral("http://127.0.0.1:9")));
    RegistryTreeModel model(&store, nullptr, &settings);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QModelIndex added = model.addRepository(registry, name);
    QCOMPARE(added.isValid(), accepted);
    if (accepted)
        QCOMPARE(added.data(RegistryTreeModel::RepositoryRole).toString(), name.trimmed());
}

void TestRegistryTreeModel::unreachableRegistryShowsTheError()
{
    QSettings settings(m_dir.filePath(QStringLiteral("s%1.ini").arg(++m_settingsCounter)),
                       QSettings::IniFormat);
    RegistryConfigStore store(&settings);
    // Port 9 (discard) on loopback: nothing listens in the test environment.
    addRegistry(store, QStringLiteral("down"), QUrl(QStringLiteral("http://127.0.0.1:9")));
    addRegistry(store, QStringLiteral("lab"), m_lab->registry().url());
    auto client = makeClient(true);
    RegistryTreeModel model(&store, client.get(), &settings);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QModelIndex down = model.registryIndex(QStringLiteral("down"));
    model.fetchMore(down);
    QTRY_COMPARE_WITH_TIMEOUT(model.state(QStringLiteral("down")), State::Failed, 20000);
    QCOMPARE(model.rowCount(down), 1);
    const QModelIndex message = model.index(0, 0, down);
    QCOMPARE(Kind(message.data(RegistryTreeModel::KindRole).toInt()), Kind::Message);
    QVERIFY(!message.data(Qt::DisplayRole).toString().isEmpty());
    QCOMPARE(message.data(Qt::DisplayRole).toString(),
             down.data(RegistryTreeModel::ErrorRole).toString());

    // Adding a registry keeps the others' state (no reset to NotLoaded).
    addRegistry(store, QStringLiteral("third"), QUrl(QStringLiteral("http://127.0.0.1:10")));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.state(QStringLiteral("down")), State::Failed);
    // Removing the one being listed is safe.
    model.fetchMore(model.registryIndex(QStringLiteral("lab")));
    store.remove(QStringLiteral("lab"));
    QCOMPARE(model.rowCount(), 2);
    QTest::qWait(200);
}

void TestRegistryTreeModel::searchFiltersRepositories()
{
    QSettings settings(m_dir.filePath(QStringLiteral("s%1.ini").arg(++m_settingsCounter)),
                       QSettings::IniFormat);
    RegistryConfigStore store(&settings);
    addRegistry(store, QStringLiteral("lab"), m_lab->registry().url());
    auto client = makeClient(true);
    RegistryTreeModel model(&store, client.get(), &settings);
    RepositoryFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.fetchMore(proxy.index(0, 0)); // a no-op when the tester already asked
    QTRY_COMPARE_WITH_TIMEOUT(model.state(QStringLiteral("lab")), State::Loaded, 20000);
    const QModelIndex lab = proxy.index(0, 0);
    QCOMPARE(proxy.rowCount(lab), 4);
    proxy.setFilterText(QStringLiteral("DEMO/"));
    QCOMPARE(repositories(proxy, lab),
             QStringList({QStringLiteral("demo/dockerlist"), QStringLiteral("demo/multiarch")}));
    proxy.setFilterText(QStringLiteral("busy"));
    QCOMPARE(repositories(proxy, lab), QStringList({QStringLiteral("library/busybox")}));
    proxy.setFilterText(QStringLiteral("nothing-like-this"));
    QCOMPARE(proxy.rowCount(), 1); // the registry stays
    QCOMPARE(proxy.rowCount(lab), 0);
    proxy.setFilterText(QString());
    QCOMPARE(proxy.rowCount(lab), 4);
}

QTEST_GUILESS_MAIN(TestRegistryTreeModel)
#include "tst_registrytreemodel.moc"
