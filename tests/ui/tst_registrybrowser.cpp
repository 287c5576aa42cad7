// SPDX-License-Identifier: GPL-3.0-or-later
// The Registries page as a browser, offscreen, on canned data (no network): the tag table's
// filter and sort, selecting a tag fills the Inspector, the copy buttons, typing a repository
// name, inline errors, and staying responsive with 10,000 tags.
#include "model/items/registrytreemodel.h"
#include "model/items/tagsortfilterproxymodel.h"
#include "model/items/tagtablemodel.h"
#include "model/registry/registryconfigstore.h"
#include "ui/common/emptystate.h"
#include "ui/inspector/inspectorwidget.h"
#include "ui/registries/digestdelegate.h"
#include "ui/registries/registriespage.h"
#include "ui/registries/tagbrowser.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

namespace {
TagDetails details(char digestChar, int day)
{
    TagDetails d;
    d.digest = *Digest::parse(QStringLiteral("sha256:") + QString(64, QLatin1Char(digestChar)));
    d.mediaType = QStringLiteral("application/vnd.oci.image.index.v1+json");
    d.created = QDateTime(QDate(2024, 2, day), QTime(9, 30), Qt::UTC);
    d.size = 1024 * 1024 * day;
    d.platforms = {QStringLiteral("linux/amd64"), QStringLiteral("linux/arm64")};
    return d;
}

QStringList shownTags(const QTableView *view)
{
    QStringList tags;
    for (int r = 0; r < view->model()->rowCount(); ++r)
        tags << view->model()->index(r, 0).data().toString();
    return tags;
}
} // namespace

class TestRegistryBrowser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void emptyStateWithoutRegistries();
    void filterBoxFilters();
    void sortChoice();
    void selectingATagShowsItsDigestInTheInspector();
    void copyButtons();
    void typedRepositoryOpens_data();
    void typedRepositoryOpens();
    void listingErrorsAreInline();
    void digestGroupsHaveColours();
    void tenThousandTagsStayResponsive();

private:
    QString freshSettings() { return m_dir.filePath(QStringLiteral("s%1.ini").arg(++m_counter)); }

    void fillCanned(TagBrowser *browser);

    QTemporaryDir m_dir;
    int m_counter = 0;
};

void TestRegistryBrowser::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestRegistryBrowser::fillCanned(TagBrowser *browser)
{
    browser->model()->setTags(QStringLiteral("registry.example:5000"),
                              QStringLiteral("team/app"),
                              {QStringLiteral("1.9"),
                               QStringLiteral("1.10"),
                               QStringLiteral("latest"),
                               QStringLiteral("1.10-debug"),
                               QStringLiteral("nightly")});
    browser->model()->applyDetails(QStringLiteral("1.10"), details('a', 3));
    browser->model()->applyDetails(QStringLiteral("latest"), details('a', 3));
    browser->model()->applyDetails(QStringLiteral("1.9"), details('b', 1));
}

void TestRegistryBrowser::emptyStateWithoutRegistries()
{
    QSettings settings(freshSettings(), QSettings::IniFormat);
    RegistryConfigStore store(&settings);
    RegistriesPage page(&store, nullptr, &settings);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(page.emptyState()->isVisible());
    QVERIFY(!page.tagBrowser()->isVisible());

    RegistryConfig config;
    config.name = QStringLiteral("lab");
    config.url = QUrl(QStringLiteral("http://127.0.0.1:9"));
    config.insecure = true;
    store.addOrUpdate(config);
    QVERIFY(!page.emptyState()->isVisible());
    QVERIFY(page.tagBrowser()->isVisible());
    QVERIFY(page.inspector()->isVisible());
    QCOMPARE(page.listView()->currentIndex().data().toString(), QStringLiteral("lab"));
    // Without a client the registry says why it lists nothing, inline.
    QTRY_COMPARE(page.treeModel()->state(QStringLiteral("lab")), RegistryTreeModel::State::Failed);
    QVERIFY(!page.findChild<QLabel *>(QStringLiteral("repositoryStatus"))->text().isEmpty());
    QVERIFY(QApplication::activeModalWidget() == nullptr);
}

void TestRegistryBrowser::filterBoxFilters()
{
    TagBrowser browser(nullptr);
    browser.resize(800, 400);
    browser.show();
    QVERIFY(QTest::qWaitForWindowExposed(&browser));
    fillCanned(&browser);
    QCOMPARE(browser.view()->model()->rowCount(), 5);
    browser.filterEdit()->setEnabled(true);
    QTest::keyClicks(browser.filterEdit(), QStringLiteral("1.1"));
    QCOMPARE(shownTags(browser.view()),
             QStringList({QStringLiteral("1.10"), QStringLiteral("1.10-debug")}));
    browser.filterEdit()->clear();
    QTest::keyClicks(browser.filterEdit(), QStringLiteral("NIGHT"));
    QCOMPARE(shownTags(browser.view()), QStringList({QStringLiteral("nightly")}));
    QTest::keyClicks(browser.filterEdit(), QStringLiteral("x"));
    QCOMPARE(browser.view()->model()->rowCount(), 0);
    browser.filterEdit()->clear();
    QCOMPARE(browser.view()->model()->rowCount(), 5);
}

