// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/auth/credentialproviderconfig.h"
#include "model/auth/credentialproviderplugin.h"
#include "model/core/virtualclock.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using Env = QList<QPair<QString, QString>>;

namespace {
const QString kPluginName = QStringLiteral("pullscope-test-credential-provider");
const QString kV1 = QStringLiteral("credentialprovider.kubelet.k8s.io/v1");

QByteArray configYaml(const QString &name, const QString &extra = {})
{
    return QStringLiteral("apiVersion: kubelet.config.k8s.io/v1\n"
                          "kind: CredentialProviderConfig\n"
                          "providers:\n"
                          "  - name: %1\n"
                          "    matchImages: [\"*.dkr.ecr.*.amazonaws.com\", \"reg.io\"]\n"
                          "    defaultCacheDuration: \"12h\"\n"
                          "    apiVersion: credentialprovider.kubelet.k8s.io/v1\n%2")
        .arg(name, extra)
        .toUtf8();
}
} // namespace

// CredentialProviderConfig (k/k pkg/credentialprovider/plugin/config.go) and the exec plugin
// (plugin.go), the latter against a real plugin executable built with the tests.
class TestCredentialProvider : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void goDuration_data();
    void goDuration();
    void parse_data();
    void parse();
    void parseFields();
    void loadDirectory();
    void imageAllowed_data();
    void imageAllowed();
    void requestJson();
    void goodAnswer();
    void failures_data();
    void failures();
    void timeout();
    void skippedWhenNotAllowed();
    void cache_data();
    void cache();
    void expiry();
    void concurrentRequestsShareOneRun();

private:
    CredentialProviderConfig::Provider provider(const QStringList &args = {},
                                                const Env &env = {}) const;
    CredentialProviderPlugin::Outcome run(CredentialProviderPlugin &plugin, const QString &image);
    int invocations() const;

    QTemporaryDir m_dir;
    QString m_log;
};

void TestCredentialProvider::init()
{
    QVERIFY(m_dir.isValid());
    m_log = m_dir.filePath(
        QStringLiteral("invocations-%1.log").arg(QLatin1String(QTest::currentTestFunction())));
    QFile::remove(m_log);
}

CredentialProviderConfig::Provider TestCredentialProvider::provider(const QStringList &args,
                                                                    const Env &env) const
{
    CredentialProviderConfig::Provider p;
    p.name = kPluginName;
    p.apiVersion = kV1;
    p.matchImages = {QStringLiteral("*.dkr.ecr.*.amazonaws.com"), QStringLiteral("reg.io")};
    p.defaultCacheDurationMs = 0;
    p.defaultCacheDurationText = QStringLiteral("0");
    p.args = args;
    p.env = env;
    p.env.append({QStringLiteral("PULLSCOPE_TEST_PROVIDER_LOG"), m_log});
    return p;
}

CredentialProviderPlugin::Outcome TestCredentialProvider::run(CredentialProviderPlugin &plugin,
                                                              const QString &image)
{
    bool done = false;
    CredentialProviderPlugin::Outcome result;
    plugin.provide(image, this, [&](const CredentialProviderPlugin::Outcome &o) {
        result = o;
        done = true;
    });
    // Delivery is never synchronous, even for a cache hit.
    if (done)
        qFatal("provide() called back inside the call");
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
    }();
    return result;
}

int TestCredentialProvider::invocations() const
{
    QFile f(m_log);
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    return int(f.readAll().count('\n'));
}

void TestCredentialProvider::goDuration_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("ms");

    QTest::newRow("zero") << QStringLiteral("0") << true << qint64(0);
    QTest::newRow("hours") << QStringLiteral("12h") << true << qint64(12 * 3600 * 1000);
    QTest::newRow("compound") << QStringLiteral("1h30m10s") << true << qint64(5410000);
    QTest::newRow("fraction") << QStringLiteral("1.5s") << true << qint64(1500);
    QTest::newRow("millis") << QStringLiteral("250ms") << true << qint64(250);
    QTest::newRow("micro sign") << QStringLiteral("3000µs") << true << qint64(3);
    QTest::newRow("negative") << QStringLiteral("-5m") << true << qint64(-300000);
    QTest::newRow("zero with unit") << QStringLiteral("0s") << true << qint64(0);
    QTest::newRow("missing unit") << QStringLiteral("5") << false << qint64(0);
    QTest::newRow("unknown unit") << QStringLiteral("5d") << false << qint64(0);
    QTest::newRow("empty") << QString() << false << qint64(0);
    QTest::newRow("space") << QStringLiteral("5 m") << false << qint64(0);
}

