// SPDX-License-Identifier: GPL-3.0-or-later
// Digest against go-digest's Validate (v1.0.0 error order, main's sha256/sha512 registry).
#include "model/reference/digest.h"

#include <QTest>

class TestDigest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void computed_data();
    void computed();
    void nullDigest();
};

// go-digest digest_test.go TestParseDigest, with the registered set of go-digest main.
void TestDigest::parse_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("algorithm");
    QTest::addColumn<QString>("encoded");
    const QString hex64 =
        QStringLiteral("e58fcf7418d4390dec8e8fb69d88c06ec07039d651fedd3aa72af9972e7d046b");
    const QString format = QStringLiteral("invalid checksum digest format");
    const QString length = QStringLiteral("invalid checksum digest length");
    const QString unsupported = QStringLiteral("unsupported digest algorithm");
    QTest::newRow("sha256") << QStringLiteral("sha256:") + hex64 << QString()
                            << QStringLiteral("sha256") << hex64;
    QTest::newRow("sha512") << QStringLiteral("sha512:") + QString(128, QLatin1Char('a'))
                            << QString() << QStringLiteral("sha512")
                            << QString(128, QLatin1Char('a'));
    QTest::newRow("sha384 is not registered")
        << QStringLiteral("sha384:") + QString(96, QLatin1Char('a')) << unsupported << QString()
        << QString();
    QTest::newRow("upper-case hex")
        << QStringLiteral("sha256:") + hex64.toUpper() << format << QString() << QString();
    QTest::newRow("one upper-case letter")
        << QStringLiteral("sha256:E58fcf7418d4390dec8e8fb69d88c06ec07039d651fedd3aa72af9972e7d046b")
        << format << QString() << QString();
    QTest::newRow("no algorithm") << QStringLiteral(":") + hex64 << format << QString()
                                  << QString();
    QTest::newRow("no colon") << hex64 << format << QString() << QString();
    QTest::newRow("no encoded part")
        << QStringLiteral("sha256:") << format << QString() << QString();
    QTest::newRow("empty") << QString() << format << QString() << QString();
    QTest::newRow("short sha256") << QStringLiteral("sha256:abc") << length << QString()
                                  << QString();
    QTest::newRow("long sha256") << QStringLiteral("sha256:") + hex64 + QStringLiteral("00")
                                 << length << QString() << QString();
    QTest::newRow("sha512 with 64 hex")
        << QStringLiteral("sha512:") + hex64 << length << QString() << QString();
    QTest::newRow("length checked before characters")
        << QStringLiteral("sha256:XYZ") << length << QString() << QString();
    QTest::newRow("non-hex of the right length")
        << QStringLiteral("sha256:") + QString(64, QLatin1Char('g')) << format << QString()
        << QString();
    QTest::newRow("unknown algorithm")
        << QStringLiteral("foo:bar") << unsupported << QString() << QString();
    QTest::newRow("unknown algorithm with separators")
        << QStringLiteral("sha256+b64u:LCa0a2j_xo_5m0U8HTBBNBNCLXBkg7-g-YpeiGJm564") << unsupported
        << QString() << QString();
    QTest::newRow("upper-case algorithm")
        << QStringLiteral("SHA256:") + hex64 << format << QString() << QString();
    QTest::newRow("bad characters in unknown algorithm")
        << QStringLiteral("md5:foo!bar") << format << QString() << QString();
    QTest::newRow("separator at the end of the algorithm")
        << QStringLiteral("sha256-:") + hex64 << format << QString() << QString();
    QTest::newRow("non-ASCII counted in bytes")
        << QStringLiteral("sha256:") + hex64.left(63) + QStringLiteral("\u00e9") << length
        << QString() << QString();
    QTest::newRow("trailing newline")
        << QStringLiteral("foo:bar\n") << format << QString() << QString();
}

void TestDigest::parse()
{
    QFETCH(QString, input);
    QFETCH(QString, error);
    QFETCH(QString, algorithm);
    QFETCH(QString, encoded);
    const Result<Digest> d = Digest::parse(input);
    if (!error.isEmpty()) {
        QVERIFY2(!d, qPrintable(input));
        QCOMPARE(d.error().message, error);
        return;
    }
    QVERIFY2(d, qPrintable(d ? QString() : d.error().message));
    QVERIFY(d->isValid());
    QCOMPARE(d->algorithm(), algorithm);
    QCOMPARE(d->encoded(), encoded);
    QCOMPARE(d->toString(), input);
}

void TestDigest::computed_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("sha256");
    QTest::newRow("empty")
        << QByteArray()
        << QStringLiteral(
               "sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    QTest::newRow("abc")
        << QByteArray("abc")
        << QStringLiteral(
               "sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

void TestDigest::computed()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, sha256);
    const Digest d = Digest::sha256Of(data);
    QCOMPARE(d.toString(), sha256);
    QVERIFY(d.matches(data));
    QVERIFY(!d.matches(data + QByteArray("x")));
    QCOMPARE(Digest::parse(sha256).value(), d);
    const Digest d512 = Digest::sha512Of(data);
    QCOMPARE(d512.algorithm(), QStringLiteral("sha512"));
    QCOMPARE(d512.encoded().size(), 128);
    QVERIFY(d512.matches(data));
    QVERIFY(Digest::parse(d512.toString()));
}

void TestDigest::nullDigest()
{
    const Digest d;
    QVERIFY(!d.isValid());
    QCOMPARE(d.toString(), QString());
    QVERIFY(!d.matches(QByteArray()));
    QVERIFY(Digest::isAlgorithmAvailable(QStringLiteral("sha256")));
    QVERIFY(Digest::isAlgorithmAvailable(QStringLiteral("sha512")));
    QVERIFY(!Digest::isAlgorithmAvailable(QStringLiteral("sha384")));
    QCOMPARE(Digest::encodedLength(QStringLiteral("sha512")), 128);
}

QTEST_GUILESS_MAIN(TestDigest)
#include "tst_digest.moc"
