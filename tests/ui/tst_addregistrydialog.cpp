// SPDX-License-Identifier: GPL-3.0-or-later
// Adding a registry through the window: the dialog's validation names the field, a good entry
// lands in the list and in the settings file; and the list model passes the model tester.
#include "model/items/registrylistmodel.h"
#include "model/registry/pingjob.h"
#include "model/registry/registryconfigstore.h"
#include "ui/mainwindow.h"
#include "ui/registries/addregistrydialog.h"
#include "ui/registries/registriespage.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

class TestAddRegistryDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void rejects_data();
    void rejects();
    void acceptsAndSaves();
    void modelFollowsStore();
    void authFileMustExist();
    void editFillsAndKeepsOwnName();
    void editInStoreRenames();
    void editInStoreUnknownName();
    void testConnectionValidatesFirst();
    void testConnectionRefused();
    void describeTest_data();
    void describeTest();
    void closingCancelsTest();

private:
    AddRegistryDialog *openDialog(MainWindow &w);
    void fill(AddRegistryDialog *d,
              const QString &name,
              const QString &url,
              bool insecure,
              const QString &certDir);
    QPushButton *okButton(AddRegistryDialog *d);

    QTemporaryDir m_dir;
    int m_counter = 0;
};

void TestAddRegistryDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

AddRegistryDialog *TestAddRegistryDialog::openDialog(MainWindow &w)
{
    auto *action = w.findChild<QAction *>(QStringLiteral("addRegistryAction"));
    if (!action)
        return nullptr;
    action->trigger();
    auto *dialog = w.findChild<AddRegistryDialog *>();
    if (dialog && !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

void TestAddRegistryDialog::fill(AddRegistryDialog *d,
                                 const QString &name,
                                 const QString &url,
                                 bool insecure,
                                 const QString &certDir)
{
    const auto type = [d](const char *objectName, const QString &text) {
        auto *edit = d->findChild<QLineEdit *>(QString::fromLatin1(objectName));
        QVERIFY(edit);
        edit->clear();
        QTest::keyClicks(edit, text);
        QCOMPARE(edit->text(), text);
    };
    type("nameEdit", name);
    type("urlEdit", url);
    type("certDirEdit", certDir);
    auto *check = d->findChild<QCheckBox *>(QStringLiteral("insecureCheck"));
    QVERIFY(check);
    if (check->isChecked() != insecure)
        QTest::mouseClick(check, Qt::LeftButton, {}, QPoint(8, check->height() / 2));
    QCOMPARE(check->isChecked(), insecure);
}

QPushButton *TestAddRegistryDialog::okButton(AddRegistryDialog *d)
{
    auto *box = d->findChild<QDialogButtonBox *>();
    return box ? box->button(QDialogButtonBox::Ok) : nullptr;
}

void TestAddRegistryDialog::rejects_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("insecure");
    QTest::addColumn<QString>("certDir");
    QTest::addColumn<QString>("badField"); // object name of the edit that gets focus
    QTest::addColumn<QString>("mentions");

    QTest::newRow("empty name") << ""
                                << "registry.example.com" << false << ""
                                << "nameEdit"
                                << "Name:";
    QTest::newRow("duplicate name") << "Existing"
                                    << "registry.example.com" << false << ""
                                    << "nameEdit"
                                    << "Name: a registry called \"Existing\" already exists";
    QTest::newRow("empty url") << "Mine"
                               << "" << false << ""
                               << "urlEdit"
                               << "URL:";
    QTest::newRow("invalid url") << "Mine"
                                 << "not a url" << false << ""
                                 << "urlEdit"
                                 << "URL: \"not a url\"";
    QTest::newRow("http needs insecure") << "Mine"
                                         << "http://localhost:5000" << false << ""
                                         << "urlEdit"
                                         << "URL: plain HTTP";
    QTest::newRow("missing cert folder") << "Mine"
                                         << "registry.example.com" << false << "/no/such/certs"
                                         << "certDirEdit"
                                         << "Certificate folder:";
}

void TestAddRegistryDialog::rejects()
{
    QFETCH(QString, name);
    QFETCH(QString, url);
    QFETCH(bool, insecure);
    QFETCH(QString, certDir);
    QFETCH(QString, badField);
    QFETCH(QString, mentions);

    const QString path = m_dir.filePath(QStringLiteral("reject-%1.ini").arg(++m_counter));
    MainWindow w(path);
    RegistryConfig existing;
    existing.name = QStringLiteral("Existing");
    existing.url = QUrl(QStringLiteral("https://existing.example"));
    w.registryStore()->addOrUpdate(existing);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));

    AddRegistryDialog *d = openDialog(w);
    QVERIFY(d);
    fill(d, name, url, insecure, certDir);
    QSignalSpy accepted(d, &QDialog::accepted);
    QTest::mouseClick(okButton(d), Qt::LeftButton);

    QCOMPARE(accepted.count(), 0);
    QVERIFY(d->isVisible());
    auto *problems = d->findChild<QLabel *>(QStringLiteral("problemLabel"));
    QVERIFY(problems && problems->isVisible());
    QVERIFY2(problems->text().contains(mentions), qPrintable(problems->text()));
    auto *edit = d->findChild<QLineEdit *>(badField);
    QVERIFY(edit);
    QVERIFY(edit->property("hasProblem").toBool());
    QTRY_VERIFY(edit->hasFocus());
    // Only the existing registry, in memory and on disk.
    QCOMPARE(w.registryStore()->registries().size(), 1);
    QSettings check(path, QSettings::IniFormat);
    QCOMPARE(check.value(QStringLiteral("registries/size")).toInt(), 1);
    d->reject();
}

