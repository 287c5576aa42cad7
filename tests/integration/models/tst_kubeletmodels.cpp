// SPDX-License-Identifier: GPL-3.0-or-later
// The Node page's item models over recorded simulator output (no registry needed):
// EventTableModel folds repeats into "xN over T" rows ordered by last time, as `kubectl
// describe pod` shows them (EventTable), inserting and moving rows as events arrive;
// SimContainerModel keeps one row per container and counts down to the next retry;
// DiagnosisModel shows steps with their evidence as children. QAbstractItemModelTester is
// attached to each model before it is filled.
#include "model/items/diagnosismodel.h"
#include "model/items/eventtablemodel.h"
#include "model/items/simcontainermodel.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

namespace {
KubeletEvent makeEvent(qint64 s,
                       const QString &type,
                       const QString &reason,
                       const QString &message,
                       const QString &container = QStringLiteral("app"))
{
    KubeletEvent e;
    e.timeMs = s * 1000;
    e.type = type;
    e.reason = reason;
    e.message = message;
    e.pod = QStringLiteral("default/web");
    e.container = container;
    e.fieldPath =
        container.isEmpty() ? QString() : QStringLiteral("spec.containers{%1}").arg(container);
    return e;
}

// A private image without a pull secret over two minutes: the kubelet's sequence
// (docs/reference/kubelet-image-pull.md §2.4) with the backoff 10 s, 20 s, 40 s between attempts.
QList<KubeletEvent> privateImageEvents()
{
    const QString img = QStringLiteral("\"127.0.0.1:5000/private/app:1.0\"");
    const QString denied =
        QStringLiteral("Failed to pull image %1: failed to resolve reference: pull access denied")
            .arg(img);
    QList<KubeletEvent> events;
    for (const qint64 t : {0, 12, 34, 76}) {
        events.append(makeEvent(t,
                                QStringLiteral("Normal"),
                                QStringLiteral("Pulling"),
                                QStringLiteral("Pulling image %1").arg(img)));
        events.append(makeEvent(t, QStringLiteral("Warning"), QStringLiteral("Failed"), denied));
        events.append(makeEvent(t,
                                QStringLiteral("Warning"),
                                QStringLiteral("Failed"),
                                QStringLiteral("Error: ErrImagePull")));
        events.append(makeEvent(t + 1,
                                QStringLiteral("Normal"),
                                QStringLiteral("BackOff"),
                                QStringLiteral("Back-off pulling image %1").arg(img)));
        events.append(makeEvent(t + 1,
                                QStringLiteral("Warning"),
                                QStringLiteral("Failed"),
                                QStringLiteral("Error: ImagePullBackOff")));
    }
    return events;
}
} // namespace

class TestKubeletModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void foldsRepeatsLikeKubectl_data();
    void foldsRepeatsLikeKubectl();
    void incrementalEqualsBulk();
    void incrementalMatchesFoldWithTies();
    void podFilterAndFieldPath();
    void containerRowsUpdateInPlace();
    void countdown_data();
    void countdown();
    void diagnosisTree();
    void emptyDiagnosis();
};

