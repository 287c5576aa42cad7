// SPDX-License-Identifier: GPL-3.0-or-later
// ImageReference against the tables of distribution/reference v0.6 reference_test.go and
// normalize_test.go, plus the edges Pullscope users hit (IPv6, lengths, upper case, sha512).
#include "model/reference/imagereference.h"

#include <QTest>

namespace {
const QString ffff64 = QString(64, QLatin1Char('f'));
const QString sha256ffff = QStringLiteral("sha256:") + ffff64;
const QString sha512ffff = QStringLiteral("sha512:") + QString(128, QLatin1Char('f'));
const QString dbcc =
    QStringLiteral("dbcc1c35ac38df41fd2f5e4130b32ffdb93ebae8b3dbe638c23575912276fc9c");
const QString e669 =
    QStringLiteral("sha256:e6693c20186f837fc393390135d8a598a96a833917917789d63766cab6c59582");

QString repeat(const QString &s, int n)
{
    return s.repeated(n);
}

// The messages of the Go error values, which must be byte-identical.
const QString errReferenceInvalidFormat = QStringLiteral("invalid reference format");
const QString errNameContainsUppercase = QStringLiteral("repository name must be lowercase");
const QString errNameEmpty = QStringLiteral("repository name must have at least one component");
const QString errNameTooLong =
    QStringLiteral("repository name must not be more than 255 characters");
const QString errDigestInvalidLength = QStringLiteral("invalid checksum digest length");
const QString errDigestInvalidFormat = QStringLiteral("invalid checksum digest format");
const QString errDigestUnsupported = QStringLiteral("unsupported digest algorithm");
} // namespace

class TestImageReference : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void referenceParse_data();
    void referenceParse();
    void withNameFailure_data();
    void withNameFailure();
    void domainAndPath_data();
    void domainAndPath();
    void withTag_data();
    void withTag();
    void withDigest_data();
    void withDigest();
    void parseNamed_data();
    void parseNamed();
    void validateReferenceName_data();
    void validateReferenceName();
    void validateRemoteName_data();
    void validateRemoteName();
    void parseRepositoryInfo_data();
    void parseRepositoryInfo();
    void parseReferenceWithTagAndDigest();
    void invalidReferenceComponents();
    void parseAnyReference_data();
    void parseAnyReference();
    void normalizedSplitHostname_data();
    void normalizedSplitHostname();
    void matchError();
    void match_data();
    void match();
    void parseDockerRef_data();
    void parseDockerRef();
    void normalizedErrors_data();
    void normalizedErrors();
    void edges_data();
    void edges();
    void nullReference();
};

