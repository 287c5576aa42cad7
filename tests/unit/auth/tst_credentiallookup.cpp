// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/auth/credentialhelper.h"
#include "model/auth/credentiallookup.h"
#include "tests/support/tablecredentialprovider.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestCredentialLookup : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void standardOrder();
    void authfileReplacesSearch();
    void explicitWins();
    void explicitNeedsUser();
    void firstFileWithEntryWins();
    void nothingMatchesIsAnonymous();
    void credHelperIsAsked();
    void brokenFileIsAStepNotAnError();
    void stepsNeverShowSecrets();
    void providersComeAfterFiles();
    void finishesOnceQueuedAfterCancel();

private:
    QString write(const QString &relative, const QByteArray &content);
    CredentialSources sources() const;
    std::unique_ptr<CredentialLookup>
    run(const CredentialSources &s, const QString &host, const QString &path);
    QTemporaryDir m_home;
};

void TestCredentialLookup::initTestCase()
{
    qputenv("PATH", QByteArray(HELPER_DIR) + ':' + qgetenv("PATH"));
    qputenv("PULLSCOPE_TEST_HELPER_STORE",
            QFile::encodeName(m_home.filePath(QStringLiteral("helper-store.json"))));
    write(QStringLiteral("helper-store.json"),
          R"({"helped.example": {"Username": "fromhelper", "Secret": "helper-secret-1"}})");
}

QString TestCredentialLookup::write(const QString &relative, const QByteArray &content)
{
    const QString path = m_home.filePath(relative);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    f.write(content);
    return path;
}

CredentialSources TestCredentialLookup::sources() const
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("HOME"), m_home.path());
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_home.filePath(QStringLiteral("run")));
    return CredentialSources::fromEnvironment(env);
}

std::unique_ptr<CredentialLookup>
TestCredentialLookup::run(const CredentialSources &s, const QString &host, const QString &path)
{
    auto lookup = std::make_unique<CredentialLookup>(s, host, path);
    QSignalSpy spy(lookup.get(), &CredentialLookup::finished);
    lookup->start();
    if (!spy.wait(10'000) || spy.count() != 1)
        qWarning("lookup did not finish exactly once");
    return lookup;
}

void TestCredentialLookup::standardOrder()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("HOME"), QStringLiteral("/home/u"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), QStringLiteral("/run/user/1000"));
    env.insert(QStringLiteral("REGISTRY_AUTH_FILE"), QStringLiteral("/etc/auth.json"));
    const auto s = CredentialSources::fromEnvironment(env);
    QStringList paths;
    for (const auto &f : s.files)
        paths << f.path;
    QCOMPARE(paths,
             QStringList({QStringLiteral("/etc/auth.json"),
                          QStringLiteral("/run/user/1000/containers/auth.json"),
                          QStringLiteral("/home/u/.config/containers/auth.json"),
                          QStringLiteral("/home/u/.docker/config.json")}));
    QCOMPARE(s.files.last().format, AuthFile::Format::DockerConfig);
    env.insert(QStringLiteral("DOCKER_CONFIG"), QStringLiteral("/cfg"));
    QCOMPARE(CredentialSources::fromEnvironment(env).files.last().path,
             QStringLiteral("/cfg/config.json"));
}

void TestCredentialLookup::authfileReplacesSearch()
{
    const auto s =
        CredentialSources::fromEnvironment(QProcessEnvironment(), QStringLiteral("/tmp/a.json"));
    QCOMPARE(s.files.size(), 1);
    QCOMPARE(s.files.first().path, QStringLiteral("/tmp/a.json"));
}

void TestCredentialLookup::explicitWins()
{
    auto s = sources();
    QVERIFY(s.setExplicit(QStringLiteral("me:pa:ss")));
    auto lookup = run(s, QStringLiteral("docker.io"), QStringLiteral("library/busybox"));
    QVERIFY(lookup->result());
    QCOMPARE(lookup->result()->username, QStringLiteral("me"));
    QCOMPARE(lookup->result()->secret, QStringLiteral("pa:ss"));
    QCOMPARE(lookup->result()->origin, Credential::Origin::Explicit);
    QVERIFY(lookup->result()->describe().contains(QLatin1String("command line")));
    s.explicitOrigin = QStringLiteral("the login dialog");
    auto dialog = run(s, QStringLiteral("docker.io"), QStringLiteral("library/busybox"));
    QVERIFY2(dialog->result()->describe().endsWith(QLatin1String("from the login dialog")),
             qPrintable(dialog->result()->describe()));
}

