// SPDX-License-Identifier: GPL-3.0-or-later
// Pull policies, presence, names and platforms on the simulated kubelet against an anonymous
// lab (docs/reference/kubelet-image-pull.md §1, §2.1-§2.5, §10, §12; containerd texts of
// docs/reference/cluster-api.md §6).
#include "model/cache/contentstore.h"
#include "simulationharness.h"
#include "tests/support/lab.h"

#include <QTest>

namespace {
QString podYaml(const QString &image, const QString &policy = QString())
{
    return QStringLiteral("apiVersion: v1\nkind: Pod\nmetadata: {name: web}\nspec:\n"
                          "  containers: [{name: app, image: \"%1\"%2}]\n")
        .arg(image, policy.isEmpty() ? QString() : QStringLiteral(", imagePullPolicy: ") + policy);
}

QStringList neverPull(qint64 t, const QString &image)
{
    return {QStringLiteral(
                "%1 Warning ErrImageNeverPull Container image \"%2\" is not present with pull "
                "policy of Never")
                .arg(t)
                .arg(image),
            QStringLiteral("%1 Warning Failed Error: ErrImageNeverPull").arg(t)};
}

QStringList pulled(qint64 t, const QString &image)
{
    return {
        QStringLiteral("%1 Normal Pulling Pulling image \"%2\"").arg(t).arg(image),
        QStringLiteral("%1 Normal Pulled Successfully pulled image \"%2\" in <d> (<d> including "
                       "waiting). Image size: <n> bytes.")
            .arg(t)
            .arg(image)};
}

QStringList failedPull(qint64 t, const QString &image, const QString &error)
{
    return {QStringLiteral("%1 Normal Pulling Pulling image \"%2\"").arg(t).arg(image),
            QStringLiteral("%1 Warning Failed Failed to pull image \"%2\": %3")
                .arg(t)
                .arg(image, error),
            QStringLiteral("%1 Warning Failed Error: ErrImagePull").arg(t)};
}

const QString busybox = QStringLiteral("HOST/library/busybox:1.36");
const QString present =
    QStringLiteral("0 Normal Pulled Container image \"%1\" already present on machine");
const QString accessible = QStringLiteral("0 Normal Pulled Container image \"%1\" already present "
                                          "on machine and can be accessed by the pod");
} // namespace

class TestKubeletPolicies : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void presence_data();
    void presence();
    void latestBecomesAlways();
    void invalidNameIsNeverRetriedWithBackoff();
    void missingTagBacksOff();
    void olderKubeletTexts_data();
    void olderKubeletTexts();
    void oldKubeletKeepsTheRpcPrefix_data();
    void oldKubeletKeepsTheRpcPrefix();
    void platformMissingFromTheIndex_data();
    void platformMissingFromTheIndex();
    void dryRunResolvesOnly();
    void initContainerGatesTheOthers();

private:
    std::unique_ptr<Lab> m_lab;
};

void TestKubeletPolicies::initTestCase()
{
    m_lab = std::make_unique<Lab>(RegistryProcess::Mode::Anonymous);
    const auto started = m_lab->start();
    QVERIFY2(started, started ? "" : qPrintable(started.error().message));
}