void TestAddRegistryDialog::acceptsAndSaves()
{
    const QString path = m_dir.filePath(QStringLiteral("accept.ini"));
    MainWindow w(path);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.setCurrentPage(MainWindow::Page::Node);

    AddRegistryDialog *d = openDialog(w);
    QVERIFY(d);
    // A first bad attempt, then the fix: the message goes away.
    fill(d,
         QStringLiteral("Local lab"),
         QStringLiteral("http://localhost:5000"),
         false,
         m_dir.path());
    QTest::mouseClick(okButton(d), Qt::LeftButton);
    QVERIFY(d->isVisible());
    QVERIFY(d->problemText().contains(QStringLiteral("URL:")));
    fill(d,
         QStringLiteral("Local lab"),
         QStringLiteral("http://localhost:5000"),
         true,
         m_dir.path());
    QPointer<AddRegistryDialog> guard(d);
    QTest::mouseClick(okButton(d), Qt::LeftButton);
    QTRY_VERIFY(guard.isNull()); // closed and deleted

    // In the list, selected, on the Registries page.
    QCOMPARE(w.currentPage(), MainWindow::Page::Registries);
    QListView *list = w.registriesPage()->listView();
    QVERIFY(list->isVisible());
    QCOMPARE(list->model()->rowCount(), 1);
    const QModelIndex current = list->currentIndex();
    QCOMPARE(current.data(RegistryListModel::NameRole).toString(), QStringLiteral("Local lab"));
    QCOMPARE(current.data(RegistryListModel::UrlRole).toString(),
             QStringLiteral("http://localhost:5000"));
    QVERIFY(current.data(RegistryListModel::InsecureRole).toBool());

    // In the settings file, read back by someone else.
    QSettings check(path, QSettings::IniFormat);
    QCOMPARE(check.value(QStringLiteral("registries/size")).toInt(), 1);
    QCOMPARE(check.value(QStringLiteral("registries/1/name")).toString(),
             QStringLiteral("Local lab"));
    QCOMPARE(check.value(QStringLiteral("registries/1/url")).toString(),
             QStringLiteral("http://localhost:5000"));
    QCOMPARE(check.value(QStringLiteral("registries/1/insecure")).toBool(), true);
    QCOMPARE(check.value(QStringLiteral("registries/1/certDir")).toString(),
             QDir::cleanPath(m_dir.path()));
}