void TestCredentialProvider::goDuration()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(qint64, ms);
    bool parsed = !ok;
    QCOMPARE(CredentialProviderConfig::parseGoDuration(text, &parsed), ms);
    QCOMPARE(parsed, ok);
}

void TestCredentialProvider::parse_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("providers"); // -1: error
    QTest::addColumn<QString>("error");
    QTest::addColumn<int>("line");

    const QByteArray head =
        "apiVersion: kubelet.config.k8s.io/v1\nkind: CredentialProviderConfig\n";
    QTest::newRow("yaml") << configYaml(QStringLiteral("ecr")) << 1 << QString() << 0;
    QTest::newRow("json") << QByteArray(
        R"({"apiVersion":"kubelet.config.k8s.io/v1beta1","kind":"CredentialProviderConfig",)"
        R"("providers":[{"name":"gcr","matchImages":["gcr.io"],"defaultCacheDuration":"0s",)"
        R"("apiVersion":"credentialprovider.kubelet.k8s.io/v1beta1"}]})")
                          << 1 << QString() << 0;
    QTest::newRow("v1alpha1 config")
        << configYaml(QStringLiteral("a")).replace("/v1\n", "/v1alpha1\n") << 1 << QString() << 0;
    QTest::newRow("wrong kind") << QByteArray("apiVersion: kubelet.config.k8s.io/v1\nkind: Pod\n")
                                << -1 << QStringLiteral("failed to decode \"Pod\" (wrong Kind)")
                                << 2;
    QTest::newRow("wrong group") << QByteArray(
        "apiVersion: kubelet.k8s.io/v1\nkind: CredentialProviderConfig\n")
                                 << -1 << QStringLiteral("unexpected Group: kubelet.k8s.io") << 1;
    QTest::newRow("unknown version")
        << QByteArray("apiVersion: kubelet.config.k8s.io/v2\nkind: CredentialProviderConfig\n")
        << -1 << QStringLiteral("is registered for version") << 1;
    QTest::newRow("no kind") << QByteArray("apiVersion: kubelet.config.k8s.io/v1\n") << -1
                             << QStringLiteral("Object 'Kind' is missing") << 1;
    QTest::newRow("no providers") << head << -1
                                  << QStringLiteral("at least 1 item in plugins is required") << 0;
    QTest::newRow("yaml syntax error") << QByteArray("a: [b\nc: d\n") << -1 << QString() << 2;
    QTest::newRow("name with slash")
        << configYaml(QStringLiteral("a/b")) << -1
        << QStringLiteral(
               "providers.name: Invalid value: \"a/b\": provider name cannot contain '/'")
        << 4;
    QTest::newRow("name with space") << configYaml(QStringLiteral("\"a b\"")) << -1
                                     << QStringLiteral("cannot contain spaces") << 4;
    QTest::newRow("name dot dot") << configYaml(QStringLiteral("\"..\"")) << -1
                                  << QStringLiteral("cannot be '..'") << 4;
    QTest::newRow("duplicate in one file")
        << configYaml(
               QStringLiteral("x"),
               QStringLiteral("  - name: x\n    matchImages: [a.io]\n    defaultCacheDuration: 1m\n"
                              "    apiVersion: credentialprovider.kubelet.k8s.io/v1\n"))
        << -1 << QStringLiteral("providers.name: Duplicate value: \"x\"") << 8;
    QTest::newRow("unsupported plugin api")
        << head
            + "providers:\n- name: p\n  matchImages: [a.io]\n  defaultCacheDuration: 1m\n  "
              "apiVersion: v2\n"
        << -1 << QStringLiteral("providers.apiVersion: Unsupported value: \"v2\"") << 4;
    QTest::newRow("no matchImages")
        << head
            + "providers:\n- name: p\n  defaultCacheDuration: 1m\n  apiVersion: "
              "credentialprovider.kubelet.k8s.io/v1\n"
        << -1 << QStringLiteral("at least 1 item in matchImages is required") << 4;
    QTest::newRow("bad matchImages")
        << head
            + "providers:\n- name: p\n  matchImages: [\"a.io:x\"]\n  defaultCacheDuration: 1m\n  "
              "apiVersion: credentialprovider.kubelet.k8s.io/v1\n"
        << -1 << QStringLiteral("match image is invalid: invalid port") << 4;
    QTest::newRow("no defaultCacheDuration")
        << head
            + "providers:\n- name: p\n  matchImages: [a.io]\n  apiVersion: "
              "credentialprovider.kubelet.k8s.io/v1\n"
        << -1 << QStringLiteral("defaultCacheDuration is required") << 4;
    QTest::newRow("negative defaultCacheDuration")
        << head
            + "providers:\n- name: p\n  matchImages: [a.io]\n  defaultCacheDuration: -1m\n  "
              "apiVersion: credentialprovider.kubelet.k8s.io/v1\n"
        << -1 << QStringLiteral("must be greater than or equal to 0") << 4;
    QTest::newRow("unquoted number duration is a JSON number")
        << head
            + "providers:\n- name: p\n  matchImages: [a.io]\n  defaultCacheDuration: 0\n  "
              "apiVersion: credentialprovider.kubelet.k8s.io/v1\n"
        << -1 << QStringLiteral("cannot unmarshal number") << 6;
    QTest::newRow("bad duration") << head
            + "providers:\n- name: p\n  matchImages: [a.io]\n  defaultCacheDuration: 1d\n  "
              "apiVersion: credentialprovider.kubelet.k8s.io/v1\n"
                                  << -1 << QStringLiteral("time: invalid duration \"1d\"") << 6;
    QTest::newRow("matchImages not a list") << head
            + "providers:\n- name: p\n  matchImages: a.io\n  defaultCacheDuration: 1m\n  "
              "apiVersion: credentialprovider.kubelet.k8s.io/v1\n"
                                            << -1 << QStringLiteral("of type []string") << 5;
    QTest::newRow("tokenAttributes needs v1")
        << head
            + "providers:\n- name: p\n  matchImages: [a.io]\n  defaultCacheDuration: 1m\n  "
              "apiVersion: credentialprovider.kubelet.k8s.io/v1beta1\n  tokenAttributes:\n    "
              "serviceAccountTokenAudience: x\n"
        << -1 << QStringLiteral("tokenAttributes is only supported") << 4;
    QTest::newRow("two errors aggregated")
        << head
            + "providers:\n- name: a/b\n  matchImages: []\n  defaultCacheDuration: 1m\n  "
              "apiVersion: credentialprovider.kubelet.k8s.io/v1\n"
        << -1 << QStringLiteral("[providers.name: Invalid value") << 4;
}

