// SPDX-License-Identifier: GPL-3.0-or-later
// The Node page's Simulation tab, offscreen. The timeline from recorded kubelet events (no
// registry): lanes, failed attempts, back-off windows, the countdown and the tick steps. Then
// a real KubeletSimulator on a virtual clock against the lab's token-auth docker-registry: a
// private image without a pull secret runs 10 minutes at once and the view shows the
// container in ImagePullBackOff, the events folded "xN over T" as kubectl prints them, the
// countdown to the next retry, red attempts on the timeline, and no password anywhere; a
// public image runs and is pulled; Retry now forgets the back-off; the node profile editor
// loads, rejects and saves PullscopeNode files.
#include "lab.h"
#include "model/core/realclock.h"
#include "model/items/eventtablemodel.h"
#include "model/items/simcontainermodel.h"
#include "model/registry/registryclient.h"
#include "ui/node/nodeprofileeditor.h"
#include "ui/node/pulltimelinewidget.h"
#include "ui/node/simulationwidget.h"
#include "widgettexts.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {
KubeletEvent recorded(qint64 s, const QString &type, const QString &reason, const QString &message)
{
    KubeletEvent e;
    e.timeMs = s * 1000;
    e.type = type;
    e.reason = reason;
    e.message = message;
    e.pod = QStringLiteral("team/web");
    e.container = QStringLiteral("app");
    e.fieldPath = QStringLiteral("spec.containers{app}");
    return e;
}

// Opens path (read off the GUI thread) and waits for the read: whether it holds a Pod.
bool openAndWait(SimulationWidget &widget, const QString &path)
{
    QSignalSpy opened(&widget, &SimulationWidget::fileOpened);
    widget.openFile(path);
    return opened.wait(10'000) && opened.first().at(1).toBool();
}
} // namespace

class TestSimulation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void timelineFromRecordedEvents();
    void tickSteps_data();
    void tickSteps();
    void privateImageBacksOff();
    void publicImageRuns();
    void retryNowForgetsTheBackOff();
    void profileEditorLoadsAndRejects_data();
    void profileEditorLoadsAndRejects();
    void profileEditorSaves();

private:
    QString writePod(const QString &name, const QString &image, const QString &extra = {});
    bool runAndWait(SimulationWidget &widget);

    std::unique_ptr<Lab> m_lab;
    std::unique_ptr<QTemporaryDir> m_dir;
    QNetworkAccessManager m_network;
    RealClock m_clock;
    std::unique_ptr<RegistryClient> m_client;
};

void TestSimulation::initTestCase()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_lab = std::make_unique<Lab>(RegistryProcess::Mode::Token);
    const Result<void> started = m_lab->start();
    QVERIFY2(started, qPrintable(started ? QString() : started.error().message));
    m_client = std::make_unique<RegistryClient>(&m_network, &m_clock);
    m_client->setTransferTimeoutMs(20000);
}

