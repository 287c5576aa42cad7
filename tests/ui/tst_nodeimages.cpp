// SPDX-License-Identifier: GPL-3.0-or-later
// "Images on this node", offscreen, over a canned content store written with ContentStore (no
// network): StoredImageModel lists, merges and reports errors (QAbstractItemModelTester
// attached before it is filled); the widget's empty state, Delete after a confirmation,
// Collect Garbage reporting what it freed, and the Node page's tabs.
#include "model/cache/contentstore.h"
#include "model/core/threadcheck.h"
#include "model/items/storedimagemodel.h"
#include "ui/common/emptystate.h"
#include "ui/common/translationloader.h"
#include "ui/node/nodeimageswidget.h"
#include "ui/node/nodepage.h"

#include <QAbstractItemModelTester>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

namespace {
// Stores an image of a config and one layer of layerBytes under reference; returns the
// manifest's digest and the bytes its blobs take.
std::pair<Digest, qint64>
storeImage(ContentStore &store, const QString &reference, const QByteArray &layerBytes)
{
    // A fixture, not the event loop: it may block the test's GUI thread.
    const ThreadCheck::AllowBlocking fixture;
    const QByteArray config =
        QJsonDocument(QJsonObject{{QStringLiteral("architecture"), QStringLiteral("amd64")},
                                  {QStringLiteral("os"), QStringLiteral("linux")},
                                  {QStringLiteral("rootfs"),
                                   QJsonObject{{QStringLiteral("type"), QStringLiteral("layers")},
                                               {QStringLiteral("diff_ids"), QJsonArray()}}}})
            .toJson(QJsonDocument::Compact);
    const Digest configDigest = Digest::sha256Of(config);
    const Digest layerDigest = Digest::sha256Of(layerBytes);
    const QByteArray manifest =
        QJsonDocument(
            QJsonObject{{QStringLiteral("schemaVersion"), 2},
                        {QStringLiteral("mediaType"),
                         QStringLiteral("application/vnd.oci.image.manifest.v1+json")},
                        {QStringLiteral("config"),
                         QJsonObject{{QStringLiteral("mediaType"),
                                      QStringLiteral("application/vnd.oci.image.config.v1+json")},
                                     {QStringLiteral("digest"), configDigest.toString()},
                                     {QStringLiteral("size"), config.size()}}},
                        {QStringLiteral("layers"),
                         QJsonArray{QJsonObject{
                             {QStringLiteral("mediaType"),
                              QStringLiteral("application/vnd.oci.image.layer.v1.tar+gzip")},
                             {QStringLiteral("digest"), layerDigest.toString()},
                             {QStringLiteral("size"), layerBytes.size()}}}}})
            .toJson(QJsonDocument::Compact);
    const Digest manifestDigest = Digest::sha256Of(manifest);
    [&] {
        QVERIFY(store.initialize());
        QVERIFY(store.writeBlob(config, configDigest));
        QVERIFY(store.writeBlob(layerBytes, layerDigest));
        QVERIFY(store.writeBlob(manifest, manifestDigest));
        QVERIFY(store.addImage(reference,
                               QStringLiteral("application/vnd.oci.image.manifest.v1+json"),
                               manifestDigest,
                               manifest.size(),
                               {QStringLiteral("linux/amd64")}));
    }();
    return {manifestDigest, config.size() + layerBytes.size() + manifest.size()};
}

int blobFiles(const QString &root)
{
    int n = 0;
    QDirIterator it(root + QStringLiteral("/blobs"), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++n;
    }
    return n;
}

bool refresh(StoredImageModel &model)
{
    QSignalSpy refreshed(&model, &StoredImageModel::refreshed);
    model.refresh();
    return refreshed.wait(10'000);
}
} // namespace

class TestNodeImages : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void missingStoreIsEmptyNotAnError();
    void listsAndMerges();
    void brokenIndexReportsAndKeepsRows();
    void cannedRowsAndDuplicates();
    void emptyStateTellsHowToPull();
    void deleteAsksThenCollectFrees();
    void collectWaitsForRunningPulls();
    void nodePageTabs();

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString freshRoot() { return m_dir.filePath(QStringLiteral("store-%1").arg(++m_counter)); }
};

void TestNodeImages::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    // English plural forms ("3 blobs"), as the app installs them.
    TranslationLoader::install(qApp, QLocale(QLocale::English));
}

