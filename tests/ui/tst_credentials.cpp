// SPDX-License-Identifier: GPL-3.0-or-later
// The Credentials page offscreen: every credential listed with secrets masked until "Show
// secrets" is ticked, problems marked, the which-credential box listing its steps, Log Out
// removing an entry from its file, and the login dialog's own checks. Keyring off.
#include "model/items/credentialtablemodel.h"
#include "ui/credentials/credentiallookupbox.h"
#include "ui/credentials/credentialspage.h"
#include "ui/credentials/credentialwriter.h"
#include "ui/credentials/logindialog.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

namespace {
const QString kSecret = QStringLiteral("alice-secret-1");
}

class TestCredentials : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void listsMaskedByDefault();
    void revealShowsAndHides();
    void problemsAreMarked();
    void lookupListsSteps();
    void lookupRejectsBadReference();
    void logOutRemovesFromFile();
    void logOutNeedsConfirmation();
    void loginChecksFields_data();
    void loginChecksFields();
    void writerTargets();

private:
    QString write(const QString &relative, const QByteArray &content);
    std::unique_ptr<CredentialsPage> openPage();
    int rowOf(CredentialTableModel *model, const QString &registry);

    std::unique_ptr<QTemporaryDir> m_home;
    QProcessEnvironment m_env;
};

void TestCredentials::initTestCase()
{
    qputenv("PULLSCOPE_KEYRING", "off");
}

void TestCredentials::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    m_env = QProcessEnvironment();
    m_env.insert(QStringLiteral("HOME"), m_home->path());
    m_env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_home->filePath(QStringLiteral("run")));
    m_env.insert(QStringLiteral("PATH"), qEnvironmentVariable("PATH"));
    write(QStringLiteral(".docker/config.json"),
          "{\"auths\": {\"r.example.com\": {\"auth\": \""
              + (QStringLiteral("alice:") + kSecret).toUtf8().toBase64()
              + "\"}, \"broken.example\": {\"auth\": \"***\"}}}");
    write(QStringLiteral("run/containers/auth.json"),
          "{\"auths\": {\"quay.io\": {\"auth\": \"" + QByteArray("bob:bob-pw-2").toBase64()
              + "\"}}}");
}

QString TestCredentials::write(const QString &relative, const QByteArray &content)
{
    const QString path = m_home->filePath(relative);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    f.write(content);
    return path;
}

std::unique_ptr<CredentialsPage> TestCredentials::openPage()
{
    auto page = std::make_unique<CredentialsPage>();
    page->setEnvironment(m_env);
    page->resize(1200, 800);
    return page;
}

int TestCredentials::rowOf(CredentialTableModel *model, const QString &registry)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(CredentialTableModel::RegistryRole).toString() == registry)
            return row;
    }
    return -1;
}

