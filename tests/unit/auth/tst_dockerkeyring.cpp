// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/auth/dockerkeyring.h"

#include <QRegularExpression>
#include <QTest>

// The kubelet's keyring rules (k/k pkg/credentialprovider/keyring.go), one table per rule, plus
// the worked consequences of docs/reference/kubelet-image-pull.md §12.
class TestDockerKeyring : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void normalizeKey_data();
    void normalizeKey();
    void urlsMatch_data();
    void urlsMatch();
    void globMatch_data();
    void globMatch();
    void defaultRegistryMatch_data();
    void defaultRegistryMatch();
    void lookup_data();
    void lookup();
    void orderAndInsertion();
    void invalidKeyIsSkipped();
    void whyExplainsNonMatch_data();
    void whyExplainsNonMatch();
};

void TestDockerKeyring::normalizeKey_data()
{
    QTest::addColumn<QString>("written");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("key");

    auto row = [](const char *name, const char *written, bool ok, const char *key) {
        QTest::newRow(name) << QString::fromUtf8(written) << ok << QString::fromUtf8(key);
    };
    row("docker hub v1 url", "https://index.docker.io/v1/", true, "index.docker.io");
    row("bare host", "index.docker.io", true, "index.docker.io");
    row("docker.io", "docker.io", true, "docker.io");
    row("http scheme dropped", "http://myreg.io:5000", true, "myreg.io:5000");
    row("v2 stripped to host", "https://reg.io/v2/", true, "reg.io");
    row("v2 with path keeps path", "reg.io/v2/team/app", true, "reg.io/team/app");
    row("v1 only at the start", "reg.io/team/v1/x", true, "reg.io/team/v1/x");
    row("v2 without trailing slash kept", "reg.io/v2", true, "reg.io/v2");
    row("slash path is host", "reg.io/", true, "reg.io");
    row("host and path", "reg.io/team", true, "reg.io/team");
    row("trailing slash kept", "reg.io/team/", true, "reg.io/team/");
    row("query and fragment dropped", "reg.io/team?x=1#frag", true, "reg.io/team");
    row("userinfo dropped", "https://user@reg.io/a", true, "reg.io/a");
    row("escaped path decoded", "reg.io/a%2Fb", true, "reg.io/a/b");
    row("glob host kept", "*.azurecr.io", true, "*.azurecr.io");
    row("uppercase scheme is not a scheme", "HTTPS://reg.io", true, "HTTPS://reg.io");
    row("ipv6 with port", "[::1]:5000/x", true, "[::1]:5000/x");
    row("empty key", "", true, "");
    row("bad port", "reg.io:abc", false, "");
    row("space in host", "my reg.io", false, "");
    row("bad escape in path", "reg.io/%zz", false, "");
    row("control character", "reg.io/\x01", false, "");
    row("unclosed ipv6", "[::1/x", false, "");
}

void TestDockerKeyring::normalizeKey()
{
    QFETCH(QString, written);
    QFETCH(bool, ok);
    QFETCH(QString, key);

    bool parsed = !ok;
    QString why;
    QCOMPARE(DockerKeyring::normalizeKey(written, &parsed, &why), key);
    QCOMPARE(parsed, ok);
    QCOMPARE(why.isEmpty(), ok);
}