void TestRegistryBrowser::sortChoice()
{
    TagBrowser browser(nullptr);
    browser.show();
    fillCanned(&browser);
    auto *sort = browser.findChild<QComboBox *>(QStringLiteral("tagSort"));
    QVERIFY(sort);
    // Default: by version, newest first, latest on top, other names last.
    QCOMPARE(shownTags(browser.view()),
             QStringList({QStringLiteral("latest"),
                          QStringLiteral("1.10"),
                          QStringLiteral("1.10-debug"),
                          QStringLiteral("1.9"),
                          QStringLiteral("nightly")}));
    sort->setCurrentIndex(1); // by date, newest first; undated last
    const QStringList byDate = shownTags(browser.view());
    QCOMPARE(
        byDate.mid(0, 3),
        QStringList({QStringLiteral("1.10"), QStringLiteral("latest"), QStringLiteral("1.9")}));
    sort->setCurrentIndex(2);
    QCOMPARE(shownTags(browser.view()),
             QStringList({QStringLiteral("1.10"),
                          QStringLiteral("1.10-debug"),
                          QStringLiteral("1.9"),
                          QStringLiteral("latest"),
                          QStringLiteral("nightly")}));
}

void TestRegistryBrowser::selectingATagShowsItsDigestInTheInspector()
{
    QSettings settings(freshSettings(), QSettings::IniFormat);
    RegistryConfigStore store(&settings);
    RegistryConfig config;
    config.name = QStringLiteral("lab");
    config.url = QUrl(QStringLiteral("http://registry.example:5000"));
    config.insecure = true;
    store.addOrUpdate(config);
    RegistriesPage page(&store, nullptr, &settings);
    page.resize(1300, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    fillCanned(page.tagBrowser());
    QSignalSpy selected(page.tagBrowser(), &TagBrowser::tagSelected);
    QVERIFY(page.tagBrowser()->selectTag(QStringLiteral("1.10")));
    QCOMPARE(selected.count(), 1);
    QCOMPARE(selected.first().at(0).toString(),
             QStringLiteral("registry.example:5000/team/app:1.10"));
    auto *digest = page.inspector()->findChild<QLabel *>(QStringLiteral("overviewDigest"));
    QCOMPARE(digest->text(), QStringLiteral("sha256:") + QString(64, QLatin1Char('a')));
    QCOMPARE(page.inspector()->findChild<QLabel *>(QStringLiteral("inspectorTitle"))->text(),
             QStringLiteral("registry.example:5000/team/app:1.10"));
    // Selecting by clicking another row follows.
    const QModelIndex row19 =
        page.tagBrowser()->proxy()->mapFromSource(page.tagBrowser()->model()->index(
            page.tagBrowser()->model()->rowOfTag(QStringLiteral("1.9")),
            0));
    QTest::mouseClick(page.tagBrowser()->view()->viewport(),
                      Qt::LeftButton,
                      {},
                      page.tagBrowser()->view()->visualRect(row19).center());
    QCOMPARE(digest->text(), QStringLiteral("sha256:") + QString(64, QLatin1Char('b')));
    // A tag without known details shows its reference; the digest comes with the inspection.
    QVERIFY(page.tagBrowser()->selectTag(QStringLiteral("nightly")));
    QCOMPARE(digest->text(), QString());
    QVERIFY(!page.tagBrowser()->selectTag(QStringLiteral("no-such-tag")));
}

void TestRegistryBrowser::copyButtons()
{
    QSettings settings(freshSettings(), QSettings::IniFormat);
    RegistryConfigStore store(&settings);
    RegistryConfig config;
    config.name = QStringLiteral("lab");
    config.url = QUrl(QStringLiteral("http://registry.example:5000"));
    store.addOrUpdate(config);
    RegistriesPage page(&store, nullptr, &settings);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QSignalSpy status(&page, &RegistriesPage::statusMessageRequested);
    fillCanned(page.tagBrowser());
    QVERIFY(page.tagBrowser()->selectTag(QStringLiteral("latest")));
    QApplication::clipboard()->clear();
    QTest::mouseClick(
        page.inspector()->findChild<QPushButton *>(QStringLiteral("copyReferenceButton")),
        Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(),
             QStringLiteral("registry.example:5000/team/app:latest"));
    QTest::mouseClick(
        page.inspector()->findChild<QPushButton *>(QStringLiteral("copyPinnedButton")),
        Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(),
             QStringLiteral("registry.example:5000/team/app@sha256:")
                 + QString(64, QLatin1Char('a')));
    QVERIFY(status.count() >= 2);
    QVERIFY(status.last().at(0).toString().contains(QStringLiteral("@sha256:")));
}

void TestRegistryBrowser::typedRepositoryOpens_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("opens");
    QTest::newRow("repository") << "library/busybox" << true;
    QTest::newRow("upper case refused") << "Library/BusyBox" << false;
    QTest::newRow("tag refused") << "library/busybox:1.36" << false;
}