void TestCredentials::listsMaskedByDefault()
{
    auto page = openPage();
    QAbstractItemModelTester tester(page->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy refreshed(page.get(), &CredentialsPage::refreshed);
    page->show(); // files exist: the list comes up without a click
    QVERIFY(QTest::qWaitForWindowExposed(page.get()));
    QVERIFY(refreshed.wait(10'000));
    CredentialTableModel *model = page->model();
    QCOMPARE(model->rowCount(), 3); // quay.io, r.example.com, the broken entry
    // The podman runtime file comes before docker's.
    QCOMPARE(model->index(0, CredentialTableModel::RegistryColumn).data().toString(),
             QStringLiteral("quay.io"));
    const int alice = rowOf(model, QStringLiteral("r.example.com"));
    QVERIFY(alice >= 0);
    QCOMPARE(model->index(alice, CredentialTableModel::UserColumn).data().toString(),
             QStringLiteral("alice"));
    QCOMPARE(model->index(alice, CredentialTableModel::KindColumn).data().toString(),
             QStringLiteral("password"));
    QVERIFY(model->index(alice, CredentialTableModel::SourceColumn)
                .data()
                .toString()
                .endsWith(QStringLiteral(".docker/config.json")));
    QCOMPARE(model->index(alice, CredentialTableModel::SecretColumn).data().toString(),
             QStringLiteral("••••••"));
    auto *reveal = page->findChild<QCheckBox *>(QStringLiteral("revealSecretsCheck"));
    QVERIFY(reveal && reveal->isVisible());
    QVERIFY(!reveal->isChecked());
    // The secret is nowhere: no cell, no tooltip, no role.
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column) {
            const QModelIndex i = model->index(row, column);
            for (int role : {int(Qt::DisplayRole),
                             int(Qt::ToolTipRole),
                             int(CredentialTableModel::SourcePathRole),
                             int(CredentialTableModel::UsernameRole)})
                QVERIFY(!i.data(role).toString().contains(kSecret));
        }
    }
    // The files list still says what exists.
    auto *files = page->findChild<QTreeWidget *>(QStringLiteral("credentialLocations"));
    QVERIFY(files && files->isVisible());
    QVERIFY(files->topLevelItemCount() >= 3);
    auto *summary = page->findChild<QLabel *>(QStringLiteral("credentialSummary"));
    // "%n credential(s)": without the English catalogue loaded, the plural stays as written.
    QTRY_VERIFY2(summary->text().startsWith(QStringLiteral("2 credential")),
                 qPrintable(summary->text()));
    QVERIFY2(summary->text().contains(QStringLiteral(", 1 problem")), qPrintable(summary->text()));
}

void TestCredentials::revealShowsAndHides()
{
    auto page = openPage();
    QSignalSpy refreshed(page.get(), &CredentialsPage::refreshed);
    page->show();
    QVERIFY(refreshed.wait(10'000));
    CredentialTableModel *model = page->model();
    const int alice = rowOf(model, QStringLiteral("r.example.com"));
    QVERIFY(alice >= 0);
    auto *reveal = page->findChild<QCheckBox *>(QStringLiteral("revealSecretsCheck"));
    reveal->click();
    QVERIFY(model->revealSecrets());
    QCOMPARE(model->index(alice, CredentialTableModel::SecretColumn).data().toString(), kSecret);
    QCOMPARE(model->index(0, CredentialTableModel::SecretColumn).data().toString(),
             QStringLiteral("bob-pw-2"));
    // Never in a tooltip, even when shown.
    QVERIFY(!model->index(alice, CredentialTableModel::SecretColumn)
                 .data(Qt::ToolTipRole)
                 .toString()
                 .contains(kSecret));
    reveal->click();
    QCOMPARE(model->index(alice, CredentialTableModel::SecretColumn).data().toString(),
             QStringLiteral("••••••"));
    // A refresh with reveal off does not bring secrets back.
    page->checkLocations();
    QVERIFY(refreshed.wait(10'000));
    QCOMPARE(model
                 ->index(rowOf(model, QStringLiteral("r.example.com")),
                         CredentialTableModel::SecretColumn)
                 .data()
                 .toString(),
             QStringLiteral("••••••"));
}

void TestCredentials::problemsAreMarked()
{
    auto page = openPage();
    QSignalSpy refreshed(page.get(), &CredentialsPage::refreshed);
    page->show();
    QVERIFY(refreshed.wait(10'000));
    CredentialTableModel *model = page->model();
    int problems = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex i = model->index(row, CredentialTableModel::NoteColumn);
        if (!i.data(CredentialTableModel::ProblemRole).toBool())
            continue;
        ++problems;
        QVERIFY2(i.data().toString().contains(QStringLiteral("auths[\"broken.example\"]")),
                 qPrintable(i.data().toString()));
    }
    QCOMPARE(problems, 1);
    auto *files = page->findChild<QTreeWidget *>(QStringLiteral("credentialLocations"));
    bool marked = false;
    for (int i = 0; i < files->topLevelItemCount(); ++i)
        marked |= files->topLevelItem(i)->text(3).startsWith(QStringLiteral("1 problem"));
    QVERIFY(marked);
}

void TestCredentials::lookupListsSteps()
{
    auto page = openPage();
    page->show();
    QVERIFY(QTest::qWaitForWindowExposed(page.get()));
    CredentialLookupBox *box = page->lookupBox();
    QSignalSpy explained(box, &CredentialLookupBox::explained);
    QTest::keyClicks(box->referenceEdit(), QStringLiteral("r.example.com/team/app:1.0"));
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("lookupExplainButton")),
                      Qt::LeftButton);
    QVERIFY(explained.wait(10'000));
    QTreeWidget *steps = box->stepsView();
    QVERIFY(steps->isVisible());
    // run/ (no entry), ~/.config (not present), ~/.docker (problem line, then the match).
    QVERIFY2(steps->topLevelItemCount() >= 3,
             qPrintable(QString::number(steps->topLevelItemCount())));
    QVERIFY(steps->topLevelItem(0)->text(0).contains(QStringLiteral("run/containers/auth.json")));
    QCOMPARE(steps->topLevelItem(0)->text(1), QStringLiteral("no entry for r.example.com"));
    const QTreeWidgetItem *last = steps->topLevelItem(steps->topLevelItemCount() - 1);
    QCOMPARE(last->text(1), QStringLiteral("matched key \"r.example.com\""));
    QVERIFY(last->font(1).weight() > QFont::Normal);
    bool problemStep = false;
    for (int i = 0; i < steps->topLevelItemCount(); ++i)
        problemStep |= steps->topLevelItem(i)->data(0, Qt::UserRole).toBool();
    QVERIFY(problemStep);
    QVERIFY2(box->verdictText().contains(QStringLiteral("user alice, password ••••••")),
             qPrintable(box->verdictText()));
    QVERIFY(!box->verdictText().contains(kSecret));

    // Another registry: nothing matches, and the box says what that means.
    box->referenceEdit()->clear();
    QTest::keyClicks(box->referenceEdit(), QStringLiteral("nothing.example/x"));
    QTest::keyClick(box->referenceEdit(), Qt::Key_Return);
    QVERIFY(explained.wait(10'000));
    QVERIFY2(box->verdictText().startsWith(QStringLiteral("No credential")),
             qPrintable(box->verdictText()));
    QCOMPARE(steps->topLevelItem(steps->topLevelItemCount() - 1)->text(0),
             QStringLiteral("end of the search"));
}

void TestCredentials::lookupRejectsBadReference()
{
    auto page = openPage();
    page->show();
    CredentialLookupBox *box = page->lookupBox();
    QSignalSpy explained(box, &CredentialLookupBox::explained);
    QTest::keyClicks(box->referenceEdit(), QStringLiteral("Not/A Valid:ref"));
    box->explain();
    QCOMPARE(explained.count(), 1);
    QVERIFY(!box->verdictText().isEmpty());
    QVERIFY(!box->stepsView()->isVisible());
    QCOMPARE(box->stepsView()->topLevelItemCount(), 0);
}

void TestCredentials::logOutRemovesFromFile()
{
    auto page = openPage();
    QSignalSpy refreshed(page.get(), &CredentialsPage::refreshed);
    page->show();
    QVERIFY(refreshed.wait(10'000));
    QStringList asked;
    page->setConfirmation([&asked](const QString &message) {
        asked << message;
        return true;
    });
    auto *logOut = page->findChild<QPushButton *>(QStringLiteral("logOutButton"));
    QVERIFY(!logOut->isEnabled()); // nothing selected
    const int alice = rowOf(page->model(), QStringLiteral("r.example.com"));
    page->tableView()->selectRow(alice);
    QVERIFY(logOut->isEnabled());
    QTest::mouseClick(logOut, Qt::LeftButton);
    QCOMPARE(asked.size(), 1);
    QVERIFY(asked.first().contains(QStringLiteral("r.example.com (user alice)")));
    QVERIFY(refreshed.wait(10'000));
    QCOMPARE(rowOf(page->model(), QStringLiteral("r.example.com")), -1);
    QFile f(m_home->filePath(QStringLiteral(".docker/config.json")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray content = f.readAll();
    QVERIFY(!content.contains("r.example.com"));
    QCOMPARE(f.permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());

    // A problem row cannot be logged out.
    page->tableView()->selectRow(rowOf(page->model(), QString()));
    QVERIFY(!logOut->isEnabled());
}

void TestCredentials::logOutNeedsConfirmation()
{
    auto page = openPage();
    QSignalSpy refreshed(page.get(), &CredentialsPage::refreshed);
    page->show();
    QVERIFY(refreshed.wait(10'000));
    page->setConfirmation([](const QString &) {
        return false;
    });
    page->tableView()->selectRow(rowOf(page->model(), QStringLiteral("quay.io")));
    page->logOut();
    QVERIFY(!refreshed.wait(300));
    QFile f(m_home->filePath(QStringLiteral("run/containers/auth.json")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().contains("quay.io"));
}

void TestCredentials::loginChecksFields_data()
{
    QTest::addColumn<QString>("registry");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("no registry") << ""
                                 << "u"
                                 << "p"
                                 << "Registry: enter a host name";
    QTest::newRow("registry with path") << "r.io/team"
                                        << "u"
                                        << "p"
                                        << "Registry: enter a host name";
    QTest::newRow("no user") << "r.io"
                             << ""
                             << "p"
                             << "User name: enter";
    QTest::newRow("colon in user") << "r.io"
                                   << "a:b"
                                   << "p"
                                   << "cannot contain \":\"";
    QTest::newRow("no password") << "r.io"
                                 << "u"
                                 << ""
                                 << "Password: enter";
}

void TestCredentials::loginChecksFields()
{
    QFETCH(QString, registry);
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QString, mentions);

    CredentialWriter writer(m_env, nullptr);
    LoginDialog d(&writer, nullptr);
    int confirmations = 0;
    d.setFileConfirmation([&confirmations](const QString &) {
        ++confirmations;
        return true;
    });
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    auto *password_ = d.findChild<QLineEdit *>(QStringLiteral("loginPasswordEdit"));
    QCOMPARE(password_->echoMode(), QLineEdit::Password);
    QTest::keyClicks(d.findChild<QComboBox *>(QStringLiteral("loginRegistryCombo"))->lineEdit(),
                     registry);
    QTest::keyClicks(d.findChild<QLineEdit *>(QStringLiteral("loginUserEdit")), user);
    QTest::keyClicks(password_, password);
    QSignalSpy accepted(&d, &QDialog::accepted);
    QTest::mouseClick(d.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    QVERIFY2(d.statusText().contains(mentions), qPrintable(d.statusText()));
    QVERIFY(d.isVisible());
    QCOMPARE(accepted.count(), 0);
    QCOMPARE(confirmations, 0);
    QVERIFY(!QFileInfo::exists(m_home->filePath(QStringLiteral("run/containers/auth.json.new"))));
}

void TestCredentials::writerTargets()
{
    CredentialWriter writer(m_env, nullptr);
    // No helper, no keyring: the podman runtime file.
    CredentialWriter::Target t = writer.targetFor(QStringLiteral("r.io"));
    QCOMPARE(t.kind, CredentialWriter::Target::Kind::File);
    QCOMPARE(t.path, m_home->filePath(QStringLiteral("run/containers/auth.json")));
    // Without XDG_RUNTIME_DIR: docker's file.
    QProcessEnvironment bare = m_env;
    bare.remove(QStringLiteral("XDG_RUNTIME_DIR"));
    writer.setEnvironment(bare);
    t = writer.targetFor(QStringLiteral("r.io"));
    QCOMPARE(t.path, m_home->filePath(QStringLiteral(".docker/config.json")));
    QCOMPARE(t.format, AuthFile::Format::DockerConfig);
    // A helper configured for the host wins.
    write(QStringLiteral(".docker/config.json"),
          R"({"credHelpers": {"r.io": "pass"}, "credsStore": "desktop"})");
    t = writer.targetFor(QStringLiteral("r.io"));
    QCOMPARE(t.kind, CredentialWriter::Target::Kind::Helper);
    QCOMPARE(t.helper, QStringLiteral("pass"));
    QCOMPARE(writer.targetFor(QStringLiteral("other.io")).helper, QStringLiteral("desktop"));
    QVERIFY(CredentialWriter::describe(t).startsWith(
        QStringLiteral("docker-credential-pass (configured in ")));
}

QTEST_MAIN(TestCredentials)
#include "tst_credentials.moc"