void TestDockerKeyring::urlsMatch_data()
{
    QTest::addColumn<QString>("glob");
    QTest::addColumn<QString>("target");
    QTest::addColumn<bool>("match");

    auto row = [](const char *name, const char *glob, const char *target, bool match) {
        QTest::newRow(name) << QString::fromUtf8(glob) << QString::fromUtf8(target) << match;
    };
    row("same host", "reg.io", "reg.io/app", true);
    row("host with path prefix", "reg.io/team", "reg.io/team/app", true);
    row("plain string prefix, not segment", "reg.io/team", "reg.io/teamx/app", true);
    row("path not a prefix", "reg.io/team", "reg.io/other/app", false);
    row("longer glob path", "reg.io/team/app/x", "reg.io/team/app", false);
    row("both ports empty", "localhost", "localhost/x", true);
    row("port on target only", "localhost", "localhost:5000/x", false);
    row("port on glob only", "myreg.io:5000", "myreg.io/app", false);
    row("equal ports", "myreg.io:5000", "myreg.io:5000/app", true);
    row("different ports", "myreg.io:5000", "myreg.io:5001/app", false);
    row("key myreg.io vs image on 5000", "myreg.io", "myreg.io:5000/app", false);
    row("registry-1 never matches docker.io",
        "registry-1.docker.io",
        "docker.io/library/nginx",
        false);
    row("index.docker.io vs docker.io labels", "index.docker.io", "docker.io/library/nginx", false);
    row("docker.io key", "docker.io", "docker.io/library/nginx", true);
    row("star label", "*.kubernetes.io", "a.kubernetes.io/x", true);
    row("star needs a label", "*.kubernetes.io", "kubernetes.io/x", false);
    row("star is one label only", "*.kubernetes.io", "a.b.kubernetes.io/x", false);
    row("star in middle label", "k8s.*.io", "k8s.registry.io/x", true);
    row("prefix glob label", "app*.k8s.io", "apple.k8s.io/x", true);
    row("prefix glob label mismatch", "app*.k8s.io", "web.k8s.io/x", false);
    row("trailing star label", "k8s.*", "k8s.io/x", true);
    row("*.io does not match *.k8s.io", "*.io", "a.k8s.io/x", false);
    row("two stars", "*.*.registry.io", "a.b.registry.io", true);
    // url.Parse cuts "?.io" off as a query: the key is the one-label host "reg".
    row("question mark starts a query", "reg?.io", "reg1.io/x", false);
    row("question mark after the host", "reg.io?x", "reg.io/x", true);
    row("character class", "reg[0-9].io", "reg7.io/x", true);
    row("negated class", "reg[^0-9].io", "reg7.io/x", false);
    row("malformed glob", "reg[.io", "reg1.io/x", false);
    row("glob in path is literal", "reg.io/*", "reg.io/team", false);
    row("ecr account host",
        "123456789.dkr.ecr.us-east-1.amazonaws.com",
        "123456789.dkr.ecr.us-east-1.amazonaws.com/app",
        true);
    row("case matters", "Reg.io", "reg.io/app", false);
    row("unparseable target", "reg.io", "reg.io:x/app", false);
}

void TestDockerKeyring::urlsMatch()
{
    QFETCH(QString, glob);
    QFETCH(QString, target);
    QFETCH(bool, match);

    QString why = QStringLiteral("unset");
    QCOMPARE(DockerKeyring::urlsMatch(glob, target, &why), match);
    QCOMPARE(why.isEmpty(), match);
}