void TestCredentialLookup::explicitNeedsUser()
{
    CredentialSources s;
    const auto r = s.setExplicit(QStringLiteral(":pw"));
    QVERIFY(!r);
    QVERIFY(r.error().message.contains(QLatin1String("--creds")));
    QVERIFY(!s.hasExplicit);
}

void TestCredentialLookup::firstFileWithEntryWins()
{
    const QByteArray docker =
        R"({"auths": {"r.example:5000": {"auth": "ZG9ja2VyOmQ="}}})"; // docker:d
    const QByteArray containers =
        R"({"auths": {"r.example:5000": {"auth": "cG9kbWFuOnA="}}})"; // podman:p
    write(QStringLiteral(".docker/config.json"), docker);
    write(QStringLiteral(".config/containers/auth.json"), containers);
    auto lookup = run(sources(), QStringLiteral("r.example:5000"), QStringLiteral("app"));
    QVERIFY(lookup->result());
    QCOMPARE(lookup->result()->username, QStringLiteral("podman"));
    QCOMPARE(lookup->result()->origin, Credential::Origin::ContainersAuth);
    const auto &steps = lookup->steps();
    QCOMPARE(steps.size(), 2); // runtime file absent, then the match
    QCOMPARE(steps.at(0).outcome, QStringLiteral("not present"));
    QVERIFY(steps.at(1).matched);
    QVERIFY(steps.at(1).source.contains(QLatin1String(".config/containers/auth.json")));
    QFile::remove(m_home.filePath(QStringLiteral(".config/containers/auth.json")));
    auto fallback = run(sources(), QStringLiteral("r.example:5000"), QStringLiteral("app"));
    QCOMPARE(fallback->result()->username, QStringLiteral("docker"));
    QCOMPARE(fallback->result()->origin, Credential::Origin::DockerConfig);
}

void TestCredentialLookup::nothingMatchesIsAnonymous()
{
    write(QStringLiteral(".docker/config.json"),
          R"({"auths": {"other.example": {"auth": "dTpw"}}})");
    auto lookup = run(sources(), QStringLiteral("ghcr.io"), QStringLiteral("a/b"));
    QVERIFY(lookup->result());
    QVERIFY(lookup->result()->isAnonymous());
    QVERIFY(lookup->steps().last().outcome.contains(QLatin1String("anonymously")));
}

void TestCredentialLookup::credHelperIsAsked()
{
    write(
        QStringLiteral(".docker/config.json"),
        R"({"auths": {"helped.example": {}}, "credHelpers": {"helped.example": "pullscope-test"}})");
    auto lookup = run(sources(), QStringLiteral("helped.example"), QStringLiteral("x"));
    QVERIFY(lookup->result());
    QCOMPARE(lookup->result()->username, QStringLiteral("fromhelper"));
    QCOMPARE(lookup->result()->origin, Credential::Origin::Helper);
    QVERIFY(
        lookup->steps().last().outcome.contains(QLatin1String("docker-credential-pullscope-test")));
    // The same helper with nothing stored falls through to anonymous.
    write(QStringLiteral(".docker/config.json"), R"({"credsStore": "pullscope-test"})");
    auto none = run(sources(), QStringLiteral("unknown.example"), QStringLiteral("x"));
    QVERIFY(none->result()->isAnonymous());
}

void TestCredentialLookup::brokenFileIsAStepNotAnError()
{
    write(QStringLiteral(".config/containers/auth.json"), "{ not json");
    write(QStringLiteral(".docker/config.json"),
          R"({"auths": {"b.example": {"auth": "YjpjCg=="}}})");
    auto lookup = run(sources(), QStringLiteral("b.example"), QStringLiteral("x"));
    QVERIFY(lookup->result());
    QCOMPARE(lookup->result()->username, QStringLiteral("b"));
    bool sawProblem = false;
    for (const auto &step : lookup->steps())
        sawProblem |= step.problem && step.outcome.contains(QLatin1String("auth.json:1:"));
    QVERIFY2(sawProblem, "the broken file must be named with line and column");
    QFile::remove(m_home.filePath(QStringLiteral(".config/containers/auth.json")));
}

