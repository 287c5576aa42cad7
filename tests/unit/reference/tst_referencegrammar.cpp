// SPDX-License-Identifier: GPL-3.0-or-later
// ReferenceGrammar against distribution/reference regexp_test.go: the same inputs must match,
// fail and capture the same groups as Go's RE2.
#include "model/reference/referencegrammar.h"

#include <QRegularExpressionMatch>
#include <QTest>

namespace {
const QString be17 =
    QStringLiteral("sha256:be178c0543eb17f5f3043021c9e5fcf30285e557a4fc309cce97ff9ca6182912");

// regexp_test.go checkRegexp: a match covers the whole input and yields the expected groups.
void checkRegexp(const QRegularExpression &re,
                 const QString &input,
                 bool match,
                 const QStringList &subs)
{
    const QRegularExpressionMatch m = re.match(input);
    QCOMPARE(m.hasMatch(), match);
    if (!match)
        return;
    QCOMPARE(m.captured(0), input);
    for (qsizetype i = 0; i < subs.size(); ++i)
        QCOMPARE(m.captured(int(i + 1)), subs.at(i));
}
} // namespace

class TestReferenceGrammar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void captureCounts();
    void domainRegexp_data();
    void domainRegexp();
    void fullNameRegexp_data();
    void fullNameRegexp();
    void referenceRegexp_data();
    void referenceRegexp();
    void identifierRegexp_data();
    void identifierRegexp();
    void exportedPatterns();
};

// regexp_test.go TestFullNameRegexp / TestReferenceRegexp NumSubexp checks
void TestReferenceGrammar::captureCounts()
{
    QCOMPARE(ReferenceGrammar::anchoredName().captureCount(), 2);
    QCOMPARE(ReferenceGrammar::reference().captureCount(), 3);
    QCOMPARE(ReferenceGrammar::anchoredIdentifier().captureCount(), 1);
    QVERIFY(ReferenceGrammar::reference().isValid());
    QVERIFY(ReferenceGrammar::anchoredDomain().isValid());
}

// regexp_test.go TestDomainRegexp
void TestReferenceGrammar::domainRegexp_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("match");
    const std::pair<const char *, bool> rows[] = {
        {"test.com", true},
        {"test.com:10304", true},
        {"test.com:http", false},
        {"localhost", true},
        {"localhost:8080", true},
        {"a", true},
        {"a.b", true},
        {"ab.cd.com", true},
        {"a-b.com", true},
        {"-ab.com", false},
        {"ab-.com", false},
        {"ab.c-om", true},
        {"ab.-com", false},
        {"ab.com-", false},
        {"0101.com", true},
        {"001a.com", true},
        {"b.gbc.io:443", true},
        {"b.gbc.io", true},
        {"xn--n3h.com", true},
        {"Asdf.com", true},
        {"192.168.1.1:75050", true},
        {"192.168.1.1:750050", true},
        {"[fd00:1:2::3]:75050", true},
        {"[fd00:1:2::3]75050", false},
        {"[fd00:1:2::3]::75050", false},
        {"[fd00:1:2::3%eth0]:75050", false},
        {"[fd00123123123]:75050", true},
        {"[2001:0db8:85a3:0000:0000:8a2e:0370:7334]:75050", true},
        {"[2001:0db8:85a3:0000:0000:8a2e:0370:7334]:750505", true},
        {"fd00:1:2::3:75050", false},
    };
    for (const auto &[input, match] : rows)
        QTest::newRow(input) << QString::fromLatin1(input) << match;
}

void TestReferenceGrammar::domainRegexp()
{
    QFETCH(QString, input);
    QFETCH(bool, match);
    QCOMPARE(ReferenceGrammar::anchoredDomain().match(input).hasMatch(), match);
}