// reference_test.go TestReferenceParse
void TestImageReference::referenceParse_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("repository");
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("tag");
    QTest::addColumn<QString>("digest");

    auto ok = [](const char *name,
                 const QString &input,
                 const QString &repository,
                 const QString &domain = {},
                 const QString &tag = {},
                 const QString &digest = {}) {
        QTest::newRow(name) << input << QString() << repository << domain << tag << digest;
    };
    auto bad = [](const char *name, const QString &input, const QString &error) {
        QTest::newRow(name) << input << error << QString() << QString() << QString() << QString();
    };
    const QString s = QStringLiteral("sha256:") + ffff64;

    ok("underscore name", QStringLiteral("test_com"), QStringLiteral("test_com"));
    ok("dotted name with tag",
       QStringLiteral("test.com:tag"),
       QStringLiteral("test.com"),
       {},
       QStringLiteral("tag"));
    ok("dotted name with numeric tag",
       QStringLiteral("test.com:5000"),
       QStringLiteral("test.com"),
       {},
       QStringLiteral("5000"));
    ok("domain, path, tag",
       QStringLiteral("test.com/repo:tag"),
       QStringLiteral("test.com/repo"),
       QStringLiteral("test.com"),
       QStringLiteral("tag"));
    ok("host:port domain",
       QStringLiteral("test:5000/repo"),
       QStringLiteral("test:5000/repo"),
       QStringLiteral("test:5000"));
    ok("host:port domain with tag",
       QStringLiteral("test:5000/repo:tag"),
       QStringLiteral("test:5000/repo"),
       QStringLiteral("test:5000"),
       QStringLiteral("tag"));
    ok("host:port domain with digest",
       QStringLiteral("test:5000/repo@") + s,
       QStringLiteral("test:5000/repo"),
       QStringLiteral("test:5000"),
       {},
       s);
    ok("host:port domain with tag and digest",
       QStringLiteral("test:5000/repo:tag@") + s,
       QStringLiteral("test:5000/repo"),
       QStringLiteral("test:5000"),
       QStringLiteral("tag"),
       s);
    bad("empty", QString(), errNameEmpty);
    bad("just a tag", QStringLiteral(":justtag"), errReferenceInvalidFormat);
    bad("just a digest", QStringLiteral("@") + s, errReferenceInvalidFormat);
    bad("short digest",
        QStringLiteral("repo@sha256:ffffffffffffffffffffffffffffffffff"),
        errDigestInvalidLength);
    bad("unknown digest algorithm",
        QStringLiteral("validname@invaliddigest:") + ffff64,
        errDigestUnsupported);
    bad("upper-case name", QStringLiteral("Uppercase:tag"), errNameContainsUppercase);
    bad("upper-case path component",
        QStringLiteral("test:5000/Uppercase/lowercase:tag"),
        errNameContainsUppercase);
    ok("upper-case tag",
       QStringLiteral("lowercase:Uppercase"),
       QStringLiteral("lowercase"),
       {},
       QStringLiteral("Uppercase"));
    // v0.6 counts the path only (commit aaca75ef): 128 "a/" give domain "a" and a 255-character
    // path, which the older Go table still lists as ErrNameTooLong.
    ok("domain a and a 255-character path",
       repeat(QStringLiteral("a/"), 128) + QStringLiteral("a:tag"),
       repeat(QStringLiteral("a/"), 128) + QStringLiteral("a"),
       QStringLiteral("a"),
       QStringLiteral("tag"));
    bad("path of 257 characters",
        repeat(QStringLiteral("a/"), 129) + QStringLiteral("a:tag"),
        errNameTooLong);
    ok("path of 253 characters and a long tag",
       repeat(QStringLiteral("a/"), 127) + QStringLiteral("a:tag-puts-this-over-max"),
       repeat(QStringLiteral("a/"), 127) + QStringLiteral("a"),
       QStringLiteral("a"),
       QStringLiteral("tag-puts-this-over-max"));
    bad("dollar signs", QStringLiteral("aa/asdf$$^/aa"), errReferenceInvalidFormat);
    ok("sub-domain",
       QStringLiteral("sub-dom1.foo.com/bar/baz/quux"),
       QStringLiteral("sub-dom1.foo.com/bar/baz/quux"),
       QStringLiteral("sub-dom1.foo.com"));
    ok("sub-domain with tag",
       QStringLiteral("sub-dom1.foo.com/bar/baz/quux:some-long-tag"),
       QStringLiteral("sub-dom1.foo.com/bar/baz/quux"),
       QStringLiteral("sub-dom1.foo.com"),
       QStringLiteral("some-long-tag"));
    ok("dotted path and tag",
       QStringLiteral("b.gcr.io/test.example.com/my-app:test.example.com"),
       QStringLiteral("b.gcr.io/test.example.com/my-app"),
       QStringLiteral("b.gcr.io"),
       QStringLiteral("test.example.com"));
    ok("punycode domain",
       QStringLiteral("xn--n3h.com/myimage:xn--n3h.com"),
       QStringLiteral("xn--n3h.com/myimage"),
       QStringLiteral("xn--n3h.com"),
       QStringLiteral("xn--n3h.com"));
    ok("punycode domain with sha512 digest",
       QStringLiteral("xn--7o8h.com/myimage:xn--7o8h.com@") + sha512ffff,
       QStringLiteral("xn--7o8h.com/myimage"),
       QStringLiteral("xn--7o8h.com"),
       QStringLiteral("xn--7o8h.com"),
       sha512ffff);
    ok("underscore is not a domain",
       QStringLiteral("foo_bar.com:8080"),
       QStringLiteral("foo_bar.com"),
       {},
       QStringLiteral("8080"));
    ok("first component is the domain",
       QStringLiteral("foo/foo_bar.com:8080"),
       QStringLiteral("foo/foo_bar.com"),
       QStringLiteral("foo"),
       QStringLiteral("8080"));
    ok("IPv4 alone", QStringLiteral("192.168.1.1"), QStringLiteral("192.168.1.1"));
    ok("IPv4 with tag",
       QStringLiteral("192.168.1.1:tag"),
       QStringLiteral("192.168.1.1"),
       {},
       QStringLiteral("tag"));
    ok("IPv4 with port-like tag",
       QStringLiteral("192.168.1.1:5000"),
       QStringLiteral("192.168.1.1"),
       {},
       QStringLiteral("5000"));
    ok("IPv4 domain",
       QStringLiteral("192.168.1.1/repo"),
       QStringLiteral("192.168.1.1/repo"),
       QStringLiteral("192.168.1.1"));
    ok("IPv4 domain with port",
       QStringLiteral("192.168.1.1:5000/repo"),
       QStringLiteral("192.168.1.1:5000/repo"),
       QStringLiteral("192.168.1.1:5000"));
    ok("IPv4 domain with port and tag",
       QStringLiteral("192.168.1.1:5000/repo:5050"),
       QStringLiteral("192.168.1.1:5000/repo"),
       QStringLiteral("192.168.1.1:5000"),
       QStringLiteral("5050"));
    bad("IPv6 alone", QStringLiteral("[2001:db8::1]"), errReferenceInvalidFormat);
    bad("IPv6 with port alone", QStringLiteral("[2001:db8::1]:5000"), errReferenceInvalidFormat);
    bad("IPv6 with tag alone", QStringLiteral("[2001:db8::1]:tag"), errReferenceInvalidFormat);
    ok("IPv6 domain",
       QStringLiteral("[2001:db8::1]/repo"),
       QStringLiteral("[2001:db8::1]/repo"),
       QStringLiteral("[2001:db8::1]"));
    ok("IPv6 uncompressed domain with tag",
       QStringLiteral("[2001:db8:1:2:3:4:5:6]/repo:tag"),
       QStringLiteral("[2001:db8:1:2:3:4:5:6]/repo"),
       QStringLiteral("[2001:db8:1:2:3:4:5:6]"),
       QStringLiteral("tag"));
    ok("IPv6 domain with port",
       QStringLiteral("[2001:db8::1]:5000/repo"),
       QStringLiteral("[2001:db8::1]:5000/repo"),
       QStringLiteral("[2001:db8::1]:5000"));
    ok("IPv6 domain with port and tag",
       QStringLiteral("[2001:db8::1]:5000/repo:tag"),
       QStringLiteral("[2001:db8::1]:5000/repo"),
       QStringLiteral("[2001:db8::1]:5000"),
       QStringLiteral("tag"));
    ok("IPv6 domain with port and digest",
       QStringLiteral("[2001:db8::1]:5000/repo@") + s,
       QStringLiteral("[2001:db8::1]:5000/repo"),
       QStringLiteral("[2001:db8::1]:5000"),
       {},
       s);
    ok("IPv6 domain with port, tag and digest",
       QStringLiteral("[2001:db8::1]:5000/repo:tag@") + s,
       QStringLiteral("[2001:db8::1]:5000/repo"),
       QStringLiteral("[2001:db8::1]:5000"),
       QStringLiteral("tag"),
       s);
    ok("IPv6 trailing :: with port",
       QStringLiteral("[2001:db8::]:5000/repo"),
       QStringLiteral("[2001:db8::]:5000/repo"),
       QStringLiteral("[2001:db8::]:5000"));
    ok("IPv6 loopback with port",
       QStringLiteral("[::1]:5000/repo"),
       QStringLiteral("[::1]:5000/repo"),
       QStringLiteral("[::1]:5000"));
    bad("IPv6 zone", QStringLiteral("[fe80::1%eth0]:5000/repo"), errReferenceInvalidFormat);
    bad("IPv6 invalid zone",
        QStringLiteral("[fe80::1%@invalidzone]:5000/repo"),
        errReferenceInvalidFormat);
}

