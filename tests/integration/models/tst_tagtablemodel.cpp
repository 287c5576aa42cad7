// SPDX-License-Identifier: GPL-3.0-or-later
// TagTableModel (with its resolver and proxy) against the lab's real docker-registry: digests
// as the lab wrote them, thousands of tags listed while the event loop keeps turning,
// cancelling mid-way, details resolved with bounded concurrency and shared by digest.
#include "lab.h"
#include "labseeder.h"
#include "model/core/realclock.h"
#include "model/items/tagsortfilterproxymodel.h"
#include "model/items/tagtablemodel.h"
#include "model/registry/registryclient.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <memory>

using State = TagTableModel::DetailsState;

namespace {
// The bulk repository aims at 10,000 tags. Seeding goes through LabSeeder::tagMany, one PUT per
// tag. Measured on the 2-core build machine with other builds running (load average ~12):
// about 75 tags/s in Token mode and about 185 tags/s in Anonymous mode, so 10,000 alone would
// take 55-130 s. Seeding therefore goes in batches of 1,000 and stops after kSeedBudgetMs, which
// keeps the test near a minute (7,000 tags on that machine); every assertion uses the count
// actually seeded (printed), and at least kMinimumTags are required. PULLSCOPE_MANY_TAGS sets
// the target and lifts the budget (PULLSCOPE_MANY_TAGS=10000 for the full size).
constexpr int kTargetTags = 10000;
constexpr int kMinimumTags = 2000;
constexpr qint64 kSeedBudgetMs = 20000;
} // namespace

class TestTagTableModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void multiarchDigestsAndPlatforms();
    void singleImageDetails();
    void manyTagsWhileTheLoopTurns();
    void cancelMidway();
    void detailsForVisibleRowsOnly();
    void unknownRepositoryFails();

private:
    void waitListed(TagTableModel &model, QSignalSpy &finished, int timeoutMs = 30000);
    void resolveAll(TagTableModel &model);

    std::unique_ptr<Lab> m_lab;
    QNetworkAccessManager m_network;
    RealClock m_clock;
    std::unique_ptr<RegistryClient> m_client;
    QString m_host;
    int m_many = 0;
};

void TestTagTableModel::initTestCase()
{
    // Anonymous mode: tag listing needs no auth here (the tree test covers Token mode), and
    // seeding is twice as fast without a token per PUT.
    m_lab = std::make_unique<Lab>(RegistryProcess::Mode::Anonymous);
    const Result<void> started = m_lab->start();
    QVERIFY2(
        started,
        qPrintable(started ? QString()
                           : started.error().message + QLatin1Char('\n') + started.error().detail));
    m_host = m_lab->registry().hostPort();

    const int fromEnv = qEnvironmentVariableIntValue("PULLSCOPE_MANY_TAGS");
    const int target = fromEnv > 0 ? fromEnv : kTargetTags;
    LabSeeder seeder(m_lab->registry());
    const Result<void> copied = seeder.copy(m_lab->layoutPath(),
                                            QStringLiteral("busybox"),
                                            QStringLiteral("demo/many"),
                                            QStringLiteral("seed"));
    QVERIFY2(copied, qPrintable(copied ? QString() : copied.error().message));
    const QStringList tags = LabSeeder::numberedTags(QStringLiteral("t"), target - 1);
    QElapsedTimer timer;
    timer.start();
    int seeded = 0;
    while (seeded < tags.size() && (fromEnv > 0 || timer.elapsed() < kSeedBudgetMs)) {
        const QStringList batch = tags.mid(seeded, 1000);
        const Result<void> tagged =
            seeder.tagMany(QStringLiteral("demo/many"), QStringLiteral("seed"), batch);
        QVERIFY2(tagged, qPrintable(tagged ? QString() : tagged.error().message));
        seeded += int(batch.size());
    }
    m_many = seeded + 1; // and "seed"
    qInfo("seeded %d tags in %lld ms (target %d)", m_many, timer.elapsed(), target);
    QVERIFY2(m_many >= qMin(target, kMinimumTags), "seeding is far too slow on this machine");

    m_client = std::make_unique<RegistryClient>(&m_network, &m_clock);
    m_client->setCredentialSources(CredentialSources()); // nothing from this machine
    RegistryHostOptions options;
    options.insecure = true;
    m_client->setHostOptions(m_host, options);
}

void TestTagTableModel::waitListed(TagTableModel &model, QSignalSpy &finished, int timeoutMs)
{
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, timeoutMs);
    QVERIFY(!model.isListing());
}

void TestTagTableModel::resolveAll(TagTableModel &model)
{
    QList<int> rows;
    for (int r = 0; r < model.rowCount(); ++r)
        rows << r;
    model.requestDetails(rows);
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (int r = 0; r < model.rowCount(); ++r) {
                const auto s =
                    State(model.index(r, 0).data(TagTableModel::DetailsStateRole).toInt());
                if (s != State::Resolved && s != State::Failed)
                    return false;
            }
            return true;
        }(),
        20000);
}