void TestCredentialProvider::parse()
{
    QFETCH(QByteArray, text);
    QFETCH(int, providers);
    QFETCH(QString, error);
    QFETCH(int, line);

    const Result<CredentialProviderConfig> r =
        CredentialProviderConfig::parse(text, QStringLiteral("c.yaml"));
    QCOMPARE(r.has_value(), providers >= 0);
    if (r) {
        QCOMPARE(r->providers().size(), providers);
        return;
    }
    QVERIFY2(r.error().message.contains(error), qPrintable(r.error().message));
    QCOMPARE(r.error().file, QStringLiteral("c.yaml"));
    QCOMPARE(r.error().line, line);
}

void TestCredentialProvider::parseFields()
{
    const Result<CredentialProviderConfig> r = CredentialProviderConfig::parse(
        configYaml(QStringLiteral("ecr"),
                   QStringLiteral("    args: [get-credentials, \"--v\"]\n"
                                  "    env:\n"
                                  "      - name: AWS_PROFILE\n"
                                  "        value: prod\n")),
        QStringLiteral("c.yaml"));
    QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
    const CredentialProviderConfig::Provider &p = r->providers().first();
    QCOMPARE(p.name, QStringLiteral("ecr"));
    QCOMPARE(p.matchImages,
             (QStringList{QStringLiteral("*.dkr.ecr.*.amazonaws.com"), QStringLiteral("reg.io")}));
    QCOMPARE(p.defaultCacheDurationMs, qint64(12 * 3600 * 1000));
    QCOMPARE(p.apiVersion, kV1);
    QCOMPARE(p.args, (QStringList{QStringLiteral("get-credentials"), QStringLiteral("--v")}));
    QCOMPARE(p.env, (Env{{QStringLiteral("AWS_PROFILE"), QStringLiteral("prod")}}));
    QCOMPARE(p.file, QStringLiteral("c.yaml"));
    QCOMPARE(p.line, 4);
}

