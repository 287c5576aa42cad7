// SPDX-License-Identifier: GPL-3.0-or-later
// RegistryConfig validation and RegistryConfigStore: settings round trips, broken entries,
// and demo-file import.
#include "model/registry/registryconfig.h"
#include "model/registry/registryconfigstore.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
void writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
    f.write(data);
}

RegistryConfig config(const char *name, const char *url, bool insecure = false)
{
    RegistryConfig c;
    c.name = QString::fromUtf8(name);
    c.insecure = insecure;
    c.tlsVerify = !insecure;
    c.url = QUrl(QString::fromUtf8(url));
    return c;
}
} // namespace

class TestRegistryConfig : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void urlFromUserInput_data();
    void urlFromUserInput();
    void problems_data();
    void problems();
    void missingSettingsFileIsEmpty();
    void saveLoadRoundTrip();
    void addOrUpdateReplacesByName();
    void brokenEntriesAreSkipped_data();
    void brokenEntriesAreSkipped();
    void importDemoFile();
    void importDemoFileUpdatesByName();
    void importDemoFileErrors_data();
    void importDemoFileErrors();

private:
    QTemporaryDir m_dir;
};

void TestRegistryConfig::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestRegistryConfig::urlFromUserInput_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("insecure");
    QTest::addColumn<QString>("expected");
    QTest::newRow("host:port") << "registry.example.com:5000" << false
                               << "https://registry.example.com:5000";
    QTest::newRow("insecure host:port") << "localhost:5000" << true << "http://localhost:5000";
    QTest::newRow("full url kept") << "http://127.0.0.1:5001" << true << "http://127.0.0.1:5001";
    QTest::newRow("trailing slash dropped") << "https://ghcr.io/" << false << "https://ghcr.io";
    QTest::newRow("whitespace trimmed") << "  quay.io  " << false << "https://quay.io";
    QTest::newRow("empty") << "" << false << "";
}

void TestRegistryConfig::urlFromUserInput()
{
    QFETCH(QString, input);
    QFETCH(bool, insecure);
    QFETCH(QString, expected);
    QCOMPARE(RegistryConfig::urlFromUserInput(input, insecure).toString(), expected);
}

void TestRegistryConfig::problems_data()
{
    QTest::addColumn<RegistryConfig>("config");
    QTest::addColumn<bool>("checkFiles");
    QTest::addColumn<int>("field"); // -1: no problem
    QTest::addColumn<QString>("mentions");
    const QString dir = m_dir.path();

    QTest::newRow("good https") << config("Hub", "https://registry-1.docker.io") << true << -1
                                << QString();
    QTest::newRow("good insecure http")
        << config("Lab", "http://127.0.0.1:5000", true) << true << -1 << QString();
    QTest::newRow("empty name") << config("  ", "https://quay.io") << true
                                << int(RegistryConfig::Field::Name) << "Name";
    QTest::newRow("no url") << config("X", "") << true << int(RegistryConfig::Field::Url) << "URL";
    QTest::newRow("not an address")
        << config("X", "not a url") << true << int(RegistryConfig::Field::Url) << "not a url";
    QTest::newRow("ftp scheme") << config("X", "ftp://host") << true
                                << int(RegistryConfig::Field::Url) << "ftp";
    QTest::newRow("http without insecure")
        << config("X", "http://host:5000") << true << int(RegistryConfig::Field::Url) << "Insecure";
    QTest::newRow("password in url") << config("X", "https://me:secret@host") << true
                                     << int(RegistryConfig::Field::Url) << "password";
    QTest::newRow("path in url") << config("X", "https://host/v2/library") << true
                                 << int(RegistryConfig::Field::Url) << "/v2/";

    RegistryConfig relative = config("X", "https://host");
    relative.certDir = QStringLiteral("certs");
    QTest::newRow("relative cert dir")
        << relative << false << int(RegistryConfig::Field::CertDir) << "certs";
    RegistryConfig missing = config("X", "https://host");
    missing.certDir = dir + QStringLiteral("/no-such-dir");
    QTest::newRow("missing cert dir")
        << missing << true << int(RegistryConfig::Field::CertDir) << "no-such-dir";
    QTest::newRow("missing cert dir, files unchecked") << missing << false << -1 << QString();
    RegistryConfig existing = config("X", "https://host");
    existing.certDir = dir;
    QTest::newRow("existing cert dir") << existing << true << -1 << QString();
    RegistryConfig auth = config("X", "https://host");
    auth.authFile = dir + QStringLiteral("/missing-auth.json");
    QTest::newRow("missing auth file")
        << auth << true << int(RegistryConfig::Field::AuthFile) << "missing-auth.json";
}

