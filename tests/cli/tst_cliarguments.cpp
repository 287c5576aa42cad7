// SPDX-License-Identifier: GPL-3.0-or-later
// The CLI's shared command-line pieces without a process: ArgumentParser (pflag-style long,
// short, =value and boolean options), NetworkOptions (values checked, registry hosts read as
// a reference's domain) and the text table helpers.
#include "app/cli/argumentparser.h"
#include "app/cli/networkoptions.h"
#include "app/cli/textformat.h"

#include <QTest>

class TestCliArguments : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
    void parseErrors_data();
    void parseErrors();
    void networkOptions_data();
    void networkOptions();
    void registryHost_data();
    void registryHost();
    void humanSize_data();
    void humanSize();
    void table();
};

namespace {
ArgumentParser makeParser()
{
    ArgumentParser parser;
    NetworkOptions::declare(parser);
    parser.addOption({QStringLiteral("username"), QStringLiteral("u")});
    parser.addFlag({QStringLiteral("raw")});
    return parser;
}
} // namespace

void TestCliArguments::parse_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("positional");
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("tlsVerify");
    QTest::newRow("value after a space")
        << QStringList{QStringLiteral("--username"), QStringLiteral("me"), QStringLiteral("r")}
        << QStringList{QStringLiteral("r")} << QStringLiteral("me") << QString();
    QTest::newRow("value after =")
        << QStringList{QStringLiteral("r"), QStringLiteral("--username=a=b")}
        << QStringList{QStringLiteral("r")} << QStringLiteral("a=b") << QString();
    QTest::newRow("short name") << QStringList{QStringLiteral("-u"), QStringLiteral("x")}
                                << QStringList() << QStringLiteral("x") << QString();
    QTest::newRow("last one wins") << QStringList{QStringLiteral("-u"),
                                                  QStringLiteral("x"),
                                                  QStringLiteral("-u"),
                                                  QStringLiteral("y")}
                                   << QStringList() << QStringLiteral("y") << QString();
    QTest::newRow("bool alone is true") << QStringList{QStringLiteral("--tls-verify")}
                                        << QStringList() << QString() << QStringLiteral("true");
    QTest::newRow("bool =false") << QStringList{QStringLiteral("--tls-verify=FALSE")}
                                 << QStringList() << QString() << QStringLiteral("false");
    // pflag: a boolean takes its value only after '='; "false" is then an argument.
    QTest::newRow("bool space value is positional")
        << QStringList{QStringLiteral("--tls-verify"), QStringLiteral("false")}
        << QStringList{QStringLiteral("false")} << QString() << QStringLiteral("true");
    QTest::newRow("after --") << QStringList{QStringLiteral("--"),
                                             QStringLiteral("--raw"),
                                             QStringLiteral("-u")}
                              << QStringList{QStringLiteral("--raw"), QStringLiteral("-u")}
                              << QString() << QString();
    QTest::newRow("lone dash is positional")
        << QStringList{QStringLiteral("-")} << QStringList{QStringLiteral("-")} << QString()
        << QString();
}

void TestCliArguments::parse()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, positional);
    QFETCH(QString, username);
    QFETCH(QString, tlsVerify);
    ArgumentParser parser = makeParser();
    const Result<QStringList> result = parser.parse(arguments);
    QVERIFY2(result.has_value(), result ? "" : qPrintable(result.error().message));
    QCOMPARE(*result, positional);
    QCOMPARE(parser.value(QStringLiteral("username")), username);
    QCOMPARE(parser.value(QStringLiteral("tls-verify")), tlsVerify);
    QCOMPARE(parser.isSet(QStringLiteral("tls-verify")), !tlsVerify.isEmpty());
}

void TestCliArguments::parseErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown long") << QStringList{QStringLiteral("--nope=1")}
                                  << QStringLiteral("unknown option \"--nope\"");
    QTest::newRow("unknown short")
        << QStringList{QStringLiteral("-z")} << QStringLiteral("unknown option \"-z\"");
    QTest::newRow("missing value") << QStringList{QStringLiteral("r"), QStringLiteral("--authfile")}
                                   << QStringLiteral("option --authfile needs a value");
    QTest::newRow("flag with value") << QStringList{QStringLiteral("--raw=yes")}
                                     << QStringLiteral("option --raw takes no value");
    QTest::newRow("bool not a bool")
        << QStringList{QStringLiteral("--tls-verify=0")}
        << QStringLiteral("option --tls-verify wants true or false, not \"0\"");
}

void TestCliArguments::parseErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    ArgumentParser parser = makeParser();
    const Result<QStringList> result = parser.parse(arguments);
    QVERIFY(!result.has_value());
    QCOMPARE(result.error().code, ErrorCode::InvalidArgument);
    QCOMPARE(result.error().message, message);
}

