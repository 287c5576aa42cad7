// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/core/logging.h"
#include "model/core/redaction.h"

#include <QTest>

class TestRedaction : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void redact_data();
    void redact();
    void proseIsKept_data();
    void proseIsKept();
    void messageHandlerRedacts();
};

void TestRedaction::redact_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("secret"); // must not survive
    QTest::addColumn<QString>("kept"); // must survive (context a reader needs)

    QTest::newRow("authorization header")
        << QStringLiteral("GET /v2/ HTTP/1.1\r\nAuthorization: Basic ZGVtbzpodW50ZXIy\r\nHost: x")
        << QStringLiteral("ZGVtbzpodW50ZXIy") << QStringLiteral("Host: x");
    QTest::newRow("bearer alone") << QStringLiteral(
        "sent Bearer eyJhbGciOiJSUzI1NiJ9.e30.sig to host")
                                  << QStringLiteral("eyJhbGciOiJSUzI1NiJ9")
                                  << QStringLiteral("to host");
    QTest::newRow("json password")
        << QStringLiteral(R"({"username":"demo","password":"hunter2"})")
        << QStringLiteral("hunter2") << QStringLiteral("\"username\":\"demo\"");
    QTest::newRow("json escaped quote in password")
        << QStringLiteral(R"({"password":"a\"b-secret","x":1})") << QStringLiteral("b-secret")
        << QStringLiteral("\"x\":1");
    QTest::newRow("json auth field")
        << QStringLiteral(R"({"auths":{"r.io":{"auth":"ZGVtbzpwdw=="}}})")
        << QStringLiteral("ZGVtbzpwdw==") << QStringLiteral("r.io");
    QTest::newRow("json identitytoken")
        << QStringLiteral(R"({"identitytoken":"tok-123456"})") << QStringLiteral("tok-123456")
        << QStringLiteral("identitytoken");
    QTest::newRow("token response")
        << QStringLiteral(
               R"({"token":"abc.def.ghi","access_token":"abc.def.ghi","expires_in":300})")
        << QStringLiteral("abc.def.ghi") << QStringLiteral("\"expires_in\":300");
    QTest::newRow("yaml dockerconfigjson")
        << QStringLiteral("data:\n  .dockerconfigjson: eyJhdXRocyI6e319\n")
        << QStringLiteral("eyJhdXRocyI6e319") << QStringLiteral("data:");
    QTest::newRow("yaml password") << QStringLiteral("username: demo\npassword: s3cr3t!\n")
                                   << QStringLiteral("s3cr3t!") << QStringLiteral("username: demo");
    QTest::newRow("url userinfo") << QStringLiteral(
        "fetching https://demo:pa55w0rd@registry.local/v2/")
                                  << QStringLiteral("pa55w0rd")
                                  << QStringLiteral("registry.local/v2/");
    QTest::newRow("query token") << QStringLiteral(
        "GET https://s3/blob?X-Amz-Signature=deadbeef&x=1")
                                 << QStringLiteral("deadbeef") << QStringLiteral("x=1");
    QTest::newRow("query password") << QStringLiteral("POST /token?account=a&password=letmein")
                                    << QStringLiteral("letmein") << QStringLiteral("account=a");
    QTest::newRow("flag password")
        << QStringLiteral("kubectl create secret --docker-password=topsecret -n x")
        << QStringLiteral("topsecret") << QStringLiteral("-n x");
    QTest::newRow("flag password spaced")
        << QStringLiteral("--docker-password topsecret --docker-server r")
        << QStringLiteral("topsecret") << QStringLiteral("--docker-server r");
    QTest::newRow("creds flag") << QStringLiteral("skopeo inspect --creds demo:pw-9876 docker://x")
                                << QStringLiteral("pw-9876") << QStringLiteral("docker://x");
}

void TestRedaction::redact()
{
    QFETCH(QString, input);
    QFETCH(QString, secret);
    QFETCH(QString, kept);
    QVERIFY2(input.contains(secret), "the row must contain its secret");
    const QString out = Redaction::redact(input);
    QVERIFY2(!out.contains(secret), qPrintable(out));
    QVERIFY2(out.contains(QString::fromUtf16(Redaction::placeholder)), qPrintable(out));
    QVERIFY2(out.contains(kept), qPrintable(out));
}

void TestRedaction::proseIsKept_data()
{
    QTest::addColumn<QString>("input");
    // kubectl's own validation message and help texts name the flags without a value.
    QTest::newRow("kubectl validation")
        << QStringLiteral("either --from-file or the combination of --docker-username, "
                          "--docker-password and --docker-server is required");
    QTest::newRow("help") << QStringLiteral("avoid --password on the command line");
    QTest::newRow("flag list") << QStringLiteral("use --password --creds=u: instead");
}

void TestRedaction::proseIsKept()
{
    QFETCH(QString, input);
    QCOMPARE(Redaction::redact(input), input);
}

namespace {
QStringList s_captured;

void capture(QtMsgType, const QMessageLogContext &, const QString &msg)
{
    s_captured << msg;
}
} // namespace

void TestRedaction::messageHandlerRedacts()
{
    // The redacting handler forwards to whatever handler was installed before it.
    QtMessageHandler original = qInstallMessageHandler(capture);
    Logging::installRedactingMessageHandler();
    qCWarning(lcRegistry) << "Authorization: Bearer abcdefghijkl";
    qInstallMessageHandler(original);
    QCOMPARE(s_captured.size(), 1);
    QVERIFY2(!s_captured.first().contains(QLatin1String("abcdefghijkl")),
             qPrintable(s_captured.first()));
    QVERIFY(s_captured.first().contains(QLatin1String("Authorization")));
}

QTEST_GUILESS_MAIN(TestRedaction)
#include "tst_redaction.moc"
