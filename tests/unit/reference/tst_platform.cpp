// SPDX-License-Identifier: GPL-3.0-or-later
// Platform and PlatformMatcher against containerd/platforms platforms_test.go (TestParseSelector,
// TestFormatAllEncoding, TestParseSelectorInvalid) and the Only/OnlyStrict ordering of
// compare.go, plus containerd's index selection (core/images Manifest).
#include "model/reference/platform.h"
#include "model/reference/platformmatcher.h"

#include <QTest>

namespace {
Platform p(const char *os, const char *arch, const char *variant = "")
{
    return Platform(QString::fromLatin1(os),
                    QString::fromLatin1(arch),
                    QString::fromLatin1(variant));
}

QString hostVariantFor(const QString &arch)
{
    // What Parse adds for a lone OS: the host's ARM variant, except v7 (the default).
    const QString v = Platform::host().variant();
    return arch == QLatin1String("arm") && v != QLatin1String("v7") ? v : QString();
}

QStringList formatted(const QList<Platform> &platforms)
{
    QStringList out;
    for (const Platform &pl : platforms)
        out.append(pl.format());
    return out;
}
} // namespace

class TestPlatform : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseSelector_data();
    void parseSelector();
    void formatAllEncoding_data();
    void formatAllEncoding();
    void formatAllSkipsEmptyFeatures();
    void parseInvalid_data();
    void parseInvalid();
    void normalize_data();
    void normalize();
    void host();
    void only_data();
    void only();
    void platformVector_data();
    void platformVector();
    void onlyStrict();
    void featuresSubset();
    void less();
    void selectManifest_data();
    void selectManifest();
};

