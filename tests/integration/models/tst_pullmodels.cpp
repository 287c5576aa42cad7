// SPDX-License-Identifier: GPL-3.0-or-later
// PullListModel and StoredImageModel over a real PullService pulling from the lab's
// docker-registry into a temporary store: a pull reaches Done with every byte counted, the
// store lists the image by its digest, a pull of what is already stored still adds up, cancel
// and failure show the engine's word, retry resumes, and delete + garbage collection empty
// the store. QAbstractItemModelTester is attached to both models before anything fills them.
#include "lab.h"
#include "model/cache/contentstore.h"
#include "model/items/pulllistmodel.h"
#include "model/items/storedimagemodel.h"
#include "model/pull/pullservice.h"
#include "tests/support/spyargument.h"

#include <QAbstractItemModelTester>
#include <QDirIterator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using PullState = PullListModel::PullState;

class TestPullModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void pullReachesDoneAndStoreListsIt();
    void cancelShowsCancelledAndRetryResumes();
    void failureShowsTheEngineMessage();
    void deleteAndCollectEmptyTheStore();

private:
    ImageReference labReference(const QString &repositoryTag) const;
    // Waits for the pull of row to finish; returns its state.
    PullState waitFinished(int row, int timeoutMs = 60'000);
    void refreshStore();
    static int blobFiles(const QString &root);

    std::unique_ptr<Lab> m_lab;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<PullService> m_service;
    std::unique_ptr<PullListModel> m_pulls;
    std::unique_ptr<StoredImageModel> m_images;
    std::unique_ptr<QAbstractItemModelTester> m_pullsTester;
    std::unique_ptr<QAbstractItemModelTester> m_imagesTester;
};

void TestPullModels::initTestCase()
{
    m_lab = std::make_unique<Lab>(RegistryProcess::Mode::Token);
    const Result<void> started = m_lab->start();
    QVERIFY2(started, qPrintable(started ? QString() : started.error().message));
}

