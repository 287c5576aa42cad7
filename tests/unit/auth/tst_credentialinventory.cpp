// SPDX-License-Identifier: GPL-3.0-or-later
// CredentialInventory: every file of the search, each entry with its kind, the helpers with
// what `list` says (the real test helper), problems collected, shadowing, and secrets only
// through reveal().
#include "model/auth/credentialinventory.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestCredentialInventory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void emptyHome();
    void entriesAndKinds_data();
    void entriesAndKinds();
    void helpersAreListed();
    void brokenHelperIsAProblem();
    void brokenFilesAreProblems_data();
    void brokenFilesAreProblems();
    void earlierSourceShadows();
    void registryAuthFileIsFirstForItsHost();
    void revealOnlyOnRequest();
    void finishesOnceAfterCancel();

private:
    QString write(const QString &relative, const QByteArray &content);
    CredentialSources sources() const;
    std::unique_ptr<CredentialInventory> run(std::unique_ptr<CredentialInventory> inventory);
    const CredentialInventory::Entry *
    find(const CredentialInventory &inv, const QString &registry, const QString &source) const;

    std::unique_ptr<QTemporaryDir> m_home;
};

namespace {
QByteArray b64(const char *userPass)
{
    return QByteArray(userPass).toBase64();
}
} // namespace

void TestCredentialInventory::initTestCase()
{
    qputenv("PATH", QByteArray(HELPER_DIR) + ':' + qgetenv("PATH"));
}

void TestCredentialInventory::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    qputenv("PULLSCOPE_TEST_HELPER_STORE",
            QFile::encodeName(m_home->filePath(QStringLiteral("helper-store.json"))));
    qunsetenv("PULLSCOPE_TEST_HELPER_BROKEN");
}

QString TestCredentialInventory::write(const QString &relative, const QByteArray &content)
{
    const QString path = m_home->filePath(relative);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    f.write(content);
    return path;
}

CredentialSources TestCredentialInventory::sources() const
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("HOME"), m_home->path());
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_home->filePath(QStringLiteral("run")));
    return CredentialSources::fromEnvironment(env);
}

std::unique_ptr<CredentialInventory>
TestCredentialInventory::run(std::unique_ptr<CredentialInventory> inventory)
{
    QSignalSpy spy(inventory.get(), &CredentialInventory::finished);
    inventory->start();
    if (spy.count() != 0)
        qWarning("finished inside start()");
    if (!spy.wait(10'000))
        qWarning("inventory did not finish");
    QTest::qWait(20); // a second emission would show up here
    if (spy.count() != 1)
        qWarning("finished %d times", int(spy.count()));
    return inventory;
}

const CredentialInventory::Entry *TestCredentialInventory::find(const CredentialInventory &inv,
                                                                const QString &registry,
                                                                const QString &source) const
{
    for (const auto &e : inv.entries()) {
        if (e.registry == registry && e.source.endsWith(source))
            return &e;
    }
    return nullptr;
}

void TestCredentialInventory::emptyHome()
{
    auto inv = run(std::make_unique<CredentialInventory>(sources()));
    QVERIFY(inv->isFinished());
    QVERIFY(inv->entries().isEmpty());
    QCOMPARE(inv->files().size(), 3);
    for (const auto &f : inv->files())
        QVERIFY2(!f.present, qPrintable(f.path));
    QVERIFY(inv->problems().isEmpty());
}

void TestCredentialInventory::entriesAndKinds_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("entry");
    QTest::addColumn<QString>("registry");
    QTest::addColumn<QString>("username");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("origin");

    const int password = int(Credential::Kind::Password);
    const int identity = int(Credential::Kind::IdentityToken);
    const int registryToken = int(Credential::Kind::RegistryToken);
    const int docker = int(Credential::Origin::DockerConfig);
    const int containers = int(Credential::Origin::ContainersAuth);
    QTest::newRow("docker hub key")
        << ".docker/config.json"
        << "\"https://index.docker.io/v1/\": {\"auth\": \"" + b64("hub:pw") + "\"}"
        << "docker.io"
        << "hub" << password << docker;
    QTest::newRow("identity token")
        << ".docker/config.json"
        << QByteArray(R"("r.io": {"auth": ")") + b64("<token>:") + R"(", "identitytoken": "tok"})"
        << "r.io"
        << "<token>" << identity << docker;
    QTest::newRow("registry token")
        << ".config/containers/auth.json" << QByteArray(R"("r.io:5000": {"registrytoken": "rt"})")
        << "r.io:5000"
        << "" << registryToken << containers;
    QTest::newRow("namespace key") << "run/containers/auth.json"
                                   << "\"r.io/team\": {\"auth\": \"" + b64("t:pw") + "\"}"
                                   << "r.io/team"
                                   << "t" << password << containers;
}

void TestCredentialInventory::entriesAndKinds()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, entry);
    QFETCH(QString, registry);
    QFETCH(QString, username);
    QFETCH(int, kind);
    QFETCH(int, origin);

    const QString path = write(file, "{\"auths\": {" + entry + "}}");
    auto inv = run(std::make_unique<CredentialInventory>(sources()));
    QCOMPARE(inv->entries().size(), 1);
    const auto &e = inv->entries().first();
    QCOMPARE(e.registry, registry);
    QCOMPARE(e.username, username);
    QCOMPARE(int(e.kind), kind);
    QCOMPARE(int(e.origin), origin);
    QCOMPARE(e.source, path);
    QVERIFY(e.hasSecret);
    QVERIFY(e.problem.isEmpty());
    QVERIFY(!e.shadowed);
}