void TestRegistryConfig::problems()
{
    QFETCH(RegistryConfig, config);
    QFETCH(bool, checkFiles);
    QFETCH(int, field);
    QFETCH(QString, mentions);
    const QList<RegistryConfig::Problem> problems = config.problems(checkFiles);
    if (field < 0) {
        QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).message));
        QVERIFY(config.isValid(checkFiles));
        return;
    }
    QCOMPARE(problems.size(), 1);
    QCOMPARE(int(problems.first().field), field);
    QVERIFY2(problems.first().message.contains(mentions), qPrintable(problems.first().message));
}

void TestRegistryConfig::missingSettingsFileIsEmpty()
{
    QSettings settings(m_dir.filePath(QStringLiteral("missing.ini")), QSettings::IniFormat);
    RegistryConfigStore store(&settings);
    QSignalSpy changed(&store, &RegistryConfigStore::registriesChanged);
    QCOMPARE(store.load(), 0);
    QVERIFY(store.registries().isEmpty());
    QCOMPARE(changed.count(), 1);
}

void TestRegistryConfig::saveLoadRoundTrip()
{
    const QString path = m_dir.filePath(QStringLiteral("roundtrip.ini"));
    RegistryConfig a = config("Hub", "https://registry-1.docker.io");
    RegistryConfig b = config("Lab, with comma", "http://127.0.0.1:5000", true);
    b.certDir = m_dir.path();
    b.authFile = m_dir.filePath(QStringLiteral("auth.json"));
    {
        QSettings settings(path, QSettings::IniFormat);
        RegistryConfigStore store(&settings);
        QVERIFY(store.addOrUpdate(a));
        QVERIFY(store.addOrUpdate(b));
    }
    QSettings settings(path, QSettings::IniFormat);
    RegistryConfigStore store(&settings);
    QCOMPARE(store.load(), 0);
    QCOMPARE(store.registries().size(), 2);
    QCOMPARE(store.registries().at(0), a);
    QCOMPARE(store.registries().at(1), b);
}

void TestRegistryConfig::addOrUpdateReplacesByName()
{
    QSettings settings(m_dir.filePath(QStringLiteral("update.ini")), QSettings::IniFormat);
    RegistryConfigStore store(&settings);
    QVERIFY(store.addOrUpdate(config("Hub", "https://a.example")));
    QVERIFY(!store.addOrUpdate(config("Hub", "https://b.example")));
    QCOMPARE(store.registries().size(), 1);
    QCOMPARE(store.registries().first().url.host(), QStringLiteral("b.example"));
    QVERIFY(store.remove(QStringLiteral("Hub")));
    QVERIFY(!store.remove(QStringLiteral("Hub")));
    QVERIFY(store.registries().isEmpty());
}

