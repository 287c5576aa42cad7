// SPDX-License-Identifier: GPL-3.0-or-later
// TagSuggester: the nearest existing tags for a tag that does not exist, and TokenClaims: the
// scope a registry token grants, read from its JWT payload.
#include "model/diagnose/tagsuggester.h"
#include "model/diagnose/tokenclaims.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

class TestTagSuggester : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void nearest_data();
    void nearest();
    void editDistance_data();
    void editDistance();
    void claims_data();
    void claims();
};

void TestTagSuggester::nearest_data()
{
    QTest::addColumn<QString>("wanted");
    QTest::addColumn<QStringList>("existing");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("minor step") << u"1.2"_s
                                << QStringList{u"2.0"_s, u"1.0"_s, u"latest"_s, u"1.1"_s}
                                << QStringList{u"1.1"_s, u"1.0"_s, u"2.0"_s};
    QTest::newRow("patch level") << u"1.25.4"_s
                                 << QStringList{u"1.24.0"_s, u"1.25.3"_s, u"1.25.10"_s, u"1.26.0"_s}
                                 << QStringList{u"1.25.3"_s, u"1.25.10"_s, u"1.24.0"_s};
    QTest::newRow("v prefix") << u"v2.1"_s << QStringList{u"v2.0"_s, u"v3.0"_s, u"2.1-alpine"_s}
                              << QStringList{u"v2.0"_s, u"v3.0"_s, u"2.1-alpine"_s};
    QTest::newRow("suffix kept") << u"1.2-alpine"_s
                                 << QStringList{u"1.1"_s, u"1.1-alpine"_s, u"1.3"_s}
                                 << QStringList{u"1.1-alpine"_s, u"1.1"_s, u"1.3"_s};
    QTest::newRow("typo in a word")
        << u"lastest"_s << QStringList{u"latest"_s, u"stable"_s, u"1.0"_s}
        << QStringList{u"latest"_s, u"stable"_s, u"1.0"_s};
    QTest::newRow("limit and never itself")
        << u"1.0"_s << QStringList{u"1.0"_s, u"1.1"_s} << QStringList{u"1.1"_s};
    QTest::newRow("nothing") << u"1.0"_s << QStringList() << QStringList();
}

void TestTagSuggester::nearest()
{
    QFETCH(QString, wanted);
    QFETCH(QStringList, existing);
    QFETCH(QStringList, expected);
    QCOMPARE(TagSuggester::nearest(wanted, existing, 3), expected);
}

void TestTagSuggester::editDistance_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("distance");
    QTest::newRow("equal") << u"abc"_s << u"abc"_s << 0;
    QTest::newRow("insert") << u"latest"_s << u"lastest"_s << 1;
    QTest::newRow("empty") << u""_s << u"abc"_s << 3;
    QTest::newRow("case matters") << u"V1"_s << u"v1"_s << 1;
}

void TestTagSuggester::editDistance()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, distance);
    QCOMPARE(TagSuggester::editDistance(a, b), distance);
}

void TestTagSuggester::claims_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<bool>("readable");
    QTest::addColumn<QStringList>("access");
    QTest::addColumn<bool>("grantsPull");
    const auto jwt = [](const QByteArray &payload) {
        const QByteArray::Base64Options o =
            QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
        return QString::fromLatin1(QByteArray("{\"alg\":\"none\"}").toBase64(o) + '.'
                                   + payload.toBase64(o) + QByteArray(".sig"));
    };
    QTest::newRow("pull granted") << jwt(
        R"({"access":[{"type":"repository","name":"private/app","actions":["pull"]}]})")
                                  << true << QStringList{u"repository:private/app:pull"_s} << true;
    QTest::newRow("nothing granted") << jwt(R"({"access":[]})") << true << QStringList() << false;
    QTest::newRow("other repository") << jwt(
        R"({"access":[{"type":"repository","name":"private/other","actions":["pull","push"]}]})")
                                      << true
                                      << QStringList{u"repository:private/other:pull,push"_s}
                                      << false;
    QTest::newRow("opaque token") << u"djE6c29tZXRoaW5n"_s << false << QStringList() << false;
    QTest::newRow("not JSON") << jwt(QByteArray("not json")) << false << QStringList() << false;
}

void TestTagSuggester::claims()
{
    QFETCH(QString, token);
    QFETCH(bool, readable);
    QFETCH(QStringList, access);
    QFETCH(bool, grantsPull);
    const TokenClaims c = TokenClaims::fromToken(token);
    QCOMPARE(c.readable, readable);
    QCOMPARE(c.access, access);
    QCOMPARE(c.grants(QStringLiteral("private/app"), QStringLiteral("pull")), grantsPull);
}

QTEST_GUILESS_MAIN(TestTagSuggester)
#include "tst_tagsuggester.moc"