// platforms_test.go TestParseSelector (the wildcard rows are skipped upstream too)
void TestPlatform::parseSelector_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<Platform>("expected");
    QTest::addColumn<QList<Platform>>("matches");
    QTest::addColumn<QString>("formatted");
    QTest::addColumn<bool>("formatAll");

    const QString os = Platform::hostOs();
    const QString arch = Platform::hostArchitecture();
    const QString variant = hostVariantFor(arch);
    auto join = [](const QString &a, const QString &b, const QString &c) {
        QStringList parts{a};
        if (!b.isEmpty())
            parts.append(b);
        if (!c.isEmpty())
            parts.append(c);
        return parts.join(QLatin1Char('/'));
    };

    QTest::newRow("linux/arm64") << QStringLiteral("linux/arm64") << p("linux", "arm64")
                                 << QList<Platform>{p("linux", "aarch64"),
                                                    p("linux", "aarch64", "v8"),
                                                    p("linux", "arm64", "v8")}
                                 << QStringLiteral("linux/arm64") << false;
    QTest::newRow("linux/arm64/v8")
        << QStringLiteral("linux/arm64/v8") << p("linux", "arm64", "v8")
        << QList<Platform>{p("linux", "aarch64"), p("linux", "aarch64", "v8"), p("linux", "arm64")}
        << QStringLiteral("linux/arm64/v8") << false;
    QTest::newRow("linux/arm") << QStringLiteral("linux/arm") << p("linux", "arm")
                               << QList<Platform>{p("linux", "arm", "v7"),
                                                  p("linux", "armhf"),
                                                  p("linux", "arm", "7")}
                               << QStringLiteral("linux/arm") << false;
    QTest::newRow("linux/arm/v6") << QStringLiteral("linux/arm/v6") << p("linux", "arm", "v6")
                                  << QList<Platform>{p("linux", "armel")}
                                  << QStringLiteral("linux/arm/v6") << false;
    QTest::newRow("linux/arm/v7") << QStringLiteral("linux/arm/v7") << p("linux", "arm", "v7")
                                  << QList<Platform>{p("linux", "arm"), p("linux", "armhf")}
                                  << QStringLiteral("linux/arm/v7") << false;
    QTest::newRow("arm") << QStringLiteral("arm") << Platform(os, QStringLiteral("arm"))
                         << QList<Platform>{} << join(os, QStringLiteral("arm"), {}) << false;
    QTest::newRow("armel") << QStringLiteral("armel")
                           << Platform(os, QStringLiteral("arm"), QStringLiteral("v6"))
                           << QList<Platform>{} << join(os, QStringLiteral("arm/v6"), {}) << false;
    QTest::newRow("armhf") << QStringLiteral("armhf") << Platform(os, QStringLiteral("arm"))
                           << QList<Platform>{} << join(os, QStringLiteral("arm"), {}) << false;
    QTest::newRow("Aarch64") << QStringLiteral("Aarch64") << Platform(os, QStringLiteral("arm64"))
                             << QList<Platform>{} << join(os, QStringLiteral("arm64"), {}) << false;
    QTest::newRow("x86_64") << QStringLiteral("x86_64") << Platform(os, QStringLiteral("amd64"))
                            << QList<Platform>{} << join(os, QStringLiteral("amd64"), {}) << false;
    QTest::newRow("Linux/x86_64") << QStringLiteral("Linux/x86_64") << p("linux", "amd64")
                                  << QList<Platform>{} << QStringLiteral("linux/amd64") << false;
    QTest::newRow("i386") << QStringLiteral("i386") << Platform(os, QStringLiteral("386"))
                          << QList<Platform>{} << join(os, QStringLiteral("386"), {}) << false;
    QTest::newRow("linux") << QStringLiteral("linux")
                           << Platform(QStringLiteral("linux"), arch, variant) << QList<Platform>{}
                           << join(QStringLiteral("linux"), arch, variant) << false;
    QTest::newRow("s390x") << QStringLiteral("s390x") << Platform(os, QStringLiteral("s390x"))
                           << QList<Platform>{} << join(os, QStringLiteral("s390x"), {}) << false;
    QTest::newRow("linux/s390x") << QStringLiteral("linux/s390x") << p("linux", "s390x")
                                 << QList<Platform>{} << QStringLiteral("linux/s390x") << false;
    QTest::newRow("macOS") << QStringLiteral("macOS")
                           << Platform(QStringLiteral("darwin"), arch, variant) << QList<Platform>{}
                           << join(QStringLiteral("darwin"), arch, variant) << false;
    QTest::newRow("windows") << QStringLiteral("windows")
                             << Platform(QStringLiteral("windows"), arch, variant)
                             << QList<Platform>{} << join(QStringLiteral("windows"), arch, variant)
                             << false;
    QTest::newRow("windows()") << QStringLiteral("windows()")
                               << Platform(QStringLiteral("windows"), arch, variant)
                               << QList<Platform>{}
                               << join(QStringLiteral("windows"), arch, variant) << true;
    QTest::newRow("windows(10.0.17763)")
        << QStringLiteral("windows(10.0.17763)")
        << Platform(QStringLiteral("windows"), arch, variant, QStringLiteral("10.0.17763"))
        << QList<Platform>{} << join(QStringLiteral("windows(10.0.17763)"), arch, variant) << true;
    QTest::newRow("windows(10.0.17763+win32k)")
        << QStringLiteral("windows(10.0.17763+win32k)")
        << Platform(QStringLiteral("windows"),
                    arch,
                    variant,
                    QStringLiteral("10.0.17763"),
                    {QStringLiteral("win32k")})
        << QList<Platform>{} << join(QStringLiteral("windows(10.0.17763+win32k)"), arch, variant)
        << true;
    QTest::newRow("linux(+gpu)")
        << QStringLiteral("linux(+gpu)")
        << Platform(QStringLiteral("linux"), arch, variant, {}, {QStringLiteral("gpu")})
        << QList<Platform>{} << join(QStringLiteral("linux(+gpu)"), arch, variant) << true;
    QTest::newRow("linux(+gpu+simd)")
        << QStringLiteral("linux(+gpu+simd)")
        << Platform(QStringLiteral("linux"),
                    arch,
                    variant,
                    {},
                    {QStringLiteral("gpu"), QStringLiteral("simd")})
        << QList<Platform>{} << join(QStringLiteral("linux(+gpu+simd)"), arch, variant) << true;
    QTest::newRow("linux(+unsorted+erofs)")
        << QStringLiteral("linux(+unsorted+erofs)")
        << Platform(QStringLiteral("linux"),
                    arch,
                    variant,
                    {},
                    {QStringLiteral("unsorted"), QStringLiteral("erofs")})
        << QList<Platform>{} << join(QStringLiteral("linux(+erofs+unsorted)"), arch, variant)
        << true;
    QTest::newRow("escaped plus in version")
        << QStringLiteral("windows(10.0.17763%2Bbuild.42)")
        << Platform(QStringLiteral("windows"), arch, variant, QStringLiteral("10.0.17763+build.42"))
        << QList<Platform>{}
        << join(QStringLiteral("windows(10.0.17763%2Bbuild.42)"), arch, variant) << true;
    QTest::newRow("escaped plus in version and a feature")
        << QStringLiteral("windows(10.0.17763%2Bbuild.42+win32k)")
        << Platform(QStringLiteral("windows"),
                    arch,
                    variant,
                    QStringLiteral("10.0.17763+build.42"),
                    {QStringLiteral("win32k")})
        << QList<Platform>{}
        << join(QStringLiteral("windows(10.0.17763%2Bbuild.42+win32k)"), arch, variant) << true;
    QTest::newRow("escaped percent")
        << QStringLiteral("windows(50%25done)")
        << Platform(QStringLiteral("windows"), arch, variant, QStringLiteral("50%done"))
        << QList<Platform>{} << join(QStringLiteral("windows(50%25done)"), arch, variant) << true;
}

