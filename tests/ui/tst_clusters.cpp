// SPDX-License-Identifier: GPL-3.0-or-later
// The Clusters page offscreen: contexts from KUBECONFIG (merged), the current one selected with
// its problems listed, a chosen file kept in the settings, an unreadable file named, the empty
// state without a kubeconfig, and no secret anywhere on the page. The model is checked by
// QAbstractItemModelTester, attached before it is filled.
#include "model/core/threadcheck.h"
#include "model/items/clustercontextmodel.h"
#include "ui/clusters/clusterspage.h"
#include "ui/common/emptystate.h"
#include "ui/common/translationloader.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QByteArray kSecret = "page-secret-token-0815";

QString allText(const QWidget *root)
{
    QStringList texts;
    for (const QLabel *l : root->findChildren<QLabel *>())
        texts << l->text();
    for (const QListWidget *list : root->findChildren<QListWidget *>()) {
        for (int i = 0; i < list->count(); ++i)
            texts << list->item(i)->text();
    }
    for (const QTableView *t : root->findChildren<QTableView *>()) {
        for (int r = 0; r < t->model()->rowCount(); ++r) {
            for (int c = 0; c < t->model()->columnCount(); ++c)
                texts << t->model()->index(r, c).data().toString()
                      << t->model()->index(r, c).data(Qt::ToolTipRole).toString();
        }
    }
    return texts.join(u'\n');
}
} // namespace

class TestClusters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void contextsAndProblems();
    void chosenFileIsKept();
    void unreadableFileIsNamed();
    void emptyStateWithoutKubeconfig();
    void modelPassesTheTester();

private:
    QString write(const QString &name, const QByteArray &text);
    QProcessEnvironment environment(const QString &kubeconfig) const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestClusters::initTestCase()
{
    // English plural forms ("1 problem"), as the app installs them.
    TranslationLoader::install(qApp, QLocale(QLocale::English));
}

void TestClusters::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestClusters::write(const QString &name, const QByteArray &text)
{
    const QString path = m_dir->filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size())
        return {};
    return path;
}

QProcessEnvironment TestClusters::environment(const QString &kubeconfig) const
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("HOME"), m_dir->filePath(QStringLiteral("home")));
    env.insert(QStringLiteral("KUBECONFIG"), kubeconfig);
    env.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin"));
    return env;
}