// regexp_test.go TestFullNameRegexp
void TestReferenceGrammar::fullNameRegexp_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("match");
    QTest::addColumn<QStringList>("subs");
    auto yes = [](const QString &input, const QString &domain, const QString &path) {
        QTest::newRow(qPrintable(input.left(60))) << input << true << QStringList{domain, path};
    };
    auto no = [](const QString &input) {
        QTest::newRow(qPrintable(input.isEmpty() ? QStringLiteral("empty") : input))
            << input << false << QStringList();
    };
    auto l = [](const char *s) {
        return QString::fromLatin1(s);
    };
    no(QString());
    yes(l("short"), QString(), l("short"));
    yes(l("simple/name"), l("simple"), l("name"));
    yes(l("library/ubuntu"), l("library"), l("ubuntu"));
    yes(l("docker/stevvooe/app"), l("docker"), l("stevvooe/app"));
    yes(l("aa/aa/aa/aa/aa/aa/aa/aa/aa/bb/bb/bb/bb/bb/bb"),
        l("aa"),
        l("aa/aa/aa/aa/aa/aa/aa/aa/bb/bb/bb/bb/bb/bb"));
    yes(l("aa/aa/bb/bb/bb"), l("aa"), l("aa/bb/bb/bb"));
    yes(l("a/a/a/a"), l("a"), l("a/a/a"));
    no(l("a/a/a/a/"));
    no(l("a//a/a"));
    yes(l("a"), QString(), l("a"));
    yes(l("a/aa"), l("a"), l("aa"));
    yes(l("a/aa/a"), l("a"), l("aa/a"));
    yes(l("foo.com"), QString(), l("foo.com"));
    no(l("foo.com/"));
    yes(l("foo.com:8080/bar"), l("foo.com:8080"), l("bar"));
    no(l("foo.com:http/bar"));
    yes(l("foo.com/bar"), l("foo.com"), l("bar"));
    yes(l("foo.com/bar/baz"), l("foo.com"), l("bar/baz"));
    yes(l("localhost:8080/bar"), l("localhost:8080"), l("bar"));
    yes(l("sub-dom1.foo.com/bar/baz/quux"), l("sub-dom1.foo.com"), l("bar/baz/quux"));
    yes(l("blog.foo.com/bar/baz"), l("blog.foo.com"), l("bar/baz"));
    no(l("a^a"));
    no(l("aa/asdf$$^/aa"));
    no(l("asdf$$^/aa"));
    yes(l("aa-a/a"), l("aa-a"), l("a"));
    yes(QStringLiteral("a/").repeated(128) + l("a"),
        l("a"),
        QStringLiteral("a/").repeated(127) + l("a"));
    no(l("a-/a/a/a"));
    no(l("foo.com/a-/a/a"));
    no(l("-foo/bar"));
    no(l("foo/bar-"));
    no(l("foo-/bar"));
    no(l("foo/-bar"));
    no(l("_foo/bar"));
    yes(l("foo_bar"), QString(), l("foo_bar"));
    yes(l("foo_bar.com"), QString(), l("foo_bar.com"));
    no(l("foo_bar.com:8080"));
    no(l("foo_bar.com:8080/app"));
    yes(l("foo.com/foo_bar"), l("foo.com"), l("foo_bar"));
    no(l("____/____"));
    no(l("_docker/_docker"));
    no(l("docker_/docker_"));
    yes(l("b.gcr.io/test.example.com/my-app"), l("b.gcr.io"), l("test.example.com/my-app"));
    yes(l("xn--n3h.com/myimage"), l("xn--n3h.com"), l("myimage"));
    yes(l("xn--7o8h.com/myimage"), l("xn--7o8h.com"), l("myimage"));
    yes(l("example.com/xn--7o8h.com/myimage"), l("example.com"), l("xn--7o8h.com/myimage"));
    yes(l("example.com/some_separator__underscore/myimage"),
        l("example.com"),
        l("some_separator__underscore/myimage"));
    no(l("example.com/__underscore/myimage"));
    no(l("example.com/..dots/myimage"));
    no(l("example.com/.dots/myimage"));
    no(l("example.com/nodouble..dots/myimage"));
    no(l("docker./docker"));
    no(l(".docker/docker"));
    no(l("docker-/docker"));
    no(l("-docker/docker"));
    no(l("do..cker/docker"));
    no(l("do__cker:8080/docker"));
    yes(l("do__cker/docker"), QString(), l("do__cker/docker"));
    yes(l("registry.io/foo/project--id.module--name.ver---sion--name"),
        l("registry.io"),
        l("foo/project--id.module--name.ver---sion--name"));
    yes(l("Asdf.com/foo/bar"), l("Asdf.com"), l("foo/bar"));
    no(l("Foo/FarB"));
}

void TestReferenceGrammar::fullNameRegexp()
{
    QFETCH(QString, input);
    QFETCH(bool, match);
    QFETCH(QStringList, subs);
    checkRegexp(ReferenceGrammar::anchoredName(), input, match, subs);
}