void TestPlatform::parseSelector()
{
    QFETCH(QString, input);
    QFETCH(Platform, expected);
    QFETCH(QList<Platform>, matches);
    QFETCH(QString, formatted);
    QFETCH(bool, formatAll);

    const Result<Platform> parsed = Platform::parse(input);
    QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
    QCOMPARE(parsed->os(), expected.os());
    QCOMPARE(parsed->architecture(), expected.architecture());
    QCOMPARE(parsed->variant(), expected.variant());
    QCOMPARE(parsed->osVersion(), expected.osVersion());
    QCOMPARE(parsed->osFeatures(), expected.osFeatures());

    QVERIFY(PlatformMatcher::matchesExactly(*parsed, expected));
    for (const Platform &m : matches)
        QVERIFY2(PlatformMatcher::matchesExactly(*parsed, m), qPrintable(m.format()));

    const QString out = formatAll ? parsed->formatAll() : parsed->format();
    QCOMPARE(out, formatted);
    const Result<Platform> reparsed = Platform::parse(out);
    QVERIFY(reparsed);
    QCOMPARE(formatAll ? reparsed->formatAll() : reparsed->format(), formatted);
}

// platforms_test.go TestFormatAllEncoding
void TestPlatform::formatAllEncoding_data()
{
    QTest::addColumn<Platform>("platform");
    QTest::addColumn<QString>("expected");
    auto win = [](const char *version, QStringList features = {}) {
        return Platform(QStringLiteral("windows"),
                        QStringLiteral("amd64"),
                        {},
                        QString::fromLatin1(version),
                        features);
    };
    QTest::newRow("plus") << win("10.0.17763+build.42")
                          << QStringLiteral("windows(10.0.17763%2Bbuild.42)/amd64");
    QTest::newRow("plus and feature")
        << win("10.0.17763+build.42", {QStringLiteral("win32k")})
        << QStringLiteral("windows(10.0.17763%2Bbuild.42+win32k)/amd64");
    QTest::newRow("percent") << win("50%done") << QStringLiteral("windows(50%25done)/amd64");
    QTest::newRow("parentheses") << win("1.0(beta)")
                                 << QStringLiteral("windows(1.0%28beta%29)/amd64");
    QTest::newRow("slash") << win("a/b") << QStringLiteral("windows(a%2Fb)/amd64");
    QTest::newRow("plain") << win("10.0.17763") << QStringLiteral("windows(10.0.17763)/amd64");
    QTest::newRow("plus in feature") << Platform(QStringLiteral("linux"),
                                                 QStringLiteral("amd64"),
                                                 {},
                                                 {},
                                                 {QStringLiteral("feat+v2")})
                                     << QStringLiteral("linux(+feat%2Bv2)/amd64");
    QTest::newRow("percent in feature") << Platform(QStringLiteral("linux"),
                                                    QStringLiteral("amd64"),
                                                    {},
                                                    {},
                                                    {QStringLiteral("100%gpu")})
                                        << QStringLiteral("linux(+100%25gpu)/amd64");
    QTest::newRow("both") << win("10.0+build", {QStringLiteral("feat+1")})
                          << QStringLiteral("windows(10.0%2Bbuild+feat%2B1)/amd64");
}

