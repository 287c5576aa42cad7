// SPDX-License-Identifier: GPL-3.0-or-later
// The kubelet's registryPullQPS / registryBurst bucket (docs/reference/kubelet-image-pull.md §2.7).
#include "model/kubelet/pulltokenbucket.h"

#include <QTest>

class TestPullTokenBucket : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void accepts_data();
    void accepts();
};

void TestPullTokenBucket::accepts_data()
{
    QTest::addColumn<double>("qps");
    QTest::addColumn<int>("burst");
    QTest::addColumn<QList<qint64>>("at"); // ms of each TryAccept
    QTest::addColumn<QString>("accepted"); // '1' accepted, '0' throttled

    QTest::newRow("defaults: burst of 10 at once")
        << 5.0 << 10 << QList<qint64>(12, 0) << QStringLiteral("111111111100");
    QTest::newRow("refill at 5 per second")
        << 5.0 << 10 << QList<qint64>{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 199, 201, 201}
        << QStringLiteral("11111111110010");
    QTest::newRow("qps 0 is unlimited")
        << 0.0 << 0 << QList<qint64>(50, 0) << QString(50, QLatin1Char('1'));
    QTest::newRow("burst 0 never accepts")
        << 5.0 << 0 << QList<qint64>{0, 1000, 60'000} << QStringLiteral("000");
    QTest::newRow("refill capped at burst")
        << 1.0 << 2 << QList<qint64>{0, 0, 0, 100'000, 100'000, 100'000}
        << QStringLiteral("110110");
    QTest::newRow("fractional qps")
        << 0.1 << 1 << QList<qint64>{0, 9'999, 10'001} << QStringLiteral("101");
}

void TestPullTokenBucket::accepts()
{
    QFETCH(double, qps);
    QFETCH(int, burst);
    QFETCH(QList<qint64>, at);
    QFETCH(QString, accepted);
    PullTokenBucket bucket(qps, burst, 0);
    QString got;
    for (qint64 t : at)
        got += bucket.tryAccept(t) ? QLatin1Char('1') : QLatin1Char('0');
    QCOMPARE(got, accepted);
}

QTEST_GUILESS_MAIN(TestPullTokenBucket)
#include "tst_pulltokenbucket.moc"
