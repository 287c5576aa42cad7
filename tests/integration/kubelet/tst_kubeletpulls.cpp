// SPDX-License-Identifier: GPL-3.0-or-later
// The simulated kubelet's pull machinery against an anonymous lab: the QPS bucket, serial and
// parallel pullers, the backoff sequence over an hour with and without the pod worker's
// jitter, and a hundred pods for an hour of virtual time (docs/reference/kubelet-image-pull.md
// §2.6-§2.8, §3).
#include "model/kube/kubereader.h"
#include "model/kube/kubeworkspace.h"
#include "simulationharness.h"
#include "tests/support/lab.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
QString pods(int count, const QString &image, const QString &policy = QString())
{
    QString yaml;
    for (int i = 1; i <= count; ++i) {
        yaml +=
            QStringLiteral("apiVersion: v1\nkind: Pod\nmetadata: {name: p%1}\nspec:\n"
                           "  containers: [{name: app, image: \"%2\"%3}]\n---\n")
                .arg(i)
                .arg(image,
                     policy.isEmpty() ? QString() : QStringLiteral(", imagePullPolicy: ") + policy);
    }
    return yaml;
}

const QString missing = QStringLiteral("HOST/library/busybox:nope");
} // namespace

class TestKubeletPulls : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void qpsLimit();
    void serialVersusParallel_data();
    void serialVersusParallel();
    void backoffOverAnHour();
    void backoffWithTheSyncJitter();
    void hundredPodsForAnHour();
    void retryNowForgetsTheBackoff();
    void realClockRunsInRealTime();

private:
    std::unique_ptr<Lab> m_lab;
};

void TestKubeletPulls::initTestCase()
{
    m_lab = std::make_unique<Lab>(RegistryProcess::Mode::Anonymous);
    const auto started = m_lab->start();
    QVERIFY2(started, started ? "" : qPrintable(started.error().message));
}