void TestPlatform::formatAllEncoding()
{
    QFETCH(Platform, platform);
    QFETCH(QString, expected);
    QCOMPARE(platform.formatAll(), expected);
    const Result<Platform> reparsed = Platform::parse(expected);
    QVERIFY(reparsed);
    QCOMPARE(reparsed->osVersion(), platform.osVersion());
    QCOMPARE(reparsed->osFeatures(), platform.osFeatures());
}

// platforms_test.go TestFormatAllSkipsEmptyOSFeatures
void TestPlatform::formatAllSkipsEmptyFeatures()
{
    const Platform pl(QStringLiteral("linux"),
                      QStringLiteral("amd64"),
                      {},
                      {},
                      {QString(), QStringLiteral("gpu"), QString(), QStringLiteral("simd")});
    QCOMPARE(pl.formatAll(), QStringLiteral("linux(+gpu+simd)/amd64"));
    QCOMPARE(Platform().format(), QStringLiteral("unknown"));
}

// platforms_test.go TestParseSelectorInvalid, plus the error texts
void TestPlatform::parseInvalid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("error");
    QTest::newRow("empty") << QString()
                           << QStringLiteral("\"\" is an invalid OS component of \"\": ");
    QTest::newRow("leading slash") << QStringLiteral("/linux/arm") << QString();
    QTest::newRow("trailing slash") << QStringLiteral("linux/arm/") << QString();
    QTest::newRow("spaces") << QStringLiteral("linux /arm") << QString();
    QTest::newRow("invalid character")
        << QStringLiteral("linux/&arm")
        << QStringLiteral("\"&arm\" is an invalid component of \"linux/&arm\": platform specifier "
                          "component must match \"^[A-Za-z0-9_.-]+$\": invalid argument");
    QTest::newRow("too many components")
        << QStringLiteral("linux/arm/foo/bar")
        << QStringLiteral("\"linux/arm/foo/bar\": cannot parse platform specifier: invalid "
                          "argument");
    QTest::newRow("wildcard") << QStringLiteral("linux/*")
                              << QStringLiteral("\"linux/*\": wildcards not yet supported: "
                                                "invalid argument");
    QTest::newRow("unknown lone value")
        << QStringLiteral("toaster")
        << QStringLiteral("\"toaster\": unknown operating system or architecture: invalid "
                          "argument");
    QTest::newRow("bad escape") << QStringLiteral("windows(50%zz)")
                                << QStringLiteral("\"windows(50%zz)\" has an invalid OS version "
                                                  "\"50%zz\": invalid URL escape \"%zz\"");
}

void TestPlatform::parseInvalid()
{
    QFETCH(QString, input);
    QFETCH(QString, error);
    const Result<Platform> parsed = Platform::parse(input);
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().code, ErrorCode::InvalidArgument);
    if (!error.isEmpty())
        QVERIFY2(parsed.error().message.startsWith(error), qPrintable(parsed.error().message));
}