void TestNodeImages::missingStoreIsEmptyNotAnError()
{
    const QString root = freshRoot();
    StoredImageModel model(root);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy refreshed(&model, &StoredImageModel::refreshed);
    QSignalSpy busy(&model, &StoredImageModel::busyChanged);
    model.refresh();
    QVERIFY(model.isBusy());
    QVERIFY(refreshed.wait(10'000));
    QVERIFY(refreshed.first().first().value<Error>().isNull());
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.isBusy());
    QCOMPARE(busy.count(), 2);
    QVERIFY(!QFileInfo::exists(root)); // looking creates nothing
}

void TestNodeImages::listsAndMerges()
{
    const QString root = freshRoot();
    ContentStore store(root);
    StoredImageModel model(root);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto [appDigest, appBytes] =
        storeImage(store, QStringLiteral("registry.test/team/app:1.0"), QByteArray(3000, 'x'));
    storeImage(store, QStringLiteral("docker.io/library/busybox:1.36"), QByteArray(500, 'y'));
    QVERIFY(refresh(model));
    QCOMPARE(model.rowCount(), 2);
    // Sorted by reference.
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("docker.io/library/busybox:1.36"));
    const int row = model.rowOfReference(QStringLiteral("registry.test/team/app:1.0"));
    QCOMPARE(row, 1);
    QCOMPARE(model.index(row, 0).data(StoredImageModel::DigestRole).toString(),
             appDigest.toString());
    QCOMPARE(model.index(row, StoredImageModel::DigestColumn).data().toString(),
             QStringLiteral("sha256:") + appDigest.encoded().left(12));
    QCOMPARE(model.index(row, 0).data(StoredImageModel::SizeRole).toLongLong(), appBytes);
    QCOMPARE(model.index(row, StoredImageModel::SizeColumn).data().toString(),
             QLocale().formattedDataSize(appBytes));
    QCOMPARE(model.index(row, StoredImageModel::PlatformsColumn).data().toString(),
             QStringLiteral("linux/amd64"));
    QVERIFY(model.index(row, 0).data(StoredImageModel::PulledAtRole).toDateTime().isValid());
    QVERIFY(!model.index(row, StoredImageModel::PulledColumn).data().toString().isEmpty());

    // A third image arrives between the two: inserted, the others untouched (no reset).
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    storeImage(store, QStringLiteral("quay.io/x/y:2"), QByteArray(10, 'z'));
    QVERIFY(refresh(model));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 1);
    QCOMPARE(reset.count(), 0);
    // Nothing changed: a refresh signals no change.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(refresh(model));
    QCOMPARE(changed.count(), 0);
}

void TestNodeImages::brokenIndexReportsAndKeepsRows()
{
    const QString root = freshRoot();
    ContentStore store(root);
    storeImage(store, QStringLiteral("registry.test/team/app:1.0"), QByteArray(30, 'x'));
    StoredImageModel model(root);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(refresh(model));
    QCOMPARE(model.rowCount(), 1);
    QFile index(root + QStringLiteral("/index.json"));
    QVERIFY(index.open(QIODevice::WriteOnly | QIODevice::Truncate));
    index.write("{ not json");
    index.close();
    QSignalSpy refreshed(&model, &StoredImageModel::refreshed);
    model.refresh();
    QVERIFY(refreshed.wait(10'000));
    const Error error = refreshed.first().first().value<Error>();
    QCOMPARE(error.code, ErrorCode::Parse);
    QVERIFY2(error.message.contains(QLatin1String("index.json")), qPrintable(error.message));
    QCOMPARE(model.lastError().message, error.message);
    QCOMPARE(model.rowCount(), 1);
}

void TestNodeImages::cannedRowsAndDuplicates()
{
    StoredImageModel model(freshRoot());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    StoredImage a;
    a.reference = QStringLiteral("b.test/x:1");
    a.digest = *Digest::parse(QStringLiteral("sha256:") + QString(64, QLatin1Char('1')));
    StoredImage unnamed;
    unnamed.digest = *Digest::parse(QStringLiteral("sha256:") + QString(64, QLatin1Char('2')));
    model.setImages({a, unnamed, a});
    QCOMPARE(model.rowCount(), 2); // the exact duplicate entry once
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("(no name)"));
    QCOMPARE(model.index(0, StoredImageModel::PulledColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("Not pulled by Pullscope"));
    a.size = 99;
    model.setImages({a});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 0).data(StoredImageModel::SizeRole).toLongLong(), 99);
    model.setImages({});
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.rowOfReference(QStringLiteral("b.test/x:1")), -1);
}

void TestNodeImages::emptyStateTellsHowToPull()
{
    StoredImageModel model(freshRoot());
    NodeImagesWidget widget(&model);
    widget.resize(900, 600);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    QVERIFY(refresh(model));
    QVERIFY(widget.emptyState()->isVisible());
    QVERIFY(!widget.view()->isVisible());
    QVERIFY(widget.emptyState()->description().contains(QLatin1String("Pull Image")));
    QSignalSpy pull(&widget, &NodeImagesWidget::pullRequested);
    widget.emptyState()->buttons().first()->click();
    QCOMPARE(pull.count(), 1);
    QVERIFY(widget.storeLabel()->text().contains(model.storeRoot().toHtmlEscaped()));
    QVERIFY(widget.storeLabel()->text().contains(QLatin1String("Open folder")));
    QVERIFY(!widget.deleteButton()->isEnabled());
    // The link on a store that does not exist yet says so instead of opening nothing.
    Q_EMIT widget.storeLabel()->linkActivated(QStringLiteral("open"));
    QVERIFY(widget.statusLabel()->text().contains(QLatin1String("does not exist yet")));
}