void TestCredentialProvider::loadDirectory()
{
    QTemporaryDir dir;
    auto write = [&dir](const QString &name, const QByteArray &text) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
    };
    write(QStringLiteral("b.yaml"), configYaml(QStringLiteral("second")));
    write(
        QStringLiteral("a.json"),
        R"({"apiVersion":"kubelet.config.k8s.io/v1","kind":"CredentialProviderConfig","providers":[{"name":"first","matchImages":["a.io"],"defaultCacheDuration":"1m","apiVersion":"credentialprovider.kubelet.k8s.io/v1"}]})");
    write(QStringLiteral("c.yml"), configYaml(QStringLiteral("third")));
    write(QStringLiteral("notes.txt"), "not a config");

    Result<CredentialProviderConfig> r = CredentialProviderConfig::load(dir.path());
    QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
    QStringList names;
    for (const auto &p : r->providers())
        names.append(p.name);
    QCOMPARE(
        names,
        (QStringList{QStringLiteral("first"), QStringLiteral("second"), QStringLiteral("third")}));
    QCOMPARE(r->providers().first().file, dir.filePath(QStringLiteral("a.json")));

    write(QStringLiteral("d.yaml"), configYaml(QStringLiteral("second")));
    r = CredentialProviderConfig::load(dir.path());
    QVERIFY(!r);
    QCOMPARE(r.error().message,
             QStringLiteral("duplicate provider name \"second\" found in configuration file(s)"));
    QCOMPARE(r.error().file, dir.filePath(QStringLiteral("d.yaml")));
    QCOMPARE(r.error().line, 4);

    QVERIFY(!CredentialProviderConfig::load(dir.filePath(QStringLiteral("missing.yaml"))));
    QTemporaryDir empty;
    QVERIFY(!CredentialProviderConfig::load(empty.path()));
    const Result<CredentialProviderConfig> one =
        CredentialProviderConfig::load(dir.filePath(QStringLiteral("b.yaml")));
    QVERIFY(one);
    QCOMPARE(one->providers().size(), 1);
}

void TestCredentialProvider::imageAllowed_data()
{
    QTest::addColumn<QString>("image");
    QTest::addColumn<bool>("allowed");

    QTest::newRow("ecr") << QStringLiteral("123456789.dkr.ecr.us-east-1.amazonaws.com/app") << true;
    QTest::newRow("ecr other region")
        << QStringLiteral("1.dkr.ecr.eu-west-1.amazonaws.com/x") << true;
    QTest::newRow("ecr extra label")
        << QStringLiteral("1.dkr.ecr.fips.us-east-1.amazonaws.com/x") << false;
    QTest::newRow("reg.io") << QStringLiteral("reg.io/team/app") << true;
    QTest::newRow("reg.io with port") << QStringLiteral("reg.io:443/app") << false;
    QTest::newRow("docker hub") << QStringLiteral("docker.io/library/nginx") << false;
}

void TestCredentialProvider::imageAllowed()
{
    QFETCH(QString, image);
    QFETCH(bool, allowed);
    const Result<CredentialProviderConfig> r =
        CredentialProviderConfig::parse(configYaml(QStringLiteral("ecr")), {});
    QVERIFY(r);
    QString why;
    QCOMPARE(CredentialProviderConfig::isImageAllowed(r->providers().first(), image, &why),
             allowed);
    QCOMPARE(why.isEmpty(), allowed);
    QCOMPARE(r->providersFor(image).size(), allowed ? 1 : 0);
}