void TestPullModels::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const QString root = m_dir->filePath(QStringLiteral("store"));
    m_service = std::make_unique<PullService>(root, CredentialSources());
    m_pulls = std::make_unique<PullListModel>(m_service.get());
    m_images = std::make_unique<StoredImageModel>(root);
    m_pullsTester = std::make_unique<QAbstractItemModelTester>(
        m_pulls.get(),
        QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_imagesTester = std::make_unique<QAbstractItemModelTester>(
        m_images.get(),
        QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestPullModels::cleanup()
{
    m_imagesTester.reset();
    m_pullsTester.reset();
    m_images.reset();
    m_pulls.reset();
    m_service.reset();
    m_dir.reset();
}

ImageReference TestPullModels::labReference(const QString &repositoryTag) const
{
    return *ImageReference::parseNormalized(m_lab->registry().hostPort() + QLatin1Char('/')
                                            + repositoryTag);
}

PullState TestPullModels::waitFinished(int row, int timeoutMs)
{
    QModelIndex index = m_pulls->index(row, 0);
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(index.data(PullListModel::FinishedRole).toBool(), timeoutMs);
    }();
    return PullState(index.data(PullListModel::StateRole).toInt());
}

void TestPullModels::refreshStore()
{
    QSignalSpy refreshed(m_images.get(), &StoredImageModel::refreshed);
    m_images->refresh();
    QVERIFY(refreshed.wait(10'000));
    QVERIFY2(refreshed.first().first().value<Error>().isNull(),
             qPrintable(refreshed.first().first().value<Error>().message));
}

int TestPullModels::blobFiles(const QString &root)
{
    int n = 0;
    QDirIterator it(root + QStringLiteral("/blobs"), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++n;
    }
    return n;
}

void TestPullModels::pullReachesDoneAndStoreListsIt()
{
    refreshStore();
    QCOMPARE(m_images->rowCount(), 0); // no store yet: empty, not an error

    PullOptions options;
    options.platforms = PullOptions::Platforms::All;
    QSignalSpy finished(m_pulls.get(), &PullListModel::pullFinished);
    const int row = m_pulls->pull(labReference(QStringLiteral("demo/multiarch:1.0")), options);
    QCOMPARE(row, 0);
    QCOMPARE(m_pulls->activeCount(), 1);
    QVERIFY(m_pulls->canCancel(row));
    QCOMPARE(waitFinished(row), PullState::Done);
    QCOMPARE(finished.count(), 1);
    QVERIFY(spyArgument<Result<PullResult>>(finished.first(), 1));
    QCOMPARE(m_pulls->activeCount(), 0);

    const QModelIndex pull = m_pulls->index(row, 0);
    const qint64 total = pull.data(PullListModel::TotalRole).toLongLong();
    QVERIFY(total > 0);
    QCOMPARE(pull.data(PullListModel::ReceivedRole).toLongLong(), total);
    QCOMPARE(pull.data(PullListModel::ProgressRole).toDouble(), 1.0);
    QCOMPARE(pull.data(PullListModel::DigestRole).toString(),
             m_lab->images().multiarch.index.digest);
    // Three platforms: three configs and their layers, each complete.
    const int blobs = m_pulls->rowCount(pull);
    QVERIFY2(blobs >= 6, qPrintable(QString::number(blobs)));
    int configs = 0;
    qint64 sum = 0;
    QSet<QString> namedPlatforms;
    int expectedLayer = 0;
    for (int i = 0; i < blobs; ++i) {
        const QModelIndex blob = m_pulls->index(i, 0, pull);
        QVERIFY(blob.data(PullListModel::IsBlobRole).toBool());
        QCOMPARE(BlobProgress::State(blob.data(PullListModel::StateRole).toInt()),
                 BlobProgress::State::Done);
        QCOMPARE(blob.data(PullListModel::ReceivedRole).toLongLong(),
                 blob.data(PullListModel::TotalRole).toLongLong());
        configs += blob.data(PullListModel::BlobKindRole).toString() == QLatin1String("config");
        sum += blob.data(PullListModel::TotalRole).toLongLong();
        // Each row of an all-platform pull says whose it is, layers numbered per image.
        static const QRegularExpression name(
            QStringLiteral(R"(^(Config|Layer (\d+)) \S+ \((linux/[^)]+)\)$)"));
        const QString text = blob.data(Qt::DisplayRole).toString();
        const auto m = name.match(text);
        QVERIFY2(m.hasMatch(), qPrintable(text));
        for (const QString &platform : m.captured(3).split(QStringLiteral(", ")))
            namedPlatforms.insert(platform);
        if (m.captured(1) == QLatin1String("Config"))
            expectedLayer = 1;
        else if (expectedLayer > 0) // the first layer after its config, unless shared
            QCOMPARE(m.captured(2).toInt(), expectedLayer++);
    }
    QCOMPARE(configs, 3);
    QCOMPARE(namedPlatforms,
             (QSet<QString>{QStringLiteral("linux/amd64"),
                            QStringLiteral("linux/arm64"),
                            QStringLiteral("linux/arm/v7")}));
    QCOMPARE(sum, total);

    refreshStore();
    QCOMPARE(m_images->rowCount(), 1);
    const QString ref = labReference(QStringLiteral("demo/multiarch:1.0")).toString();
    const int stored = m_images->rowOfReference(ref);
    QVERIFY(stored >= 0);
    const QModelIndex image = m_images->index(stored, 0);
    QCOMPARE(image.data(StoredImageModel::DigestRole).toString(),
             m_lab->images().multiarch.index.digest);
    QCOMPARE(image.data(StoredImageModel::PlatformsRole).toStringList().size(), 3);
    QVERIFY(image.data(StoredImageModel::SizeRole).toLongLong() >= total);
    QVERIFY(image.data(StoredImageModel::PulledAtRole).toDateTime().isValid());

    // Everything is stored already: the second pull reuses every blob and still adds up.
    const int again = m_pulls->pull(labReference(QStringLiteral("demo/multiarch:1.0")), options);
    QCOMPARE(again, 1);
    QCOMPARE(waitFinished(again), PullState::Done);
    const QModelIndex second = m_pulls->index(again, 0);
    QCOMPARE(second.data(PullListModel::ReceivedRole).toLongLong(),
             second.data(PullListModel::TotalRole).toLongLong());
    QCOMPARE(
        BlobProgress::State(m_pulls->index(0, 0, second).data(PullListModel::StateRole).toInt()),
        BlobProgress::State::Reused);
    refreshStore();
    QCOMPARE(m_images->rowCount(), 1);
}

void TestPullModels::cancelShowsCancelledAndRetryResumes()
{
    PullOptions options;
    options.platforms = PullOptions::Platforms::All;
    options.jobs = 1;
    const int row = m_pulls->pull(labReference(QStringLiteral("demo/dockerlist:1.0")), options);
    // The cancel is queued right behind the start, before any reply can arrive.
    m_pulls->cancel(row);
    QCOMPARE(waitFinished(row), PullState::Cancelled);
    const QModelIndex pull = m_pulls->index(row, 0);
    QCOMPARE(pull.data(PullListModel::ErrorCodeRole).toInt(), int(ErrorCode::Cancelled));
    QCOMPARE(pull.data(PullListModel::StateTextRole).toString(), QStringLiteral("Cancelled"));
    QVERIFY(!m_pulls->canCancel(row));
    QVERIFY(m_pulls->canRetry(row));
    refreshStore();
    QCOMPARE(m_images->rowCount(), 0);

    const int oldId = pull.data(PullListModel::PullIdRole).toInt();
    QVERIFY(m_pulls->retry(row));
    QCOMPARE(m_pulls->rowCount(), 1); // the same row
    QVERIFY(pull.data(PullListModel::PullIdRole).toInt() != oldId);
    QCOMPARE(PullState(pull.data(PullListModel::StateRole).toInt()), PullState::Resolving);
    QCOMPARE(waitFinished(row), PullState::Done);
    QCOMPARE(pull.data(PullListModel::PlatformChoiceRole).toString(),
             QStringLiteral("all platforms"));
    QCOMPARE(pull.data(PullListModel::ReceivedRole).toLongLong(),
             pull.data(PullListModel::TotalRole).toLongLong());
    QVERIFY(!m_pulls->canRetry(row));
    refreshStore();
    QCOMPARE(m_images->rowCount(), 1);
    QCOMPARE(m_images->index(0, 0).data(StoredImageModel::DigestRole).toString(),
             m_lab->images().dockerList.index.digest);
}

void TestPullModels::failureShowsTheEngineMessage()
{
    QSignalSpy finished(m_pulls.get(), &PullListModel::pullFinished);
    const int row = m_pulls->pull(labReference(QStringLiteral("demo/none:1")), PullOptions());
    QCOMPARE(waitFinished(row), PullState::Failed);
    const QModelIndex pull = m_pulls->index(row, 0);
    QCOMPARE(pull.data(PullListModel::ErrorCodeRole).toInt(), int(ErrorCode::NotFound));
    const QString message = pull.data(PullListModel::ErrorRole).toString();
    QVERIFY2(message.contains(QLatin1String("demo/none")), qPrintable(message));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(spyArgument<Result<PullResult>>(finished.first(), 1).error().message, message);
    // The state column shows it inline.
    QVERIFY(m_pulls->index(row, PullListModel::StateColumn).data().toString().contains(message));
    QCOMPARE(m_pulls->rowCount(pull), 0); // nothing was resolved
    // An unknown platform of an index fails with the engine's list of what it offers.
    PullOptions s390;
    s390.platforms = PullOptions::Platforms::Given;
    s390.platform = *Platform::parse(QStringLiteral("linux/s390x"));
    const int other = m_pulls->pull(labReference(QStringLiteral("demo/multiarch:1.0")), s390);
    QCOMPARE(waitFinished(other), PullState::Failed);
    const QString noPlatform = m_pulls->index(other, 0).data(PullListModel::ErrorRole).toString();
    QVERIFY2(noPlatform.contains(QLatin1String("linux/s390x"))
                 && noPlatform.contains(QLatin1String("linux/arm64")),
             qPrintable(noPlatform));
    m_pulls->removeFinished();
    QCOMPARE(m_pulls->rowCount(), 0);
}

void TestPullModels::deleteAndCollectEmptyTheStore()
{
    const QString root = m_images->storeRoot();
    const int a = m_pulls->pull(labReference(QStringLiteral("library/busybox:1.36")), {});
    const int b = m_pulls->pull(labReference(QStringLiteral("demo/multiarch:1.0")), {});
    QCOMPARE(waitFinished(a), PullState::Done);
    QCOMPARE(waitFinished(b), PullState::Done);
    refreshStore();
    QCOMPARE(m_images->rowCount(), 2);
    const int before = blobFiles(root);
    QVERIFY(before > 4);

    for (const QString &repositoryTag :
         {QStringLiteral("library/busybox:1.36"), QStringLiteral("demo/multiarch:1.0")}) {
        const QString ref = labReference(repositoryTag).toString();
        QSignalSpy removed(m_images.get(), &StoredImageModel::imageRemoved);
        QSignalSpy refreshed(m_images.get(), &StoredImageModel::refreshed);
        m_images->removeImage(ref);
        QVERIFY(refreshed.wait(10'000));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.first().at(0).toString(), ref);
        QCOMPARE(removed.first().at(1).toInt(), 1);
        QCOMPARE(m_images->rowOfReference(ref), -1);
    }
    QCOMPARE(m_images->rowCount(), 0);
    QCOMPARE(blobFiles(root), before); // removing entries frees nothing yet

    QSignalSpy collected(m_images.get(), &StoredImageModel::garbageCollected);
    QSignalSpy refreshed(m_images.get(), &StoredImageModel::refreshed);
    m_images->collectGarbage();
    QVERIFY(refreshed.wait(10'000));
    QCOMPARE(collected.count(), 1);
    QVERIFY(collected.first().at(1).value<Error>().isNull());
    const GcReport report = collected.first().at(0).value<GcReport>();
    QCOMPARE(report.removedBlobs, before);
    QVERIFY(report.freedBytes > 0);
    QCOMPARE(blobFiles(root), 0);
    QVERIFY(!m_images->isBusy());
}

QTEST_GUILESS_MAIN(TestPullModels)
#include "tst_pullmodels.moc"