void TestCliArguments::networkOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<bool>("tlsVerify");
    QTest::addColumn<int>("timeout");
    QTest::newRow("defaults") << QStringList() << true << true << 30;
    QTest::newRow("tls off, timeout")
        << QStringList{QStringLiteral("--tls-verify=false"), QStringLiteral("--timeout=5")} << true
        << false << 5;
    QTest::newRow("timeout zero") << QStringList{QStringLiteral("--timeout"), QStringLiteral("0")}
                                  << false << true << 0;
    QTest::newRow("timeout text") << QStringList{QStringLiteral("--timeout"),
                                                 QStringLiteral("soon")}
                                  << false << true << 0;
    QTest::newRow("empty authfile")
        << QStringList{QStringLiteral("--authfile=")} << false << true << 0;
    QTest::newRow("empty creds") << QStringList{QStringLiteral("--creds=")} << false << true << 0;
    QTest::newRow("cert-dir missing")
        << QStringList{QStringLiteral("--cert-dir"), QStringLiteral("/nonexistent/certs")} << false
        << true << 0;
}

void TestCliArguments::networkOptions()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, valid);
    QFETCH(bool, tlsVerify);
    QFETCH(int, timeout);
    ArgumentParser parser = makeParser();
    QVERIFY(parser.parse(arguments).has_value());
    const Result<NetworkOptions> options = NetworkOptions::read(parser);
    QCOMPARE(options.has_value(), valid);
    if (!valid) {
        QCOMPARE(options.error().code, ErrorCode::InvalidArgument);
        QVERIFY(options.error().message.contains(QLatin1String("--")));
        return;
    }
    QCOMPARE(options->tlsVerify, tlsVerify);
    QCOMPARE(options->timeoutSeconds, timeout);
}

void TestCliArguments::registryHost_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("host"); // empty: refused
    QTest::newRow("host:port") << QStringLiteral("localhost:5000")
                               << QStringLiteral("localhost:5000");
    QTest::newRow("url") << QStringLiteral("https://r.example.com/")
                         << QStringLiteral("r.example.com");
    QTest::newRow("http url with port")
        << QStringLiteral("http://127.0.0.1:5000") << QStringLiteral("127.0.0.1:5000");
    QTest::newRow("docker hub") << QStringLiteral("docker.io") << QStringLiteral("docker.io");
    QTest::newRow("hub alias") << QStringLiteral("index.docker.io") << QStringLiteral("docker.io");
    QTest::newRow("ipv6") << QStringLiteral("[::1]:5000") << QStringLiteral("[::1]:5000");
    QTest::newRow("single label") << QStringLiteral("myregistry") << QString();
    QTest::newRow("with a path") << QStringLiteral("r.example.com/team") << QString();
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("upper case path") << QStringLiteral("r.example.com:x") << QString();
}

void TestCliArguments::registryHost()
{
    QFETCH(QString, input);
    QFETCH(QString, host);
    const Result<QString> result = NetworkOptions::registryHost(input);
    QCOMPARE(result.has_value(), !host.isEmpty());
    if (result)
        QCOMPARE(*result, host);
    else
        QVERIFY(result.error().message.contains(QStringLiteral("\"%1\"").arg(input)));
}

void TestCliArguments::humanSize_data()
{
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<QString>("text");
    QTest::newRow("zero") << qint64(0) << QStringLiteral("0 B");
    QTest::newRow("bytes") << qint64(999) << QStringLiteral("999 B");
    QTest::newRow("kB") << qint64(1000) << QStringLiteral("1 kB");
    QTest::newRow("fraction") << qint64(98'900) << QStringLiteral("98.9 kB");
    QTest::newRow("MB") << qint64(1'234'567) << QStringLiteral("1.23 MB");
    QTest::newRow("GB") << qint64(5'000'000'000) << QStringLiteral("5 GB");
}

void TestCliArguments::humanSize()
{
    QFETCH(qint64, bytes);
    QFETCH(QString, text);
    QCOMPARE(TextFormat::humanSize(bytes), text);
}

void TestCliArguments::table()
{
    const QStringList lines = TextFormat::table(
        {{QStringLiteral("A"), QStringLiteral("BBB"), QStringLiteral("c")},
         {QStringLiteral("longer"), QStringLiteral("x"), QStringLiteral("last column")}},
        QStringLiteral("  "));
    QCOMPARE(lines,
             (QStringList{QStringLiteral("  A       BBB  c"),
                          QStringLiteral("  longer  x    last column")}));
    QCOMPARE(TextFormat::shortDigest(QStringLiteral("sha256:0123456789abcdef")),
             QStringLiteral("sha256:0123456789ab"));
}

QTEST_GUILESS_MAIN(TestCliArguments)
#include "tst_cliarguments.moc"