void TestNodeImages::deleteAsksThenCollectFrees()
{
    const QString root = freshRoot();
    ContentStore store(root);
    const auto [digest, bytes] =
        storeImage(store, QStringLiteral("registry.test/team/app:1.0"), QByteArray(4096, 'q'));
    StoredImageModel model(root);
    NodeImagesWidget widget(&model);
    widget.resize(900, 600);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    QVERIFY(refresh(model));
    QVERIFY(widget.view()->isVisible());
    QVERIFY(!widget.emptyState()->isVisible());
    QVERIFY(!widget.deleteButton()->isEnabled()); // nothing selected
    QCOMPARE(widget.deleteSelected(), nullptr);

    widget.view()->selectRow(0);
    QVERIFY(widget.deleteButton()->isEnabled());
    // Cancel: nothing happens.
    QMessageBox *box = widget.deleteSelected();
    QVERIFY(box);
    QVERIFY(box->text().contains(QLatin1String("registry.test/team/app:1.0")));
    QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
    box->button(QMessageBox::Cancel)->click();
    QTest::qWait(50);
    QVERIFY(!model.isBusy());
    QCOMPARE(model.rowCount(), 1);

    // Delete: the entry goes, the blobs stay until garbage is collected.
    QSignalSpy removed(&model, &StoredImageModel::imageRemoved);
    QSignalSpy status(&widget, &NodeImagesWidget::statusMessageRequested);
    box = widget.deleteSelected();
    QVERIFY(box);
    auto *confirm = box->findChild<QPushButton *>(QStringLiteral("confirmDeleteButton"));
    QVERIFY(confirm);
    confirm->click();
    QTRY_COMPARE(model.rowCount(), 0);
    QTRY_VERIFY(!model.isBusy());
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.first().at(1).toInt(), 1);
    QCOMPARE(blobFiles(root), 3);
    QVERIFY(widget.statusLabel()->text().startsWith(
        QLatin1String("Deleted registry.test/team/app:1.0.")));
    QCOMPARE(status.count(), 1);
    QVERIFY(widget.emptyState()->isVisible());

    QSignalSpy collected(&model, &StoredImageModel::garbageCollected);
    QVERIFY(widget.collectButton()->isEnabled());
    widget.collectButton()->click();
    QTRY_COMPARE(collected.count(), 1);
    QTRY_VERIFY(!model.isBusy());
    const GcReport report = collected.first().first().value<GcReport>();
    QCOMPARE(report.removedBlobs, 3);
    QCOMPARE(report.freedBytes, bytes);
    QCOMPARE(blobFiles(root), 0);
    QCOMPARE(widget.statusLabel()->text(),
             QStringLiteral("Freed %1: 3 blobs, 0 partial downloads.")
                 .arg(QLocale().formattedDataSize(bytes)));
    Q_UNUSED(digest);

    // Collecting again frees nothing, and says so.
    widget.collectButton()->click();
    QTRY_COMPARE(collected.count(), 2);
    QCOMPARE(collected.last().first().value<GcReport>().freedBytes, 0);
}

void TestNodeImages::collectWaitsForRunningPulls()
{
    StoredImageModel model(freshRoot());
    NodeImagesWidget widget(&model);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    QTRY_VERIFY(!model.isBusy());
    QVERIFY(widget.collectButton()->isEnabled());
    widget.setRunningPulls(2);
    QVERIFY(!widget.collectButton()->isEnabled());
    QVERIFY(widget.collectButton()->toolTip().contains(QLatin1String("running pulls")));
    widget.setRunningPulls(0);
    QVERIFY(widget.collectButton()->isEnabled());
}

void TestNodeImages::nodePageTabs()
{
    StoredImageModel model(freshRoot());
    NodePage page(&model);
    page.resize(900, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QCOMPARE(page.tabs()->count(), 3);
    QCOMPARE(page.tabs()->tabText(0), QStringLiteral("Images on this node"));
    QCOMPARE(page.tabs()->tabText(1), QStringLiteral("Simulation"));
    QCOMPARE(page.tabs()->tabText(2), QStringLiteral("Diagnose"));
    // The simulation's empty state is unchanged and opens first.
    QCOMPARE(page.currentTab(), NodePage::Tab::Simulation);
    QVERIFY(page.emptyState()->isVisible());
    QCOMPARE(page.emptyState()->title(),
             QStringLiteral("Simulate how the kubelet pulls a Pod's images"));
    page.setCurrentTab(NodePage::Tab::Images);
    QCOMPARE(page.currentTab(), NodePage::Tab::Images);
    QVERIFY(page.imagesWidget()->isVisible());
    QVERIFY(!page.emptyState()->isVisible());

    NodePage bare; // no store model: only the simulation and the diagnosis
    QCOMPARE(bare.tabs()->count(), 2);
    QCOMPARE(bare.imagesWidget(), nullptr);
    bare.setCurrentTab(NodePage::Tab::Images);
    QCOMPARE(bare.currentTab(), NodePage::Tab::Simulation);
}

QTEST_MAIN(TestNodeImages)
#include "tst_nodeimages.moc"