void TestCredentialLookup::stepsNeverShowSecrets()
{
    write(
        QStringLiteral(".docker/config.json"),
        R"({"auths": {"s.example": {"auth": "dXNlcjp0b3Atc2VjcmV0LXZhbHVl"}}})"); // user:top-secret-value
    auto lookup = run(sources(), QStringLiteral("s.example"), QStringLiteral("x"));
    QCOMPARE(lookup->result()->secret, QStringLiteral("top-secret-value"));
    for (const auto &step : lookup->steps()) {
        QVERIFY(!step.outcome.contains(QLatin1String("top-secret")));
        QVERIFY(!step.source.contains(QLatin1String("top-secret")));
    }
    QVERIFY(!lookup->result()->describe().contains(QLatin1String("top-secret")));
}

void TestCredentialLookup::providersComeAfterFiles()
{
    write(QStringLiteral(".docker/config.json"),
          R"({"auths": {"file.example": {"auth": "ZmlsZTpm"}}})"); // file:f
    auto provider = std::make_shared<TableCredentialProvider>();
    Credential keyring;
    keyring.kind = Credential::Kind::Password;
    keyring.username = QStringLiteral("fromkeyring");
    keyring.secret = QStringLiteral("k");
    keyring.origin = Credential::Origin::Keychain;
    provider->logins.insert(QStringLiteral("kr.example"), keyring);
    provider->logins.insert(QStringLiteral("file.example"), keyring);
    auto s = sources();
    s.providers.append(provider);
    // A file entry wins; the keyring is not even asked.
    auto fromFile = run(s, QStringLiteral("file.example"), QStringLiteral("x"));
    QCOMPARE(fromFile->result()->username, QStringLiteral("file"));
    QCOMPARE(provider->asked, 0);
    auto fromKeyring = run(s, QStringLiteral("kr.example"), QStringLiteral("x"));
    QCOMPARE(fromKeyring->result()->username, QStringLiteral("fromkeyring"));
    QCOMPARE(fromKeyring->steps().last().source, QStringLiteral("table keyring"));
    QVERIFY(fromKeyring->steps().last().matched);
    auto none = run(s, QStringLiteral("other.example"), QStringLiteral("x"));
    QVERIFY(none->result()->isAnonymous());
    QCOMPARE(provider->asked, 2);
}

void TestCredentialLookup::finishesOnceQueuedAfterCancel()
{
    // Cancelled before the walk began.
    CredentialLookup early(sources(), QStringLiteral("ghcr.io"), QStringLiteral("x"));
    QSignalSpy earlySpy(&early, &CredentialLookup::finished);
    early.start();
    early.cancel();
    QCOMPARE(earlySpy.count(), 0); // never inside cancel()
    early.cancel();
    QTRY_COMPARE(earlySpy.count(), 1);
    QTest::qWait(50); // a second emission would show up here
    QCOMPARE(earlySpy.count(), 1);
    QCOMPARE(early.result().error().code, ErrorCode::Cancelled);
    QVERIFY(early.steps().isEmpty()); // the walk did not run after all

    // Cancelled while a helper that never answers is asked: the helper is stopped and the walk
    // does not go on with the next source.
    QTemporaryDir bin;
    const QString hang = bin.filePath(QStringLiteral("docker-credential-pullscope-hang"));
    QFile script(hang);
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write("#!/bin/sh\nexec sleep 30\n");
    script.close();
    script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QByteArray path = qgetenv("PATH");
    qputenv("PATH", QFile::encodeName(bin.path()) + ':' + path);
    write(QStringLiteral(".docker/config.json"), R"({"credsStore": "pullscope-hang"})");
    CredentialLookup lookup(sources(), QStringLiteral("hang.example"), QStringLiteral("x"));
    QSignalSpy spy(&lookup, &CredentialLookup::finished);
    lookup.start();
    QTRY_VERIFY(lookup.findChild<CredentialHelperCall *>());
    const qsizetype steps = lookup.steps().size();
    lookup.cancel();
    QCOMPARE(spy.count(), 0);
    QTRY_COMPARE(spy.count(), 1);
    QTest::qWait(50);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(lookup.result().error().code, ErrorCode::Cancelled);
    QCOMPARE(lookup.steps().size(), steps);
    qputenv("PATH", path);
    QFile::remove(m_home.filePath(QStringLiteral(".docker/config.json")));
}

QTEST_GUILESS_MAIN(TestCredentialLookup)
#include "tst_credentiallookup.moc"