void TestTagTableModel::multiarchDigestsAndPlatforms()
{
    TagTableModel model(m_client.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy finished(&model, &TagTableModel::listingFinished);
    model.setRepository(m_host, QStringLiteral("demo/multiarch"));
    QVERIFY(model.isListing());
    waitListed(model, finished);
    QVERIFY(finished.first().at(0).value<Error>().isNull());
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(model.rowOfTag(QStringLiteral("1.0")) >= 0);
    QVERIFY(model.rowOfTag(QStringLiteral("latest")) >= 0);
    // Not resolved until asked: data() never starts network work.
    QCOMPARE(model.index(0, TagTableModel::DigestColumn).data().toString(), QString());
    QCOMPARE(model.resolver()->inFlightCount(), 0);

    resolveAll(model);
    const IndexInfo &expected = m_lab->images().multiarch;
    QStringList platforms;
    for (const ImageInfo &image : expected.images)
        platforms << image.platform();
    for (int r = 0; r < model.rowCount(); ++r) {
        const QModelIndex row = model.index(r, 0);
        QCOMPARE(State(row.data(TagTableModel::DetailsStateRole).toInt()), State::Resolved);
        QCOMPARE(row.data(TagTableModel::DigestRole).toString(), expected.index.digest);
        QCOMPARE(row.data(TagTableModel::MediaTypeRole).toString(), expected.index.mediaType);
        QCOMPARE(row.data(TagTableModel::PlatformsRole).toStringList(), platforms);
        QCOMPARE(row.data(TagTableModel::DigestShareCountRole).toInt(), 2);
        QCOMPARE(row.data(TagTableModel::DigestGroupRole).toInt(), 0);
        QCOMPARE(row.data(TagTableModel::PinnedReferenceRole).toString(),
                 m_host + QStringLiteral("/demo/multiarch@") + expected.index.digest);
        QVERIFY(row.data(TagTableModel::CreatedRole).toDateTime().isValid());
        QVERIFY(row.data(TagTableModel::SizeRole).toLongLong() > 0);
    }
    QCOMPARE(model.index(model.rowOfTag(QStringLiteral("1.0")), 0)
                 .data(TagTableModel::ReferenceRole)
                 .toString(),
             m_host + QStringLiteral("/demo/multiarch:1.0"));
}

void TestTagTableModel::singleImageDetails()
{
    TagTableModel model(m_client.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy finished(&model, &TagTableModel::listingFinished);
    model.setRepository(m_host, QStringLiteral("library/busybox"));
    waitListed(model, finished);
    QCOMPARE(model.rowCount(), 2);
    resolveAll(model);
    const ImageInfo &busybox = m_lab->images().busybox;
    qint64 layers = 0;
    for (const LayerInfo &l : busybox.layers)
        layers += l.size;
    for (int r = 0; r < model.rowCount(); ++r) {
        const QModelIndex row = model.index(r, 0);
        QCOMPARE(row.data(TagTableModel::DigestRole).toString(), busybox.manifest.digest);
        QCOMPARE(row.data(TagTableModel::SizeRole).toLongLong(), layers);
        QCOMPARE(row.data(TagTableModel::PlatformsRole).toStringList(),
                 QStringList({QStringLiteral("linux/amd64")}));
        QCOMPARE(row.data(TagTableModel::CreatedRole).toDateTime(),
                 QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC));
    }
}

void TestTagTableModel::manyTagsWhileTheLoopTurns()
{
    TagTableModel model(m_client.get());
    TagSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    // The tester checks every insertion; it is slow on 10,000 rows only for the proxy (each
    // insert is re-sorted), so it watches the source.
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy finished(&model, &TagTableModel::listingFinished);
    QSignalSpy progressed(&model, &TagTableModel::listingProgressed);

    // A timer that can only fire when the GUI thread is free while the listing runs.
    int ticksWhileListing = 0;
    QTimer timer;
    timer.setInterval(5);
    connect(&timer, &QTimer::timeout, this, [&] {
        if (model.isListing())
            ++ticksWhileListing;
    });
    timer.start();

    QElapsedTimer elapsed;
    elapsed.start();
    model.setRepository(m_host, QStringLiteral("demo/many"));
    waitListed(model, finished, 120000);
    const qint64 ms = elapsed.elapsed();
    timer.stop();
    qInfo("listed %d tags in %lld ms, %d pages, %d timer ticks while listing",
          int(model.rowCount()),
          ms,
          int(progressed.count()),
          ticksWhileListing);

    QVERIFY(finished.first().at(0).value<Error>().isNull());
    QCOMPARE(model.rowCount(), m_many);
    QCOMPARE(proxy.rowCount(), m_many);
    // docker-registry 2.8 ignores `n` on tags/list and answers every tag at once (paging of
    // tags came with distribution v3), so there may be a single page; the catalog's paging is
    // covered by tst_registrytreemodel. Either way each page is reported as it arrives.
    QVERIFY(progressed.count() >= 1);
    QCOMPARE(progressed.last().at(0).toInt(), m_many);
    QVERIFY2(ticksWhileListing > 0, "the event loop serviced a timer during the listing");
    // Version order: "seed" and "t-00001".. are not versions, so A to Z.
    QCOMPARE(proxy.index(0, 0).data(TagTableModel::TagRole).toString(), QStringLiteral("seed"));
    QCOMPARE(proxy.index(1, 0).data(TagTableModel::TagRole).toString(), QStringLiteral("t-00001"));
    proxy.setFilterText(QStringLiteral("t-0999"));
    QCOMPARE(proxy.rowCount(), qBound(0, m_many - 9990, 10));
}

void TestTagTableModel::cancelMidway()
{
    TagTableModel model(m_client.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy finished(&model, &TagTableModel::listingFinished);
    QSignalSpy progressed(&model, &TagTableModel::listingProgressed);
    model.setRepository(m_host, QStringLiteral("demo/many"));
    // The request is on the wire (the registry sends all tags in one answer, see above): cancel
    // before it lands.
    QTimer::singleShot(0, &model, &TagTableModel::cancel);
    waitListed(model, finished);
    const Error error = finished.first().at(0).value<Error>();
    QCOMPARE(error.code, ErrorCode::Cancelled);
    QCOMPARE(model.rowCount(), 0);
    // Nothing arrives after the cancel.
    QTest::qWait(1000);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(progressed.count(), 0);
    QCOMPARE(finished.count(), 1);
    // A second cancel is harmless, and listing again starts from scratch and completes.
    model.cancel();
    QCOMPARE(finished.count(), 1);
    model.setRepository(m_host, QStringLiteral("demo/multiarch"));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 30000);
    QCOMPARE(model.rowCount(), 2);
}

void TestTagTableModel::detailsForVisibleRowsOnly()
{
    TagTableModel model(m_client.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(500);
    QSignalSpy finished(&model, &TagTableModel::listingFinished);
    model.setRepository(m_host, QStringLiteral("demo/many"));
    waitListed(model, finished, 120000);

    // A screenful that scrolled away is dropped before it starts; the next one resolves.
    QList<int> first;
    QList<int> second;
    for (int r = 0; r < 40; ++r) {
        first << r;
        second << 1000 + r;
    }
    model.requestDetails(first);
    model.requestDetails(second);
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (int r : second) {
                if (State(model.index(r, 0).data(TagTableModel::DetailsStateRole).toInt())
                    != State::Resolved)
                    return false;
            }
            return true;
        }(),
        30000);
    QVERIFY2(model.resolver()->peakInFlight() <= 6,
             qPrintable(QString::number(model.resolver()->peakInFlight())));
    QVERIFY(model.resolver()->peakInFlight() >= 2);
    const QString seedDigest = model.index(1000, 0).data(TagTableModel::DigestRole).toString();
    QCOMPARE(seedDigest, m_lab->images().busybox.manifest.digest);
    // All 40 share one digest: one group, fetched once.
    QCOMPARE(model.index(1039, 0).data(TagTableModel::DigestGroupRole).toInt(), 0);
    QCOMPARE(model.index(1039, 0).data(TagTableModel::DigestShareCountRole).toInt(), 40);
    QVERIFY(model.resolver()->cached(m_host, *Digest::parse(seedDigest)).has_value());
    // Row 39 was dropped (never started) or resolved early; it never failed.
    QVERIFY(State(model.index(39, 0).data(TagTableModel::DetailsStateRole).toInt())
            != State::Failed);
}

void TestTagTableModel::unknownRepositoryFails()
{
    TagTableModel model(m_client.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy finished(&model, &TagTableModel::listingFinished);
    model.setRepository(m_host, QStringLiteral("demo/does-not-exist"));
    waitListed(model, finished);
    const Error error = finished.first().at(0).value<Error>();
    QVERIFY(!error.isNull());
    QVERIFY2(error.code == ErrorCode::NotFound || error.code == ErrorCode::Unauthorized
                 || error.code == ErrorCode::Denied,
             qPrintable(Error::codeName(error.code) + QLatin1Char(' ') + error.message));
    QVERIFY(!error.message.isEmpty());
    QCOMPARE(model.rowCount(), 0);
    // A tag that does not parse fails its row instead of reaching the network.
    model.setTags(m_host, QStringLiteral("demo/multiarch"), {QStringLiteral("bad tag!")});
    model.requestDetails({0});
    QCOMPARE(State(model.index(0, 0).data(TagTableModel::DetailsStateRole).toInt()), State::Failed);
    QVERIFY(!model.index(0, 0).data(TagTableModel::ErrorRole).toString().isEmpty());
}

QTEST_GUILESS_MAIN(TestTagTableModel)
#include "tst_tagtablemodel.moc"
