// SPDX-License-Identifier: GPL-3.0-or-later
// The Node page's Diagnose view, offscreen. A canned diagnosis for each kind of mend: the
// failing step is shown first (banner, selection) with its evidence, kubectl commands come
// with a Copy button that puts exactly them on the clipboard, a YAML fix with Apply buttons,
// a node setting with a button that names the profile field. Then DiagnosisJob against the
// lab's token-auth docker-registry: a private image with a wrong password in its pull secret
// fails at "auth" and no widget shows the password; and the whole loop on the Node page: a
// missing tag is run, diagnosed, fixed in the YAML and rerun until the container runs.
#include "lab.h"
#include "labseeder.h"
#include "model/core/realclock.h"
#include "model/core/threadcheck.h"
#include "model/items/diagnosismodel.h"
#include "model/items/simcontainermodel.h"
#include "model/registry/registryclient.h"
#include "ui/mainwindow.h"
#include "ui/node/diagnosewidget.h"
#include "ui/node/nodepage.h"
#include "ui/node/simulationwidget.h"
#include "ui/workspace/workspacedocument.h"
#include "ui/workspace/workspacepage.h"
#include "widgettexts.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTreeView>

#include <memory>

namespace {
Diagnosis canned(DiagnosisMend::Kind kind, const QString &failingStep)
{
    Diagnosis d;
    d.pod = QStringLiteral("team/web");
    d.container = QStringLiteral("app");
    d.image = QStringLiteral("registry.example/private/app:1.0");
    const QStringList ids{QStringLiteral("reference"),
                          QStringLiteral("policy"),
                          QStringLiteral("credentials"),
                          QStringLiteral("platform"),
                          QStringLiteral("blobs")};
    bool failed = false;
    for (const QString &id : ids) {
        const auto status = failed ? DiagnosisStep::Status::Skipped
            : id == failingStep    ? DiagnosisStep::Status::Failed
                                   : DiagnosisStep::Status::Passed;
        DiagnosisStep step = DiagnosisStep::make(id,
                                                 QStringLiteral("Check %1").arg(id),
                                                 status,
                                                 QStringLiteral("summary of %1").arg(id));
        step.evidence = {QStringLiteral("fact one of %1").arg(id),
                         QStringLiteral("fact two of %1").arg(id)};
        if (status == DiagnosisStep::Status::Failed) {
            DiagnosisMend mend;
            mend.kind = kind;
            mend.summary = QStringLiteral("Do this.");
            if (kind == DiagnosisMend::Kind::Kubectl) {
                mend.commands = {QStringLiteral("kubectl create secret docker-registry regcred "
                                                "--docker-server=registry.example "
                                                "--docker-username=USER --docker-password=PASSWORD "
                                                "-n team"),
                                 QStringLiteral("kubectl patch serviceaccount default -n team")};
            } else if (kind == DiagnosisMend::Kind::YamlFix) {
                QuickFix fix;
                fix.id = QStringLiteral("set-image");
                fix.title = QStringLiteral("Use tag 1.1");
                fix.edits = {
                    TextEdit{QStringLiteral("/tmp/pod.yaml"), 10, 3, QStringLiteral("1.1")}};
                mend.fix = fix;
            }
            step.mend = mend;
            failed = true;
        }
        d.steps.append(step);
    }
    return d;
}
} // namespace

class TestDiagnose : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void failingStepFirstWithCopy();
    void mendKinds_data();
    void mendKinds();
    void allPassed();
    void wrongPasswordNeverShown();
    void fixAndRerunOnTheNodePage();
    void fixReachesTheWorkspace();

private:
    QString writeFile(const QString &name, const QString &text);

    std::unique_ptr<Lab> m_lab;
    std::unique_ptr<QTemporaryDir> m_dir;
    QNetworkAccessManager m_network;
    RealClock m_clock;
    std::unique_ptr<RegistryClient> m_client;
};

void TestDiagnose::initTestCase()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_lab = std::make_unique<Lab>(RegistryProcess::Mode::Token);
    const Result<void> started = m_lab->start();
    QVERIFY2(started, qPrintable(started ? QString() : started.error().message));
    LabSeeder seeder(m_lab->registry());
    const Result<void> tagged = seeder.tagMany(QStringLiteral("demo/multiarch"),
                                               QStringLiteral("1.0"),
                                               {QStringLiteral("1.1")});
    QVERIFY2(tagged, qPrintable(tagged ? QString() : tagged.error().message));
    m_client = std::make_unique<RegistryClient>(&m_network, &m_clock);
    m_client->setTransferTimeoutMs(20000);
}

QString TestDiagnose::writeFile(const QString &name, const QString &text)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write(text.toUtf8());
    return path;
}