void TestImageReference::referenceParse()
{
    QFETCH(QString, input);
    QFETCH(QString, error);
    QFETCH(QString, repository);
    QFETCH(QString, domain);
    QFETCH(QString, tag);
    QFETCH(QString, digest);

    const Result<ImageReference> ref = ImageReference::parse(input);
    if (!error.isEmpty()) {
        QVERIFY2(!ref, qPrintable(input));
        QCOMPARE(ref.error().message, error);
        QCOMPARE(ref.error().code, ErrorCode::InvalidReference);
        return;
    }
    QVERIFY2(ref, qPrintable(ref ? QString() : ref.error().message));
    QCOMPARE(ref->toString(), input);
    QCOMPARE(ref->name(), repository);
    QCOMPARE(ref->domain(), domain);
    QCOMPARE(ref->tag(), tag);
    QCOMPARE(ref->hasTag(), !tag.isEmpty());
    QCOMPARE(ref->digest().toString(), digest);
    QCOMPARE(ref->hasDigest(), !digest.isEmpty());
}

// reference_test.go TestWithNameFailure
void TestImageReference::withNameFailure_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("error");
    QTest::newRow("empty") << QString() << errReferenceInvalidFormat;
    QTest::newRow("just a tag") << QStringLiteral(":justtag") << errReferenceInvalidFormat;
    QTest::newRow("just a digest") << QStringLiteral("@") + sha256ffff << errReferenceInvalidFormat;
    QTest::newRow("name with digest")
        << QStringLiteral("validname@invaliddigest:") + ffff64 << errReferenceInvalidFormat;
    QTest::newRow("too long") << repeat(QStringLiteral("a/"), 128) + QStringLiteral("a:tag")
                              << errReferenceInvalidFormat;
    QTest::newRow("path of 257 characters")
        << repeat(QStringLiteral("a/"), 129) + QStringLiteral("a") << errNameTooLong;
    QTest::newRow("dollar signs") << QStringLiteral("aa/asdf$$^/aa") << errReferenceInvalidFormat;
}

void TestImageReference::withNameFailure()
{
    QFETCH(QString, input);
    QFETCH(QString, error);
    const Result<ImageReference> ref = ImageReference::withName(input);
    QVERIFY(!ref);
    QCOMPARE(ref.error().message, error);
}

// reference_test.go TestDomainAndPath
void TestImageReference::domainAndPath_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("path");
    QTest::newRow("dotted") << QStringLiteral("test.com/foo") << QStringLiteral("test.com")
                            << QStringLiteral("foo");
    QTest::newRow("underscore") << QStringLiteral("test_com/foo") << QString()
                                << QStringLiteral("test_com/foo");
    QTest::newRow("host:port") << QStringLiteral("test:8080/foo") << QStringLiteral("test:8080")
                               << QStringLiteral("foo");
    QTest::newRow("dotted:port") << QStringLiteral("test.com:8080/foo")
                                 << QStringLiteral("test.com:8080") << QStringLiteral("foo");
    QTest::newRow("dashed:port") << QStringLiteral("test-com:8080/foo")
                                 << QStringLiteral("test-com:8080") << QStringLiteral("foo");
    QTest::newRow("punycode:port") << QStringLiteral("xn--n3h.com:18080/foo")
                                   << QStringLiteral("xn--n3h.com:18080") << QStringLiteral("foo");
}

void TestImageReference::domainAndPath()
{
    QFETCH(QString, input);
    QFETCH(QString, domain);
    QFETCH(QString, path);
    const Result<ImageReference> ref = ImageReference::withName(input);
    QVERIFY(ref);
    QCOMPARE(ref->domain(), domain);
    QCOMPARE(ref->path(), path);
    QVERIFY(ref->isNameOnly());
}

// reference_test.go TestWithTag
void TestImageReference::withTag_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("digest");
    QTest::addColumn<QString>("tag");
    QTest::addColumn<QString>("combined");
    const QString d = QStringLiteral("sha256:") + QString(64, QLatin1Char('1'));
    QTest::newRow("domain") << QStringLiteral("test.com/foo") << QString() << QStringLiteral("tag")
                            << QStringLiteral("test.com/foo:tag");
    QTest::newRow("no domain") << QStringLiteral("foo") << QString() << QStringLiteral("tag2")
                               << QStringLiteral("foo:tag2");
    QTest::newRow("port") << QStringLiteral("test.com:8000/foo") << QString()
                          << QStringLiteral("tag4") << QStringLiteral("test.com:8000/foo:tag4");
    QTest::newRow("upper-case tag")
        << QStringLiteral("test.com:8000/foo") << QString() << QStringLiteral("TAG5")
        << QStringLiteral("test.com:8000/foo:TAG5");
    // The Go table uses a short digest string that WithDigest accepts unvalidated; Digest is
    // always validated here, so a full-length one stands in.
    QTest::newRow("keeps digest") << QStringLiteral("test.com:8000/foo") << d
                                  << QStringLiteral("TAG5")
                                  << QStringLiteral("test.com:8000/foo:TAG5@") + d;
}

