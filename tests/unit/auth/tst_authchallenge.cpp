// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/auth/authchallenge.h"

#include <QTest>

using Params = QMap<QString, QString>;

class TestAuthChallenge : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
    void preferred();
    void scopesAndErrors();
};

void TestAuthChallenge::parse_data()
{
    QTest::addColumn<QByteArrayList>("headers");
    QTest::addColumn<QStringList>("schemes");
    QTest::addColumn<Params>("firstParams");

    QTest::newRow("docker hub bearer")
        << QByteArrayList{R"(Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:samalba/my-app:pull,push")"}
        << QStringList{QStringLiteral("bearer")}
        << Params{{QStringLiteral("realm"), QStringLiteral("https://auth.docker.io/token")},
                  {QStringLiteral("service"), QStringLiteral("registry.docker.io")},
                  {QStringLiteral("scope"), QStringLiteral("repository:samalba/my-app:pull,push")}};
    QTest::newRow("basic with realm")
        << QByteArrayList{R"(Basic realm="Registry Realm")"} << QStringList{QStringLiteral("basic")}
        << Params{{QStringLiteral("realm"), QStringLiteral("Registry Realm")}};
    QTest::newRow("scheme and keys are case-insensitive")
        << QByteArrayList{R"(BEARER Realm="https://a/token", SERVICE=reg)"}
        << QStringList{QStringLiteral("bearer")}
        << Params{{QStringLiteral("realm"), QStringLiteral("https://a/token")},
                  {QStringLiteral("service"), QStringLiteral("reg")}};
    QTest::newRow("escaped quote in value")
        << QByteArrayList{R"(Bearer realm="https://a/t",error="invalid_token",error_description="say \"hi\"")"}
        << QStringList{QStringLiteral("bearer")}
        << Params{{QStringLiteral("realm"), QStringLiteral("https://a/t")},
                  {QStringLiteral("error"), QStringLiteral("invalid_token")},
                  {QStringLiteral("error_description"), QStringLiteral("say \"hi\"")}};
    QTest::newRow("two header lines are two challenges")
        << QByteArrayList{R"(Basic realm="r")", R"(Bearer realm="https://t",service="s")"}
        << QStringList{QStringLiteral("basic"), QStringLiteral("bearer")}
        << Params{{QStringLiteral("realm"), QStringLiteral("r")}};
    QTest::newRow("bare scheme") << QByteArrayList{"Basic"} << QStringList{QStringLiteral("basic")}
                                 << Params{};
    QTest::newRow("unterminated quote is skipped")
        << QByteArrayList{R"(Bearer realm="https://t)", R"(Basic realm="ok")"}
        << QStringList{QStringLiteral("basic")}
        << Params{{QStringLiteral("realm"), QStringLiteral("ok")}};
    QTest::newRow("garbage is skipped") << QByteArrayList{"=====", ""} << QStringList{} << Params{};
}

void TestAuthChallenge::parse()
{
    QFETCH(QByteArrayList, headers);
    QFETCH(QStringList, schemes);
    QFETCH(Params, firstParams);
    const QList<AuthChallenge> challenges = AuthChallenge::parse(headers);
    QStringList got;
    for (const AuthChallenge &c : challenges)
        got << c.scheme;
    QCOMPARE(got, schemes);
    if (!challenges.isEmpty())
        QCOMPARE(challenges.first().params, firstParams);
}

void TestAuthChallenge::preferred()
{
    const auto challenges = AuthChallenge::parse(
        {R"(Negotiate abc=1)", R"(Basic realm="r")", R"(Bearer realm="https://t")"});
    const AuthChallenge *best = AuthChallenge::preferred(challenges);
    QVERIFY(best);
    QVERIFY(best->isBearer());
    const auto basicOnly = AuthChallenge::parse({R"(Negotiate a=1)", R"(Basic realm="r")"});
    QVERIFY(AuthChallenge::preferred(basicOnly)->isBasic());
    QCOMPARE(AuthChallenge::preferred(AuthChallenge::parse({"Negotiate a=1"})), nullptr);
}

void TestAuthChallenge::scopesAndErrors()
{
    const auto c = AuthChallenge::parse(
        {R"(Bearer realm="https://t",service="s",scope="repository:a/b:pull repository:c:pull,push",error="insufficient_scope")"});
    QCOMPARE(c.size(), 1);
    QCOMPARE(c.first().scopes(),
             QStringList({QStringLiteral("repository:a/b:pull"),
                          QStringLiteral("repository:c:pull,push")}));
    QVERIFY(c.first().isInsufficientScope());
    QCOMPARE(c.first().service(), QStringLiteral("s"));
}

QTEST_GUILESS_MAIN(TestAuthChallenge)
#include "tst_authchallenge.moc"
