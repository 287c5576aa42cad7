// SPDX-License-Identifier: GPL-3.0-or-later
// Against real registries (anonymous, basic, token, TLS): the registry dialog's Test
// Connection reports the auth scheme and TLS facts; the login dialog stores nothing for a
// wrong password, stores a right one in the auth file (after the confirmation), the lookup
// then finds it, and Log Out removes it. Keyring off; HOME and XDG_RUNTIME_DIR temporary.
#include "lab.h"
#include "model/auth/credentiallookup.h"
#include "model/items/credentialtablemodel.h"
#include "tokenissuer.h"
#include "ui/credentials/credentialspage.h"
#include "ui/credentials/credentialwriter.h"
#include "ui/credentials/logindialog.h"
#include "ui/registries/addregistrydialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

class TestCredentialsLab : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void testConnection_data();
    void testConnection();
    void testConnectionTlsUntrusted();
    void wrongPasswordStoresNothing_data();
    void wrongPasswordStoresNothing();
    void loginStoresLookupFindsLogoutRemoves_data();
    void loginStoresLookupFindsLogoutRemoves();
    void declinedFileStoresNothing();

private:
    Lab *lab(const QString &name) const;
    bool runLogin(LoginDialog &d,
                  const QString &host,
                  const QString &user,
                  const QString &password,
                  const QString &repository);

    QString authFile() const
    {
        return m_home->filePath(QStringLiteral("run/containers/auth.json"));
    }

    std::unique_ptr<Lab> m_anonymous;
    std::unique_ptr<Lab> m_basic;
    std::unique_ptr<Lab> m_token;
    std::unique_ptr<Lab> m_tls;
    std::unique_ptr<QTemporaryDir> m_home;
    QProcessEnvironment m_env;
};

void TestCredentialsLab::initTestCase()
{
    qputenv("PULLSCOPE_KEYRING", "off");
    m_anonymous = std::make_unique<Lab>(RegistryProcess::Mode::Anonymous);
    m_basic = std::make_unique<Lab>(RegistryProcess::Mode::Basic);
    m_token = std::make_unique<Lab>(RegistryProcess::Mode::Token);
    m_tls = std::make_unique<Lab>(RegistryProcess::Mode::Tls | RegistryProcess::Mode::Basic);
    for (Lab *l : {m_anonymous.get(), m_basic.get(), m_token.get(), m_tls.get()}) {
        const Result<void> started = l->start();
        QVERIFY2(started, qPrintable(started ? QString() : started.error().message));
    }
}

void TestCredentialsLab::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    m_env = QProcessEnvironment();
    m_env.insert(QStringLiteral("HOME"), m_home->path());
    m_env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_home->filePath(QStringLiteral("run")));
}

Lab *TestCredentialsLab::lab(const QString &name) const
{
    if (name == QLatin1String("anonymous"))
        return m_anonymous.get();
    if (name == QLatin1String("basic"))
        return m_basic.get();
    if (name == QLatin1String("token"))
        return m_token.get();
    return m_tls.get();
}

void TestCredentialsLab::testConnection_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<bool>("tlsVerified");
    QTest::addColumn<QString>("auth");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("anonymous") << "anonymous"
                               << "http" << false << "none"
                               << "Authentication: none asked for";
    QTest::newRow("basic") << "basic"
                           << "http" << false << "basic"
                           << "Authentication: basic";
    QTest::newRow("token") << "token"
                           << "http" << false << "bearer"
                           << "Authentication: bearer tokens from ";
    QTest::newRow("tls with its CA") << "tls"
                                     << "https" << true << "basic"
                                     << "HTTPS, certificate verified";
}

