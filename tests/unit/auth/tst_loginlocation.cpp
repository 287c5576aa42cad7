// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/auth/loginlocation.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(LoginLocation::Kind)

// LoginLocation::forHost: the one rule for where a login is stored, GUI and CLI alike.
class TestLoginLocation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void forHost_data();
    void forHost();
};

void TestLoginLocation::forHost_data()
{
    QTest::addColumn<QString>("dockerConfig"); // ~/.docker/config.json, empty: none
    QTest::addColumn<QString>("runtimeAuth"); // $XDG_RUNTIME_DIR/containers/auth.json
    QTest::addColumn<QString>("explicitAuth"); // the file --authfile / REGISTRY_AUTH_FILE name
    QTest::addColumn<bool>("viaOption"); // explicit file via --authfile, else the variable
    QTest::addColumn<bool>("useExplicit");
    QTest::addColumn<bool>("haveRuntimeDir");
    QTest::addColumn<bool>("keychain");
    QTest::addColumn<LoginLocation::Kind>("kind");
    QTest::addColumn<QString>("helper");
    QTest::addColumn<QString>("where"); // path or configuredIn, relative to home

    using K = LoginLocation::Kind;
    const QString none;
    QTest::newRow("nothing: podman runtime file")
        << none << none << none << false << false << true << false << K::File << none
        << "run/containers/auth.json";
    QTest::newRow("no runtime dir: docker config")
        << none << none << none << false << false << false << false << K::File << none
        << ".docker/config.json";
    QTest::newRow("keyring before a file")
        << none << none << none << false << false << true << true << K::Keychain << none << "";
    QTest::newRow("credHelpers for host wins over keyring")
        << R"({"credHelpers": {"r.io": "pass"}})" << none << none << false << false << true << true
        << K::Helper << "pass"
        << ".docker/config.json";
    QTest::newRow("credsStore in config.json")
        << R"({"credsStore": "desktop"})" << none << none << false << false << true << false
        << K::Helper << "desktop"
        << ".docker/config.json";
    QTest::newRow("credHelpers of another host ignored")
        << R"({"credHelpers": {"other.io": "pass"}})" << none << none << false << false << true
        << false << K::File << none << "run/containers/auth.json";
    QTest::newRow("runtime auth.json helper")
        << none << R"({"credHelpers": {"r.io": "secretservice"}})" << none << false << false << true
        << false << K::Helper << "secretservice"
        << "run/containers/auth.json";
    QTest::newRow("REGISTRY_AUTH_FILE: that file, not the keyring")
        << R"({"credsStore": "desktop"})" << none << none << false << true << true << true
        << K::File << none << "explicit.json";
    QTest::newRow("--authfile: that file") << none << none << none << true << true << true << false
                                           << K::File << none << "explicit.json";
    QTest::newRow("explicit file's credsStore")
        << none << none << R"({"credsStore": "pass"})" << true << true << true << false << K::Helper
        << "pass"
        << "explicit.json";
    QTest::newRow("explicit file's credHelpers")
        << none << none << R"({"credHelpers": {"r.io": "osxkeychain"}})" << false << true << true
        << false << K::Helper << "osxkeychain"
        << "explicit.json";
}

void TestLoginLocation::forHost()
{
    QFETCH(QString, dockerConfig);
    QFETCH(QString, runtimeAuth);
    QFETCH(QString, explicitAuth);
    QFETCH(bool, viaOption);
    QFETCH(bool, useExplicit);
    QFETCH(bool, haveRuntimeDir);
    QFETCH(bool, keychain);
    QFETCH(LoginLocation::Kind, kind);
    QFETCH(QString, helper);
    QFETCH(QString, where);

    QTemporaryDir home;
    QVERIFY(home.isValid());
    const auto write = [&](const QString &rel, const QString &text) {
        if (text.isEmpty())
            return;
        const QString path = home.filePath(rel);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text.toUtf8());
    };
    write(QStringLiteral(".docker/config.json"), dockerConfig);
    write(QStringLiteral("run/containers/auth.json"), runtimeAuth);
    write(QStringLiteral("explicit.json"), explicitAuth);

    QProcessEnvironment env;
    env.insert(QStringLiteral("HOME"), home.path());
    if (haveRuntimeDir)
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.filePath(QStringLiteral("run")));
    QString option;
    if (useExplicit) {
        if (viaOption)
            option = home.filePath(QStringLiteral("explicit.json"));
        else
            env.insert(QStringLiteral("REGISTRY_AUTH_FILE"),
                       home.filePath(QStringLiteral("explicit.json")));
    }

    const LoginLocation t = LoginLocation::forHost(QStringLiteral("r.io"), env, option, keychain);
    QCOMPARE(t.kind, kind);
    QCOMPARE(t.helper, helper);
    if (kind == LoginLocation::Kind::File)
        QCOMPARE(t.path, home.filePath(where));
    else if (kind == LoginLocation::Kind::Helper)
        QCOMPARE(t.configuredIn, home.filePath(where));
}

QTEST_GUILESS_MAIN(TestLoginLocation)
#include "tst_loginlocation.moc"