void TestImageReference::withTag()
{
    QFETCH(QString, name);
    QFETCH(QString, digest);
    QFETCH(QString, tag);
    QFETCH(QString, combined);
    Result<ImageReference> named = ImageReference::withName(name);
    QVERIFY(named);
    if (!digest.isEmpty()) {
        named = named->withDigest(Digest::parse(digest).value());
        QVERIFY(named);
    }
    const Result<ImageReference> tagged = named->withTag(tag);
    QVERIFY(tagged);
    QCOMPARE(tagged->toString(), combined);
}

// reference_test.go TestWithDigest
void TestImageReference::withDigest_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("tag");
    QTest::addColumn<QString>("combined");
    const QString d = QStringLiteral("@sha256:") + QString(64, QLatin1Char('1'));
    QTest::newRow("domain") << QStringLiteral("test.com/foo") << QString()
                            << QStringLiteral("test.com/foo") + d;
    QTest::newRow("no domain") << QStringLiteral("foo") << QString() << QStringLiteral("foo") + d;
    QTest::newRow("port") << QStringLiteral("test.com:8000/foo") << QString()
                          << QStringLiteral("test.com:8000/foo") + d;
    QTest::newRow("keeps tag") << QStringLiteral("test.com:8000/foo") << QStringLiteral("latest")
                               << QStringLiteral("test.com:8000/foo:latest") + d;
}

void TestImageReference::withDigest()
{
    QFETCH(QString, name);
    QFETCH(QString, tag);
    QFETCH(QString, combined);
    Result<ImageReference> named = ImageReference::withName(name);
    QVERIFY(named);
    if (!tag.isEmpty()) {
        named = named->withTag(tag);
        QVERIFY(named);
    }
    const Digest d =
        Digest::parse(QStringLiteral("sha256:") + QString(64, QLatin1Char('1'))).value();
    const Result<ImageReference> digested = named->withDigest(d);
    QVERIFY(digested);
    QCOMPARE(digested->toString(), combined);
}

// reference_test.go TestParseNamed: ParseNamed is ParseNormalizedNamed plus "String() must
// equal the input" (ErrNameNotCanonical).
void TestImageReference::parseNamed_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("canonical");
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("path");
    QTest::newRow("dotted") << QStringLiteral("test.com/foo") << true << QStringLiteral("test.com")
                            << QStringLiteral("foo");
    QTest::newRow("host:port") << QStringLiteral("test:8080/foo") << true
                               << QStringLiteral("test:8080") << QStringLiteral("foo");
    QTest::newRow("underscore") << QStringLiteral("test_com/foo") << false << QString()
                                << QString();
    QTest::newRow("dotted alone") << QStringLiteral("test.com") << false << QString() << QString();
    QTest::newRow("familiar") << QStringLiteral("foo") << false << QString() << QString();
    QTest::newRow("library") << QStringLiteral("library/foo") << false << QString() << QString();
    QTest::newRow("canonical hub") << QStringLiteral("docker.io/library/foo") << true
                                   << QStringLiteral("docker.io") << QStringLiteral("library/foo");
    QTest::newRow("ambiguous hub")
        << QStringLiteral("docker.io/foo") << false << QString() << QString();
}

void TestImageReference::parseNamed()
{
    QFETCH(QString, input);
    QFETCH(bool, canonical);
    QFETCH(QString, domain);
    QFETCH(QString, path);
    const Result<ImageReference> ref = ImageReference::parseNormalized(input);
    QVERIFY(ref);
    QCOMPARE(ref->toString() == input, canonical);
    if (canonical) {
        QCOMPARE(ref->domain(), domain);
        QCOMPARE(ref->path(), path);
    }
}

// normalize_test.go TestValidateReferenceName
void TestImageReference::validateReferenceName_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("valid");
    const char *valid[] = {
        "docker/docker",
        "library/debian",
        "debian",
        "docker.io/docker/docker",
        "docker.io/library/debian",
        "docker.io/debian",
        "index.docker.io/docker/docker",
        "index.docker.io/library/debian",
        "index.docker.io/debian",
        "127.0.0.1:5000/docker/docker",
        "127.0.0.1:5000/library/debian",
        "127.0.0.1:5000/debian",
        "192.168.0.1",
        "192.168.0.1:80",
        "192.168.0.1:8/debian",
        "192.168.0.2:25000/debian",
        "thisisthesongthatneverendsitgoesonandonandonthisisthesongthatnev",
        "[fc00::1]:5000/docker",
        "[fc00::1]:5000/docker/docker",
        "[fc00:1:2:3:4:5:6:7]:5000/library/debian",
        "docker.io/1a3f5e7d9c1b3a5f7e9d1c3b5a7f9e1d3c5b7a9f1e3d5d7c9b1a3f5e7d9c1b3a",
        "Docker/docker",
        "DOCKER/docker",
    };
    const char *invalid[] = {
        "https://github.com/docker/docker",
        "docker/Docker",
        "-docker",
        "-docker/docker",
        "-docker.io/docker/docker",
        "docker///docker",
        "docker.io/docker/Docker",
        "docker.io/docker///docker",
        "[fc00::1]",
        "[fc00::1]:5000",
        "fc00::1:5000/debian",
        "[fe80::1%eth0]:5000/debian",
        "[2001:db8:3:4::192.0.2.33]:5000/debian",
        "1a3f5e7d9c1b3a5f7e9d1c3b5a7f9e1d3c5b7a9f1e3d5d7c9b1a3f5e7d9c1b3a",
    };
    for (const char *v : valid)
        QTest::addRow("valid %s", v) << QString::fromLatin1(v) << true;
    for (const char *v : invalid)
        QTest::addRow("invalid %s", v) << QString::fromLatin1(v) << false;
}