QString TestSimulation::writePod(const QString &name, const QString &image, const QString &extra)
{
    const QString path = m_dir->filePath(name + QStringLiteral(".yaml"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write(QStringLiteral("apiVersion: v1\nkind: Pod\nmetadata:\n  name: %1\n  namespace: "
                              "team\nspec:\n  containers:\n  - name: app\n    image: %2\n%3")
                   .arg(name, image, extra)
                   .toUtf8());
    return path;
}

bool TestSimulation::runAndWait(SimulationWidget &widget)
{
    QSignalSpy finished(&widget, &SimulationWidget::runFinished);
    widget.run();
    if (!finished.wait(120'000))
        return false;
    QTest::qWait(20);
    return finished.count() == 1 && !widget.isRunning();
}

void TestSimulation::timelineFromRecordedEvents()
{
    const QString img = QStringLiteral("\"private/app:1.0\"");
    QList<KubeletEvent> events;
    for (const qint64 t : {0, 12, 34}) {
        events << recorded(t,
                           QStringLiteral("Normal"),
                           QStringLiteral("Pulling"),
                           QStringLiteral("Pulling image %1").arg(img))
               << recorded(t,
                           QStringLiteral("Warning"),
                           QStringLiteral("Failed"),
                           QStringLiteral("Failed to pull image %1: denied").arg(img))
               << recorded(t,
                           QStringLiteral("Warning"),
                           QStringLiteral("Failed"),
                           QStringLiteral("Error: ErrImagePull"))
               << recorded(t + 1,
                           QStringLiteral("Normal"),
                           QStringLiteral("BackOff"),
                           QStringLiteral("Back-off pulling image %1").arg(img));
    }
    SimContainerStatus status;
    status.pod = QStringLiteral("team/web");
    status.container = QStringLiteral("app");
    status.state = QStringLiteral("Waiting");
    status.reason = QStringLiteral("ImagePullBackOff");
    status.nextRetryMs = 74'000;
    PullTimelineWidget timeline;
    timeline.resize(700, 160);
    timeline.setNow(57'000);
    timeline.setSimulation(events, {status});
    QCOMPARE(timeline.lanes().size(), 1);
    const PullTimelineWidget::Lane &lane = timeline.lanes().first();
    QCOMPARE(lane.container, QStringLiteral("app"));
    using Kind = PullTimelineWidget::Span::Kind;
    QList<Kind> kinds;
    for (const auto &span : lane.spans)
        kinds << span.kind;
    QCOMPARE(kinds,
             (QList<Kind>{Kind::Failed,
                          Kind::BackOff,
                          Kind::Failed,
                          Kind::BackOff,
                          Kind::Failed,
                          Kind::BackOff}));
    QCOMPARE(lane.spans.at(1).startMs, 0);
    QCOMPARE(lane.spans.at(1).endMs, 12'000);
    QCOMPARE(lane.spans.last().endMs, -1); // open: until the next retry
    QVERIFY(lane.spans.first().detail.contains(QLatin1String("denied")));
    QCOMPARE(lane.nextRetryMs, 74'000);
    QVERIFY(timeline.axisEndMs() > 74'000);
    // Painting must not trip over anything (and grabs what a user would see).
    QVERIFY(!timeline.grab().isNull());
    // A Pulled without a Pulling ("already present") is a marker, not a bar.
    KubeletEvent present = recorded(0,
                                    QStringLiteral("Normal"),
                                    QStringLiteral("Pulled"),
                                    QStringLiteral("Container image %1 already present on "
                                                   "machine")
                                        .arg(img));
    const auto lanes = PullTimelineWidget::lanesFrom({present}, {}, 0);
    QCOMPARE(lanes.size(), 1);
    QCOMPARE(lanes.first().spans.size(), 0);
    QCOMPARE(lanes.first().markers.size(), 1);
    QVERIFY(!lanes.first().markers.first().failure);
    timeline.clear();
    QVERIFY(timeline.lanes().isEmpty());
}

void TestSimulation::tickSteps_data()
{
    QTest::addColumn<qint64>("span");
    QTest::addColumn<int>("width");
    QTest::addColumn<qint64>("step");
    QTest::newRow("10s in 700px") << qint64(10'000) << 700 << qint64(1'000);
    QTest::newRow("1m in 700px") << qint64(60'000) << 700 << qint64(10'000);
    QTest::newRow("10m in 700px") << qint64(600'000) << 700 << qint64(60'000);
    QTest::newRow("1h in 700px") << qint64(3'600'000) << 700 << qint64(600'000);
    QTest::newRow("1h in 200px") << qint64(3'600'000) << 200 << qint64(1'800'000);
    QTest::newRow("zero width") << qint64(600'000) << 0 << qint64(43'200'000);
}

void TestSimulation::tickSteps()
{
    QFETCH(qint64, span);
    QFETCH(int, width);
    QFETCH(qint64, step);
    QCOMPARE(PullTimelineWidget::tickStepMs(span, width), step);
}

void TestSimulation::privateImageBacksOff()
{
    const QString image = m_lab->registry().hostPort() + QStringLiteral("/private/app:1.0");
    const QString path = writePod(QStringLiteral("private"), image);
    SimulationWidget widget(m_client.get());
    QAbstractItemModelTester eventsTester(widget.eventModel(),
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester containersTester(
        widget.containerModel(),
        QAbstractItemModelTester::FailureReportingMode::QtTest);
    widget.resize(1100, 760);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    QVERIFY(openAndWait(widget, path));
    QCOMPARE(widget.selectedPodName(), QStringLiteral("team/private"));
    widget.setSpanMs(600'000);
    QVERIFY(runAndWait(widget));

    const SimContainerModel *containers = widget.containerModel();
    QCOMPARE(containers->rowCount(), 1);
    const SimContainerStatus status = containers->statusAt(0);
    QCOMPARE(status.state, QStringLiteral("Waiting"));
    QCOMPARE(status.reason, QStringLiteral("ImagePullBackOff"));
    QVERIFY(status.pullAttempts >= 5);
    QVERIFY(containers->index(0, 0).data(SimContainerModel::IsFailingRole).toBool());
    QCOMPARE(widget.now(), qint64(600'000));

    // kubectl describe pod: a Pulling row folded "xN over T", failures as Warnings.
    const EventTableModel *events = widget.eventModel();
    QVERIFY(events->rowCount() >= 4);
    QVERIFY(events->eventCount() > events->rowCount());
    bool sawPulling = false;
    bool sawBackOff = false;
    const QRegularExpression folded(QStringLiteral("^\\d+[smh0-9]* \\(x(\\d+) over \\d+m"));
    for (int row = 0; row < events->rowCount(); ++row) {
        const QString reason = events->index(row, EventTableModel::ReasonColumn).data().toString();
        const QString age = events->index(row, EventTableModel::AgeColumn).data().toString();
        const QString message =
            events->index(row, EventTableModel::MessageColumn).data().toString();
        if (reason == QLatin1String("Pulling")) {
            sawPulling = true;
            const auto match = folded.match(age);
            QVERIFY2(match.hasMatch(), qPrintable(age));
            QCOMPARE(match.captured(1).toInt(), status.pullAttempts);
            QCOMPARE(message,
                     QStringLiteral("spec.containers{app}: Pulling image \"%1\"").arg(image));
        }
        if (reason == QLatin1String("BackOff"))
            sawBackOff = true;
        QCOMPARE(events->index(row, EventTableModel::FromColumn).data().toString(),
                 QStringLiteral("kubelet"));
    }
    QVERIFY(sawPulling);
    QVERIFY(sawBackOff);
    QVERIFY(widget.eventView()->isVisible());
    QCOMPARE(widget.eventView()->model()->rowCount(), events->rowCount());

    // The countdown to the next retry, in kubectl's units.
    QVERIFY(status.nextRetryMs > 600'000 || status.nextRetryMs == -1);
    if (status.nextRetryMs > 600'000) {
        QVERIFY2(QRegularExpression(QStringLiteral("^Next retry of app: in \\d+(s|m\\d*s?)$"))
                     .match(widget.countdownLabel()->text())
                     .hasMatch(),
                 qPrintable(widget.countdownLabel()->text()));
    }
    QVERIFY(widget.summaryLabel()->text().contains(QLatin1String("ImagePullBackOff")));

    // The timeline: one lane, the failed attempts in red, back-off between them.
    const auto lanes = widget.timeline()->lanes();
    QCOMPARE(lanes.size(), 1);
    int failed = 0;
    for (const auto &span : lanes.first().spans)
        failed += span.kind == PullTimelineWidget::Span::Kind::Failed ? 1 : 0;
    QCOMPARE(failed, status.pullAttempts);
    QVERIFY(widget.fixButton()->isEnabled());
    QVERIFY(widget.retryButton()->isEnabled());

    // The lab's password is nowhere in what the page shows.
    const QString shown = everyText(&widget);
    QVERIFY(!shown.contains(m_lab->demoCredentials().password));
    QVERIFY(shown.contains(QLatin1String("ImagePullBackOff")));
}

void TestSimulation::publicImageRuns()
{
    const QString image = m_lab->registry().hostPort() + QStringLiteral("/library/busybox:1.36");
    SimulationWidget widget(m_client.get());
    widget.show();
    QVERIFY(openAndWait(widget, writePod(QStringLiteral("public"), image)));
    widget.setSpanMs(60'000);
    QVERIFY(runAndWait(widget));
    QCOMPARE(widget.containerModel()->rowCount(), 1);
    QCOMPARE(widget.containerModel()->statusAt(0).state, QStringLiteral("Running"));
    QVERIFY(widget.countdownLabel()->text().isEmpty());
    QVERIFY(!widget.fixButton()->isEnabled());
    QStringList reasons;
    for (int row = 0; row < widget.eventModel()->rowCount(); ++row)
        reasons << widget.eventModel()->index(row, EventTableModel::ReasonColumn).data().toString();
    QVERIFY2(reasons.contains(QLatin1String("Pulled")), qPrintable(reasons.join(u',')));
    QVERIFY(widget.summaryLabel()->text().contains(QLatin1String("every container is running")));
}

void TestSimulation::retryNowForgetsTheBackOff()
{
    const QString image = m_lab->registry().hostPort() + QStringLiteral("/private/app:1.0");
    SimulationWidget widget(m_client.get());
    widget.show();
    QVERIFY(openAndWait(widget, writePod(QStringLiteral("retry"), image)));
    widget.setSpanMs(60'000);
    QVERIFY(runAndWait(widget));
    const int before = widget.containerModel()->statusAt(0).pullAttempts;
    QVERIFY(before >= 2);
    QSignalSpy finished(&widget, &SimulationWidget::runFinished);
    widget.retryNow();
    QVERIFY(finished.wait(120'000));
    // The retry pulls at once, then the span runs again with the back-off starting over.
    QVERIFY(widget.containerModel()->statusAt(0).pullAttempts > before);
    QCOMPARE(widget.now(), qint64(120'000));
}

void TestSimulation::profileEditorLoadsAndRejects_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("expect"); // in the error text, or the platform field when ok
    QTest::newRow("arm64 node") << QByteArray("apiVersion: pullscope.io/v1alpha1\n"
                                              "kind: PullscopeNode\n"
                                              "platform: linux/arm64\n")
                                << true << QStringLiteral("linux/arm64");
    QTest::newRow("wrong apiVersion")
        << QByteArray("apiVersion: v9\nkind: PullscopeNode\n") << false
        << QStringLiteral("node.yaml:1:13: apiVersion: expected pullscope.io/v1alpha1");
    QTest::newRow("bad platform") << QByteArray("apiVersion: pullscope.io/v1alpha1\n"
                                                "kind: PullscopeNode\nplatform: linux/\n")
                                  << false << QStringLiteral("node.yaml:3");
    QTest::newRow("not YAML") << QByteArray("kind: [PullscopeNode\n") << false
                              << QStringLiteral("node.yaml:");
}

void TestSimulation::profileEditorLoadsAndRejects()
{
    QFETCH(QByteArray, yaml);
    QFETCH(bool, ok);
    QFETCH(QString, expect);
    const QString path = m_dir->filePath(QStringLiteral("node.yaml"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(yaml);
    file.close();
    NodeProfileEditor editor(NodeProfile::defaultProfile());
    const Result<void> loaded = editor.loadFile(path);
    QCOMPARE(bool(loaded), ok);
    if (ok) {
        QCOMPARE(qobject_cast<QLineEdit *>(editor.fieldFor(QStringLiteral("platform")))->text(),
                 expect);
        QVERIFY(editor.errorText().isEmpty());
    } else {
        QVERIFY2(editor.errorText().contains(expect), qPrintable(editor.errorText()));
    }
}

void TestSimulation::profileEditorSaves()
{
    NodeProfileEditor editor(NodeProfile::defaultProfile());
    auto *platform = qobject_cast<QLineEdit *>(editor.fieldFor(QStringLiteral("platform")));
    QVERIFY(platform);
    platform->setText(QStringLiteral("not a platform/"));
    QVERIFY(!editor.editedProfile());
    editor.accept();
    QVERIFY(editor.errorText().startsWith(QLatin1String("Platform:")));
    QVERIFY(editor.result() != QDialog::Accepted);
    platform->setText(QStringLiteral("linux/arm/v7"));
    QVERIFY(editor.focusSetting(QStringLiteral("platform")));
    QVERIFY(!editor.focusSetting(QStringLiteral("nonsense")));
    const QString path = m_dir->filePath(QStringLiteral("saved-node.yaml"));
    QVERIFY(editor.saveFile(path));
    const Result<NodeProfile> again = NodeProfile::load(path);
    QVERIFY2(again, qPrintable(again ? QString() : again.error().toString()));
    QCOMPARE(again->platform.format(), QStringLiteral("linux/arm/v7"));
}

QTEST_MAIN(TestSimulation)
#include "tst_simulation.moc"