// database.go normalizeOS / normalizeArch, docs/reference/registry-protocol.md §5.1
void TestPlatform::normalize_data()
{
    QTest::addColumn<Platform>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("aarch64") << p("linux", "aarch64") << QStringLiteral("linux/arm64");
    QTest::newRow("arm64/v8 dropped") << p("linux", "arm64", "v8") << QStringLiteral("linux/arm64");
    QTest::newRow("arm64/8 dropped") << p("linux", "arm64", "8") << QStringLiteral("linux/arm64");
    QTest::newRow("arm64/v8.0 dropped")
        << p("linux", "arm64", "v8.0") << QStringLiteral("linux/arm64");
    QTest::newRow("arm64/9.0") << p("linux", "arm64", "9.0") << QStringLiteral("linux/arm64/v9");
    QTest::newRow("arm64/v8.2 kept")
        << p("linux", "arm64", "v8.2") << QStringLiteral("linux/arm64/v8.2");
    QTest::newRow("x86_64") << p("linux", "x86_64") << QStringLiteral("linux/amd64");
    QTest::newRow("x86-64") << p("linux", "x86-64") << QStringLiteral("linux/amd64");
    QTest::newRow("amd64/v1 dropped") << p("linux", "amd64", "v1") << QStringLiteral("linux/amd64");
    QTest::newRow("amd64/v3 kept") << p("linux", "amd64", "v3") << QStringLiteral("linux/amd64/v3");
    QTest::newRow("i386") << p("linux", "i386", "whatever") << QStringLiteral("linux/386");
    QTest::newRow("armhf") << p("linux", "armhf") << QStringLiteral("linux/arm/v7");
    QTest::newRow("armel") << p("linux", "armel") << QStringLiteral("linux/arm/v6");
    QTest::newRow("arm default v7") << p("linux", "arm") << QStringLiteral("linux/arm/v7");
    QTest::newRow("arm 5") << p("linux", "arm", "5") << QStringLiteral("linux/arm/v5");
    QTest::newRow("arm 8") << p("linux", "arm", "8") << QStringLiteral("linux/arm/v8");
    QTest::newRow("upper case") << p("Linux", "AMD64", "V3") << QStringLiteral("linux/amd64/v3");
    QTest::newRow("macos") << p("macOS", "arm64") << QStringLiteral("darwin/arm64");
    QTest::newRow("unknown kept") << p("linux", "ppc64le", "power9")
                                  << QStringLiteral("linux/ppc64le/power9");
}

void TestPlatform::normalize()
{
    QFETCH(Platform, input);
    QFETCH(QString, expected);
    QCOMPARE(input.normalized().format(), expected);
    QCOMPARE(input.normalized().normalized(), input.normalized());
}

void TestPlatform::host()
{
    const Platform h = Platform::host();
    QCOMPARE(h.os(), Platform::hostOs());
    QVERIFY(Platform::isKnownOs(h.os()));
    QVERIFY2(Platform::isKnownArch(h.architecture()), qPrintable(h.architecture()));
#if defined(Q_PROCESSOR_X86_64)
    QCOMPARE(h.architecture(), QStringLiteral("amd64"));
    QCOMPARE(h.variant(), QString());
#elif defined(Q_PROCESSOR_ARM_64)
    QCOMPARE(h.architecture(), QStringLiteral("arm64"));
#endif
#if defined(Q_OS_LINUX)
    QCOMPARE(h.os(), QStringLiteral("linux"));
#endif
    QVERIFY(PlatformMatcher::only(h).match(h));
}