void TestDiagnose::failingStepFirstWithCopy()
{
    DiagnoseWidget widget(m_client.get());
    QAbstractItemModelTester tester(widget.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    widget.resize(900, 640);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    const Diagnosis d = canned(DiagnosisMend::Kind::Kubectl, QStringLiteral("credentials"));
    widget.setDiagnosis(d);
    QCOMPARE(widget.model()->rowCount(), 5);
    // The failing step first: named in the banner, selected, its evidence expanded.
    QVERIFY2(widget.banner()->text().startsWith(QLatin1String("First broken link: Check "
                                                              "credentials")),
             qPrintable(widget.banner()->text()));
    QCOMPARE(widget.view()->currentIndex().row(), 2);
    QVERIFY(widget.view()->isExpanded(widget.model()->index(2, 0)));
    QCOMPARE(widget.model()->index(3, DiagnosisModel::StatusColumn).data().toString(),
             QStringLiteral("Skipped"));
    // kubectl: the commands and a Copy button that copies exactly them.
    QVERIFY(widget.copyButton()->isVisible());
    QVERIFY(!widget.applyButton()->isVisible());
    QVERIFY(!widget.nodeSettingButton()->isVisible());
    QApplication::clipboard()->clear();
    QTest::mouseClick(widget.copyButton(), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), d.firstFailure()->mend->commands.join(u'\n'));
    QVERIFY(QApplication::clipboard()->text().startsWith(
        QLatin1String("kubectl create secret docker-registry regcred")));
}

void TestDiagnose::mendKinds_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("step");
    QTest::addColumn<bool>("copy");
    QTest::addColumn<bool>("apply");
    QTest::addColumn<QString>("setting");
    QTest::newRow("yaml fix") << int(DiagnosisMend::Kind::YamlFix) << QStringLiteral("reference")
                              << false << true << QString();
    QTest::newRow("node platform")
        << int(DiagnosisMend::Kind::NodeSetting) << QStringLiteral("platform") << false << false
        << QStringLiteral("platform");
    QTest::newRow("node credentials")
        << int(DiagnosisMend::Kind::NodeSetting) << QStringLiteral("credentials") << false << false
        << QStringLiteral("nodeConfigJsonPath");
}

void TestDiagnose::mendKinds()
{
    QFETCH(int, kind);
    QFETCH(QString, step);
    QFETCH(bool, copy);
    QFETCH(bool, apply);
    QFETCH(QString, setting);
    DiagnoseWidget widget(m_client.get());
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    widget.setDiagnosis(canned(DiagnosisMend::Kind(kind), step));
    QCOMPARE(widget.copyButton()->isVisible(), copy);
    QCOMPARE(widget.applyButton()->isVisible(), apply);
    QCOMPARE(widget.applyAndRerunButton()->isVisible(), apply);
    QCOMPARE(widget.nodeSettingButton()->isVisible(), !setting.isEmpty());
    if (apply) {
        QSignalSpy fix(&widget, &DiagnoseWidget::fixRequested);
        QTest::mouseClick(widget.applyAndRerunButton(), Qt::LeftButton);
        QCOMPARE(fix.count(), 1);
        QCOMPARE(fix.first().at(0).value<QuickFix>().title, QStringLiteral("Use tag 1.1"));
        QCOMPARE(fix.first().at(1).toBool(), true);
    }
    if (!setting.isEmpty()) {
        QSignalSpy node(&widget, &DiagnoseWidget::nodeSettingRequested);
        QTest::mouseClick(widget.nodeSettingButton(), Qt::LeftButton);
        QCOMPARE(node.count(), 1);
        QCOMPARE(node.first().at(0).toString(), setting);
    }
}

void TestDiagnose::allPassed()
{
    DiagnoseWidget widget(m_client.get());
    widget.show();
    Diagnosis d = canned(DiagnosisMend::Kind::Kubectl, QStringLiteral("none"));
    widget.setDiagnosis(d);
    QVERIFY(widget.banner()->text().startsWith(QLatin1String("Every check passed")));
    QVERIFY(!widget.copyButton()->isVisible());
    QCOMPARE(widget.model()->firstFailureRow(), -1);
}