void TestImageReference::validateReferenceName()
{
    QFETCH(QString, input);
    QFETCH(bool, valid);
    const Result<ImageReference> ref = ImageReference::parseNormalized(input);
    QCOMPARE(bool(ref), valid);
}

// normalize_test.go TestValidateRemoteName
void TestImageReference::validateRemoteName_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("valid");
    const char *valid[] = {
        "docker/docker",
        "thisisthesongthatneverendsitgoesonandonandonthisisthesongthatnev",
        "docker-rules/docker",
        "docker---rules/docker",
        "doc/docker",
        "d/docker",
        "jess/t",
        "dock__er/docker",
    };
    const char *invalid[] = {
        "docker/Docker",
        "docker///docker",
        "1a3f5e7d9c1b3a5f7e9d1c3b5a7f9e1d3c5b7a9f1e3d5d7c9b1a3f5e7d9c1b3a",
        "-docker/docker",
        "docker-/docker",
        "-docker-/docker",
        "____/____",
        "_docker/_docker",
        "dock..er/docker",
        "dock_.er/docker",
        "dock-.er/docker",
        "docker/",
        "this_is_not_a_valid_namespace_because_its_lenth_is_greater_than_255_this_is_not_a_valid_"
        "namespace_because_its_lenth_is_greater_than_255_this_is_not_a_valid_namespace_because_"
        "its_lenth_is_greater_than_255_this_is_not_a_valid_namespace_because_its_lenth_is_greater_"
        "than_255/docker",
    };
    for (const char *v : valid)
        QTest::addRow("valid %s", v) << QString::fromLatin1(v) << true;
    for (const char *v : invalid)
        QTest::addRow("invalid %.40s", v) << QString::fromLatin1(v) << false;
}

void TestImageReference::validateRemoteName()
{
    QFETCH(QString, input);
    QFETCH(bool, valid);
    QCOMPARE(bool(ImageReference::parseNormalized(input)), valid);
}

// normalize_test.go TestParseRepositoryInfo: every spelling gives the same names.
void TestImageReference::parseRepositoryInfo_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("remoteName");
    QTest::addColumn<QString>("familiarName");
    QTest::addColumn<QString>("fullName");
    QTest::addColumn<QString>("domain");

    struct Case
    {
        const char *remote, *familiar, *full, *ambiguous, *domain;
    };

    const Case cases[] = {
        {"fooo/bar", "fooo/bar", "docker.io/fooo/bar", "index.docker.io/fooo/bar", "docker.io"},
        {"library/ubuntu", "ubuntu", "docker.io/library/ubuntu", "library/ubuntu", "docker.io"},
        {"nonlibrary/ubuntu", "nonlibrary/ubuntu", "docker.io/nonlibrary/ubuntu", "", "docker.io"},
        {"other/library", "other/library", "docker.io/other/library", "", "docker.io"},
        {"private/moonbase",
         "127.0.0.1:8000/private/moonbase",
         "127.0.0.1:8000/private/moonbase",
         "",
         "127.0.0.1:8000"},
        {"privatebase",
         "127.0.0.1:8000/privatebase",
         "127.0.0.1:8000/privatebase",
         "",
         "127.0.0.1:8000"},
        {"private/moonbase",
         "example.com/private/moonbase",
         "example.com/private/moonbase",
         "",
         "example.com"},
        {"privatebase", "example.com/privatebase", "example.com/privatebase", "", "example.com"},
        {"private/moonbase",
         "example.com:8000/private/moonbase",
         "example.com:8000/private/moonbase",
         "",
         "example.com:8000"},
        {"privatebasee",
         "example.com:8000/privatebasee",
         "example.com:8000/privatebasee",
         "",
         "example.com:8000"},
        {"library/ubuntu-12.04-base",
         "ubuntu-12.04-base",
         "docker.io/library/ubuntu-12.04-base",
         "index.docker.io/library/ubuntu-12.04-base",
         "docker.io"},
        {"library/foo", "foo", "docker.io/library/foo", "docker.io/foo", "docker.io"},
        {"library/foo/bar", "library/foo/bar", "docker.io/library/foo/bar", "", "docker.io"},
        {"store/foo/bar", "store/foo/bar", "docker.io/store/foo/bar", "", "docker.io"},
        {"bar", "Foo/bar", "Foo/bar", "", "Foo"},
        {"bar", "FOO/bar", "FOO/bar", "", "FOO"},
    };
    int i = 0;
    for (const Case &c : cases) {
        for (const char *spelling : {c.familiar, c.full, c.ambiguous}) {
            if (!*spelling)
                continue;
            QTest::addRow("%d/%s", i, spelling)
                << QString::fromLatin1(spelling) << QString::fromLatin1(c.remote)
                << QString::fromLatin1(c.familiar) << QString::fromLatin1(c.full)
                << QString::fromLatin1(c.domain);
        }
        ++i;
    }
}

void TestImageReference::parseRepositoryInfo()
{
    QFETCH(QString, input);
    QFETCH(QString, remoteName);
    QFETCH(QString, familiarName);
    QFETCH(QString, fullName);
    QFETCH(QString, domain);
    const Result<ImageReference> ref = ImageReference::parseNormalized(input);
    QVERIFY2(ref, qPrintable(ref ? QString() : ref.error().message));
    QCOMPARE(ref->familiarName(), familiarName);
    QCOMPARE(ref->toString(), fullName);
    QCOMPARE(ref->domain(), domain);
    QCOMPARE(ref->path(), remoteName);
}

