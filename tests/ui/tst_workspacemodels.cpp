// SPDX-License-Identifier: GPL-3.0-or-later
// The Workspace's item models: the Problems list (FindingModel) and the form view's containers
// (ContainerTableModel), each checked by QAbstractItemModelTester from before it is filled.
#include "model/items/containertablemodel.h"
#include "model/items/findingmodel.h"
#include "model/kube/kubefixes.h"
#include "model/kube/kubereader.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QByteArray kTwoPods = "apiVersion: v1\n"
                            "kind: Pod\n"
                            "metadata:\n"
                            "  name: web\n"
                            "spec:\n"
                            "  initContainers:\n"
                            "    - name: setup\n"
                            "      image: \"busybox:1.36\"\n"
                            "  containers:\n"
                            "    - name: web\n"
                            "      image: nginx:1.27 # pinned later\n"
                            "      imagePullPolicy: Always\n"
                            "---\n"
                            "apiVersion: apps/v1\n"
                            "kind: Deployment\n"
                            "metadata:\n"
                            "  name: api\n"
                            "spec:\n"
                            "  template:\n"
                            "    spec:\n"
                            "      containers:\n"
                            "        - name: api\n"
                            "          image: reg.example.com/api\n";

Finding finding(const QString &rule, Finding::Severity severity, int line, const QString &message)
{
    Finding f;
    f.rule = rule;
    f.severity = severity;
    f.at = SourceLocation{u"/tmp/p/pod.yaml"_s, line, 3, -1};
    f.message = message;
    f.object = u"Pod/web"_s;
    return f;
}
} // namespace

class TestWorkspaceModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void findingModelRows();
    void findingModelRedactsMessages();
    void containerRows();
    void containerEditsBecomeTextEdits_data();
    void containerEditsBecomeTextEdits();
    void containerRejectsBadEdits_data();
    void containerRejectsBadEdits();
    void containerFollowsText();
};

void TestWorkspaceModels::findingModelRows()
{
    FindingModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    Finding withFix = finding(u"latest-always"_s, Finding::Severity::Warning, 11, u"no tag"_s);
    withFix.fixes.append(QuickFix{u"set-pull-policy"_s, u"Set"_s, {}, false});
    model.setFindings({finding(u"yaml-syntax"_s, Finding::Severity::Error, 2, u"bad"_s), withFix});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(FindingModel::ColumnCount));
    QCOMPARE(model.index(0, FindingModel::LocationColumn).data().toString(), u"pod.yaml:2:3"_s);
    QCOMPARE(model.index(1, FindingModel::RuleColumn).data().toString(), u"latest-always"_s);
    QCOMPARE(model.index(1, 0).data(FindingModel::LineRole).toInt(), 11);
    QCOMPARE(model.index(1, 0).data(FindingModel::FixCountRole).toInt(), 1);
    QCOMPARE(model.index(0, 0).data(FindingModel::SeverityRole).toInt(),
             int(Finding::Severity::Error));
    QCOMPARE(model.count(Finding::Severity::Warning), 1);
    QCOMPARE(model.count(Finding::Severity::Info), 0);
    QVERIFY(!model.index(2, 0).isValid());
    QCOMPARE(model.finding(5).rule, QString()); // a bad row gives a default finding
    model.setFindings({});
    QCOMPARE(model.rowCount(), 0);
}

void TestWorkspaceModels::findingModelRedactsMessages()
{
    FindingModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFindings({finding(u"x"_s,
                               Finding::Severity::Info,
                               1,
                               u"login failed: {\"password\":\"hunter2\"}"_s)});
    const QString shown = model.index(0, FindingModel::MessageColumn).data().toString();
    QVERIFY2(!shown.contains(u"hunter2"_s), qPrintable(shown));
    QVERIFY(!model.index(0, 0).data(Qt::ToolTipRole).toString().contains(u"hunter2"_s));
}