void TestCredentialProvider::requestJson()
{
    QCOMPARE(
        CredentialProviderPlugin::requestJson(QStringLiteral("reg.io/a\"b"), kV1),
        QByteArray(
            R"({"kind":"CredentialProviderRequest","apiVersion":"credentialprovider.kubelet.k8s.io/v1","image":"reg.io/a\"b"})"
            "\n"));
    QCOMPARE(CredentialProviderPlugin::registryOf(QStringLiteral("reg.io:5000/a/b")),
             QStringLiteral("reg.io:5000"));
}

void TestCredentialProvider::goodAnswer()
{
    VirtualClock clock;
    CredentialProviderPlugin plugin(provider(), QStringLiteral(PROVIDER_DIR), &clock);
    const QString image = QStringLiteral("reg.io/team/app");
    const CredentialProviderPlugin::Outcome o = run(plugin, image);
    QCOMPARE(o.failure, QString());
    QCOMPARE(o.image, image);
    QVERIFY(!o.fromCache);
    QCOMPARE(o.entries.size(), 1);
    QCOMPARE(o.entries[0].writtenKey, QStringLiteral("reg.io"));
    QCOMPARE(o.entries[0].key, QStringLiteral("reg.io"));
    QCOMPARE(o.entries[0].username, QStringLiteral("user-for-reg.io/team/app"));
    QCOMPARE(o.entries[0].password, QStringLiteral("s3cret-reg.io/team/app"));
    QCOMPARE(o.entries[0].source,
             QStringLiteral("provider \"pullscope-test-credential-provider\""));
    QCOMPARE(invocations(), 1);
}

void TestCredentialProvider::failures_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<Env>("env");
    QTest::addColumn<QString>("failure");

    QTest::newRow("bad json") << QStringList{QStringLiteral("badjson")} << Env{}
                              << QStringLiteral("error reading GVK from response");
    QTest::newRow("non-zero exit") << QStringList{QStringLiteral("exit")} << Env{}
                                   << QStringLiteral("error execing credential provider plugin "
                                                     "pullscope-test-credential-provider for image "
                                                     "reg.io/app: exit status 3");
    QTest::newRow("wrong apiVersion")
        << QStringList{}
        << Env{{QStringLiteral("PULLSCOPE_TEST_PROVIDER_API_VERSION"),
                QStringLiteral("credentialprovider.kubelet.k8s.io/v1beta1")}}
        << QStringLiteral("apiVersion from credential plugin response did not match expected "
                          "apiVersion:credentialprovider.kubelet.k8s.io/v1, actual "
                          "apiVersion:credentialprovider.kubelet.k8s.io/v1beta1");
    QTest::newRow("bad cacheKeyType")
        << QStringList{}
        << Env{{QStringLiteral("PULLSCOPE_TEST_PROVIDER_KEY_TYPE"), QStringLiteral("Repository")}}
        << QStringLiteral(
               "credential provider plugin did not return a valid cacheKeyType: \"Repository\"");
    QTest::newRow("bad cacheDuration")
        << QStringList{}
        << Env{{QStringLiteral("PULLSCOPE_TEST_PROVIDER_DURATION"), QStringLiteral("soon")}}
        << QStringLiteral("error decoding credential provider plugin response from stdout");
}

void TestCredentialProvider::failures()
{
    QFETCH(QStringList, args);
    QFETCH(Env, env);
    QFETCH(QString, failure);

    VirtualClock clock;
    CredentialProviderPlugin plugin(provider(args, env), QStringLiteral(PROVIDER_DIR), &clock);
    QSignalSpy failed(&plugin, &CredentialProviderPlugin::failed);
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral("^Failed getting credential")));
    const CredentialProviderPlugin::Outcome o = run(plugin, QStringLiteral("reg.io/app"));
    QVERIFY2(o.failure.startsWith(failure), qPrintable(o.failure));
    QVERIFY(o.entries.isEmpty());
    QVERIFY2(!o.failure.contains(QStringLiteral("hunter2")), qPrintable(o.failure));
    QVERIFY(!o.failure.contains(QStringLiteral("s3cret")));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(plugin.cachedResponses(), 0);
}