void TestKubeletPulls::qpsLimit()
{
    // registryPullQPS 1, burst 2: four pulls at once, two get a token.
    SimulationHarness h(*m_lab);
    h.node.kubelet.registryPullQPS = 1;
    h.node.kubelet.registryBurst = 2;
    QVERIFY(h.run(pods(4, missing), 15'000));
    const QString throttled =
        QStringLiteral("0 Warning Failed Failed to pull image \"%1\": pull QPS exceeded")
            .arg(missing);
    for (const QString &pod : {QStringLiteral("default/p3"), QStringLiteral("default/p4")}) {
        QCOMPARE(h.events(pod).mid(0, 3),
                 (QStringList{QStringLiteral("0 Normal Pulling Pulling image \"%1\"").arg(missing),
                              throttled,
                              QStringLiteral("0 Warning Failed Error: ErrImagePull")}));
        // A throttled pull is an ordinary failure: it advances the backoff.
        QCOMPARE(h.container(pod, QStringLiteral("app")).message,
                 QStringLiteral("pull QPS exceeded"));
    }
    QVERIFY(!h.events(QStringLiteral("default/p1")).at(1).contains(QStringLiteral("QPS")));
    // At 10 s the bucket has refilled to its burst of 2: again two of four.
    QCOMPARE(h.simulator().throttledPulls(), 4);
    QCOMPARE(h.timesOf(QStringLiteral("Pulling")), (QList<qint64>{0, 0, 0, 0, 10, 10, 10, 10}));
    // qps 0 means no limit at all.
    SimulationHarness unlimited(*m_lab);
    unlimited.node.kubelet.registryPullQPS = 0;
    unlimited.node.kubelet.registryBurst = 0;
    QVERIFY(unlimited.run(pods(4, missing), 5'000));
    QCOMPARE(unlimited.simulator().throttledPulls(), 0);
}

void TestKubeletPulls::serialVersusParallel_data()
{
    QTest::addColumn<bool>("serialize");
    QTest::addColumn<int>("maxParallel");
    QTest::addColumn<int>("peak");

    QTest::newRow("serial (the default)") << true << 0 << 1;
    QTest::newRow("parallel, at most 2") << false << 2 << 2;
    QTest::newRow("parallel, no limit") << false << 0 << 3;
}

void TestKubeletPulls::serialVersusParallel()
{
    QFETCH(bool, serialize);
    QFETCH(int, maxParallel);
    QFETCH(int, peak);
    SimulationHarness h(*m_lab);
    h.node.kubelet.serializeImagePulls = serialize;
    h.node.kubelet.maxParallelImagePulls = maxParallel;
    const QString yaml = pods(1, QStringLiteral("HOST/library/busybox:1.36"))
        + pods(1, QStringLiteral("HOST/demo/multiarch:1.0"))
              .replace(QStringLiteral("p1"), QStringLiteral("p2"))
        + pods(1, QStringLiteral("HOST/demo/dockerlist:1.0"))
              .replace(QStringLiteral("p1"), QStringLiteral("p3"));
    QVERIFY(h.run(yaml, 5'000));
    QCOMPARE(h.simulator().peakConcurrentPulls(), peak);
    for (const SimContainerStatus &s : h.simulator().containers())
        QCOMPARE(s.state, QStringLiteral("Running"));
    QCOMPARE(h.timesOf(QStringLiteral("Pulled")), (QList<qint64>{0, 0, 0}));
}

void TestKubeletPulls::backoffOverAnHour()
{
    SimulationHarness h(*m_lab);
    QVERIFY(h.run(pods(1, missing), 3'600'000));
    // Failures at 0 and 10, then each window (20, 40, 80, 160, 300, 300...) ends on a sync.
    const QList<qint64>
        pulls{0, 10, 30, 70, 150, 310, 610, 910, 1210, 1510, 1810, 2110, 2410, 2710, 3010, 3310};
    QCOMPARE(h.timesOf(QStringLiteral("Pulling")), pulls);
    QList<qint64> backoffs;
    for (qint64 t = 0; t <= 3600; t += 10) {
        if (!pulls.contains(t))
            backoffs << t;
    }
    // Every 10 s sync in between is a BackOff, each followed by "Error: ImagePullBackOff".
    QCOMPARE(h.timesOf(QStringLiteral("BackOff")), backoffs);
    QCOMPARE(h.simulator().events().size(), pulls.size() * 3 + backoffs.size() * 2);
    const SimContainerStatus s = h.container(QStringLiteral("default/p1"), QStringLiteral("app"));
    QCOMPARE(s.pullAttempts, int(pulls.size()));
    QCOMPARE(s.reason, QStringLiteral("ImagePullBackOff"));
    QCOMPARE(s.nextRetryMs, qint64(3'610'000)); // the last failure at 3310 s plus 300 s
}

void TestKubeletPulls::backoffWithTheSyncJitter()
{
    SimulationHarness h(*m_lab);
    h.jitter = 0.5;
    QVERIFY(h.run(pods(1, missing), 3'600'000));
    // Syncs end with "Error: ..." events: 10-15 s apart (wait.Jitter(10 s, 0.5), §2.8).
    QList<qint64> syncs;
    for (const KubeletEvent &e : h.simulator().events()) {
        if (e.message.startsWith(QLatin1String("Error: ")))
            syncs << e.timeMs;
    }
    QVERIFY(syncs.size() > 240 && syncs.size() <= 361);
    for (int i = 1; i < syncs.size(); ++i) {
        const qint64 gap = syncs.at(i) - syncs.at(i - 1);
        QVERIFY2(gap >= 10'000 && gap <= 15'000, qPrintable(QString::number(gap)));
    }
    // Each pull waits out its window and happens at the first sync after it.
    QList<qint64> pulls;
    for (const KubeletEvent &e : h.simulator().events()) {
        if (e.reason == QLatin1String("Pulling"))
            pulls << e.timeMs;
    }
    qint64 window = 10'000;
    for (int i = 1; i < pulls.size(); ++i) {
        const qint64 gap = pulls.at(i) - pulls.at(i - 1);
        QVERIFY2(gap >= window && gap < window + 15'000,
                 qPrintable(QStringLiteral("%1 %2").arg(gap).arg(window)));
        window = qMin<qint64>(window * 2, 300'000);
    }
}

void TestKubeletPulls::hundredPodsForAnHour()
{
    // No network: Never without the image, so the measure is the simulator's own cost.
    SimulationHarness h(*m_lab);
    QElapsedTimer timer;
    timer.start();
    QVERIFY(h.run(pods(100, QStringLiteral("HOST/library/busybox:1.36"), QStringLiteral("Never")),
                  3'600'000));
    const qint64 elapsed = timer.elapsed();
    qDebug("100 pods, 1 h of virtual time: %lld ms real, %lld events",
           elapsed,
           qint64(h.simulator().events().size()));
    // Syncs at 0, 10, ... 3600 s, two events each.
    QCOMPARE(h.simulator().events().size(), 100 * 361 * 2);
    QCOMPARE(h.simulator().containers().size(), 100);
}

void TestKubeletPulls::retryNowForgetsTheBackoff()
{
    SimulationHarness h(*m_lab);
    QVERIFY(h.run(pods(1, missing), 25'000));
    QCOMPARE(h.timesOf(QStringLiteral("Pulling")), (QList<qint64>{0, 10}));
    // As if the pod were recreated: the next sync at once, and it pulls.
    QSignalSpy finished(&h.simulator(), &KubeletSimulator::finished);
    h.simulator().retryNow(QStringLiteral("default/p1"));
    h.simulator().runFor(1'000);
    QVERIFY(finished.wait(30'000));
    QCOMPARE(h.timesOf(QStringLiteral("Pulling")), (QList<qint64>{0, 10, 25}));
    QCOMPARE(h.container(QStringLiteral("default/p1"), QStringLiteral("app")).nextRetryMs,
             qint64(35'000));
}

void TestKubeletPulls::realClockRunsInRealTime()
{
    // The GUI's real-time mode: the same simulator on a RealClock.
    QNetworkAccessManager network;
    RealClock clock;
    RegistryClient client(&network, &clock);
    KubeletSimulator simulator(&client, &clock);
    NodeProfile node = NodeProfile::defaultProfile();
    QTemporaryDir dir;
    node.storePath = dir.path();
    simulator.setNode(node);
    KubeWorkspace workspace;
    workspace.addFile(KubeReader::read(
        QStringLiteral(
            "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers: [{name: c, "
            "image: \"%1/library/busybox:1.36\", imagePullPolicy: Never}]\n")
            .arg(m_lab->registry().hostPort())
            .toUtf8(),
        QStringLiteral("p.yaml")));
    simulator.setWorkspace(workspace);
    QVERIFY(simulator.runPod(*workspace.podObjects().first()));
    QSignalSpy recorded(&simulator, &KubeletSimulator::eventRecorded);
    QSignalSpy finished(&simulator, &KubeletSimulator::finished);
    QElapsedTimer timer;
    timer.start();
    simulator.runFor(1'500);
    QVERIFY(finished.wait(10'000));
    QVERIFY(timer.elapsed() >= 1'400);
    QCOMPARE(recorded.count(), 2); // the first sync only: the next is 10-15 s away
    QCOMPARE(simulator.events().first().reason, QStringLiteral("ErrImageNeverPull"));
    QVERIFY(simulator.elapsedMs() >= 1'400);
}

QTEST_GUILESS_MAIN(TestKubeletPulls)
#include "tst_kubeletpulls.moc"