void TestAddRegistryDialog::modelFollowsStore()
{
    QSettings settings(m_dir.filePath(QStringLiteral("model.ini")), QSettings::IniFormat);
    RegistryConfigStore store(&settings);
    RegistryListModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    QCOMPARE(model.rowCount(), 0);
    RegistryConfig a;
    a.name = QStringLiteral("A");
    a.url = QUrl(QStringLiteral("https://a.example:5443"));
    RegistryConfig b;
    b.name = QStringLiteral("B");
    b.url = QUrl(QStringLiteral("http://127.0.0.1:5000"));
    b.insecure = true;
    store.addOrUpdate(a);
    store.addOrUpdate(b);
    QCOMPARE(reset.count(), 2);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowCount(model.index(0)), 0);
    QCOMPARE(model.index(0).data().toString(), QStringLiteral("A"));
    QCOMPARE(model.index(0).data(RegistryListModel::HostKeyRole).toString(),
             QStringLiteral("a.example:5443"));
    QCOMPARE(model.index(0).data(RegistryListModel::InsecureRole).toBool(), false);
    QCOMPARE(model.index(1).data(RegistryListModel::InsecureRole).toBool(), true);
    QCOMPARE(model.index(1).data(Qt::ToolTipRole).toString(),
             QStringLiteral("http://127.0.0.1:5000"));
    QVERIFY(!model.index(0).data(Qt::DecorationRole).isValid());
    QCOMPARE(model.rowOf(QStringLiteral("B")), 1);
    QCOMPARE(model.roleNames().value(RegistryListModel::InsecureRole), QByteArray("insecure"));

    store.remove(QStringLiteral("A"));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0).data().toString(), QStringLiteral("B"));
    QCOMPARE(store.load(), 0);
    QCOMPARE(model.rowCount(), 1);
}

namespace {
// A 127.0.0.1 port that nothing listens on: bind, note the port, close.
quint16 closedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost))
        return 1;
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

RegistryConfig sampleConfig(const QString &authFile)
{
    RegistryConfig c;
    c.name = QStringLiteral("Lab");
    c.url = QUrl(QStringLiteral("https://127.0.0.1:5443"));
    c.tlsVerify = false;
    c.authFile = authFile;
    return c;
}
} // namespace

void TestAddRegistryDialog::authFileMustExist()
{
    AddRegistryDialog d({});
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    fill(&d, QStringLiteral("Mine"), QStringLiteral("registry.example.com"), false, QString());
    auto *auth = d.findChild<QLineEdit *>(QStringLiteral("authFileEdit"));
    QVERIFY(auth);
    QTest::keyClicks(auth, QStringLiteral("/no/such/auth.json"));
    QTest::mouseClick(okButton(&d), Qt::LeftButton);
    QVERIFY(d.isVisible());
    QVERIFY2(d.problemText().contains(QStringLiteral("Auth file: \"/no/such/auth.json\"")),
             qPrintable(d.problemText()));
    QVERIFY(auth->property("hasProblem").toBool());
    QTRY_VERIFY(auth->hasFocus());
    // Editing clears the mark.
    QTest::keyClick(auth, Qt::Key_Backspace);
    QVERIFY(!auth->property("hasProblem").toBool());
}