// compare.go Only: what a node accepts (compare_test.go TestOnly, in spirit).
void TestPlatform::only_data()
{
    QTest::addColumn<QString>("platform");
    QTest::addColumn<QStringList>("accepts");
    QTest::addColumn<QStringList>("refuses");
    auto l = [](std::initializer_list<const char *> list) {
        QStringList out;
        for (const char *s : list)
            out.append(QString::fromLatin1(s));
        return out;
    };
    QTest::newRow("linux/amd64")
        << QStringLiteral("linux/amd64")
        << l({"linux/amd64", "linux/x86_64", "linux/amd64/v1", "linux/386", "linux/i386"})
        << l({"linux/amd64/v2", "linux/arm64", "windows/amd64", "linux/arm"});
    QTest::newRow("linux/amd64/v3")
        << QStringLiteral("linux/amd64/v3")
        << l({"linux/amd64/v3", "linux/amd64/v2", "linux/amd64", "linux/386"})
        << l({"linux/amd64/v4"});
    QTest::newRow("linux/arm/v7") << QStringLiteral("linux/arm/v7")
                                  << l({"linux/arm",
                                        "linux/arm/v7",
                                        "linux/arm/v6",
                                        "linux/arm/v5",
                                        "linux/armhf",
                                        "linux/armel"})
                                  << l({"linux/arm/v8", "linux/arm64", "linux/amd64"});
    QTest::newRow("linux/arm/v6") << QStringLiteral("linux/arm/v6")
                                  << l({"linux/arm/v6", "linux/arm/v5", "linux/armel"})
                                  << l({"linux/arm/v7", "linux/arm", "linux/armhf"});
    QTest::newRow("linux/arm/v8") << QStringLiteral(
        "linux/arm/v8") << l({"linux/arm/v8", "linux/arm/v7", "linux/arm/v6", "linux/arm/v5"})
                                  << l({"linux/arm64"});
    QTest::newRow("linux/arm64")
        << QStringLiteral("linux/arm64")
        << l({"linux/arm64",
              "linux/arm64/v8",
              "linux/aarch64",
              "linux/arm/v8",
              "linux/arm/v7",
              "linux/arm",
              "linux/arm/v6",
              "linux/arm/v5"})
        << l({"linux/arm64/v8.1", "linux/arm64/v9", "linux/amd64", "linux/386"});
    QTest::newRow("linux/arm64/v8.2")
        << QStringLiteral("linux/arm64/v8.2")
        << l({"linux/arm64/v8.2", "linux/arm64/v8.1", "linux/arm64", "linux/arm/v7"})
        << l({"linux/arm64/v8.3", "linux/arm64/v9"});
    QTest::newRow("linux/arm64/v9.2") << QStringLiteral("linux/arm64/v9.2")
                                      << l({"linux/arm64/v9.2",
                                            "linux/arm64/v9.1",
                                            "linux/arm64/v9",
                                            "linux/arm64/v8.7",
                                            "linux/arm64/v8.1",
                                            "linux/arm64",
                                            "linux/arm/v5"})
                                      << l({"linux/arm64/v9.3", "linux/arm64/v8.8"});
    QTest::newRow("linux/arm64/v9.5 caps v8 at v8.9")
        << QStringLiteral("linux/arm64/v9.5") << l({"linux/arm64/v8.9", "linux/arm64/v9.4"})
        << l({"linux/arm64/v9.6"});
    QTest::newRow("windows/amd64") << QStringLiteral("windows/amd64")
                                   << l({"windows/amd64", "windows/386"}) << l({"linux/amd64"});
}

void TestPlatform::only()
{
    QFETCH(QString, platform);
    QFETCH(QStringList, accepts);
    QFETCH(QStringList, refuses);
    const PlatformMatcher m = PlatformMatcher::only(Platform::parse(platform).value());
    for (const QString &a : accepts)
        QVERIFY2(m.match(Platform::parse(a).value()), qPrintable(a));
    for (const QString &r : refuses)
        QVERIFY2(!m.match(Platform::parse(r).value()), qPrintable(r));
}