void TestRegistryConfig::brokenEntriesAreSkipped_data()
{
    QTest::addColumn<QByteArray>("ini");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<int>("skipped");

    const QByteArray good = "1\\name=Good\n1\\url=https://good.example\n";
    QTest::newRow("all good") << QByteArray("[registries]\nsize=1\n" + good)
                              << QStringList{u"Good"_s} << 0;
    QTest::newRow("size is garbage")
        << QByteArray("[registries]\nsize=banana\n" + good) << QStringList{u"Good"_s} << 0;
    QTest::newRow("no name") << QByteArray("[registries]\nsize=2\n" + good
                                           + "2\\url=https://x.example\n")
                             << QStringList{u"Good"_s} << 1;
    QTest::newRow("url is not an address")
        << QByteArray("[registries]\n" + good + "2\\name=Bad\n2\\url=%%%\n")
        << QStringList{u"Good"_s} << 1;
    QTest::newRow("url is a list")
        << QByteArray("[registries]\n" + good + "2\\name=Bad\n2\\url=a, b\n")
        << QStringList{u"Good"_s} << 1;
    QTest::newRow("insecure is not a bool") << QByteArray(
        "[registries]\n" + good + "2\\name=Bad\n2\\url=http://x.example\n2\\insecure=maybe\n")
                                            << QStringList{u"Good"_s} << 1;
    QTest::newRow("http without insecure")
        << QByteArray("[registries]\n" + good + "2\\name=Bad\n2\\url=http://x.example\n")
        << QStringList{u"Good"_s} << 1;
    QTest::newRow("duplicate name")
        << QByteArray("[registries]\n" + good + "2\\name=Good\n2\\url=https://other.example\n")
        << QStringList{u"Good"_s} << 1;
    QTest::newRow("order by index, not text")
        << QByteArray("[registries]\n10\\name=Ten\n10\\url=https://ten.example\n" + good)
        << QStringList{u"Good"_s, u"Ten"_s} << 0;
    QTest::newRow("registries is a plain value")
        << QByteArray("registries=42\n") << QStringList{} << 0;
}

void TestRegistryConfig::brokenEntriesAreSkipped()
{
    QFETCH(QByteArray, ini);
    QFETCH(QStringList, names);
    QFETCH(int, skipped);
    const QString path = m_dir.filePath(
        QStringLiteral("broken-%1.ini").arg(QString::fromLatin1(QTest::currentDataTag())));
    writeFile(path, ini);
    QSettings settings(path, QSettings::IniFormat);
    RegistryConfigStore store(&settings);
    QCOMPARE(store.load(), skipped);
    QCOMPARE(store.skippedCount(), skipped);
    QStringList loaded;
    for (const RegistryConfig &c : store.registries())
        loaded.append(c.name);
    QCOMPARE(loaded, names);
}

void TestRegistryConfig::importDemoFile()
{
    const QString authFile = m_dir.filePath(QStringLiteral("auth.json"));
    const QString demo = m_dir.filePath(QStringLiteral("demo.json"));
    writeFile(demo,
              QStringLiteral(R"({"version": 1,
  "registries": [{"name": "Pullscope demo", "url": "http://127.0.0.1:41234",
                  "insecure": true, "authFile": "%1"}],
  "images": ["127.0.0.1:41234/demo/hello:1.0"],
  "login": {"registry": "127.0.0.1:41234", "username": "demo"}})")
                  .arg(authFile)
                  .toUtf8());
    const QString ini = m_dir.filePath(QStringLiteral("import.ini"));
    {
        QSettings settings(ini, QSettings::IniFormat);
        RegistryConfigStore store(&settings);
        QSignalSpy changed(&store, &RegistryConfigStore::registriesChanged);
        const auto result = store.importDemoFile(demo);
        QVERIFY2(result.has_value(), qPrintable(result ? QString() : result.error().toString()));
        QCOMPARE(result->added, QStringList{QStringLiteral("Pullscope demo")});
        QVERIFY(result->updated.isEmpty());
        QCOMPARE(result->loginRegistry, QStringLiteral("127.0.0.1:41234"));
        QCOMPARE(result->loginUser, QStringLiteral("demo"));
        QCOMPARE(changed.count(), 1);
    }
    // Saved: a fresh store on the same file sees it.
    QSettings settings(ini, QSettings::IniFormat);
    RegistryConfigStore store(&settings);
    QCOMPARE(store.load(), 0);
    QCOMPARE(store.registries().size(), 1);
    const RegistryConfig &c = store.registries().first();
    QCOMPARE(c.url, QUrl(QStringLiteral("http://127.0.0.1:41234")));
    QVERIFY(c.insecure);
    QVERIFY(!c.tlsVerify);
    QCOMPARE(c.authFile, authFile);
    QCOMPARE(c.hostKey(), QStringLiteral("127.0.0.1:41234"));
}