void TestAddRegistryDialog::editFillsAndKeepsOwnName()
{
    const QString authFile = m_dir.filePath(QStringLiteral("lab-auth.json"));
    QFile f(authFile);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{}");
    f.close();
    AddRegistryDialog d({QStringLiteral("Lab"), QStringLiteral("Other")});
    const RegistryConfig original = sampleConfig(authFile);
    d.editRegistry(original);
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    QCOMPARE(d.windowTitle(), QStringLiteral("Edit Registry"));
    QCOMPARE(okButton(&d)->text(), QStringLiteral("Save"));
    QCOMPARE(d.originalName(), QStringLiteral("Lab"));
    QCOMPARE(d.findChild<QLineEdit *>(QStringLiteral("urlEdit"))->text(),
             QStringLiteral("https://127.0.0.1:5443"));
    QVERIFY(!d.findChild<QCheckBox *>(QStringLiteral("tlsVerifyCheck"))->isChecked());
    QCOMPARE(d.config(), original);

    // Its own name is fine; another registry's is not.
    QSignalSpy accepted(&d, &QDialog::accepted);
    auto *name = d.findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    name->clear();
    QTest::keyClicks(name, QStringLiteral("Other"));
    QTest::mouseClick(okButton(&d), Qt::LeftButton);
    QCOMPARE(accepted.count(), 0);
    QVERIFY(d.problemText().contains(QStringLiteral("\"Other\" already exists")));
    name->clear();
    QTest::keyClicks(name, QStringLiteral("Lab"));
    QTest::mouseClick(okButton(&d), Qt::LeftButton);
    QCOMPARE(accepted.count(), 1);
}

void TestAddRegistryDialog::editInStoreRenames()
{
    QSettings settings(m_dir.filePath(QStringLiteral("edit.ini")), QSettings::IniFormat);
    RegistryConfigStore store(&settings);
    store.addOrUpdate(sampleConfig(QString()));
    QWidget parent;
    parent.show();
    QPointer<AddRegistryDialog> d =
        AddRegistryDialog::editInStore(&store, QStringLiteral("Lab"), &parent);
    QVERIFY(d);
    QVERIFY(QTest::qWaitForWindowExposed(d));
    auto *name = d->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    name->clear();
    QTest::keyClicks(name, QStringLiteral("Lab 2"));
    auto *verify = d->findChild<QCheckBox *>(QStringLiteral("tlsVerifyCheck"));
    verify->setChecked(true);
    QTest::mouseClick(okButton(d), Qt::LeftButton);
    QTRY_VERIFY(d.isNull());
    QCOMPARE(store.registries().size(), 1);
    QCOMPARE(store.registries().first().name, QStringLiteral("Lab 2"));
    QVERIFY(store.registries().first().tlsVerify);
    QCOMPARE(store.indexOf(QStringLiteral("Lab")), -1);
}

void TestAddRegistryDialog::editInStoreUnknownName()
{
    QSettings settings(m_dir.filePath(QStringLiteral("edit-unknown.ini")), QSettings::IniFormat);
    RegistryConfigStore store(&settings);
    QVERIFY(!AddRegistryDialog::editInStore(&store, QStringLiteral("Nope"), nullptr));
    QVERIFY(!AddRegistryDialog::editInStore(nullptr, QStringLiteral("Nope"), nullptr));
}

void TestAddRegistryDialog::testConnectionValidatesFirst()
{
    AddRegistryDialog d({});
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    fill(&d, QString(), QStringLiteral("not a url"), false, QString());
    auto *test = d.findChild<QPushButton *>(QStringLiteral("testConnectionButton"));
    QVERIFY(test);
    QTest::mouseClick(test, Qt::LeftButton);
    QVERIFY(!d.isTesting());
    QVERIFY(d.problemText().contains(QStringLiteral("URL:")));
    QVERIFY(!d.problemText().contains(QStringLiteral("Name:"))); // not needed for a test
    QVERIFY(d.testResultText().isEmpty());
}

