// SPDX-License-Identifier: GPL-3.0-or-later
// The API server's imagePullPolicy defaulting (SetDefaults_Container via ParseImageName).
#include "model/reference/pullpolicy.h"

#include <QTest>

class TestPullPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultPolicy_data();
    void defaultPolicy();
    void parseImageName_data();
    void parseImageName();
    void parseImageNameError();
    void names_data();
    void names();
    void unsupportedName();
};

void TestPullPolicy::defaultPolicy_data()
{
    QTest::addColumn<QString>("image");
    QTest::addColumn<PullPolicy>("expected");
    const QString d =
        QStringLiteral("@sha256:e6693c20186f837fc393390135d8a598a96a833917917789d63766cab6c59582");
    QTest::newRow("no tag, no digest") << QStringLiteral("nginx") << PullPolicy::Always;
    QTest::newRow(":latest") << QStringLiteral("nginx:latest") << PullPolicy::Always;
    QTest::newRow("other tag") << QStringLiteral("nginx:1.25") << PullPolicy::IfNotPresent;
    QTest::newRow("digest only") << QStringLiteral("nginx") + d << PullPolicy::IfNotPresent;
    QTest::newRow(":latest with digest")
        << QStringLiteral("nginx:latest") + d << PullPolicy::Always;
    QTest::newRow("other tag with digest")
        << QStringLiteral("nginx:1.25") + d << PullPolicy::IfNotPresent;
    QTest::newRow(":Latest is case-sensitive")
        << QStringLiteral("nginx:Latest") << PullPolicy::IfNotPresent;
    QTest::newRow("unparseable") << QStringLiteral("Nginx") << PullPolicy::IfNotPresent;
    QTest::newRow("trailing colon") << QStringLiteral("nginx:") << PullPolicy::IfNotPresent;
    QTest::newRow("empty") << QString() << PullPolicy::IfNotPresent;
    QTest::newRow("registry with port, no tag")
        << QStringLiteral("localhost:5000/app") << PullPolicy::Always;
    QTest::newRow("registry with port and tag")
        << QStringLiteral("localhost:5000/app:v1") << PullPolicy::IfNotPresent;
    QTest::newRow("bare hex id") << QString(64, QLatin1Char('a')) << PullPolicy::IfNotPresent;
}

void TestPullPolicy::defaultPolicy()
{
    QFETCH(QString, image);
    QFETCH(PullPolicy, expected);
    QCOMPARE(defaultPullPolicy(image), expected);
}

// k8s pkg/util/parsers parsers_test.go TestParseImageName
void TestPullPolicy::parseImageName_data()
{
    QTest::addColumn<QString>("image");
    QTest::addColumn<QString>("repository");
    QTest::addColumn<QString>("tag");
    QTest::addColumn<QString>("digest");
    const QString d =
        QStringLiteral("sha256:e6693c20186f837fc393390135d8a598a96a833917917789d63766cab6c59582");
    QTest::newRow("docker.io/library/ubuntu")
        << QStringLiteral("ubuntu") << QStringLiteral("docker.io/library/ubuntu")
        << QStringLiteral("latest") << QString();
    QTest::newRow("tagged") << QStringLiteral("ubuntu:2342")
                            << QStringLiteral("docker.io/library/ubuntu") << QStringLiteral("2342")
                            << QString();
    QTest::newRow("user repo") << QStringLiteral("foo/bar:445566")
                               << QStringLiteral("docker.io/foo/bar") << QStringLiteral("445566")
                               << QString();
    QTest::newRow("registry") << QStringLiteral("registry.example.com:5000/foobar")
                              << QStringLiteral("registry.example.com:5000/foobar")
                              << QStringLiteral("latest") << QString();
    QTest::newRow("registry and tag") << QStringLiteral("registry.example.com:5000/foobar:5342")
                                      << QStringLiteral("registry.example.com:5000/foobar")
                                      << QStringLiteral("5342") << QString();
    QTest::newRow("digest") << QStringLiteral("foobar@") + d
                            << QStringLiteral("docker.io/library/foobar") << QString() << d;
    QTest::newRow("tag and digest")
        << QStringLiteral("foobar:latest@") + d << QStringLiteral("docker.io/library/foobar")
        << QStringLiteral("latest") << d;
}

void TestPullPolicy::parseImageName()
{
    QFETCH(QString, image);
    QFETCH(QString, repository);
    QFETCH(QString, tag);
    QFETCH(QString, digest);
    const Result<ParsedImageName> parsed = ::parseImageName(image);
    QVERIFY(parsed);
    QCOMPARE(parsed->repository, repository);
    QCOMPARE(parsed->tag, tag);
    QCOMPARE(parsed->digest, digest);
}

void TestPullPolicy::parseImageNameError()
{
    const Result<ParsedImageName> parsed = ::parseImageName(QStringLiteral("Nginx"));
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().message,
             QStringLiteral("couldn't parse image name \"Nginx\": invalid reference format: "
                            "repository name (library/Nginx) must be lowercase"));
}

void TestPullPolicy::names_data()
{
    QTest::addColumn<PullPolicy>("policy");
    QTest::addColumn<QString>("name");
    QTest::newRow("Always") << PullPolicy::Always << QStringLiteral("Always");
    QTest::newRow("IfNotPresent") << PullPolicy::IfNotPresent << QStringLiteral("IfNotPresent");
    QTest::newRow("Never") << PullPolicy::Never << QStringLiteral("Never");
}

void TestPullPolicy::names()
{
    QFETCH(PullPolicy, policy);
    QFETCH(QString, name);
    QCOMPARE(pullPolicyToString(policy), name);
    const Result<PullPolicy> parsed = pullPolicyFromString(name);
    QVERIFY(parsed);
    QCOMPARE(*parsed, policy);
}

void TestPullPolicy::unsupportedName()
{
    const Result<PullPolicy> lower = pullPolicyFromString(QStringLiteral("always"));
    QVERIFY(!lower);
    QCOMPARE(lower.error().message,
             QStringLiteral("Unsupported value: \"always\": supported values: \"Always\", "
                            "\"IfNotPresent\", \"Never\""));
    QVERIFY(!pullPolicyFromString(QString()));
}

QTEST_GUILESS_MAIN(TestPullPolicy)
#include "tst_pullpolicy.moc"