// normalize_test.go TestParseReferenceWithTagAndDigest
void TestImageReference::parseReferenceWithTagAndDigest()
{
    const QString shortRef = QStringLiteral(
        "busybox:latest@sha256:86e0e091d0da6bde2456dbb48306f3956bbeb2eae1b5b9a43045843f69fe4aaa");
    const Result<ImageReference> ref = ImageReference::parseNormalized(shortRef);
    QVERIFY(ref);
    QCOMPARE(ref->toString(), QStringLiteral("docker.io/library/") + shortRef);
    QVERIFY(ref->hasTag());
    QVERIFY(ref->hasDigest());
    QCOMPARE(ref->familiar(), shortRef);
}

// normalize_test.go TestInvalidReferenceComponents
void TestImageReference::invalidReferenceComponents()
{
    QVERIFY(!ImageReference::parseNormalized(QStringLiteral("-foo")));
    const Result<ImageReference> ref = ImageReference::parseNormalized(QStringLiteral("busybox"));
    QVERIFY(ref);
    const Result<ImageReference> tagged = ref->withTag(QStringLiteral("-foo"));
    QVERIFY(!tagged);
    QCOMPARE(tagged.error().message, QStringLiteral("invalid tag format"));
    const Result<ImageReference> digested = ref->withDigest(Digest());
    QVERIFY(!digested);
    QCOMPARE(digested.error().message, QStringLiteral("invalid digest format"));
}

// normalize_test.go TestParseAnyReference
void TestImageReference::parseAnyReference_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("equivalent");
    QTest::addColumn<bool>("digestOnly");
    const QString at = QStringLiteral("@sha256:") + dbcc;
    auto row = [](const QString &input, const QString &equivalent, bool digestOnly = false) {
        QTest::newRow(qPrintable(input)) << input << equivalent << digestOnly;
    };
    row(QStringLiteral("redis"), QStringLiteral("docker.io/library/redis"));
    row(QStringLiteral("redis:latest"), QStringLiteral("docker.io/library/redis:latest"));
    row(QStringLiteral("docker.io/library/redis:latest"),
        QStringLiteral("docker.io/library/redis:latest"));
    row(QStringLiteral("redis") + at, QStringLiteral("docker.io/library/redis") + at);
    row(QStringLiteral("docker.io/library/redis") + at,
        QStringLiteral("docker.io/library/redis") + at);
    row(QStringLiteral("dmcgowan/myapp"), QStringLiteral("docker.io/dmcgowan/myapp"));
    row(QStringLiteral("dmcgowan/myapp:latest"), QStringLiteral("docker.io/dmcgowan/myapp:latest"));
    row(QStringLiteral("docker.io/mcgowan/myapp:latest"),
        QStringLiteral("docker.io/mcgowan/myapp:latest"));
    row(QStringLiteral("dmcgowan/myapp") + at, QStringLiteral("docker.io/dmcgowan/myapp") + at);
    row(QStringLiteral("docker.io/dmcgowan/myapp") + at,
        QStringLiteral("docker.io/dmcgowan/myapp") + at);
    row(dbcc, QStringLiteral("sha256:") + dbcc, true);
    row(QStringLiteral("sha256:") + dbcc, QStringLiteral("sha256:") + dbcc, true);
    row(dbcc.left(63), QStringLiteral("docker.io/library/") + dbcc.left(63));
    row(QStringLiteral("dbcc1"), QStringLiteral("docker.io/library/dbcc1"));
}

void TestImageReference::parseAnyReference()
{
    QFETCH(QString, input);
    QFETCH(QString, equivalent);
    QFETCH(bool, digestOnly);
    const Result<ImageReference> ref = ImageReference::parseAny(input);
    QVERIFY(ref);
    QCOMPARE(ref->toString(), equivalent);
    QCOMPARE(ref->hasName(), !digestOnly);
    if (!digestOnly) {
        // Go compares with Parse(equivalent), structurally.
        const Result<ImageReference> expected = ImageReference::parse(equivalent);
        QVERIFY(expected);
        QCOMPARE(*ref, *expected);
    } else {
        QCOMPARE(ref->digest().toString(), equivalent);
        QCOMPARE(ref->familiar(), equivalent);
    }
}

// normalize_test.go TestNormalizedSplitHostname
void TestImageReference::normalizedSplitHostname_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("path");
    auto row = [](const char *input, const char *domain, const char *path) {
        QTest::newRow(input) << QString::fromLatin1(input) << QString::fromLatin1(domain)
                             << QString::fromLatin1(path);
    };
    row("test.com/foo", "test.com", "foo");
    row("test_com/foo", "docker.io", "test_com/foo");
    row("docker/migrator", "docker.io", "docker/migrator");
    row("test.com:8080/foo", "test.com:8080", "foo");
    row("test-com:8080/foo", "test-com:8080", "foo");
    row("foo", "docker.io", "library/foo");
    row("xn--n3h.com/foo", "xn--n3h.com", "foo");
    row("xn--n3h.com:18080/foo", "xn--n3h.com:18080", "foo");
    row("docker.io/foo", "docker.io", "library/foo");
    row("docker.io/library/foo", "docker.io", "library/foo");
    row("docker.io/library/foo/bar", "docker.io", "library/foo/bar");
    // splitDockerDomain branches beyond the Go table
    row("localhost/foo", "localhost", "foo");
    row("localhost:5000/foo", "localhost:5000", "foo");
    row("localhost", "docker.io", "library/localhost");
    row("index.docker.io/foo", "docker.io", "library/foo");
    row("index.docker.io/foo/bar", "docker.io", "foo/bar");
    row("Registry/foo", "Registry", "foo");
    row("[::1]:5000/foo", "[::1]:5000", "foo");
    row("example.com/foo", "example.com", "foo");
}