// compare.go platformVector: the order of preference.
void TestPlatform::platformVector_data()
{
    QTest::addColumn<Platform>("platform");
    QTest::addColumn<QStringList>("vector");
    auto l = [](std::initializer_list<const char *> list) {
        QStringList out;
        for (const char *s : list)
            out.append(QString::fromLatin1(s));
        return out;
    };
    QTest::newRow("amd64") << p("linux", "amd64") << l({"linux/amd64", "linux/386"});
    QTest::newRow("amd64/v3") << p(
        "linux",
        "amd64",
        "v3") << l({"linux/amd64/v3", "linux/amd64/v2", "linux/amd64/v1", "linux/386"});
    QTest::newRow("arm/v7") << p("linux", "arm", "v7")
                            << l({"linux/arm/v7", "linux/arm/v6", "linux/arm/v5"});
    QTest::newRow("arm/v5") << p("linux", "arm", "v5") << l({"linux/arm/v5"});
    QTest::newRow("arm64")
        << p("linux", "arm64")
        << l({"linux/arm64/v8", "linux/arm/v8", "linux/arm/v7", "linux/arm/v6", "linux/arm/v5"});
    QTest::newRow("arm64/v8.2") << p("linux", "arm64", "v8.2")
                                << l({"linux/arm64/v8.2",
                                      "linux/arm64/v8.1",
                                      "linux/arm64/v8",
                                      "linux/arm/v8",
                                      "linux/arm/v7",
                                      "linux/arm/v6",
                                      "linux/arm/v5"});
    QTest::newRow("arm64/v9.2") << p("linux", "arm64", "v9.2")
                                << l({"linux/arm64/v9.2",
                                      "linux/arm64/v9.1",
                                      "linux/arm64/v9",
                                      "linux/arm64/v8.7",
                                      "linux/arm64/v8.6",
                                      "linux/arm64/v8.5",
                                      "linux/arm64/v8.4",
                                      "linux/arm64/v8.3",
                                      "linux/arm64/v8.2",
                                      "linux/arm64/v8.1",
                                      "linux/arm64/v8",
                                      "linux/arm/v8",
                                      "linux/arm/v7",
                                      "linux/arm/v6",
                                      "linux/arm/v5"});
    QTest::newRow("s390x") << p("linux", "s390x") << l({"linux/s390x"});
}

void TestPlatform::platformVector()
{
    QFETCH(Platform, platform);
    QFETCH(QStringList, vector);
    QCOMPARE(formatted(PlatformMatcher::platformVector(platform.normalized())), vector);
    // Only() normalizes each entry (NewMatcher), so amd64/v1 is spelled amd64 there.
    QStringList normalized;
    for (const QString &v : vector)
        normalized.append(Platform::parse(v).value().normalized().format());
    QCOMPARE(formatted(PlatformMatcher::only(platform).platforms()), normalized);
}

// compare.go OnlyStrict: no fallbacks, but every spelling of the platform itself.
void TestPlatform::onlyStrict()
{
    const PlatformMatcher amd64 = PlatformMatcher::onlyStrict(p("linux", "amd64"));
    QVERIFY(amd64.match(p("linux", "x86_64")));
    QVERIFY(amd64.match(p("linux", "amd64", "v1")));
    QVERIFY(!amd64.match(p("linux", "386")));
    const PlatformMatcher arm64 = PlatformMatcher::onlyStrict(p("linux", "arm64"));
    QVERIFY(arm64.match(p("linux", "aarch64", "v8")));
    QVERIFY(!arm64.match(p("linux", "arm", "v8")));
    const PlatformMatcher armv7 = PlatformMatcher::onlyStrict(p("linux", "arm", "v7"));
    QVERIFY(armv7.match(p("linux", "armhf")));
    QVERIFY(!armv7.match(p("linux", "arm", "v6")));
}

// platforms.go matcher.Match: the candidate's os.features must be a subset of the wanted ones.
void TestPlatform::featuresSubset()
{
    const Platform wanted(QStringLiteral("linux"),
                          QStringLiteral("amd64"),
                          {},
                          {},
                          {QStringLiteral("gpu"), QStringLiteral("erofs")});
    auto withFeatures = [](QStringList f) {
        return Platform(QStringLiteral("linux"), QStringLiteral("amd64"), {}, {}, f);
    };
    QVERIFY(PlatformMatcher::matchesExactly(wanted, withFeatures({})));
    QVERIFY(PlatformMatcher::matchesExactly(wanted, withFeatures({QStringLiteral("gpu")})));
    QVERIFY(PlatformMatcher::matchesExactly(
        wanted,
        withFeatures({QStringLiteral("gpu"), QStringLiteral("erofs")})));
    QVERIFY(!PlatformMatcher::matchesExactly(wanted, withFeatures({QStringLiteral("simd")})));
    QVERIFY(
        !PlatformMatcher::matchesExactly(withFeatures({}), withFeatures({QStringLiteral("gpu")})));
    // Windows: the build must agree when the wanted platform names one.
    const Platform win(QStringLiteral("windows"),
                       QStringLiteral("amd64"),
                       {},
                       QStringLiteral("10.0.17763.1"));
    QVERIFY(PlatformMatcher::matchesExactly(win,
                                            Platform(QStringLiteral("windows"),
                                                     QStringLiteral("amd64"),
                                                     {},
                                                     QStringLiteral("10.0.17763.5576"))));
    QVERIFY(!PlatformMatcher::matchesExactly(win,
                                             Platform(QStringLiteral("windows"),
                                                      QStringLiteral("amd64"),
                                                      {},
                                                      QStringLiteral("10.0.20348.1"))));
}