void TestDockerKeyring::globMatch_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("match");
    QTest::addColumn<bool>("bad");

    // Rows from Go's path/filepath match_test.go (matchTests).
    auto row = [](const char *pattern, const char *name, bool match, bool bad) {
        QTest::newRow(qPrintable(
            QStringLiteral("%1 ~ %2").arg(QString::fromUtf8(pattern), QString::fromUtf8(name))))
            << QString::fromUtf8(pattern) << QString::fromUtf8(name) << match << bad;
    };
    row("abc", "abc", true, false);
    row("*", "abc", true, false);
    row("*c", "abc", true, false);
    row("a*", "a", true, false);
    row("a*", "abc", true, false);
    row("a*", "ab/c", false, false);
    row("a*/b", "abc/b", true, false);
    row("a*/b", "a/c/b", false, false);
    row("a*b*c*d*e*/f", "axbxcxdxe/f", true, false);
    row("a*b*c*d*e*/f", "axbxcxdxexxx/f", true, false);
    row("a*b*c*d*e*/f", "axbxcxdxe/xxx/f", false, false);
    row("a*b*c*d*e*/f", "axbxcxdxexxx/fff", false, false);
    row("a*b?c*x", "abxbbxdbxebxczzx", true, false);
    row("a*b?c*x", "abxbbxdbxebxczzy", false, false);
    row("ab[c]", "abc", true, false);
    row("ab[b-d]", "abc", true, false);
    row("ab[e-g]", "abc", false, false);
    row("ab[^c]", "abc", false, false);
    row("ab[^b-d]", "abc", false, false);
    row("ab[^e-g]", "abc", true, false);
    row("a\\*b", "a*b", true, false);
    row("a\\*b", "ab", false, false);
    row("a?b",
        "a\xe2\x98\xba"
        "b",
        true,
        false);
    row("a[^a]b",
        "a\xe2\x98\xba"
        "b",
        true,
        false);
    row("a???b",
        "a\xe2\x98\xba"
        "b",
        false,
        false);
    row("*x", "xxx", true, false);
    row("[\\]a]", "]", true, false);
    row("[\\-]", "-", true, false);
    row("[x\\-]", "x", true, false);
    row("[x\\-]", "-", true, false);
    row("[x\\-]", "z", false, false);
    row("[", "a", false, true);
    row("[^", "a", false, true);
    row("[^bc", "a", false, true);
    row("a[", "a", false, true);
    row("a[", "ab", false, true);
    row("*x", "xxx", true, false);
    row("[]a]", "]", false, true);
    row("[-]", "-", false, true);
    row("[x-]", "x", false, true);
    row("[a-b-c]", "a", false, true);
    row("\\", "a", false, true);
    row("a*b*c", "abc", true, false);
}

void TestDockerKeyring::globMatch()
{
    QFETCH(QString, pattern);
    QFETCH(QString, name);
    QFETCH(bool, match);
    QFETCH(bool, bad);

    bool malformed = !bad;
    QCOMPARE(DockerKeyring::globMatch(pattern, name, &malformed), match);
    QCOMPARE(malformed, bad);
}

void TestDockerKeyring::defaultRegistryMatch_data()
{
    QTest::addColumn<QString>("repository");
    QTest::addColumn<bool>("match");

    QTest::newRow("single component") << QStringLiteral("nginx") << true;
    QTest::newRow("docker.io") << QStringLiteral("docker.io/library/nginx") << true;
    QTest::newRow("index.docker.io") << QStringLiteral("index.docker.io/library/nginx") << true;
    QTest::newRow("first without dot or colon") << QStringLiteral("library/nginx") << true;
    QTest::newRow("localhost counts as default") << QStringLiteral("localhost/app") << true;
    QTest::newRow("dotted host") << QStringLiteral("quay.io/app") << false;
    QTest::newRow("host with port") << QStringLiteral("myreg:5000/app") << false;
    QTest::newRow("registry-1") << QStringLiteral("registry-1.docker.io/library/nginx") << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("leading slash") << QStringLiteral("/app") << false;
}

void TestDockerKeyring::defaultRegistryMatch()
{
    QFETCH(QString, repository);
    QFETCH(bool, match);
    QCOMPARE(DockerKeyring::isDefaultRegistryMatch(repository), match);
}