void TestCredentialInventory::helpersAreListed()
{
    write(QStringLiteral("helper-store.json"),
          R"({"helped.example": {"Username": "alice", "Secret": "s1"},
              "other.example": {"Username": "<token>", "Secret": "s2"}})");
    write(QStringLiteral(".docker/config.json"),
          R"({"credHelpers": {"helped.example": "pullscope-test",
                              "missing.example": "pullscope-test"}})");
    auto inv = run(std::make_unique<CredentialInventory>(sources()));
    // credHelpers scope the helper to its host: other.example is not listed.
    QCOMPARE(inv->entries().size(), 2);
    const auto *helped = find(*inv, QStringLiteral("helped.example"), QStringLiteral("-test"));
    QVERIFY(helped);
    QCOMPARE(helped->username, QStringLiteral("alice"));
    QCOMPARE(helped->origin, Credential::Origin::Helper);
    QCOMPARE(helped->source, QStringLiteral("docker-credential-pullscope-test"));
    QVERIFY(helped->file.endsWith(QLatin1String(".docker/config.json")));
    const auto *missing = find(*inv, QStringLiteral("missing.example"), QStringLiteral("-test"));
    QVERIFY(missing);
    QCOMPARE(missing->kind, Credential::Kind::Anonymous);
    QVERIFY(missing->note.contains(QLatin1String("no login")));
    QVERIFY(inv->problems().isEmpty());

    // credsStore lists everything the helper has; "<token>" means an identity token.
    write(QStringLiteral(".docker/config.json"), R"({"credsStore": "pullscope-test"})");
    inv = run(std::make_unique<CredentialInventory>(sources()));
    QCOMPARE(inv->entries().size(), 2);
    const auto *token = find(*inv, QStringLiteral("other.example"), QStringLiteral("-test"));
    QVERIFY(token);
    QCOMPARE(token->kind, Credential::Kind::IdentityToken);
    QVERIFY(!inv->reveal(0)); // helper secrets stay with the helper
}

void TestCredentialInventory::brokenHelperIsAProblem()
{
    write(QStringLiteral(".docker/config.json"),
          R"({"credHelpers": {"a.example": "pullscope-test", "b.example": "no-such-helper"}})");
    qputenv("PULLSCOPE_TEST_HELPER_BROKEN", "1");
    auto inv = run(std::make_unique<CredentialInventory>(sources()));
    QCOMPARE(inv->entries().size(), 2);
    QCOMPARE(inv->problems().size(), 2);
    const auto *locked = find(*inv, QStringLiteral("a.example"), QStringLiteral("-test"));
    QVERIFY(locked);
    QVERIFY2(locked->problem.contains(QLatin1String("locked")), qPrintable(locked->problem));
    const auto *absent = find(*inv, QStringLiteral("b.example"), QStringLiteral("no-such-helper"));
    QVERIFY(absent);
    QVERIFY(!absent->problem.isEmpty());
}

void TestCredentialInventory::brokenFilesAreProblems_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("mentions");
    QTest::addColumn<int>("goodEntries");

    QTest::newRow("not json") << QByteArray("{\"auths\": {") << "not valid JSON" << 0;
    QTest::newRow("bad base64") << QByteArray(R"({"auths": {"a.io": {"auth": "***"},
                                                  "b.io": {"auth": ")")
            + b64("u:p") + "\"}}}"
                                << "auths[\"a.io\"].auth" << 1;
    QTest::newRow("entry not an object")
        << QByteArray(R"({"auths": {"a.io": 5}})") << "is not an object" << 0;
}

