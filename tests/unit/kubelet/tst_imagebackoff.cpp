// SPDX-License-Identifier: GPL-3.0-or-later
// client-go flowcontrol Backoff as the kubelet's image manager uses it
// (docs/reference/kubelet-image-pull.md §3).
#include "model/kubelet/imagebackoff.h"

#include <QTest>

class TestImageBackoff : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void periods_data();
    void periods();
    void window_data();
    void window();
    void gcDropsOnlyExpired();
    void keyIsPodUidAndImageAsWritten();
};

void TestImageBackoff::periods_data()
{
    QTest::addColumn<QList<qint64>>("failuresAt"); // seconds
    QTest::addColumn<QList<qint64>>("periods"); // seconds after each failure

    QTest::newRow("doubling to the cap") << QList<qint64>{0, 10, 30, 70, 150, 310, 610, 910}
                                         << QList<qint64>{10, 20, 40, 80, 160, 300, 300, 300};
    // hasExpired: eventTime - lastUpdate > 2 * max; exactly 600 s is not yet expired.
    QTest::newRow("600 s later keeps doubling") << QList<qint64>{0, 600} << QList<qint64>{10, 20};
    QTest::newRow("601 s later starts again") << QList<qint64>{0, 601} << QList<qint64>{10, 10};
    QTest::newRow("reset after a long quiet spell")
        << QList<qint64>{0, 10, 30, 1000} << QList<qint64>{10, 20, 40, 10};
}

void TestImageBackoff::periods()
{
    QFETCH(QList<qint64>, failuresAt);
    QFETCH(QList<qint64>, periods);
    ImageBackoff b;
    for (int i = 0; i < failuresAt.size(); ++i) {
        b.next(QStringLiteral("k"), failuresAt.at(i) * 1000);
        QCOMPARE(b.period(QStringLiteral("k")), periods.at(i) * 1000);
    }
}

void TestImageBackoff::window_data()
{
    QTest::addColumn<QList<qint64>>("failuresAt"); // ms
    QTest::addColumn<qint64>("checkAt"); // ms
    QTest::addColumn<bool>("inBackoff");

    QTest::newRow("no entry") << QList<qint64>{} << qint64(0) << false;
    QTest::newRow("right after") << QList<qint64>{0} << qint64(0) << true;
    QTest::newRow("just before 10 s") << QList<qint64>{0} << qint64(9'999) << true;
    // eventTime - lastUpdate < backoff: the window is open at its start, closed at its end.
    QTest::newRow("at 10 s") << QList<qint64>{0} << qint64(10'000) << false;
    QTest::newRow("second window open") << QList<qint64>{0, 10'000} << qint64(29'999) << true;
    QTest::newRow("second window closed") << QList<qint64>{0, 10'000} << qint64(30'000) << false;
    QTest::newRow("expired entry") << QList<qint64>{0} << qint64(600'001) << false;
}

void TestImageBackoff::window()
{
    QFETCH(QList<qint64>, failuresAt);
    QFETCH(qint64, checkAt);
    QFETCH(bool, inBackoff);
    ImageBackoff b;
    for (qint64 t : failuresAt)
        b.next(QStringLiteral("k"), t);
    QCOMPARE(b.isInBackOffSinceUpdate(QStringLiteral("k"), checkAt), inBackoff);
    QCOMPARE(b.isInBackOffSinceUpdate(QStringLiteral("other"), checkAt), false);
}

void TestImageBackoff::gcDropsOnlyExpired()
{
    ImageBackoff b;
    b.next(QStringLiteral("old"), 0);
    b.next(QStringLiteral("new"), 500'000);
    b.gc(600'000);
    QCOMPARE(b.size(), 2); // 600 s is not more than twice the maximum
    b.gc(600'001);
    QCOMPARE(b.size(), 1);
    QCOMPARE(b.windowEndMs(QStringLiteral("old")), qint64(-1));
    QCOMPARE(b.windowEndMs(QStringLiteral("new")), qint64(510'000));
}

void TestImageBackoff::keyIsPodUidAndImageAsWritten()
{
    QCOMPARE(ImageBackoff::key(QStringLiteral("uid-1"), QStringLiteral("busybox")),
             QStringLiteral("uid-1_busybox"));
    QVERIFY(ImageBackoff::key(QStringLiteral("u"), QStringLiteral("busybox"))
            != ImageBackoff::key(QStringLiteral("u"), QStringLiteral("busybox:latest")));
}

QTEST_GUILESS_MAIN(TestImageBackoff)
#include "tst_imagebackoff.moc"