void TestAddRegistryDialog::testConnectionRefused()
{
    AddRegistryDialog d({});
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    const QString url = QStringLiteral("127.0.0.1:%1").arg(closedPort());
    fill(&d, QStringLiteral("Nothing"), url, true, QString());
    auto *test = d.findChild<QPushButton *>(QStringLiteral("testConnectionButton"));
    QSignalSpy tested(&d, &AddRegistryDialog::connectionTested);
    QTest::mouseClick(test, Qt::LeftButton);
    QVERIFY(d.isTesting());
    QVERIFY(!test->isEnabled());
    QVERIFY(tested.wait(20'000));
    QCOMPARE(tested.count(), 1);
    QVERIFY(test->isEnabled());
    QVERIFY(!d.lastTest());
    QCOMPARE(d.lastTest().error().code, ErrorCode::ConnectionRefused);
    QVERIFY2(d.testResultText().startsWith(QStringLiteral("Not reachable: http://127.0.0.1:")),
             qPrintable(d.testResultText()));
    auto *label = d.findChild<QLabel *>(QStringLiteral("testResultLabel"));
    QVERIFY(label->isVisible());
    QVERIFY(label->property("hasProblem").toBool());
}

void TestAddRegistryDialog::describeTest_data()
{
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<bool>("verified");
    QTest::addColumn<QString>("auth");
    QTest::addColumn<bool>("catalog");
    QTest::addColumn<QString>("expected"); // facts, separated by "|"

    QTest::newRow("anonymous http")
        << "http" << false << "none" << true << "plain HTTP|none asked for|Catalog: supported";
    QTest::newRow("verified bearer") << "https" << true << "bearer" << false
                                     << "certificate verified|bearer tokens from "
                                        "https://auth.example/token (service \"reg\")|Catalog: "
                                        "not available: denied";
    QTest::newRow("unverified basic")
        << "https" << false << "basic" << true << "NOT verified|Authentication: basic";
}

void TestAddRegistryDialog::describeTest()
{
    QFETCH(QString, scheme);
    QFETCH(bool, verified);
    QFETCH(QString, auth);
    QFETCH(bool, catalog);
    QFETCH(QString, expected);

    PingResult p;
    p.url = scheme + QStringLiteral("://r.example/v2/");
    p.scheme = scheme;
    p.tlsVerified = verified;
    p.authScheme = auth;
    p.realm = QStringLiteral("https://auth.example/token");
    p.service = QStringLiteral("reg");
    p.catalogSupported = catalog;
    p.catalogNote = QStringLiteral("denied");
    const QString text = AddRegistryDialog::describeTest(sampleConfig(QString()), p);
    QVERIFY(text.startsWith(QStringLiteral("Reachable at ") + p.url));
    for (const QString &e : expected.split(QLatin1Char('|')))
        QVERIFY2(text.contains(e), qPrintable(text));

    const QString failed =
        AddRegistryDialog::describeTest(sampleConfig(QString()),
                                        Error(ErrorCode::Dns, QStringLiteral("no such host")));
    QCOMPARE(failed, QStringLiteral("Not reachable: https://127.0.0.1:5443\nno such host"));
}

void TestAddRegistryDialog::closingCancelsTest()
{
    // A listener that never answers: the test would hang until its timeout.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    QPointer<AddRegistryDialog> d = new AddRegistryDialog({});
    d->setAttribute(Qt::WA_DeleteOnClose);
    d->show();
    QVERIFY(QTest::qWaitForWindowExposed(d));
    fill(d,
         QStringLiteral("Silent"),
         QStringLiteral("127.0.0.1:%1").arg(silent.serverPort()),
         true,
         QString());
    QSignalSpy tested(d.data(), &AddRegistryDialog::connectionTested);
    QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("testConnectionButton")),
                      Qt::LeftButton);
    QVERIFY(d->isTesting());
    QTRY_VERIFY(silent.hasPendingConnections() || silent.waitForNewConnection(100));
    d->reject();
    QTRY_VERIFY(d.isNull());
    QCOMPARE(tested.count(), 0);
}

QTEST_MAIN(TestAddRegistryDialog)
#include "tst_addregistrydialog.moc"