void TestDiagnose::wrongPasswordNeverShown()
{
    const QString host = m_lab->registry().hostPort();
    const QString secretPassword = QStringLiteral("not-the-password-7f3a");
    const QString yaml =
        QStringLiteral("apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  namespace: team\n"
                       "spec:\n  imagePullSecrets:\n  - name: regcred\n  containers:\n"
                       "  - name: app\n    image: %1/private/app:1.0\n---\napiVersion: v1\n"
                       "kind: Secret\nmetadata:\n  name: regcred\n  namespace: team\n"
                       "type: kubernetes.io/dockerconfigjson\nstringData:\n"
                       "  .dockerconfigjson: '{\"auths\":{\"%1\":{\"username\":\"demo\","
                       "\"password\":\"%2\"}}}'\n")
            .arg(host, secretPassword);
    // A fixture, not the event loop: it may block the test's GUI thread.
    const ThreadCheck::AllowBlocking fixture;
    const Result<KubeWorkspace> ws =
        KubeWorkspace::load({writeFile(QStringLiteral("wrong.yaml"), yaml)});
    QVERIFY(ws);
    DiagnoseWidget widget(m_client.get());
    widget.resize(900, 640);
    widget.show();
    QSignalSpy diagnosed(&widget, &DiagnoseWidget::diagnosed);
    NodeProfile node = NodeProfile::defaultProfile();
    node.storePath = m_dir->filePath(QStringLiteral("empty-store"));
    QVERIFY(widget.diagnose(*ws, QStringLiteral("team/web"), QStringLiteral("app"), node));
    QVERIFY(widget.isBusy());
    QVERIFY(diagnosed.wait(60'000));
    QVERIFY(!widget.isBusy());
    const Diagnosis d = diagnosed.first().at(0).value<Diagnosis>();
    QVERIFY(d.firstFailure());
    QCOMPARE(d.firstFailure()->id, QStringLiteral("auth"));
    QCOMPARE(widget.view()->currentIndex().data(DiagnosisModel::StepIdRole).toString(),
             QStringLiteral("auth"));
    const QString shown = everyText(&widget);
    QVERIFY(shown.contains(QLatin1String("regcred")));
    QVERIFY(!shown.contains(secretPassword));
    QVERIFY(!shown.contains(
        QString::fromLatin1(QByteArray("demo:" + secretPassword.toUtf8()).toBase64())));
    // Not a pod of the workspace: said plainly, no job.
    QVERIFY(!widget.diagnose(*ws, QStringLiteral("nope"), QString(), node));
    QVERIFY(!widget.isBusy());
}

void TestDiagnose::fixAndRerunOnTheNodePage()
{
    const QString host = m_lab->registry().hostPort();
    const QString path = writeFile(
        QStringLiteral("missing-tag.yaml"),
        QStringLiteral("apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  namespace: team\n"
                       "spec:\n  containers:\n  - name: app\n    image: %1/demo/multiarch:1.2\n")
            .arg(host));
    NodePage page;
    page.resize(1100, 760);
    page.show();
    QSignalSpy opened(&page, &NodePage::fileOpened);
    page.openFile(path);
    QVERIFY(opened.wait(10'000)); // read off the GUI thread
    QVERIFY(opened.first().at(1).toBool());
    QCOMPARE(page.currentTab(), NodePage::Tab::Simulation);
    SimulationWidget *simulation = page.simulationWidget();
    simulation->setSpanMs(60'000);
    QSignalSpy finished(simulation, &SimulationWidget::runFinished);
    simulation->run();
    QVERIFY(finished.wait(120'000));
    QCOMPARE(simulation->containerModel()->statusAt(0).reason, QStringLiteral("ImagePullBackOff"));
    QVERIFY(simulation->fixButton()->isEnabled());
    QSignalSpy edited(&page, &NodePage::workspaceEdited);
    QTest::mouseClick(simulation->fixButton(), Qt::LeftButton);
    // Diagnose (the tag step offers the nearest tag), apply, run again.
    QVERIFY(finished.wait(120'000));
    QVERIFY(finished.count() == 2 || finished.wait(120'000));
    QCOMPARE(edited.count(), 1);
    QVERIFY(edited.first().at(1).toString().contains(host + QStringLiteral("/demo/multiarch:1.")));
    QVERIFY(!edited.first().at(1).toString().contains(QLatin1String("multiarch:1.2")));
    QCOMPARE(simulation->containerModel()->statusAt(0).state, QStringLiteral("Running"));
}

void TestDiagnose::fixReachesTheWorkspace()
{
    // A fix applied on the Node page shows in the Workspace's open copy of the file, as one
    // undo step; no registry needed.
    const QString text = QStringLiteral("apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n"
                                        "spec:\n  containers:\n  - name: app\n"
                                        "    image: example.invalid/app:1.2\n");
    const QString path = writeFile(QStringLiteral("workspace-fix.yaml"), text);
    MainWindow window(m_dir->filePath(QStringLiteral("fix.ini")));
    window.workspacePage()->openFile(path);
    QTRY_COMPARE(window.workspacePage()->documents().size(), 1); // read off the GUI thread
    WorkspaceDocument *document = window.workspacePage()->documents().first();
    QCOMPARE(document->path(), path);
    QTRY_VERIFY(window.nodePage()->simulationWidget()->selectPod(QStringLiteral("web")));
    const int offset = int(text.indexOf(QLatin1String("1.2")));
    QuickFix fix;
    fix.title = QStringLiteral("Use tag 1.1");
    fix.edits = {TextEdit{path, offset, 3, QStringLiteral("1.1")}};
    QVERIFY(window.nodePage()->simulationWidget()->applyFix(fix, false));
    QVERIFY(document->document()->toPlainText().contains(QLatin1String("app:1.1")));
    QVERIFY(document->isModified());
    document->document()->undo();
    QCOMPARE(document->document()->toPlainText(), text);
    // A fix for a file the workspace does not hold is refused.
    fix.edits = {
        TextEdit{m_dir->filePath(QStringLiteral("elsewhere.yaml")), 0, 1, QStringLiteral("x")}};
    QVERIFY(!window.nodePage()->simulationWidget()->applyFix(fix, false));
}

QTEST_MAIN(TestDiagnose)
#include "tst_diagnose.moc"
