// SPDX-License-Identifier: GPL-3.0-or-later
// Pulls on the service's worker thread: the caller's thread only receives signals.
#include "model/cache/contentstore.h"
#include "model/pull/pullservice.h"
#include "tests/support/lab.h"
#include "tests/support/spyargument.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestPullService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void pullsOnTheWorkerThread();
    void failureIsReportedOnce();
    void cancelReportsCancelled();

private:
    std::unique_ptr<Lab> m_lab;
};

void TestPullService::initTestCase()
{
    m_lab = std::make_unique<Lab>(RegistryProcess::Mode::Anonymous);
    const auto started = m_lab->start();
    QVERIFY2(started, started ? "" : qPrintable(started.error().message));
}

void TestPullService::pullsOnTheWorkerThread()
{
    QTemporaryDir dir;
    PullService service(dir.path(), CredentialSources());
    QVERIFY(service.workerThread() != QThread::currentThread());
    QList<QThread *> deliveredOn;
    int resolvedBlobs = 0;
    connect(&service, &PullService::pullResolved, this, [&](int, const QList<BlobProgress> &blobs) {
        resolvedBlobs = int(blobs.size());
        deliveredOn << QThread::currentThread();
    });
    connect(&service, &PullService::pullProgressed, this, [&] {
        deliveredOn << QThread::currentThread();
    });
    QSignalSpy finished(&service, &PullService::pullFinished);
    PullOptions options;
    options.platforms = PullOptions::Platforms::All;
    const int id =
        service.pull(*ImageReference::parseNormalized(m_lab->registry().hostPort()
                                                      + QStringLiteral("/demo/multiarch:1.0")),
                     options);
    QVERIFY(finished.wait(60'000));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().at(0).toInt(), id);
    const Result<PullResult> &finishedWith = spyArgument<Result<PullResult>>(finished.first(), 1);
    QVERIFY2(finishedWith, qPrintable(finishedWith ? QString() : finishedWith.error().message));
    const PullResult result = *finishedWith;
    QCOMPARE(result.digest.toString(), m_lab->images().multiarch.index.digest);
    QCOMPARE(result.platforms.size(), 3);
    QVERIFY(resolvedBlobs >= 4); // three configs and at least one layer
    QVERIFY(!deliveredOn.isEmpty());
    for (QThread *t : deliveredOn)
        QCOMPARE(t, QThread::currentThread());
    ContentStore store(dir.path());
    QCOMPARE(store.images()->size(), 1);
}

void TestPullService::failureIsReportedOnce()
{
    QTemporaryDir dir;
    PullService service(dir.path(), CredentialSources());
    QSignalSpy finished(&service, &PullService::pullFinished);
    service.pull(*ImageReference::parseNormalized(m_lab->registry().hostPort()
                                                  + QStringLiteral("/demo/none:1")),
                 {});
    QVERIFY(finished.wait(30'000));
    QTest::qWait(100);
    QCOMPARE(finished.count(), 1);
    QVERIFY(!spyArgument<Result<PullResult>>(finished.first(), 1));
    const Error e = spyArgument<Result<PullResult>>(finished.first(), 1).error();
    QCOMPARE(e.code, ErrorCode::NotFound);
    QVERIFY(e.message.contains(QLatin1String("demo/none")));
}

void TestPullService::cancelReportsCancelled()
{
    QTemporaryDir dir;
    PullService service(dir.path(), CredentialSources());
    QSignalSpy finished(&service, &PullService::pullFinished);
    const int id =
        service.pull(*ImageReference::parseNormalized(m_lab->registry().hostPort()
                                                      + QStringLiteral("/demo/dockerlist:1.0")),
                     PullOptions{PullOptions::Platforms::All, {}, 1, {}});
    service.cancel(id);
    QVERIFY(finished.wait(30'000));
    // The cancel is queued right behind the start, before any reply can arrive.
    QCOMPARE(finished.count(), 1);
    QVERIFY(!spyArgument<Result<PullResult>>(finished.first(), 1));
    QCOMPARE(spyArgument<Result<PullResult>>(finished.first(), 1).error().code,
             ErrorCode::Cancelled);
    QTest::qWait(200);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(ContentStore(dir.path()).images()->size(), 0);
}

QTEST_GUILESS_MAIN(TestPullService)
#include "tst_pullservice.moc"