void TestRegistryConfig::importDemoFileUpdatesByName()
{
    QSettings settings(m_dir.filePath(QStringLiteral("reimport.ini")), QSettings::IniFormat);
    RegistryConfigStore store(&settings);
    QVERIFY(store.addOrUpdate(config("Pullscope demo", "https://old.example")));
    QVERIFY(store.addOrUpdate(config("Other", "https://other.example")));
    const QString demo = m_dir.filePath(QStringLiteral("demo2.json"));
    writeFile(demo,
              R"({"version": 1, "registries": [
                   {"name": "Pullscope demo", "url": "http://127.0.0.1:5555", "insecure": true}]})");
    const auto result = store.importDemoFile(demo);
    QVERIFY(result.has_value());
    QCOMPARE(result->updated, QStringList{QStringLiteral("Pullscope demo")});
    QVERIFY(result->added.isEmpty());
    QCOMPARE(store.registries().size(), 2);
    QCOMPARE(store.registries().first().url.port(), 5555);
}

void TestRegistryConfig::importDemoFileErrors_data()
{
    QTest::addColumn<QByteArray>("content"); // empty: the file is not created
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("mentions");
    QTest::addColumn<int>("line");

    QTest::newRow("missing file") << QByteArray() << int(ErrorCode::Io) << "does not exist" << 0;
    QTest::newRow("not json") << QByteArray("{\"version\": 1,\n  \"registries\": [oops]}")
                              << int(ErrorCode::Parse) << "JSON" << 2;
    QTest::newRow("top-level array")
        << QByteArray("[1, 2]") << int(ErrorCode::Parse) << "JSON object" << 0;
    QTest::newRow("no version") << QByteArray(R"({"registries": []})") << int(ErrorCode::Parse)
                                << "version" << 0;
    QTest::newRow("version 2") << QByteArray(R"({"version": 2, "registries": []})")
                               << int(ErrorCode::Unsupported) << "2" << 0;
    QTest::newRow("registries not a list") << QByteArray(R"({"version": 1, "registries": {}})")
                                           << int(ErrorCode::Parse) << "registries" << 0;
    QTest::newRow("entry not an object") << QByteArray(R"({"version": 1, "registries": [7]})")
                                         << int(ErrorCode::Parse) << "registries[0]" << 0;
    QTest::newRow("entry without url") << QByteArray(
        R"({"version": 1, "registries": [{"name": "a", "url": "https://a"}, {"name": "b"}]})")
                                       << int(ErrorCode::Parse) << "registries[1] has no \"url\""
                                       << 0;
    QTest::newRow("insecure is a string") << QByteArray(
        R"({"version": 1, "registries": [{"name": "a", "url": "http://a", "insecure": "yes"}]})")
                                          << int(ErrorCode::Parse) << "registries[0].insecure" << 0;
    QTest::newRow("plain http without insecure")
        << QByteArray(R"({"version": 1, "registries": [{"name": "a", "url": "http://a:5000"}]})")
        << int(ErrorCode::Parse) << "registries[0]: URL" << 0;
}

void TestRegistryConfig::importDemoFileErrors()
{
    QFETCH(QByteArray, content);
    QFETCH(int, code);
    QFETCH(QString, mentions);
    QFETCH(int, line);
    const QString path = m_dir.filePath(
        QStringLiteral("bad-%1.json").arg(QString::fromLatin1(QTest::currentDataTag())));
    if (!content.isEmpty())
        writeFile(path, content);

    QSettings settings(m_dir.filePath(QStringLiteral("errors.ini")), QSettings::IniFormat);
    RegistryConfigStore store(&settings);
    QVERIFY(store.addOrUpdate(config("Kept", "https://kept.example")));
    QSignalSpy changed(&store, &RegistryConfigStore::registriesChanged);

    const auto result = store.importDemoFile(path);
    QVERIFY(!result.has_value());
    const Error &e = result.error();
    QCOMPARE(int(e.code), code);
    QCOMPARE(e.file, path);
    QVERIFY2(e.toString().startsWith(path), qPrintable(e.toString()));
    QVERIFY2(e.message.contains(mentions), qPrintable(e.message));
    QCOMPARE(e.line, line);
    // Nothing changed.
    QCOMPARE(changed.count(), 0);
    QCOMPARE(store.registries().size(), 1);
    QCOMPARE(store.registries().first().name, QStringLiteral("Kept"));
}

QTEST_GUILESS_MAIN(TestRegistryConfig)
#include "tst_registryconfig.moc"