void TestImageReference::normalizedSplitHostname()
{
    QFETCH(QString, input);
    QFETCH(QString, domain);
    QFETCH(QString, path);
    const Result<ImageReference> ref = ImageReference::parseNormalized(input);
    QVERIFY2(ref, qPrintable(ref ? QString() : ref.error().message));
    QCOMPARE(ref->domain(), domain);
    QCOMPARE(ref->path(), path);
}

// normalize_test.go TestMatchError
void TestImageReference::matchError()
{
    const Result<ImageReference> ref = ImageReference::parseAny(QStringLiteral("foo"));
    QVERIFY(ref);
    const Result<bool> matched = ref->familiarMatch(QStringLiteral("[-x]"));
    QVERIFY(!matched);
    QCOMPARE(matched.error().message, QStringLiteral("syntax error in pattern"));
}

// normalize_test.go TestMatch
void TestImageReference::match_data()
{
    QTest::addColumn<QString>("reference");
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<bool>("expected");
    auto row = [](const char *name, const char *reference, const char *pattern, bool expected) {
        QTest::newRow(name) << QString::fromLatin1(reference) << QString::fromLatin1(pattern)
                            << expected;
    };
    row("too short", "foo", "foo/**/ba[rz]", false);
    row("class misses", "foo/any/bat", "foo/**/ba[rz]", false);
    row("class r", "foo/a/bar", "foo/**/ba[rz]", true);
    row("class z", "foo/b/baz", "foo/**/ba[rz]", true);
    row("name matches despite tag", "foo/c/baz:tag", "foo/**/ba[rz]", true);
    row("star and tag", "foo/c/baz:tag", "foo/*/baz:tag", true);
    row("literal", "foo/c/baz:tag", "foo/c/baz:tag", true);
    row("star domain", "example.com/foo/c/baz:tag", "*/foo/c/baz", true);
    row("full name", "example.com/foo/c/baz:tag", "example.com/foo/c/baz", true);
}

void TestImageReference::match()
{
    QFETCH(QString, reference);
    QFETCH(QString, pattern);
    QFETCH(bool, expected);
    const Result<ImageReference> ref = ImageReference::parseAny(reference);
    QVERIFY(ref);
    const Result<bool> matched = ref->familiarMatch(pattern);
    QVERIFY(matched);
    QCOMPARE(*matched, expected);
}

// normalize_test.go TestParseDockerRef
void TestImageReference::parseDockerRef_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    const QString latest = QStringLiteral("docker.io/library/busybox:latest");
    QTest::newRow("nothing") << QStringLiteral("busybox") << latest;
    QTest::newRow("tag only") << QStringLiteral("busybox:latest") << latest;
    QTest::newRow("digest only") << QStringLiteral("busybox@") + e669
                                 << QStringLiteral("docker.io/library/busybox@") + e669;
    QTest::newRow("path only") << QStringLiteral("library/busybox") << latest;
    QTest::newRow("hostname only") << QStringLiteral("docker.io/busybox") << latest;
    QTest::newRow("no tag") << QStringLiteral("docker.io/library/busybox") << latest;
    QTest::newRow("no path") << QStringLiteral("docker.io/busybox:latest") << latest;
    QTest::newRow("no hostname") << QStringLiteral("library/busybox:latest") << latest;
    QTest::newRow("full reference with tag") << latest << latest;
    QTest::newRow("gcr reference without tag") << QStringLiteral("gcr.io/library/busybox")
                                               << QStringLiteral("gcr.io/library/busybox:latest");
    QTest::newRow("both tag and digest") << QStringLiteral("gcr.io/library/busybox:latest@") + e669
                                         << QStringLiteral("gcr.io/library/busybox@") + e669;
}

void TestImageReference::parseDockerRef()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const Result<ImageReference> ref = ImageReference::parseDockerRef(input);
    QVERIFY(ref);
    QCOMPARE(ref->toString(), expected);
    QVERIFY(ImageReference::parse(ref->toString()));
    // dockerRef() on the normalized reference says the same.
    QCOMPARE(ImageReference::parseNormalized(input)->dockerRef(), expected);
}

// The exact messages of ParseNormalizedNamed's own branches.
void TestImageReference::normalizedErrors_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("error");
    QTest::newRow("64-hex identifier")
        << dbcc
        << QStringLiteral("invalid repository name (%1), cannot specify 64-byte hexadecimal "
                          "strings")
               .arg(dbcc);
    QTest::newRow("upper-case familiar name")
        << QStringLiteral("Foo")
        << QStringLiteral("invalid reference format: repository name (library/Foo) must be "
                          "lowercase");
    QTest::newRow("upper case checked before the tag")
        << QStringLiteral("Foo:Bar")
        << QStringLiteral("invalid reference format: repository name (library/Foo) must be "
                          "lowercase");
    QTest::newRow("upper case in a path")
        << QStringLiteral("docker/Docker:tag")
        << QStringLiteral("invalid reference format: repository name (docker/Docker) must be "
                          "lowercase");
    QTest::newRow("upper case after a domain")
        << QStringLiteral("example.com/Foo")
        << QStringLiteral("invalid reference format: repository name (Foo) must be lowercase");
    QTest::newRow("port is part of the domain")
        << QStringLiteral("localhost:5000/Foo:Bar")
        << QStringLiteral("invalid reference format: repository name (Foo) must be lowercase");
    QTest::newRow("empty") << QString() << errReferenceInvalidFormat;
    QTest::newRow("trailing slash") << QStringLiteral("docker/") << errReferenceInvalidFormat;
    QTest::newRow("short digest") << QStringLiteral("busybox@sha256:abc")
                                  << errReferenceInvalidFormat;
    QTest::newRow("digest one short")
        << QStringLiteral("busybox@sha256:") + ffff64.left(63) << errDigestInvalidLength;
    QTest::newRow("upper-case hex")
        << QStringLiteral("busybox@sha256:") + ffff64.toUpper() << errDigestInvalidFormat;
    QTest::newRow("sha384 unsupported")
        << QStringLiteral("busybox@sha384:") + QString(96, QLatin1Char('a'))
        << errDigestUnsupported;
    QTest::newRow("sha512 short") << QStringLiteral("busybox@sha512:") + ffff64
                                  << errDigestInvalidLength;
    QTest::newRow("path over 255")
        << QStringLiteral("example.com/") + QString(256, QLatin1Char('a')) << errNameTooLong;
}