void TestDockerKeyring::lookup_data()
{
    QTest::addColumn<QStringList>("writtenKeys"); // one entry each, username = written key
    QTest::addColumn<QString>("repository");
    QTest::addColumn<QStringList>("usernames"); // in lookup order
    QTest::addColumn<bool>("viaDefault");

    const QString nginx = QStringLiteral("docker.io/library/nginx");
    QTest::newRow("hub v1 url serves nginx by fallback")
        << QStringList{QStringLiteral("https://index.docker.io/v1/")} << nginx
        << QStringList{QStringLiteral("https://index.docker.io/v1/")} << true;
    QTest::newRow("index.docker.io key serves nginx by fallback")
        << QStringList{QStringLiteral("index.docker.io")} << nginx
        << QStringList{QStringLiteral("index.docker.io")} << true;
    QTest::newRow("docker.io key matches directly")
        << QStringList{QStringLiteral("docker.io")} << nginx
        << QStringList{QStringLiteral("docker.io")} << false;
    QTest::newRow("registry-1.docker.io never used for docker.io")
        << QStringList{QStringLiteral("registry-1.docker.io")} << nginx << QStringList{} << false;
    QTest::newRow("direct match suppresses fallback")
        << QStringList{QStringLiteral("index.docker.io"), QStringLiteral("docker.io/library")}
        << nginx << QStringList{QStringLiteral("docker.io/library")} << false;
    QTest::newRow("no fallback for other registries")
        << QStringList{QStringLiteral("index.docker.io")} << QStringLiteral("quay.io/app")
        << QStringList{} << false;
    QTest::newRow("myreg.io vs myreg.io:5000")
        << QStringList{QStringLiteral("myreg.io")} << QStringLiteral("myreg.io:5000/app")
        << QStringList{} << false;
    QTest::newRow("every matching key, reverse order")
        << QStringList{QStringLiteral("reg.io"),
                       QStringLiteral("reg.io/team"),
                       QStringLiteral("reg.io/teamx"),
                       QStringLiteral("*.io")}
        << QStringLiteral("reg.io/teamx/app")
        << QStringList{QStringLiteral("reg.io/teamx"),
                       QStringLiteral("reg.io/team"),
                       QStringLiteral("reg.io"),
                       QStringLiteral("*.io")}
        << false;
    QTest::newRow("v2 key equals host key")
        << QStringList{QStringLiteral("https://reg.io/v2/")} << QStringLiteral("reg.io/app")
        << QStringList{QStringLiteral("https://reg.io/v2/")} << false;
    QTest::newRow("glob key") << QStringList{QStringLiteral("*.azurecr.io")}
                              << QStringLiteral("me.azurecr.io/app")
                              << QStringList{QStringLiteral("*.azurecr.io")} << false;
    QTest::newRow("empty keyring") << QStringList{} << nginx << QStringList{} << false;
}

void TestDockerKeyring::lookup()
{
    QFETCH(QStringList, writtenKeys);
    QFETCH(QString, repository);
    QFETCH(QStringList, usernames);
    QFETCH(bool, viaDefault);

    DockerKeyring keyring;
    for (const QString &written : writtenKeys) {
        DockerKeyring::Entry e;
        e.writtenKey = written;
        e.username = written;
        e.password = QStringLiteral("pw");
        e.source = QStringLiteral("test");
        QVERIFY(keyring.add(e));
    }
    bool fallback = !viaDefault;
    QStringList got;
    for (const DockerKeyring::Entry &e : keyring.lookup(repository, &fallback))
        got.append(e.username);
    QCOMPARE(got, usernames);
    QCOMPARE(fallback, viaDefault);
}

