// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/core/realclock.h"
#include "model/core/virtualclock.h"

#include <QSignalSpy>
#include <QTest>

class TestClock : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void virtualFiresInTimeOrder();
    void virtualTiesKeepSchedulingOrder();
    void virtualCallbackSeesItsDueTime();
    void virtualNestedSchedulingWithinAdvance();
    void virtualCancel();
    void virtualContextDestroyed();
    void virtualWallTime();
    void virtualHourOfBackoffIsInstant();
    void realClockFires();
    void realClockCancel();
};

void TestClock::virtualFiresInTimeOrder()
{
    VirtualClock clock;
    QList<int> order;
    clock.callAfter(300, &clock, [&] {
        order << 3;
    });
    clock.callAfter(100, &clock, [&] {
        order << 1;
    });
    clock.callAfter(200, &clock, [&] {
        order << 2;
    });
    QCOMPARE(clock.pendingCount(), 3);
    QCOMPARE(clock.nextDueMs(), 100);
    QCOMPARE(clock.advanceBy(150), 1);
    QCOMPARE(order, QList<int>({1}));
    QCOMPARE(clock.nowMs(), 150);
    QCOMPARE(clock.advanceBy(1000), 2);
    QCOMPARE(order, QList<int>({1, 2, 3}));
    QCOMPARE(clock.nowMs(), 1150);
    QCOMPARE(clock.nextDueMs(), -1);
}

void TestClock::virtualTiesKeepSchedulingOrder()
{
    VirtualClock clock;
    QString order;
    for (char c : {'a', 'b', 'c', 'd'})
        clock.callAfter(10, &clock, [&, c] {
            order += QLatin1Char(c);
        });
    clock.advanceBy(10);
    QCOMPARE(order, QStringLiteral("abcd"));
}

void TestClock::virtualCallbackSeesItsDueTime()
{
    VirtualClock clock;
    qint64 seen = -1;
    clock.callAfter(10'000, &clock, [&] {
        seen = clock.nowMs();
    });
    clock.advanceBy(60'000);
    QCOMPARE(seen, 10'000);
    QCOMPARE(clock.nowMs(), 60'000);
}

void TestClock::virtualNestedSchedulingWithinAdvance()
{
    VirtualClock clock;
    QList<qint64> fired;
    std::function<void()> again = [&] {
        fired << clock.nowMs();
        if (fired.size() < 5)
            clock.callAfter(10, &clock, again);
    };
    clock.callAfter(10, &clock, again);
    // Callbacks scheduled while advancing still fire in the same call when due: 10..40 are.
    QCOMPARE(clock.advanceTo(45), 4);
    QCOMPARE(fired, QList<qint64>({10, 20, 30, 40}));
    clock.advanceTo(50);
    QCOMPARE(fired.size(), 5);
}

void TestClock::virtualCancel()
{
    VirtualClock clock;
    bool ran = false;
    const auto id = clock.callAfter(5, &clock, [&] {
        ran = true;
    });
    clock.cancel(id);
    clock.cancel(id); // twice is harmless
    clock.cancel(9999);
    clock.advanceBy(10);
    QVERIFY(!ran);
}

void TestClock::virtualContextDestroyed()
{
    VirtualClock clock;
    bool ran = false;
    auto *context = new QObject;
    clock.callAfter(5, context, [&] {
        ran = true;
    });
    delete context;
    QCOMPARE(clock.advanceBy(10), 0);
    QVERIFY(!ran);
}

void TestClock::virtualWallTime()
{
    const QDateTime epoch(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);
    VirtualClock clock(epoch);
    QSignalSpy spy(&clock, &VirtualClock::advanced);
    clock.advanceBy(90'000);
    QCOMPARE(clock.wallTime(), epoch.addSecs(90));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toLongLong(), 90'000);
}

void TestClock::virtualHourOfBackoffIsInstant()
{
    // The kubelet's image backoff: 10 s doubling to a 300 s cap; an hour of retries.
    VirtualClock clock;
    QList<qint64> attempts;
    qint64 delay = 10'000;
    std::function<void()> attempt = [&] {
        attempts << clock.nowMs();
        clock.callAfter(delay, &clock, attempt);
        delay = qMin<qint64>(delay * 2, 300'000);
    };
    clock.callAfter(0, &clock, attempt);
    QElapsedTimer real;
    real.start();
    clock.advanceBy(3'600'000);
    QVERIFY2(real.elapsed() < 5'000, "virtual time must not wait for real time");
    // 0, 10, 30, 70, 150, 310, 610, then every 300 s up to 3600 s.
    const QList<qint64> head = {0, 10'000, 30'000, 70'000, 150'000, 310'000, 610'000, 910'000};
    QCOMPARE(attempts.mid(0, head.size()), head);
    QCOMPARE(attempts.last(), 3'310'000);
    QCOMPARE(attempts.size(), 16);
}

void TestClock::realClockFires()
{
    RealClock clock;
    bool ran = false;
    const qint64 start = clock.nowMs();
    clock.callAfter(20, this, [&] {
        ran = true;
    });
    QVERIFY(!ran); // never synchronous
    QTRY_VERIFY(ran);
    QVERIFY(clock.nowMs() - start >= 19);
    QVERIFY(qAbs(clock.wallTime().msecsTo(QDateTime::currentDateTimeUtc())) < 2'000);
}

void TestClock::realClockCancel()
{
    RealClock clock;
    bool cancelled = false;
    bool control = false;
    const auto id = clock.callAfter(10, this, [&] {
        cancelled = true;
    });
    clock.callAfter(30, this, [&] {
        control = true;
    });
    clock.cancel(id);
    QTRY_VERIFY(control);
    QVERIFY(!cancelled);
}

QTEST_GUILESS_MAIN(TestClock)
#include "tst_clock.moc"