void TestCredentialsLab::testConnection()
{
    QFETCH(QString, mode);
    QFETCH(QString, scheme);
    QFETCH(bool, tlsVerified);
    QFETCH(QString, auth);
    QFETCH(QString, mentions);

    Lab *l = lab(mode);
    AddRegistryDialog d({});
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    d.findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("Lab"));
    d.findChild<QLineEdit *>(QStringLiteral("urlEdit"))->setText(l->registry().url().toString());
    d.findChild<QCheckBox *>(QStringLiteral("insecureCheck"))
        ->setChecked(scheme == QLatin1String("http"));
    if (l->registry().isTls())
        d.findChild<QLineEdit *>(QStringLiteral("certDirEdit"))->setText(l->registry().certDir());
    QSignalSpy tested(&d, &AddRegistryDialog::connectionTested);
    auto *button = d.findChild<QPushButton *>(QStringLiteral("testConnectionButton"));
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(!button->isEnabled());
    QVERIFY(tested.wait(30'000));
    QVERIFY(button->isEnabled());
    QVERIFY2(d.lastTest(), qPrintable(d.testResultText()));
    const PingResult &p = *d.lastTest();
    QCOMPARE(p.scheme, scheme);
    QCOMPARE(p.tlsVerified, tlsVerified);
    QCOMPARE(p.authScheme, auth);
    if (auth == QLatin1String("bearer")) {
        QCOMPARE(p.realm, l->registry().tokenIssuer()->realm());
        QCOMPARE(p.service, l->registry().tokenIssuer()->service());
    }
    QVERIFY2(d.testResultText().contains(mentions), qPrintable(d.testResultText()));
    QVERIFY2(d.testResultText().startsWith(QStringLiteral("Reachable at ")),
             qPrintable(d.testResultText()));
    QVERIFY2(d.testResultText().contains(QStringLiteral("Catalog: ")),
             qPrintable(d.testResultText()));
    if (auth == QLatin1String("none"))
        QVERIFY(p.catalogSupported);
}

void TestCredentialsLab::testConnectionTlsUntrusted()
{
    // Without the lab's CA the certificate is refused, and the message names where Pullscope
    // looked for CA certificates.
    AddRegistryDialog d({});
    d.show();
    d.findChild<QLineEdit *>(QStringLiteral("urlEdit"))
        ->setText(m_tls->registry().url().toString());
    const QString emptyCerts = m_home->filePath(QStringLiteral("certs"));
    QDir().mkpath(emptyCerts);
    d.findChild<QLineEdit *>(QStringLiteral("certDirEdit"))->setText(emptyCerts);
    QSignalSpy tested(&d, &AddRegistryDialog::connectionTested);
    d.testConnection();
    QVERIFY(tested.wait(30'000));
    QVERIFY(!d.lastTest());
    QCOMPARE(d.lastTest().error().code, ErrorCode::Tls);
    QVERIFY2(d.testResultText().startsWith(QStringLiteral("Not reachable: https://")),
             qPrintable(d.testResultText()));
    QVERIFY2(d.testResultText().contains(emptyCerts), qPrintable(d.testResultText()));
}

bool TestCredentialsLab::runLogin(LoginDialog &d,
                                  const QString &host,
                                  const QString &user,
                                  const QString &password,
                                  const QString &repository)
{
    d.show();
    d.findChild<QComboBox *>(QStringLiteral("loginRegistryCombo"))->setCurrentText(host);
    d.findChild<QLineEdit *>(QStringLiteral("loginUserEdit"))->setText(user);
    d.findChild<QLineEdit *>(QStringLiteral("loginPasswordEdit"))->setText(password);
    d.findChild<QLineEdit *>(QStringLiteral("loginRepositoryEdit"))->setText(repository);
    QSignalSpy accepted(&d, &QDialog::accepted);
    auto *ok = d.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QTest::mouseClick(ok, Qt::LeftButton);
    // Done when the dialog closes or the Log In button comes back.
    const bool settled = QTest::qWaitFor(
        [&] {
            return accepted.count() == 1 || ok->isEnabled();
        },
        30'000);
    if (!settled)
        qWarning("the login dialog did not settle within 30 s");
    return accepted.count() == 1;
}

void TestCredentialsLab::wrongPasswordStoresNothing_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("repository");
    QTest::newRow("basic") << "basic"
                           << "";
    QTest::newRow("token") << "token"
                           << "";
    QTest::newRow("token, public repository") << "token"
                                              << "library/busybox";
}

void TestCredentialsLab::wrongPasswordStoresNothing()
{
    QFETCH(QString, mode);
    QFETCH(QString, repository);
    Lab *l = lab(mode);
    CredentialWriter writer(m_env, nullptr);
    LoginDialog d(&writer, nullptr);
    int confirmations = 0;
    d.setFileConfirmation([&confirmations](const QString &) {
        ++confirmations;
        return true;
    });
    const QString wrong = QStringLiteral("not-") + l->demoCredentials().password;
    QVERIFY(
        !runLogin(d, l->registry().hostPort(), l->demoCredentials().username, wrong, repository));
    QVERIFY2(d.statusText().startsWith(QStringLiteral("Not stored: ")), qPrintable(d.statusText()));
    // The engine's words: the registry's "unauthorized", or the token server's refusal (401).
    QVERIFY2(d.statusText().contains(QStringLiteral("unauthorized"), Qt::CaseInsensitive)
                 || d.statusText().contains(QStringLiteral("HTTP 401")),
             qPrintable(d.statusText()));
    QVERIFY(!d.statusText().contains(wrong));
    QCOMPARE(confirmations, 0);
    QVERIFY(!QFileInfo::exists(authFile()));
    QVERIFY(!QFileInfo::exists(m_home->filePath(QStringLiteral(".docker/config.json"))));
    QVERIFY(d.isVisible()); // the user may correct the password
}

void TestCredentialsLab::loginStoresLookupFindsLogoutRemoves_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("repository");
    QTest::newRow("basic") << "basic"
                           << "";
    QTest::newRow("token") << "token"
                           << "";
    QTest::newRow("token, private repository") << "token"
                                               << "private/app";
}

void TestCredentialsLab::loginStoresLookupFindsLogoutRemoves()
{
    QFETCH(QString, mode);
    QFETCH(QString, repository);
    Lab *l = lab(mode);
    const QString host = l->registry().hostPort();
    const auto demo = l->demoCredentials();

    CredentialsPage page;
    page.setEnvironment(m_env);
    CredentialWriter *writer = page.writer();
    LoginDialog d(writer, nullptr);
    QStringList confirmations;
    d.setFileConfirmation([&confirmations](const QString &message) {
        confirmations << message;
        return true;
    });
    QSignalSpy stored(&d, &LoginDialog::loginStored);
    QVERIFY2(runLogin(d, host, demo.username, demo.password, repository),
             qPrintable(d.statusText()));
    QCOMPARE(stored.count(), 1);
    QCOMPARE(confirmations.size(), 1);
    QVERIFY(confirmations.first().contains(authFile()));
    QVERIFY(confirmations.first().contains(QStringLiteral("0600")));
    QVERIFY(QFileInfo::exists(authFile()));
    QCOMPARE(QFile::permissions(authFile()) & (QFile::ReadGroup | QFile::ReadOther),
             QFile::Permissions());

    // The lookup the registry client uses finds it.
    CredentialLookup lookup(CredentialSources::fromEnvironment(m_env), host, QStringLiteral("x"));
    QSignalSpy looked(&lookup, &CredentialLookup::finished);
    lookup.start();
    QVERIFY(looked.wait(10'000));
    QVERIFY(lookup.result());
    QCOMPARE(lookup.result()->username, demo.username);
    QCOMPARE(lookup.result()->secret, demo.password);
    QCOMPARE(lookup.result()->originPath, authFile());

    // The page lists it; Log Out removes it from the file.
    QSignalSpy refreshed(&page, &CredentialsPage::refreshed);
    page.show();
    QVERIFY(refreshed.wait(10'000));
    int row = -1;
    for (int r = 0; r < page.model()->rowCount(); ++r) {
        if (page.model()->index(r, 0).data(CredentialTableModel::RegistryRole).toString() == host)
            row = r;
    }
    QVERIFY(row >= 0);
    page.setConfirmation([](const QString &) {
        return true;
    });
    page.tableView()->selectRow(row);
    page.logOut();
    QVERIFY(refreshed.wait(10'000));
    QCOMPARE(page.model()->rowCount(), 0);
    QFile f(authFile());
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(!f.readAll().contains(host.toUtf8()));
}

void TestCredentialsLab::declinedFileStoresNothing()
{
    CredentialWriter writer(m_env, nullptr);
    LoginDialog d(&writer, nullptr);
    d.setFileConfirmation([](const QString &) {
        return false;
    });
    const auto demo = m_basic->demoCredentials();
    QVERIFY(!runLogin(d, m_basic->registry().hostPort(), demo.username, demo.password, QString()));
    QCOMPARE(d.statusText(), QStringLiteral("The login is correct but was not stored."));
    QVERIFY(!QFileInfo::exists(authFile()));
}

QTEST_MAIN(TestCredentialsLab)
#include "tst_credentials_lab.moc"