void TestDockerKeyring::orderAndInsertion()
{
    DockerKeyring keyring;
    auto entry = [](const char *key, const char *user, const char *source) {
        DockerKeyring::Entry e;
        e.writtenKey = QString::fromUtf8(key);
        e.username = QString::fromUtf8(user);
        e.source = QString::fromUtf8(source);
        return e;
    };
    // §12.7: two matching secrets; the one whose key sorts higher is tried first.
    QVERIFY(keyring.add(entry("reg.io", "right", "secret \"default/a\"")));
    QVERIFY(keyring.add(entry("reg.io/app", "wrong", "secret \"default/b\"")));
    QVERIFY(keyring.add(entry("https://reg.io/v1/", "second-under-reg.io", "node file x")));
    QVERIFY(keyring.add(entry("a.io", "other", "provider \"p\"")));

    QCOMPARE(keyring.keys(),
             (QStringList{QStringLiteral("reg.io/app"),
                          QStringLiteral("reg.io"),
                          QStringLiteral("a.io")}));
    const QList<DockerKeyring::Entry> found = keyring.lookup(QStringLiteral("reg.io/app"));
    QCOMPARE(found.size(), 3);
    QCOMPARE(found[0].username, QStringLiteral("wrong"));
    QCOMPARE(found[1].username, QStringLiteral("right"));
    QCOMPARE(found[2].username, QStringLiteral("second-under-reg.io"));
    QCOMPARE(found[2].key, QStringLiteral("reg.io"));
    QCOMPARE(found[2].writtenKey, QStringLiteral("https://reg.io/v1/"));
    QCOMPARE(found[2].source, QStringLiteral("node file x"));
    QCOMPARE(keyring.entries().size(), 4);
    QCOMPARE(keyring.entries().last().username, QStringLiteral("other"));
}

void TestDockerKeyring::invalidKeyIsSkipped()
{
    DockerKeyring keyring;
    DockerKeyring::Entry bad;
    bad.writtenKey = QStringLiteral("reg.io:port/x");
    QString why;
    // The kubelet's own log line (keyring.go, Add).
    const QRegularExpression logged(QStringLiteral(
        R"(^Entry "reg\.io:port/x" in dockercfg invalid \(invalid port ":port" after host\), ignoring)"));
    QTest::ignoreMessage(QtWarningMsg, logged);
    QVERIFY(!keyring.add(bad, &why));
    QVERIFY(why.contains(QStringLiteral("invalid port")));
    QVERIFY(keyring.isEmpty());

    DockerKeyring::Entry good;
    good.writtenKey = QStringLiteral("reg.io");
    QTest::ignoreMessage(QtWarningMsg, logged);
    QTest::ignoreMessage(QtWarningMsg, logged);
    QCOMPARE(keyring.addAll({bad, good, bad}), 2);
    QCOMPARE(keyring.entries().size(), 1);
}

void TestDockerKeyring::whyExplainsNonMatch_data()
{
    QTest::addColumn<QString>("glob");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QStringList>("mentions");

    QTest::newRow("port") << QStringLiteral("myreg.io") << QStringLiteral("myreg.io:5000/app")
                          << QStringList{QStringLiteral("no port"), QStringLiteral("port 5000")};
    QTest::newRow("labels") << QStringLiteral("registry-1.docker.io")
                            << QStringLiteral("docker.io/library/nginx")
                            << QStringList{QStringLiteral("3 host labels vs 2")};
    QTest::newRow("path") << QStringLiteral("reg.io/team") << QStringLiteral("reg.io/other")
                          << QStringList{QStringLiteral("/other"), QStringLiteral("/team")};
    QTest::newRow("label glob") << QStringLiteral("*.k8s.io") << QStringLiteral("a.k9s.io/x")
                                << QStringList{QStringLiteral("\"k9s\""),
                                               QStringLiteral("\"k8s\"")};
    QTest::newRow("malformed") << QStringLiteral("a[.io") << QStringLiteral("ab.io/x")
                               << QStringList{QStringLiteral("malformed")};
    QTest::newRow("unparseable") << QStringLiteral("a b.io") << QStringLiteral("ab.io/x")
                                 << QStringList{QStringLiteral("not a valid URL")};
}

void TestDockerKeyring::whyExplainsNonMatch()
{
    QFETCH(QString, glob);
    QFETCH(QString, target);
    QFETCH(QStringList, mentions);

    QString why;
    QVERIFY(!DockerKeyring::urlsMatch(glob, target, &why));
    for (const QString &m : mentions)
        QVERIFY2(why.contains(m), qPrintable(why));
}

QTEST_GUILESS_MAIN(TestDockerKeyring)
#include "tst_dockerkeyring.moc"
