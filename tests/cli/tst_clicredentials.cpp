// SPDX-License-Identifier: GPL-3.0-or-later
// pullscope-cli's credential search (NetworkSession::setUp) includes the desktop keyring the
// GUI stores logins in, after the files; a keyring that cannot answer (turned off, no D-Bus
// session) is a step that matched nothing, and the search goes on. No real keyring is needed.
#include "app/cli/networkoptions.h"
#include "app/cli/networksession.h"
#include "model/auth/credentiallookup.h"
#include "model/registry/registryclient.h"
#include "tests/support/tablecredentialprovider.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestCliCredentials : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keyringIsSearchedAfterTheFiles();
    void keyringWithoutSessionBusFailsQuietly();

private:
    QProcessEnvironment environment() const;
    std::unique_ptr<CredentialLookup> run(const CredentialSources &s, const QString &host);
    QTemporaryDir m_home;
};

QProcessEnvironment TestCliCredentials::environment() const
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("HOME"), m_home.path());
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_home.filePath(QStringLiteral("run")));
    return env;
}

std::unique_ptr<CredentialLookup> TestCliCredentials::run(const CredentialSources &s,
                                                          const QString &host)
{
    auto lookup = std::make_unique<CredentialLookup>(s, host, QStringLiteral("x"));
    QSignalSpy spy(lookup.get(), &CredentialLookup::finished);
    lookup->start();
    if (!spy.wait(15'000) || spy.count() != 1)
        qWarning("lookup did not finish exactly once");
    return lookup;
}

void TestCliCredentials::keyringIsSearchedAfterTheFiles()
{
    qputenv("PULLSCOPE_KEYRING", "off");
    NetworkSession session(NetworkOptions(), environment());
    QVERIFY(session.setUp());
    CredentialSources sources = session.client()->credentialSources();
    QCOMPARE(sources.providers.size(), 1);
    QCOMPARE(sources.providers.first()->name(), QStringLiteral("system keychain"));

    auto next = std::make_shared<TableCredentialProvider>();
    Credential c;
    c.kind = Credential::Kind::Password;
    c.username = QStringLiteral("fromnext");
    c.secret = QStringLiteral("s");
    next->logins.insert(QStringLiteral("kr.example"), c);
    sources.providers.append(next);
    auto lookup = run(sources, QStringLiteral("kr.example"));
    QVERIFY(lookup->result());
    QCOMPARE(lookup->result()->username, QStringLiteral("fromnext"));
    QCOMPARE(next->asked, 1);
    bool keyringStep = false;
    for (const CredentialLookup::Step &step : lookup->steps()) {
        if (step.source == QStringLiteral("system keychain")) {
            keyringStep = true;
            QVERIFY(!step.matched);
        }
    }
    QVERIFY(keyringStep);
    QCOMPARE(lookup->steps().last().source, QStringLiteral("table keyring"));
    QVERIFY(lookup->steps().last().matched);
}

void TestCliCredentials::keyringWithoutSessionBusFailsQuietly()
{
    // The keyring on: QtKeychain really asks, but there is no session bus to ask on.
    qunsetenv("PULLSCOPE_KEYRING");
    qunsetenv("DISPLAY");
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/pullscope-test-bus");
    NetworkSession session(NetworkOptions(), environment());
    QVERIFY(session.setUp());
    QElapsedTimer timer;
    timer.start();
    auto lookup = run(session.client()->credentialSources(), QStringLiteral("none.example"));
    // Bounded by the keyring check's own timeout (4 s), never a hang.
    QVERIFY2(timer.elapsed() < 10'000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(lookup->result());
    QVERIFY(lookup->result()->isAnonymous());
    QCOMPARE(lookup->steps().last().source, QStringLiteral("end of the search"));
}

QTEST_GUILESS_MAIN(TestCliCredentials)
#include "tst_clicredentials.moc"