void TestKubeletPolicies::presence_data()
{
    QTest::addColumn<QString>("policy");
    QTest::addColumn<bool>("preloaded");
    QTest::addColumn<QString>("node"); // version[/verification policy]
    QTest::addColumn<QStringList>("expected"); // over 25 s
    QTest::addColumn<QString>("state");

    QStringList never = neverPull(0, busybox) + neverPull(10, busybox) + neverPull(20, busybox);
    QTest::newRow("Never without the image: every sync, no backoff")
        << "Never" << false << "1.35" << never << "Waiting";
    QTest::newRow("Never with a preloaded image")
        << "Never" << true << "1.35" << QStringList{accessible.arg(busybox)} << "Running";
    QTest::newRow("Never with the gate off")
        << "Never" << true << "1.34" << QStringList{present.arg(busybox)} << "Running";
    QTest::newRow("Never under AlwaysVerify: unverified is absent")
        << "Never" << true << "1.35/AlwaysVerify" << never << "Waiting";
    QTest::newRow("IfNotPresent with the image")
        << "IfNotPresent" << true << "1.35" << QStringList{accessible.arg(busybox)} << "Running";
    QTest::newRow("IfNotPresent with the image, gate off")
        << "IfNotPresent" << true << "1.33" << QStringList{present.arg(busybox)} << "Running";
    QTest::newRow("IfNotPresent under AlwaysVerify pulls again")
        << "IfNotPresent" << true << "1.35/AlwaysVerify" << pulled(0, busybox) << "Running";
    QTest::newRow("IfNotPresent without the image")
        << "IfNotPresent" << false << "1.35" << pulled(0, busybox) << "Running";
    QTest::newRow("Always never looks")
        << "Always" << true << "1.35" << pulled(0, busybox) << "Running";
}