// compare.go orderedPlatformComparer.Less
void TestPlatform::less()
{
    const PlatformMatcher m = PlatformMatcher::only(p("linux", "amd64"));
    QVERIFY(m.less(p("linux", "amd64"), p("linux", "386")));
    QVERIFY(!m.less(p("linux", "386"), p("linux", "amd64")));
    QVERIFY(m.less(p("linux", "386"), p("linux", "arm64")));
    QVERIFY(!m.less(p("linux", "amd64"), p("linux", "x86_64")));
    QVERIFY(!m.less(p("linux", "arm64"), p("linux", "s390x")));
    const PlatformMatcher gpu = PlatformMatcher::only(Platform(QStringLiteral("linux"),
                                                               QStringLiteral("amd64"),
                                                               {},
                                                               {},
                                                               {QStringLiteral("gpu")}));
    const Platform plain = p("linux", "amd64");
    const Platform withGpu(QStringLiteral("linux"),
                           QStringLiteral("amd64"),
                           {},
                           {},
                           {QStringLiteral("gpu")});
    QVERIFY(gpu.less(withGpu, plain));
    QVERIFY(!gpu.less(plain, withGpu));
}

// containerd core/images Manifest: filter, then stable-sort; entries without a platform last.
void TestPlatform::selectManifest_data()
{
    QTest::addColumn<QString>("wanted");
    QTest::addColumn<QStringList>("index"); // "" = a descriptor without a platform
    QTest::addColumn<QList<int>>("ranked");
    auto l = [](std::initializer_list<const char *> list) {
        QStringList out;
        for (const char *s : list)
            out.append(QString::fromLatin1(s));
        return out;
    };
    QTest::newRow("amd64 prefers amd64 over 386")
        << QStringLiteral("linux/amd64")
        << l({"linux/386", "linux/arm64", "linux/amd64", "windows/amd64"}) << QList<int>{2, 0};
    QTest::newRow("first of equals wins")
        << QStringLiteral("linux/amd64") << l({"linux/arm64", "linux/amd64", "linux/x86_64"})
        << QList<int>{1, 2};
    QTest::newRow("arm64 falls back to arm/v7 before v6")
        << QStringLiteral("linux/arm64") << l({"linux/arm/v6", "linux/arm/v7", "linux/amd64"})
        << QList<int>{1, 0};
    QTest::newRow("arm/v7 node") << QStringLiteral("linux/arm/v7")
                                 << l({"linux/arm64", "linux/arm/v5", "linux/arm/v6", "linux/arm"})
                                 << QList<int>{3, 2, 1};
    QTest::newRow("no platform goes last")
        << QStringLiteral("linux/amd64") << l({"", "linux/386", "linux/amd64"})
        << QList<int>{2, 1, 0};
    QTest::newRow("nothing matches")
        << QStringLiteral("linux/s390x") << l({"linux/amd64", "linux/arm64"}) << QList<int>{};
}

void TestPlatform::selectManifest()
{
    QFETCH(QString, wanted);
    QFETCH(QStringList, index);
    QFETCH(QList<int>, ranked);
    QList<std::optional<Platform>> candidates;
    for (const QString &entry : index) {
        if (entry.isEmpty())
            candidates.append(std::nullopt);
        else
            candidates.append(Platform::parse(entry).value());
    }
    const PlatformMatcher m = PlatformMatcher::only(Platform::parse(wanted).value());
    QCOMPARE(m.rank(candidates), ranked);
    QCOMPARE(m.best(candidates), ranked.isEmpty() ? -1 : ranked.first());
}

QTEST_GUILESS_MAIN(TestPlatform)
#include "tst_platform.moc"