void TestKubeletModels::foldsRepeatsLikeKubectl_data()
{
    QTest::addColumn<qint64>("now");
    QTest::addColumn<QStringList>("reasons");
    QTest::addColumn<QStringList>("ages");
    QTest::newRow("at 90s") << qint64(90'000)
                            << QStringList{QStringLiteral("Pulling"),
                                           QStringLiteral("Failed"),
                                           QStringLiteral("Failed"),
                                           QStringLiteral("BackOff"),
                                           QStringLiteral("Failed")}
                            << QStringList{QStringLiteral("14s (x4 over 90s)"),
                                           QStringLiteral("14s (x4 over 90s)"),
                                           QStringLiteral("14s (x4 over 90s)"),
                                           QStringLiteral("13s (x4 over 89s)"),
                                           QStringLiteral("13s (x4 over 89s)")};
    QTest::newRow("at 10m") << qint64(600'000)
                            << QStringList{QStringLiteral("Pulling"),
                                           QStringLiteral("Failed"),
                                           QStringLiteral("Failed"),
                                           QStringLiteral("BackOff"),
                                           QStringLiteral("Failed")}
                            << QStringList{QStringLiteral("8m44s (x4 over 10m)"),
                                           QStringLiteral("8m44s (x4 over 10m)"),
                                           QStringLiteral("8m44s (x4 over 10m)"),
                                           QStringLiteral("8m43s (x4 over 9m59s)"),
                                           QStringLiteral("8m43s (x4 over 9m59s)")};
}

void TestKubeletModels::foldsRepeatsLikeKubectl()
{
    QFETCH(qint64, now);
    QFETCH(QStringList, reasons);
    QFETCH(QStringList, ages);
    EventTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (const KubeletEvent &e : privateImageEvents())
        model.addEvent(e);
    model.setNow(now);
    QCOMPARE(model.eventCount(), 20);
    QCOMPARE(model.rowCount(), reasons.size());
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(model.index(row, EventTableModel::ReasonColumn).data().toString(),
                 reasons.at(row));
        QCOMPARE(model.index(row, EventTableModel::AgeColumn).data().toString(), ages.at(row));
        QCOMPARE(model.index(row, 0).data(EventTableModel::CountRole).toInt(), 4);
        QCOMPARE(model.index(row, EventTableModel::FromColumn).data().toString(),
                 QStringLiteral("kubelet"));
    }
    QVERIFY(model.index(1, 0).data(EventTableModel::IsWarningRole).toBool());
    QVERIFY(!model.index(0, 0).data(EventTableModel::IsWarningRole).toBool());
    QCOMPARE(model.index(2, 0).data(EventTableModel::MessageRole).toString(),
             QStringLiteral("Error: ErrImagePull"));
}

void TestKubeletModels::incrementalEqualsBulk()
{
    // A repeat moves its row below newer rows (kubectl sorts by last timestamp); the model
    // built event by event, with row moves, must equal the one built at once.
    QList<KubeletEvent> events{
        makeEvent(0, QStringLiteral("Normal"), QStringLiteral("Pulling"), QStringLiteral("a")),
        makeEvent(1, QStringLiteral("Warning"), QStringLiteral("Failed"), QStringLiteral("b")),
        makeEvent(2, QStringLiteral("Normal"), QStringLiteral("BackOff"), QStringLiteral("c")),
        makeEvent(3, QStringLiteral("Normal"), QStringLiteral("Pulling"), QStringLiteral("a")),
        makeEvent(4, QStringLiteral("Normal"), QStringLiteral("Other"), QStringLiteral("d")),
        makeEvent(5, QStringLiteral("Warning"), QStringLiteral("Failed"), QStringLiteral("b")),
    };
    EventTableModel incremental;
    QAbstractItemModelTester t1(&incremental,
                                QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy moved(&incremental, &QAbstractItemModel::rowsMoved);
    for (const KubeletEvent &e : events)
        incremental.addEvent(e);
    QCOMPARE(moved.count(), 2);
    EventTableModel bulk;
    QAbstractItemModelTester t2(&bulk, QAbstractItemModelTester::FailureReportingMode::QtTest);
    std::reverse(events.begin(), events.end()); // any order in
    bulk.setEvents(events);
    QCOMPARE(bulk.rowCount(), 4);
    QCOMPARE(incremental.rowCount(), 4);
    const QStringList expected{QStringLiteral("c"),
                               QStringLiteral("a"),
                               QStringLiteral("d"),
                               QStringLiteral("b")};
    for (int row = 0; row < 4; ++row) {
        QCOMPARE(incremental.index(row, 0).data(EventTableModel::MessageRole).toString(),
                 expected.at(row));
        QCOMPARE(bulk.index(row, 0).data(EventTableModel::MessageRole).toString(),
                 expected.at(row));
        QCOMPARE(incremental.index(row, EventTableModel::AgeColumn).data(),
                 bulk.index(row, EventTableModel::AgeColumn).data());
    }
}

// A long run with many events at the same second (a pod worker's sync emits several): built
// event by event with inserts and moves only, the rows must be EventTable::fold's, row for row.
void TestKubeletModels::incrementalMatchesFoldWithTies()
{
    QRandomGenerator random(4711);
    QList<KubeletEvent> events;
    qint64 second = 0;
    for (int i = 0; i < 3000; ++i) {
        second += random.bounded(3); // 0: same second as the last one
        const int kind = random.bounded(7);
        events.append(makeEvent(second,
                                kind % 2 ? QStringLiteral("Warning") : QStringLiteral("Normal"),
                                QStringLiteral("R%1").arg(kind % 3),
                                QStringLiteral("m%1").arg(kind),
                                kind == 6 ? QStringLiteral("sidecar") : QStringLiteral("app")));
    }
    EventTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy moves(&model, &QAbstractItemModel::rowsMoved);
    // After every event, not only at the end: a row put in the wrong place among rows of the
    // same second is put right by its next repeat, so only a check each time sees it.
    auto mismatch = [&model](const QList<KubeletEvent> &seen) -> QString {
        const QList<EventTable::Row> expected = EventTable::fold(seen);
        if (model.rowCount() != expected.size())
            return QStringLiteral("%1 rows, fold has %2")
                .arg(model.rowCount())
                .arg(expected.size());
        for (int row = 0; row < model.rowCount(); ++row) {
            const EventTable::Row got = model.rowAt(row);
            const EventTable::Row &want = expected.at(row);
            if (got.event.message != want.event.message
                || got.event.container != want.event.container || got.count != want.count
                || got.firstMs != want.firstMs || got.lastMs != want.lastMs)
                return QStringLiteral("row %1 is %2 x%3, fold has %4 x%5")
                    .arg(row)
                    .arg(got.event.message)
                    .arg(got.count)
                    .arg(want.event.message)
                    .arg(want.count);
        }
        return {};
    };
    QList<KubeletEvent> seen;
    for (const KubeletEvent &e : std::as_const(events)) {
        model.addEvent(e);
        seen.append(e);
        const QString problem = mismatch(seen);
        QVERIFY2(problem.isEmpty(),
                 qPrintable(QStringLiteral("after event %1: %2").arg(seen.size()).arg(problem)));
    }
    QCOMPARE(resets.count(), 0);
    QVERIFY(moves.count() > 100);
    QCOMPARE(model.eventCount(), 3000);
    // One event out of time order: everything is folded again, and still equals fold().
    KubeletEvent late = events.first();
    late.timeMs = 500;
    model.addEvent(late);
    QCOMPARE(resets.count(), 1);
    events.append(late);
    const QList<EventTable::Row> again = EventTable::fold(events);
    QCOMPARE(model.rowCount(), again.size());
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.rowAt(row).count, again.at(row).count);
}

void TestKubeletModels::podFilterAndFieldPath()
{
    EventTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPodFilter(QStringLiteral("default/web"));
    KubeletEvent other =
        makeEvent(0, QStringLiteral("Normal"), QStringLiteral("Pulling"), QStringLiteral("x"));
    other.pod = QStringLiteral("team-a/web");
    model.addEvent(other);
    QCOMPARE(model.rowCount(), 0);
    // The same message for two containers: two rows, each prefixed with its field path.
    model.addEvent(
        makeEvent(1, QStringLiteral("Normal"), QStringLiteral("Pulling"), QStringLiteral("x")));
    model.addEvent(makeEvent(1,
                             QStringLiteral("Normal"),
                             QStringLiteral("Pulling"),
                             QStringLiteral("x"),
                             QStringLiteral("sidecar")));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, EventTableModel::MessageColumn).data().toString(),
             QStringLiteral("spec.containers{app}: x"));
    QCOMPARE(model.index(1, EventTableModel::MessageColumn).data().toString(),
             QStringLiteral("spec.containers{sidecar}: x"));
    // A pod-level event has no field path, so no prefix.
    model.addEvent(makeEvent(2,
                             QStringLiteral("Warning"),
                             QStringLiteral("FailedToRetrieveImagePullSecret"),
                             QStringLiteral("Unable to retrieve some image pull secrets (regcred)"),
                             QString()));
    QCOMPARE(model.index(2, EventTableModel::MessageColumn).data().toString(),
             QStringLiteral("Unable to retrieve some image pull secrets (regcred)"));
    QCOMPARE(model.now(), qint64(2000));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.eventCount(), 0);
}