void TestClusters::contextsAndProblems()
{
    const QString first =
        write(QStringLiteral("first"),
              "clusters:\n- name: prod\n  cluster: {server: https://10.0.0.1:6443}\n"
              "users:\n- name: eks\n  user:\n    exec:\n"
              "      apiVersion: client.authentication.k8s.io/v1beta1\n"
              "      command: no-such-aws-0815\n"
              "contexts:\n- name: prod\n  context: {cluster: prod, user: eks}\n"
              "current-context: prod\n");
    const QString second = write(QStringLiteral("second"),
                                 "clusters:\n- name: lab\n  cluster: {server: https://lab:6443}\n"
                                 "users:\n- name: admin\n  user: {token: "
                                     + kSecret
                                     + "}\n"
                                       "contexts:\n- name: lab\n  context: {cluster: lab, user: "
                                       "admin, namespace: team-a}\n");
    QSettings settings(m_dir->filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    ClustersPage page(&settings);
    page.setEnvironment(environment(first + u':' + second));
    page.resize(1100, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_VERIFY(!page.isBusy()); // read off the GUI thread

    QVERIFY(!page.emptyState()->isVisible());
    ClusterContextModel *model = page.model();
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(0, ClusterContextModel::NameColumn).data().toString(),
             QStringLiteral("lab"));
    QCOMPARE(model->index(0, ClusterContextModel::NamespaceColumn).data().toString(),
             QStringLiteral("team-a"));
    QCOMPARE(model->index(0, ClusterContextModel::AuthColumn).data().toString(),
             QStringLiteral("token"));
    QVERIFY(model->index(1, 0).data(ClusterContextModel::IsCurrentRole).toBool());
    QVERIFY(model->index(1, 0).data(ClusterContextModel::HasErrorsRole).toBool());
    QCOMPARE(model->index(1, ClusterContextModel::ProblemsColumn).data().toString(),
             QStringLiteral("1 problem"));
    QVERIFY2(page.sourceLabel()->text().contains(first)
                 && page.sourceLabel()->text().contains(second),
             qPrintable(page.sourceLabel()->text()));

    // The current context is selected, its problem listed with its place.
    QCOMPARE(page.table()->selectionModel()->selectedRows().first().row(), 1);
    QCOMPARE(page.problems()->count(), 1);
    QVERIFY2(page.problems()->item(0)->text().startsWith(
                 QStringLiteral("error: exec: executable no-such-aws-0815 not found")),
             qPrintable(page.problems()->item(0)->text()));
    QVERIFY2(page.problems()->item(0)->text().endsWith(QStringLiteral("(%1:5:3)").arg(first)),
             qPrintable(page.problems()->item(0)->text()));
    // Another context: its own (none).
    page.table()->selectRow(0);
    QCOMPARE(page.problems()->count(), 1);
    QVERIFY(page.problems()->item(0)->text().contains(QLatin1String("no problem")));

    QVERIFY(!allText(&page).contains(QString::fromLatin1(kSecret)));
}

void TestClusters::chosenFileIsKept()
{
    const QString chosen = write(QStringLiteral("chosen"),
                                 "clusters: [{name: c, cluster: {server: https://chosen}}]\n"
                                 "contexts: [{name: only, context: {cluster: c}}]\n");
    const QString settingsPath = m_dir->filePath(QStringLiteral("s.ini"));
    {
        QSettings settings(settingsPath, QSettings::IniFormat);
        ClustersPage page(&settings);
        page.setEnvironment(environment({}));
        QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("useDefaultKubeconfigButton"))
                     ->isVisibleTo(&page));
        page.setKubeconfigPath(chosen);
        QTRY_VERIFY(!page.isBusy());
        QCOMPARE(page.model()->rowCount(), 1);
        QVERIFY(page.findChild<QPushButton *>(QStringLiteral("useDefaultKubeconfigButton"))
                    ->isVisibleTo(&page));
    }
    QSettings settings(settingsPath, QSettings::IniFormat);
    ClustersPage again(&settings);
    again.setEnvironment(environment({}));
    QCOMPARE(again.kubeconfigPath(), chosen);
    QTRY_VERIFY(!again.isBusy());
    QCOMPARE(again.model()->rowCount(), 1);
    QCOMPARE(again.model()->index(0, ClusterContextModel::ServerColumn).data().toString(),
             QStringLiteral("https://chosen"));
    // "Use Default" forgets it.
    again.findChild<QPushButton *>(QStringLiteral("useDefaultKubeconfigButton"))->click();
    QVERIFY(again.kubeconfigPath().isEmpty());
    QVERIFY(!settings.contains(QStringLiteral("clusters/kubeconfig")));
}

void TestClusters::unreadableFileIsNamed()
{
    const QString broken = write(QStringLiteral("broken"), "clusters: [\n  - name: x\n");
    ClustersPage page(nullptr);
    page.setEnvironment(environment({}));
    page.setKubeconfigPath(broken);
    QTRY_VERIFY(!page.isBusy());
    QCOMPARE(page.model()->rowCount(), 0);
    QVERIFY(!page.emptyState()->isVisibleTo(&page));
    QVERIFY2(page.sourceLabel()->text().contains(broken)
                 && page.sourceLabel()->text().contains(QLatin1String("error loading config file")),
             qPrintable(page.sourceLabel()->text()));
}

void TestClusters::emptyStateWithoutKubeconfig()
{
    ClustersPage page(nullptr);
    page.setEnvironment(environment(m_dir->filePath(QStringLiteral("missing"))));
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_VERIFY(!page.isBusy());
    QVERIFY(page.emptyState()->isVisible());
    QCOMPARE(page.emptyState()->buttons().first()->text(), QStringLiteral("Open Kubeconfig…"));
}

void TestClusters::modelPassesTheTester()
{
    ClusterContextModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // A fixture, not the event loop: it may block the test's GUI thread.
    const ThreadCheck::AllowBlocking fixture;
    const auto config = KubeConfig::parse("clusters: [{name: c, cluster: {}}]\n"
                                          "contexts: [{name: a, context: {cluster: c}}, "
                                          "{name: b, context: {cluster: gone}}]\n",
                                          QStringLiteral("/k"));
    QVERIFY(config);
    QList<ClusterContext> contexts;
    for (const QString &name : config->contexts().keys())
        contexts << ClusterContext::resolve(*config, name, {}, {});
    model.setContexts(contexts);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, 0).data(ClusterContextModel::ProblemsRole).toStringList(),
             QStringList{QStringLiteral("error: no server found for cluster \"c\" (/k:1:12)")});
    model.setContexts({});
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(TestClusters)
#include "tst_clusters.moc"
