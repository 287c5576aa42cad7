// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/core/job.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>

namespace {

// A job whose start() either fails at once or waits for the test to finish it.
class FakeJob : public ResultJob<int>
{
    Q_OBJECT
public:
    bool failInStart = false;
    int cancelled = 0;

    void start() override
    {
        if (failInStart)
            finish(Error(ErrorCode::InvalidArgument, QStringLiteral("bad input")));
    }

    void cancel() override
    {
        ++cancelled;
        ResultJob<int>::cancel();
    }

    void complete(Result<int> r) { finish(std::move(r)); }

    void emitAgain() { emitFinished(); }
};

} // namespace

class TestJob : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void finishedOnceAfterSynchronousFailure();
    void finishedOnceAfterCancel();
    void cancelAfterFinishDoesNotEmitAgain();
    void secondFinishIsIgnored();
    void finishedIsQueued();
    void resultIsTheFirstGiven();
    void deletedJobEmitsNothing();
};

void TestJob::finishedOnceAfterSynchronousFailure()
{
    FakeJob job;
    job.failInStart = true;
    QSignalSpy spy(&job, &Job::finished);
    job.start();
    QVERIFY(job.isFinished());
    QCOMPARE(spy.count(), 0); // queued, not emitted from inside start()
    QCoreApplication::processEvents();
    QCOMPARE(spy.count(), 1);
    QCOMPARE(job.result().error().code, ErrorCode::InvalidArgument);
    job.cancel();
    QCoreApplication::processEvents();
    QCOMPARE(spy.count(), 1);
}

void TestJob::finishedOnceAfterCancel()
{
    FakeJob job;
    QSignalSpy spy(&job, &Job::finished);
    job.start();
    QVERIFY(!job.isFinished());
    job.cancel();
    QVERIFY(job.isFinished());
    QCOMPARE(spy.count(), 0); // queued, not emitted from inside cancel()
    job.cancel();
    job.complete(7);
    QCoreApplication::processEvents();
    QCOMPARE(spy.count(), 1);
    QCOMPARE(job.result().error().code, ErrorCode::Cancelled);
    QCoreApplication::processEvents();
    QCOMPARE(spy.count(), 1);
}

void TestJob::cancelAfterFinishDoesNotEmitAgain()
{
    FakeJob job;
    QSignalSpy spy(&job, &Job::finished);
    job.start();
    job.complete(42);
    QCoreApplication::processEvents();
    QCOMPARE(spy.count(), 1);
    job.cancel();
    QCoreApplication::processEvents();
    QCOMPARE(spy.count(), 1);
    QCOMPARE(*job.result(), 42);
}

void TestJob::secondFinishIsIgnored()
{
    FakeJob job;
    QSignalSpy spy(&job, &Job::finished);
    job.start();
    job.complete(1);
    job.emitAgain();
    QCoreApplication::processEvents();
    job.emitAgain();
    QCoreApplication::processEvents();
    QCOMPARE(spy.count(), 1);
}

void TestJob::finishedIsQueued()
{
    FakeJob job;
    QSignalSpy spy(&job, &Job::finished);
    job.start();
    job.complete(3);
    QCOMPARE(spy.count(), 0);
    QVERIFY(spy.wait(1000));
    QCOMPARE(spy.count(), 1);
}

void TestJob::resultIsTheFirstGiven()
{
    FakeJob job;
    job.start();
    job.complete(5);
    job.complete(Error(ErrorCode::Server, QStringLiteral("late")));
    job.complete(6);
    QVERIFY(job.result().has_value());
    QCOMPARE(*job.result(), 5);
    QCoreApplication::processEvents();
    QCOMPARE(*job.result(), 5);
}

void TestJob::deletedJobEmitsNothing()
{
    int emitted = 0;
    auto *job = new FakeJob;
    connect(job, &Job::finished, this, [&emitted] {
        ++emitted;
    });
    job->failInStart = true;
    job->start();
    delete job;
    QCoreApplication::processEvents();

    auto *cancelled = new FakeJob;
    connect(cancelled, &Job::finished, this, [&emitted] {
        ++emitted;
    });
    cancelled->start();
    cancelled->cancel();
    delete cancelled;
    QCoreApplication::processEvents();
    QCOMPARE(emitted, 0);
}

QTEST_GUILESS_MAIN(TestJob)
#include "tst_job.moc"