void TestCredentialProvider::timeout()
{
    VirtualClock clock;
    CredentialProviderPlugin plugin(provider({QStringLiteral("hang")}),
                                    QStringLiteral(PROVIDER_DIR),
                                    &clock);
    bool done = false;
    CredentialProviderPlugin::Outcome o;
    plugin.provide(QStringLiteral("reg.io/app"),
                   this,
                   [&](const CredentialProviderPlugin::Outcome &r) {
                       o = r;
                       done = true;
                   });
    QTRY_COMPARE_WITH_TIMEOUT(invocations(), 1, 20000); // the plugin is running and hangs
    QCOMPARE(clock.nextDueMs(), CredentialProviderPlugin::defaultTimeoutMs);
    clock.advanceBy(CredentialProviderPlugin::defaultTimeoutMs - 1);
    QTest::qWait(100);
    QVERIFY(!done);
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral("context deadline exceeded")));
    clock.advanceBy(1);
    QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
    QVERIFY2(o.failure.endsWith(QStringLiteral("context deadline exceeded")),
             qPrintable(o.failure));

    // A short override, as the tests of other callers use.
    plugin.setTimeoutMs(50);
    done = false;
    plugin.provide(QStringLiteral("reg.io/app"),
                   this,
                   [&](const CredentialProviderPlugin::Outcome &r) {
                       o = r;
                       done = true;
                   });
    QCOMPARE(clock.nextDueMs(), clock.nowMs() + 50);
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral("context deadline exceeded")));
    clock.advanceBy(50);
    QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
    QVERIFY(o.failure.contains(QStringLiteral("context deadline exceeded")));
}

void TestCredentialProvider::skippedWhenNotAllowed()
{
    VirtualClock clock;
    CredentialProviderPlugin plugin(provider(), QStringLiteral(PROVIDER_DIR), &clock);
    const CredentialProviderPlugin::Outcome o =
        run(plugin, QStringLiteral("docker.io/library/nginx"));
    QVERIFY(o.skipped);
    QVERIFY(o.entries.isEmpty());
    QCOMPARE(invocations(), 0);

    CredentialProviderConfig::Provider missing = provider();
    missing.name = QStringLiteral("no-such-plugin");
    CredentialProviderPlugin absent(missing, QStringLiteral(PROVIDER_DIR), &clock);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("fork/exec")));
    const CredentialProviderPlugin::Outcome e = run(absent, QStringLiteral("reg.io/app"));
    QVERIFY2(e.failure.contains(
                 QStringLiteral("error execing credential provider plugin no-such-plugin")),
             qPrintable(e.failure));
}

void TestCredentialProvider::cache_data()
{
    QTest::addColumn<QString>("keyType");
    QTest::addColumn<QString>("duration"); // empty: omitted
    QTest::addColumn<qint64>("defaultMs");
    QTest::addColumn<QString>("second"); // image asked next
    QTest::addColumn<bool>("secondCached");

    const QString same = QStringLiteral("reg.io/team/app");
    const QString sibling = QStringLiteral("reg.io/other");
    const QString otherRegistry = QStringLiteral("1.dkr.ecr.us-east-1.amazonaws.com/x");
    QTest::newRow("Image: same image cached")
        << QStringLiteral("Image") << QStringLiteral("1h") << qint64(0) << same << true;
    QTest::newRow("Image: sibling not cached")
        << QStringLiteral("Image") << QStringLiteral("1h") << qint64(0) << sibling << false;
    QTest::newRow("Registry: sibling cached")
        << QStringLiteral("Registry") << QStringLiteral("1h") << qint64(0) << sibling << true;
    QTest::newRow("Registry: other registry not")
        << QStringLiteral("Registry") << QStringLiteral("1h") << qint64(0) << otherRegistry
        << false;
    QTest::newRow("Global: everything cached")
        << QStringLiteral("Global") << QStringLiteral("1h") << qint64(0) << otherRegistry << true;
    QTest::newRow("cacheDuration 0: not cached")
        << QStringLiteral("Global") << QStringLiteral("0s") << qint64(3600000) << same << false;
    QTest::newRow("absent: default used")
        << QStringLiteral("Image") << QString() << qint64(3600000) << same << true;
    QTest::newRow("absent and default 0: not cached")
        << QStringLiteral("Image") << QString() << qint64(0) << same << false;
}