void TestWorkspaceModels::containerRows()
{
    ContainerTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFile(KubeReader::read(kTwoPods, u"pods.yaml"_s));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, ContainerTableModel::ContainerColumn).data().toString(),
             u"setup (init)"_s);
    QCOMPARE(model.index(0, ContainerTableModel::ImageColumn).data().toString(), u"busybox:1.36"_s);
    QCOMPARE(model.index(1, ContainerTableModel::PullPolicyColumn).data().toString(), u"Always"_s);
    QVERIFY(model.index(1, 0).data(ContainerTableModel::PolicyWrittenRole).toBool());
    // Not written: the API server's default, which is Always for an image without a tag.
    QCOMPARE(model.index(2, ContainerTableModel::PullPolicyColumn).data(Qt::EditRole).toString(),
             u"Always"_s);
    QVERIFY(model.index(2, ContainerTableModel::PullPolicyColumn)
                .data()
                .toString()
                .contains(u"default"_s));
    QCOMPARE(model.index(2, ContainerTableModel::ObjectColumn).data().toString(),
             u"Deployment/api"_s);
    QCOMPARE(model.index(2, 0).data(ContainerTableModel::FieldPathRole).toString(),
             u"spec.template.spec.containers[0]"_s);
    QVERIFY(model.flags(model.index(0, ContainerTableModel::ImageColumn)) & Qt::ItemIsEditable);
    QVERIFY(!(model.flags(model.index(0, ContainerTableModel::ObjectColumn)) & Qt::ItemIsEditable));
    model.setFile(KubeReader::read("apiVersion: v1\nkind: ConfigMap\n", u"cm.yaml"_s));
    QCOMPARE(model.rowCount(), 0);
}

void TestWorkspaceModels::containerEditsBecomeTextEdits_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expectedLine"); // a line the edited text must contain

    QTest::newRow("quoted image keeps its quotes")
        << 0 << int(ContainerTableModel::ImageColumn) << u"busybox:1.37"_s
        << u"      image: \"busybox:1.37\""_s;
    QTest::newRow("plain image keeps its comment")
        << 1 << int(ContainerTableModel::ImageColumn) << u"nginx:1.28"_s
        << u"      image: nginx:1.28 # pinned later"_s;
    QTest::newRow("written policy replaced") << 1 << int(ContainerTableModel::PullPolicyColumn)
                                             << u"Never"_s << u"      imagePullPolicy: Never"_s;
    QTest::newRow("missing policy inserted")
        << 2 << int(ContainerTableModel::PullPolicyColumn) << u"IfNotPresent"_s
        << u"          imagePullPolicy: IfNotPresent"_s;
}

void TestWorkspaceModels::containerEditsBecomeTextEdits()
{
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QString, value);
    QFETCH(QString, expectedLine);
    ContainerTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const KubeFile file = KubeReader::read(kTwoPods, u"pods.yaml"_s);
    model.setFile(file);
    QSignalSpy requested(&model, &ContainerTableModel::editRequested);
    QVERIFY(model.setData(model.index(row, column), value));
    QCOMPARE(requested.size(), 1);
    const auto edits = requested.first().first().value<QList<TextEdit>>();
    const QString text = KubeFixes::applyEdits(QString::fromUtf8(kTwoPods), edits);
    QVERIFY2(text.split(u'\n').contains(expectedLine), qPrintable(text));
    // The model does not change itself: the text is the source of truth.
    QCOMPARE(model.file().text, kTwoPods);
    // The edited text reads back with the new value.
    ContainerTableModel again;
    again.setFile(KubeReader::read(text.toUtf8(), u"pods.yaml"_s));
    QCOMPARE(again.index(row, column).data(Qt::EditRole).toString(), value);
}

void TestWorkspaceModels::containerRejectsBadEdits_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("value");
    QTest::newRow("policy not in the enum")
        << int(ContainerTableModel::PullPolicyColumn) << u"always"_s;
    QTest::newRow("empty image") << int(ContainerTableModel::ImageColumn) << u"  "_s;
    QTest::newRow("same image") << int(ContainerTableModel::ImageColumn) << u"nginx:1.27"_s;
    QTest::newRow("read-only column") << int(ContainerTableModel::ObjectColumn) << u"Pod/x"_s;
}

void TestWorkspaceModels::containerRejectsBadEdits()
{
    QFETCH(int, column);
    QFETCH(QString, value);
    ContainerTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFile(KubeReader::read(kTwoPods, u"pods.yaml"_s));
    QSignalSpy requested(&model, &ContainerTableModel::editRequested);
    QVERIFY(!model.setData(model.index(1, column), value));
    QCOMPARE(requested.size(), 0);
}

void TestWorkspaceModels::containerFollowsText()
{
    ContainerTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFile(KubeReader::read(kTwoPods, u"pods.yaml"_s));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QByteArray edited = kTwoPods;
    edited.replace("nginx:1.27", "nginx:1.28");
    model.setFile(KubeReader::read(edited, u"pods.yaml"_s));
    QCOMPARE(reset.size(), 0); // same shape: cells change, rows stay
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.index(1, ContainerTableModel::ImageColumn).data().toString(), u"nginx:1.28"_s);
    edited.replace("---\n", "---\n# a second document\n");
    edited.append("        - name: sidecar\n          image: envoy:1.30\n");
    model.setFile(KubeReader::read(edited, u"pods.yaml"_s));
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 4);
}

QTEST_GUILESS_MAIN(TestWorkspaceModels)
#include "tst_workspacemodels.moc"