void TestKubeletModels::containerRowsUpdateInPlace()
{
    SimContainerModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    SimContainerStatus s;
    s.pod = QStringLiteral("default/web");
    s.container = QStringLiteral("app");
    s.image = QStringLiteral("private/app:1.0");
    s.state = QStringLiteral("Waiting");
    s.reason = QStringLiteral("ContainerCreating");
    model.updateContainer(s);
    SimContainerStatus side = s;
    side.container = QStringLiteral("sidecar");
    side.image = QStringLiteral("library/busybox:1.36");
    model.updateContainer(side);
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(!model.index(0, 0).data(SimContainerModel::IsFailingRole).toBool());

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    s.reason = QStringLiteral("ImagePullBackOff");
    s.message = QStringLiteral("Back-off pulling image \"private/app:1.0\"");
    s.pullAttempts = 2;
    s.nextRetryMs = 40'000;
    model.updateContainer(s);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.rowOf(s.pod, s.container), 0);
    QCOMPARE(model.rowOf(s.pod, QStringLiteral("nope")), -1);
    QVERIFY(model.index(0, 0).data(SimContainerModel::IsFailingRole).toBool());
    QCOMPARE(model.index(0, SimContainerModel::ReasonColumn).data().toString(),
             QStringLiteral("ImagePullBackOff"));
    QCOMPARE(model.index(0, SimContainerModel::AttemptsColumn).data().toInt(), 2);
    QCOMPARE(model.index(0, SimContainerModel::MessageColumn).data(Qt::ToolTipRole).toString(),
             s.message);
    model.setNow(23'500);
    QCOMPARE(model.index(0, SimContainerModel::NextRetryColumn).data().toString(),
             QStringLiteral("in 17s"));
    QCOMPARE(model.index(0, 0).data(SimContainerModel::RetryInRole).toLongLong(), 16'500);
    QCOMPARE(model.nextRetryMs(), qint64(40'000));

    side.state = QStringLiteral("Running");
    side.reason.clear();
    side.imageRef = QStringLiteral("library/busybox@sha256:abc");
    model.updateContainer(side);
    QCOMPARE(model.index(1, SimContainerModel::StateColumn).data().toString(),
             QStringLiteral("Running"));
    QCOMPARE(model.index(1, SimContainerModel::NextRetryColumn).data().toString(), QString());
    model.setContainers({});
    QCOMPARE(model.rowCount(), 0);
}

void TestKubeletModels::countdown_data()
{
    QTest::addColumn<qint64>("now");
    QTest::addColumn<qint64>("next");
    QTest::addColumn<QString>("text");
    QTest::newRow("none") << qint64(0) << qint64(-1) << QString();
    QTest::newRow("due") << qint64(40'000) << qint64(40'000) << QStringLiteral("due");
    QTest::newRow("passed") << qint64(41'000) << qint64(40'000) << QStringLiteral("due");
    QTest::newRow("rounded up") << qint64(39'999) << qint64(40'000) << QStringLiteral("in 1s");
    QTest::newRow("10s") << qint64(0) << qint64(10'000) << QStringLiteral("in 10s");
    QTest::newRow("5m") << qint64(0) << qint64(300'000) << QStringLiteral("in 5m");
    QTest::newRow("4m10s") << qint64(50'000) << qint64(300'000) << QStringLiteral("in 4m10s");
}

void TestKubeletModels::countdown()
{
    QFETCH(qint64, now);
    QFETCH(qint64, next);
    QFETCH(QString, text);
    QCOMPARE(SimContainerModel::countdownText(now, next), text);
}

void TestKubeletModels::diagnosisTree()
{
    DiagnosisModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Diagnosis d;
    d.pod = QStringLiteral("default/web");
    d.container = QStringLiteral("app");
    d.image = QStringLiteral("private/app:1.0");
    DiagnosisStep ref = DiagnosisStep::make(QStringLiteral("reference"),
                                            QStringLiteral("The reference parses"),
                                            DiagnosisStep::Status::Passed,
                                            QStringLiteral("docker.io/private/app:1.0"));
    ref.evidence = {QStringLiteral("domain docker.io"), QStringLiteral("tag 1.0")};
    DiagnosisStep creds = DiagnosisStep::make(QStringLiteral("credentials"),
                                              QStringLiteral("Credentials apply"),
                                              DiagnosisStep::Status::Failed,
                                              QStringLiteral("No pull secret matches"));
    creds.evidence = {QStringLiteral("the pod lists no imagePullSecrets")};
    DiagnosisMend mend;
    mend.kind = DiagnosisMend::Kind::Kubectl;
    mend.commands = {QStringLiteral("kubectl create secret docker-registry regcred ...")};
    creds.mend = mend;
    DiagnosisStep tag = DiagnosisStep::make(QStringLiteral("tag"),
                                            QStringLiteral("The tag exists"),
                                            DiagnosisStep::Status::Skipped);
    d.steps = {ref, creds, tag};
    model.setDiagnosis(d);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.firstFailureRow(), 1);
    QCOMPARE(model.rowCount(model.index(0, 0)), 2);
    QCOMPARE(model.rowCount(model.index(0, 1)), 0);
    QCOMPARE(model.rowCount(model.index(2, 0)), 0);
    const QModelIndex evidence = model.index(0, 0, model.index(1, 0));
    QCOMPARE(evidence.data().toString(), QStringLiteral("the pod lists no imagePullSecrets"));
    QVERIFY(evidence.data(DiagnosisModel::IsEvidenceRole).toBool());
    QCOMPARE(evidence.data(DiagnosisModel::StepIdRole).toString(), QStringLiteral("credentials"));
    QCOMPARE(evidence.parent(), model.index(1, 0));
    QVERIFY(!evidence.data(DiagnosisModel::IsFirstFailureRole).toBool());
    QVERIFY(model.index(1, 0).data(DiagnosisModel::IsFirstFailureRole).toBool());
    QVERIFY(model.index(1, 0).data(DiagnosisModel::HasMendRole).toBool());
    QVERIFY(!model.index(0, 0).data(DiagnosisModel::HasMendRole).toBool());
    QCOMPARE(model.index(1, DiagnosisModel::StatusColumn).data().toString(),
             QStringLiteral("Failed"));
    QCOMPARE(model.index(2, 0).data(DiagnosisModel::StatusNameRole).toString(),
             QStringLiteral("skipped"));
    QCOMPARE(model.index(0, 0).data(DiagnosisModel::EvidenceRole).toStringList(), ref.evidence);
    QCOMPARE(model.stepAt(evidence)->id, QStringLiteral("credentials"));
    QVERIFY(!model.stepAt(QModelIndex()));
}

void TestKubeletModels::emptyDiagnosis()
{
    DiagnosisModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.firstFailureRow(), -1);
    Diagnosis d;
    d.steps = {DiagnosisStep::make(QStringLiteral("reference"),
                                   QStringLiteral("ok"),
                                   DiagnosisStep::Status::Passed)};
    model.setDiagnosis(d);
    QCOMPARE(model.firstFailureRow(), -1);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestKubeletModels)
#include "tst_kubeletmodels.moc"