void TestCredentialProvider::cache()
{
    QFETCH(QString, keyType);
    QFETCH(QString, duration);
    QFETCH(qint64, defaultMs);
    QFETCH(QString, second);
    QFETCH(bool, secondCached);

    Env env{{QStringLiteral("PULLSCOPE_TEST_PROVIDER_KEY_TYPE"), keyType}};
    if (!duration.isEmpty())
        env.append({QStringLiteral("PULLSCOPE_TEST_PROVIDER_DURATION"), duration});
    CredentialProviderConfig::Provider p = provider({}, env);
    p.defaultCacheDurationMs = defaultMs;
    VirtualClock clock;
    CredentialProviderPlugin plugin(p, QStringLiteral(PROVIDER_DIR), &clock);

    const CredentialProviderPlugin::Outcome first = run(plugin, QStringLiteral("reg.io/team/app"));
    QCOMPARE(first.failure, QString());
    QVERIFY(!first.fromCache);
    const CredentialProviderPlugin::Outcome next = run(plugin, second);
    QCOMPARE(next.failure, QString());
    QCOMPARE(next.fromCache, secondCached);
    QCOMPARE(invocations(), secondCached ? 1 : 2);
    // A cached answer is the first image's answer: that is what the cache key type promises.
    QCOMPARE(next.entries.size(), 1);
    QCOMPARE(next.entries[0].username,
             secondCached ? QStringLiteral("user-for-reg.io/team/app")
                          : QStringLiteral("user-for-") + second);
}

void TestCredentialProvider::expiry()
{
    CredentialProviderConfig::Provider p =
        provider({}, {{QStringLiteral("PULLSCOPE_TEST_PROVIDER_DURATION"), QStringLiteral("10s")}});
    VirtualClock clock;
    CredentialProviderPlugin plugin(p, QStringLiteral(PROVIDER_DIR), &clock);
    const QString image = QStringLiteral("reg.io/app");
    QVERIFY(!run(plugin, image).fromCache);
    QCOMPARE(plugin.cachedResponses(), 1);
    clock.advanceBy(10000); // valid until Now().After(expiresAt)
    QVERIFY(run(plugin, image).fromCache);
    clock.advanceBy(1);
    QCOMPARE(plugin.cachedResponses(), 0);
    QVERIFY(!run(plugin, image).fromCache);
    QCOMPARE(invocations(), 2);
    plugin.clearCache();
    QCOMPARE(plugin.cachedResponses(), 0);
}

void TestCredentialProvider::concurrentRequestsShareOneRun()
{
    VirtualClock clock;
    CredentialProviderPlugin plugin(provider(), QStringLiteral(PROVIDER_DIR), &clock);
    int done = 0;
    QObject gone;
    auto *doomed = new QObject;
    for (int i = 0; i < 3; ++i) {
        plugin.provide(QStringLiteral("reg.io/app"),
                       &gone,
                       [&](const CredentialProviderPlugin::Outcome &o) {
                           QCOMPARE(o.entries.size(), 1);
                           ++done;
                       });
    }
    bool doomedCalled = false;
    plugin.provide(QStringLiteral("reg.io/app"),
                   doomed,
                   [&](const CredentialProviderPlugin::Outcome &) {
                       doomedCalled = true;
                   });
    delete doomed;
    QTRY_COMPARE_WITH_TIMEOUT(done, 3, 20000);
    QTest::qWait(50);
    QVERIFY(!doomedCalled);
    QCOMPARE(invocations(), 1);
}

QTEST_GUILESS_MAIN(TestCredentialProvider)
#include "tst_credentialprovider.moc"