void TestRegistryBrowser::typedRepositoryOpens()
{
    QFETCH(QString, typed);
    QFETCH(bool, opens);
    QSettings settings(freshSettings(), QSettings::IniFormat);
    RegistryConfigStore store(&settings);
    RegistryConfig config;
    config.name = QStringLiteral("hub");
    config.url = QUrl(QStringLiteral("https://registry.example"));
    store.addOrUpdate(config);
    RegistriesPage page(&store, nullptr, &settings);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QSignalSpy status(&page, &RegistriesPage::statusMessageRequested);
    auto *edit = page.findChild<QLineEdit *>(QStringLiteral("openRepositoryEdit"));
    QVERIFY(edit);
    QTest::keyClicks(edit, typed);
    QTest::keyClick(edit, Qt::Key_Return);
    const QModelIndex current = page.repositoryView()->currentIndex();
    QCOMPARE(current.isValid(), opens);
    if (opens) {
        QCOMPARE(current.data(RegistryTreeModel::RepositoryRole).toString(), typed);
        QCOMPARE(page.tagBrowser()->model()->repository(), typed);
        QVERIFY(edit->text().isEmpty());
        QCOMPARE(status.count(), 0);
    } else {
        QCOMPARE(status.count(), 1);
        QVERIFY(status.first().at(0).toString().contains(typed));
        QCOMPARE(edit->text(), typed); // kept, to correct it
    }
}

void TestRegistryBrowser::listingErrorsAreInline()
{
    QSettings settings(freshSettings(), QSettings::IniFormat);
    RegistryConfigStore store(&settings);
    RegistryConfig config;
    config.name = QStringLiteral("lab");
    config.url = QUrl(QStringLiteral("http://registry.example:5000"));
    store.addOrUpdate(config);
    RegistriesPage page(&store, nullptr, &settings);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(page.browse(QStringLiteral("registry.example:5000"), QStringLiteral("team/app")));
    // No client: the model reports it, the browser shows the message in place.
    auto *error = page.tagBrowser()->findChild<QLabel *>(QStringLiteral("tagError"));
    QTRY_VERIFY(error->isVisible());
    QVERIFY(!error->text().isEmpty());
    QVERIFY(QApplication::activeModalWidget() == nullptr);
    QVERIFY(!page.browse(QStringLiteral("unknown"), QStringLiteral("team/app")));
}

void TestRegistryBrowser::digestGroupsHaveColours()
{
    QVERIFY(!DigestDelegate::groupColor(-1, false).isValid());
    QSet<QRgb> colours;
    for (int g = 0; g < 8; ++g)
        colours.insert(DigestDelegate::groupColor(g, false).rgb());
    QCOMPARE(colours.size(), 8);
    QCOMPARE(DigestDelegate::groupColor(3, true), DigestDelegate::groupColor(3, true));

    TagBrowser browser(nullptr);
    browser.show();
    fillCanned(&browser);
    const TagTableModel *m = browser.model();
    const auto group = [m](const char *tag) {
        return m->index(m->rowOfTag(QString::fromLatin1(tag)), 0)
            .data(TagTableModel::DigestGroupRole)
            .toInt();
    };
    QCOMPARE(group("1.10"), group("latest"));
    QVERIFY(group("1.9") != group("1.10"));
    QCOMPARE(group("nightly"), -1);
    // The delegate paints without trouble for grouped and ungrouped rows.
    QVERIFY(!browser.view()->grab().isNull());
}

void TestRegistryBrowser::tenThousandTagsStayResponsive()
{
    TagBrowser browser(nullptr);
    browser.resize(900, 600);
    browser.show();
    QVERIFY(QTest::qWaitForWindowExposed(&browser));
    QStringList tags;
    for (int i = 0; i < 10000; ++i)
        tags << QStringLiteral("1.%1.%2").arg(i / 100).arg(i % 100);
    // Ten pages of a thousand, as the model receives them, with the loop turning between.
    int ticks = 0;
    QTimer timer;
    connect(&timer, &QTimer::timeout, this, [&ticks] {
        ++ticks;
    });
    timer.start(0);
    QElapsedTimer elapsed;
    elapsed.start();
    browser.model()->setTags(QStringLiteral("r.example"), QStringLiteral("many"), tags);
    qint64 worst = elapsed.elapsed();
    QTest::qWait(20);
    QVERIFY(ticks > 0);
    QCOMPARE(browser.view()->model()->rowCount(), 10000);
    QCOMPARE(browser.view()->model()->index(0, 0).data().toString(), QStringLiteral("1.99.99"));
    elapsed.restart();
    browser.filterEdit()->setEnabled(true);
    QTest::keyClicks(browser.filterEdit(), QStringLiteral("1.5."));
    worst = qMax(worst, elapsed.elapsed());
    QCOMPARE(browser.view()->model()->rowCount(), 100);
    browser.filterEdit()->clear();
    browser.view()->scrollToBottom();
    QTest::qWait(200);
    qInfo("10,000 tags: slowest step %lld ms", worst);
    QVERIFY2(worst < 2000, qPrintable(QString::number(worst)));
}

QTEST_MAIN(TestRegistryBrowser)
#include "tst_registrybrowser.moc"