// regexp_test.go TestReferenceRegexp
void TestReferenceGrammar::referenceRegexp_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("match");
    QTest::addColumn<QStringList>("subs");
    auto l = [](const char *s) {
        return QString::fromLatin1(s);
    };
    QTest::newRow("tag") << l("registry.com:8080/myapp:tag") << true
                         << QStringList{l("registry.com:8080/myapp"), l("tag"), QString()};
    QTest::newRow("digest") << l("registry.com:8080/myapp@") + be17 << true
                            << QStringList{l("registry.com:8080/myapp"), QString(), be17};
    QTest::newRow("tag and digest") << l("registry.com:8080/myapp:tag2@") + be17 << true
                                    << QStringList{l("registry.com:8080/myapp"), l("tag2"), be17};
    QTest::newRow("short digest") << l("registry.com:8080/myapp@sha256:badbadbadbad") << false
                                  << QStringList();
    QTest::newRow("bad tag") << l("registry.com:8080/myapp:invalid~tag") << false << QStringList();
    QTest::newRow("underscore host")
        << l("bad_hostname.com:8080/myapp:tag") << false << QStringList();
    QTest::newRow("localhost name with port-like tag")
        << l("localhost:8080@") + be17 << true << QStringList{l("localhost"), l("8080"), be17};
    QTest::newRow("localhost domain") << l("localhost:8080/name@") + be17 << true
                                      << QStringList{l("localhost:8080/name"), QString(), be17};
    QTest::newRow("named port") << l("localhost:http/name@") + be17 << false << QStringList();
    QTest::newRow("localhost name")
        << l("localhost@") + be17 << true << QStringList{l("localhost"), QString(), be17};
    QTest::newRow("bad digest") << l("registry.com:8080/myapp@bad") << false << QStringList();
    QTest::newRow("digest without algorithm")
        << l("registry.com:8080/myapp@2bad") << false << QStringList();
}

void TestReferenceGrammar::referenceRegexp()
{
    QFETCH(QString, input);
    QFETCH(bool, match);
    QFETCH(QStringList, subs);
    checkRegexp(ReferenceGrammar::reference(), input, match, subs);
}

// regexp_test.go TestIdentifierRegexp
void TestReferenceGrammar::identifierRegexp_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("match");
    QTest::newRow("64 hex") << QStringLiteral(
        "da304e823d8ca2b9d863a3c897baeb852ba21ea9a9f1414736394ae7fcaf9821")
                            << true;
    QTest::newRow("upper case") << QStringLiteral(
        "7EC43B381E5AEFE6E04EFB0B3F0693FF2A4A50652D64AEC573905F2DB5889A1C")
                                << false;
    QTest::newRow("60 hex") << QStringLiteral(
        "da304e823d8ca2b9d863a3c897baeb852ba21ea9a9f1414736394ae7fcaf")
                            << false;
    QTest::newRow("with algorithm")
        << QStringLiteral("sha256:da304e823d8ca2b9d863a3c897baeb852ba21ea9a9f1414736394ae7fcaf9821")
        << false;
    QTest::newRow("68 hex") << QStringLiteral(
        "da304e823d8ca2b9d863a3c897baeb852ba21ea9a9f1414736394ae7fcaf98218482")
                            << false;
}

void TestReferenceGrammar::identifierRegexp()
{
    QFETCH(QString, input);
    QFETCH(bool, match);
    QCOMPARE(ReferenceGrammar::anchoredIdentifier().match(input).hasMatch(), match);
}

// The exported patterns are the Go ones, spelled the same.
void TestReferenceGrammar::exportedPatterns()
{
    QCOMPARE(ReferenceGrammar::tagPattern(), QStringLiteral("[\\w][\\w.-]{0,127}"));
    QCOMPARE(
        ReferenceGrammar::digestPattern(),
        QStringLiteral("[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*[:][[:xdigit:]]{32,}"));
    QCOMPARE(ReferenceGrammar::identifierPattern(), QStringLiteral("([a-f0-9]{64})"));
    QCOMPARE(ReferenceGrammar::domainPattern(),
             QStringLiteral("(?:(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])(?:\\.(?:[a-zA-"
                            "Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]))*|\\[(?:[a-fA-F0-9:]+)\\])("
                            "?::[0-9]+)?"));
}

QTEST_GUILESS_MAIN(TestReferenceGrammar)
#include "tst_referencegrammar.moc"