void TestImageReference::normalizedErrors()
{
    QFETCH(QString, input);
    QFETCH(QString, error);
    const Result<ImageReference> ref = ImageReference::parseNormalized(input);
    QVERIFY2(!ref, qPrintable(ref ? ref->toString() : QString()));
    QCOMPARE(ref.error().message, error);
}

// Behaviour the Go tables imply but do not spell out.
void TestImageReference::edges_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("normalize");
    QTest::addColumn<QString>("expected"); // String(), or "!" + error message

    const QString longDomain = QString(300, QLatin1Char('d')) + QStringLiteral(".example.com");
    QTest::newRow("255-character path")
        << QStringLiteral("example.com/") + QString(255, QLatin1Char('a')) << false
        << QStringLiteral("example.com/") + QString(255, QLatin1Char('a'));
    QTest::newRow("domain does not count towards 255")
        << longDomain + QStringLiteral("/") + QString(250, QLatin1Char('a')) << false
        << longDomain + QStringLiteral("/") + QString(250, QLatin1Char('a'));
    QTest::newRow("128-character tag")
        << QStringLiteral("foo:") + QString(128, QLatin1Char('t')) << false
        << QStringLiteral("foo:") + QString(128, QLatin1Char('t'));
    QTest::newRow("129-character tag") << QStringLiteral("foo:") + QString(129, QLatin1Char('t'))
                                       << false << QStringLiteral("!") + errReferenceInvalidFormat;
    QTest::newRow("tag may not start with a dot")
        << QStringLiteral("foo:.tag") << false << QStringLiteral("!") + errReferenceInvalidFormat;
    QTest::newRow("non-ASCII tag letter is not \\w")
        << QStringLiteral("foo:t\u00e9") << false
        << QStringLiteral("!") + errReferenceInvalidFormat;
    QTest::newRow("trailing newline")
        << QStringLiteral("foo\n") << false << QStringLiteral("!") + errReferenceInvalidFormat;
    QTest::newRow("trailing newline after tag")
        << QStringLiteral("foo:bar\n") << true << QStringLiteral("!") + errReferenceInvalidFormat;
    QTest::newRow("index.docker.io") << QStringLiteral("index.docker.io/library/busybox:1") << true
                                     << QStringLiteral("docker.io/library/busybox:1");
    QTest::newRow("upper-case domain")
        << QStringLiteral("Example.COM:5000/foo") << true << QStringLiteral("Example.COM:5000/foo");
    QTest::newRow("IPv6 loopback")
        << QStringLiteral("[::1]:5000/foo") << true << QStringLiteral("[::1]:5000/foo");
    QTest::newRow("localhost without port")
        << QStringLiteral("localhost/foo:1") << true << QStringLiteral("localhost/foo:1");
    QTest::newRow("bare localhost is a hub name")
        << QStringLiteral("localhost:5000") << true
        << QStringLiteral("docker.io/library/localhost:5000");
    QTest::newRow("sha512 digest") << QStringLiteral("foo@") + sha512ffff << true
                                   << QStringLiteral("docker.io/library/foo@") + sha512ffff;
    QTest::newRow("very long input does not hit a regex limit")
        << QStringLiteral("a/").repeated(3000) + QStringLiteral("a") << false
        << QStringLiteral("!") + errNameTooLong;
    QTest::newRow("very long invalid input") << QStringLiteral("a-").repeated(5000) << false
                                             << QStringLiteral("!") + errReferenceInvalidFormat;
    QTest::newRow("double dash separator")
        << QStringLiteral("a--b/c__d/e.f") << true << QStringLiteral("docker.io/a--b/c__d/e.f");
    QTest::newRow("triple underscore")
        << QStringLiteral("a___b") << false << QStringLiteral("!") + errReferenceInvalidFormat;
    QTest::newRow("port without host")
        << QStringLiteral(":5000/foo") << true << QStringLiteral("!") + errReferenceInvalidFormat;
}

void TestImageReference::edges()
{
    QFETCH(QString, input);
    QFETCH(bool, normalize);
    QFETCH(QString, expected);
    const Result<ImageReference> ref =
        normalize ? ImageReference::parseNormalized(input) : ImageReference::parse(input);
    if (expected.startsWith(QLatin1Char('!'))) {
        QVERIFY2(!ref, qPrintable(ref ? ref->toString() : QString()));
        QCOMPARE(ref.error().message, expected.mid(1));
    } else {
        QVERIFY2(ref, qPrintable(ref ? QString() : ref.error().message));
        QCOMPARE(ref->toString(), expected);
    }
}

void TestImageReference::nullReference()
{
    const ImageReference ref;
    QVERIFY(!ref.isValid());
    QVERIFY(!ref.hasName());
    QCOMPARE(ref.toString(), QString());
    const Result<ImageReference> tagged = ref.withTag(QStringLiteral("x"));
    QVERIFY(!tagged);
}

QTEST_GUILESS_MAIN(TestImageReference)
#include "tst_imagereference.moc"