void TestCredentialInventory::brokenFilesAreProblems()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, mentions);
    QFETCH(int, goodEntries);

    const QString path = write(QStringLiteral(".config/containers/auth.json"), content);
    auto inv = run(std::make_unique<CredentialInventory>(sources()));
    QCOMPARE(inv->problems().size(), 1);
    QVERIFY2(inv->problems().first().contains(mentions), qPrintable(inv->problems().first()));
    int good = 0;
    for (const auto &e : inv->entries()) {
        QCOMPARE(e.source, path);
        if (e.problem.isEmpty())
            ++good;
    }
    QCOMPARE(good, goodEntries);
}

void TestCredentialInventory::earlierSourceShadows()
{
    write(QStringLiteral("run/containers/auth.json"),
          "{\"auths\": {\"r.io\": {\"auth\": \"" + b64("first:pw") + "\"}}}");
    write(QStringLiteral(".docker/config.json"),
          "{\"auths\": {\"r.io\": {\"auth\": \"" + b64("second:pw") + "\"}, \"s.io\": {\"auth\": \""
              + b64("only:pw") + "\"}}}");
    auto inv = run(std::make_unique<CredentialInventory>(sources()));
    QCOMPARE(inv->entries().size(), 3);
    QCOMPARE(inv->entries().at(0).username, QStringLiteral("first"));
    QVERIFY(!inv->entries().at(0).shadowed);
    const auto *second = find(*inv, QStringLiteral("r.io"), QStringLiteral("config.json"));
    QVERIFY(second);
    QVERIFY(second->shadowed);
    QVERIFY(second->note.contains(QLatin1String("run/containers/auth.json")));
    QVERIFY(!find(*inv, QStringLiteral("s.io"), QStringLiteral("config.json"))->shadowed);
}

void TestCredentialInventory::registryAuthFileIsFirstForItsHost()
{
    const QString own = write(QStringLiteral("lab-auth.json"),
                              "{\"auths\": {\"127.0.0.1:5000\": {\"auth\": \"" + b64("demo:pw")
                                  + "\"}, \"else.io\": {\"auth\": \"" + b64("x:pw") + "\"}}}");
    write(QStringLiteral(".docker/config.json"),
          "{\"auths\": {\"127.0.0.1:5000\": {\"auth\": \"" + b64("other:pw") + "\"}}}");
    auto inventory = std::make_unique<CredentialInventory>(sources());
    inventory->addRegistryAuthFile(QStringLiteral("Lab"), QStringLiteral("127.0.0.1:5000"), own);
    auto inv = run(std::move(inventory));
    QCOMPARE(inv->entries().size(), 3);
    QCOMPARE(inv->entries().at(0).username, QStringLiteral("demo"));
    QVERIFY(inv->entries().at(0).why.contains(QLatin1String("\"Lab\"")));
    QVERIFY(!inv->entries().at(0).shadowed);
    QCOMPARE(inv->entries().at(1).registry, QStringLiteral("else.io"));
    QVERIFY(inv->entries().at(1).shadowed); // that file is not consulted for else.io
    QVERIFY(inv->entries().at(2).shadowed);
    QCOMPARE(inv->files().size(), 4);
}

void TestCredentialInventory::revealOnlyOnRequest()
{
    write(QStringLiteral(".docker/config.json"),
          "{\"auths\": {\"r.io\": {\"auth\": \"" + b64("u:secret-pw-42") + "\"}}}");
    auto inv = run(std::make_unique<CredentialInventory>(sources()));
    QCOMPARE(inv->entries().size(), 1);
    const auto &e = inv->entries().first();
    // Nothing in an entry carries the secret.
    for (const QString &field : {e.registry, e.key, e.username, e.source, e.note, e.problem})
        QVERIFY(!field.contains(QLatin1String("secret-pw-42")));
    QCOMPARE(inv->reveal(0).value_or(QString()), QStringLiteral("secret-pw-42"));
    QVERIFY(!inv->reveal(1));
    QVERIFY(!inv->reveal(-1));
}

void TestCredentialInventory::finishesOnceAfterCancel()
{
    write(QStringLiteral(".docker/config.json"), R"({"credsStore": "pullscope-test"})");
    CredentialInventory inv(sources());
    QSignalSpy spy(&inv, &CredentialInventory::finished);
    inv.start();
    inv.cancel();
    inv.cancel();
    QVERIFY(spy.wait(5000));
    QTest::qWait(50);
    QCOMPARE(spy.count(), 1);
    QVERIFY(inv.isFinished());
}

QTEST_GUILESS_MAIN(TestCredentialInventory)
#include "tst_credentialinventory.moc"