void TestKubeletPolicies::presence()
{
    QFETCH(QString, policy);
    QFETCH(bool, preloaded);
    QFETCH(QString, node);
    QFETCH(QStringList, expected);
    QFETCH(QString, state);
    SimulationHarness h(*m_lab);
    h.node.kubernetesVersion = node.section(QLatin1Char('/'), 0, 0);
    if (node.contains(QLatin1Char('/')))
        h.node.kubelet.imagePullCredentialsVerificationPolicy = node.section(QLatin1Char('/'), 1);
    if (preloaded)
        QVERIFY(h.preload(busybox));
    QVERIFY(h.run(podYaml(busybox, policy), 25'000));
    QCOMPARE(h.events(), expected);
    const SimContainerStatus s = h.container(QStringLiteral("default/web"), QStringLiteral("app"));
    QCOMPARE(s.state, state);
    if (state == QLatin1String("Waiting")) {
        QCOMPARE(s.reason, QStringLiteral("ErrImageNeverPull"));
        QCOMPARE(h.normalize(s.message), expected.first().section(QLatin1Char(' '), 3));
    }
}

void TestKubeletPolicies::latestBecomesAlways()
{
    // No tag: the API server defaults the policy to Always (§1), so a present image is pulled.
    SimulationHarness h(*m_lab);
    QVERIFY(h.preload(QStringLiteral("HOST/library/busybox:latest")));
    QVERIFY(h.run(podYaml(QStringLiteral("HOST/library/busybox")), 5'000));
    QCOMPARE(h.events(), pulled(0, QStringLiteral("HOST/library/busybox")));
    QCOMPARE(h.container(QStringLiteral("default/web"), QStringLiteral("app")).pullAttempts, 1);
}

void TestKubeletPolicies::invalidNameIsNeverRetriedWithBackoff()
{
    SimulationHarness h(*m_lab);
    const QString image = QStringLiteral("HOST/library/BusyBox:1");
    QVERIFY(h.run(podYaml(image), 25'000));
    const QString message = QStringLiteral(
        "Failed to apply default image tag \"HOST/library/BusyBox:1\": couldn't parse image name "
        "\"HOST/library/BusyBox:1\": invalid reference format: repository name (library/BusyBox) "
        "must be lowercase");
    QStringList expected;
    for (int t : {0, 10, 20}) {
        expected << QStringLiteral("%1 Warning InspectFailed %2").arg(t).arg(message)
                 << QStringLiteral("%1 Warning Failed Error: InvalidImageName").arg(t);
    }
    QCOMPARE(h.events(), expected);
    const SimContainerStatus s = h.container(QStringLiteral("default/web"), QStringLiteral("app"));
    QCOMPARE(s.reason, QStringLiteral("InvalidImageName"));
    QCOMPARE(h.normalize(s.message), message);
    QCOMPARE(s.pullAttempts, 0);
    QCOMPARE(s.nextRetryMs, qint64(-1));
}

void TestKubeletPolicies::missingTagBacksOff()
{
    SimulationHarness h(*m_lab);
    const QString image = QStringLiteral("HOST/library/busybox:nope");
    QVERIFY(h.run(podYaml(image), 25'000));
    const QString error =
        QStringLiteral("rpc error: code = NotFound desc = failed to pull and unpack image "
                       "\"HOST/library/busybox:nope\": "
                       "failed to resolve reference \"HOST/library/busybox:nope\": "
                       "HOST/library/busybox:nope: not found");
    // 0: fails; 10: the 10 s window is over; 20: inside the 20 s window.
    const QStringList expected = failedPull(0, image, error) + failedPull(10, image, error)
        + QStringList{QStringLiteral("20 Normal BackOff Back-off pulling image \"%1\"").arg(image),
                      QStringLiteral("20 Warning Failed Error: ImagePullBackOff")};
    QCOMPARE(h.events(), expected);
    const SimContainerStatus s = h.container(QStringLiteral("default/web"), QStringLiteral("app"));
    QCOMPARE(s.reason, QStringLiteral("ImagePullBackOff"));
    // k/k PR #127918: the previous error rides along.
    QCOMPARE(h.normalize(s.message),
             QStringLiteral("Back-off pulling image \"%1\": ErrImagePull: %2").arg(image, error));
    QCOMPARE(s.pullAttempts, 2);
    QCOMPARE(s.nextRetryMs, qint64(30'000));
}

void TestKubeletPolicies::olderKubeletTexts_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("failed"); // the Failed event's error text
    QTest::addColumn<QString>("message"); // the waiting message during back-off

    const QString image = QStringLiteral("HOST/library/busybox:nope");
    const QString resolve =
        QStringLiteral("failed to pull and unpack image \"%1\": failed to resolve reference "
                       "\"%1\": %1: not found")
            .arg(image);
    const QString notFound = QStringLiteral("rpc error: code = NotFound desc = ") + resolve;
    const QString backOff = QStringLiteral("Back-off pulling image \"%1\"").arg(image);
    QTest::newRow("1.32: the previous error in the message")
        << "1.32" << notFound << QString(backOff + QStringLiteral(": ErrImagePull: ") + notFound);
    QTest::newRow("1.31: the message alone") << "1.31" << notFound << backOff;
}

void TestKubeletPolicies::olderKubeletTexts()
{
    QFETCH(QString, version);
    QFETCH(QString, failed);
    QFETCH(QString, message);
    SimulationHarness h(*m_lab);
    h.node.kubernetesVersion = version;
    const QString image = QStringLiteral("HOST/library/busybox:nope");
    QVERIFY(h.run(podYaml(image), 25'000));
    QCOMPARE(h.events().at(1),
             QStringLiteral("0 Warning Failed Failed to pull image \"%1\": %2").arg(image, failed));
    const SimContainerStatus s = h.container(QStringLiteral("default/web"), QStringLiteral("app"));
    QCOMPARE(s.reason, QStringLiteral("ImagePullBackOff"));
    QCOMPARE(h.normalize(s.message), message);
}

void TestKubeletPolicies::oldKubeletKeepsTheRpcPrefix_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("prefix");
    QTest::newRow("1.28 strips code Unknown") << "1.28"
                                              << "";
    QTest::newRow("1.27 keeps it") << "1.27"
                                   << "rpc error: code = Unknown desc = ";
}

void TestKubeletPolicies::oldKubeletKeepsTheRpcPrefix()
{
    QFETCH(QString, version);
    QFETCH(QString, prefix);
    SimulationHarness h(*m_lab);
    h.node.kubernetesVersion = version;
    // Nothing listens on port 1: a transport error, gRPC code Unknown.
    const QString image = QStringLiteral("127.0.0.1:1/app:1");
    QVERIFY(h.run(podYaml(image), 5'000));
    const QString failed = h.events().at(1);
    QVERIFY2(
        failed.startsWith(
            QStringLiteral("0 Warning Failed Failed to pull image \"%1\": %2failed to pull and "
                           "unpack image \"127.0.0.1:1/app:1\": failed to resolve reference")
                .arg(image, prefix)),
        qPrintable(failed));
    QVERIFY2(failed.endsWith(QLatin1String("dial tcp 127.0.0.1:1: connect: connection refused")),
             qPrintable(failed));
}

void TestKubeletPolicies::platformMissingFromTheIndex_data()
{
    QTest::addColumn<QString>("image");
    QTest::newRow("OCI index") << "HOST/demo/multiarch:1.0";
    QTest::newRow("Docker manifest list") << "HOST/demo/dockerlist:1.0";
}

void TestKubeletPolicies::platformMissingFromTheIndex()
{
    QFETCH(QString, image);
    SimulationHarness h(*m_lab);
    h.node.platform = *Platform::parse(QStringLiteral("linux/s390x"));
    QVERIFY(h.run(podYaml(image), 5'000));
    QCOMPARE(
        h.events(),
        failedPull(0,
                   image,
                   QStringLiteral(
                       "rpc error: code = NotFound desc = failed to pull and unpack image \"%1\": "
                       "no match for platform in manifest: not found")
                       .arg(image)));
}

void TestKubeletPolicies::dryRunResolvesOnly()
{
    SimulationHarness h(*m_lab);
    h.node.platform = *Platform::parse(QStringLiteral("linux/arm64"));
    h.dryRun = true;
    const QString image = QStringLiteral("HOST/demo/multiarch:1.0");
    const QString second = podYaml(image, QStringLiteral("IfNotPresent"))
                               .replace(QStringLiteral("name: web"), QStringLiteral("name: web2"));
    QVERIFY(h.run(podYaml(image, QStringLiteral("IfNotPresent")) + QStringLiteral("---\n") + second,
                  5'000,
                  {{QStringLiteral("web2"), 2'000}}));
    QCOMPARE(h.events(QStringLiteral("default/web")), pulled(0, image));
    // The dry pull counts as present for the rest of the run, as a real one would.
    QCOMPARE(h.events(QStringLiteral("default/web2")),
             QStringList{QString(accessible.arg(image)).replace(0, 1, QLatin1Char('2'))});
    ContentStore store(h.node.storePath);
    QVERIFY(store.initialize());
    QCOMPARE(store.images()->size(), 0);
}

void TestKubeletPolicies::initContainerGatesTheOthers()
{
    SimulationHarness h(*m_lab);
    const QString yaml =
        QStringLiteral("apiVersion: v1\nkind: Pod\nmetadata: {name: web}\nspec:\n"
                       "  initContainers: [{name: init, image: \"HOST/library/busybox:nope\"}]\n"
                       "  containers: [{name: app, image: \"HOST/library/busybox:1.36\"}]\n");
    QVERIFY(h.run(yaml, 5'000));
    QCOMPARE(h.timesOf(QStringLiteral("Pulling")), QList<qint64>{0});
    QCOMPARE(h.container(QStringLiteral("default/web"), QStringLiteral("init")).reason,
             QStringLiteral("ErrImagePull"));
    const SimContainerStatus app =
        h.container(QStringLiteral("default/web"), QStringLiteral("app"));
    QCOMPARE(app.reason, QStringLiteral("PodInitializing"));
    QCOMPARE(app.pullAttempts, 0);
    // With the init image fixed, init completes and the app follows one PLEG relist later.
    SimulationHarness ok(*m_lab);
    QVERIFY(ok.run(
        QString(yaml).replace(QStringLiteral("busybox:nope"), QStringLiteral("busybox:latest")),
        5'000));
    QCOMPARE(ok.timesOf(QStringLiteral("Pulling")), (QList<qint64>{0, 1}));
    QCOMPARE(ok.container(QStringLiteral("default/web"), QStringLiteral("init")).state,
             QStringLiteral("Terminated"));
    QCOMPARE(ok.container(QStringLiteral("default/web"), QStringLiteral("app")).state,
             QStringLiteral("Running"));
}

QTEST_GUILESS_MAIN(TestKubeletPolicies)
#include "tst_kubeletpolicies.moc"
