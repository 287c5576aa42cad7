// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/core/error.h"
#include "model/core/result.h"

#include <QTest>

class TestResult : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void valueAndError();
    void voidResult();
    void moveOnlyAccess();
    void errorBuilders();
    void errorToString_data();
    void errorToString();
    void codeNamesAreDistinct();
};

void TestResult::valueAndError()
{
    Result<int> ok = 42;
    QVERIFY(ok.has_value());
    QVERIFY(bool(ok));
    QCOMPARE(*ok, 42);
    QCOMPARE(ok.value_or(7), 42);

    Result<int> bad = Error(ErrorCode::NotFound, QStringLiteral("no such tag"));
    QVERIFY(!bad.has_value());
    QVERIFY(!bad);
    QCOMPARE(bad.error().code, ErrorCode::NotFound);
    QCOMPARE(bad.error().message, QStringLiteral("no such tag"));
    QCOMPARE(bad.value_or(7), 7);
}

void TestResult::voidResult()
{
    Result<void> ok;
    QVERIFY(ok);
    QVERIFY(ok.error().isNull());
    Result<void> bad = Error(ErrorCode::Io, QStringLiteral("disk full"));
    QVERIFY(!bad);
    QCOMPARE(bad.error().code, ErrorCode::Io);
}

void TestResult::moveOnlyAccess()
{
    Result<QString> r = QStringLiteral("abc");
    QCOMPARE(r->size(), 3);
    QString moved = std::move(r).value();
    QCOMPARE(moved, QStringLiteral("abc"));
}

void TestResult::errorBuilders()
{
    const Error e =
        Error(ErrorCode::TooManyRequests, QStringLiteral("slow down"), QStringLiteral("raw"))
            .withHttpStatus(429)
            .withRetryable(true);
    QCOMPARE(e.httpStatus, 429);
    QVERIFY(e.retryable);
    QCOMPARE(e.detail, QStringLiteral("raw"));
    QVERIFY(!e.isNull());
    QVERIFY(Error().isNull());
}

void TestResult::errorToString_data()
{
    QTest::addColumn<Error>("error");
    QTest::addColumn<QString>("expected");
    const Error base(ErrorCode::Parse, QStringLiteral("mapping values are not allowed here"));
    QTest::newRow("no place") << base << QStringLiteral("mapping values are not allowed here");
    QTest::newRow("file line column")
        << base.at(QStringLiteral("pod.yaml"), 3, 14)
        << QStringLiteral("pod.yaml:3:14: mapping values are not allowed here");
    QTest::newRow("file line") << base.at(QStringLiteral("pod.yaml"), 3)
                               << QStringLiteral("pod.yaml:3: mapping values are not allowed here");
    QTest::newRow("line without file")
        << base.at(QString(), 9, 2)
        << QStringLiteral("<input>:9:2: mapping values are not allowed here");
}

void TestResult::errorToString()
{
    QFETCH(Error, error);
    QFETCH(QString, expected);
    QCOMPARE(error.toString(), expected);
}

void TestResult::codeNamesAreDistinct()
{
    QSet<QString> names;
    for (int c = int(ErrorCode::None); c <= int(ErrorCode::Internal); ++c) {
        const QString name = Error::codeName(ErrorCode(c));
        QVERIFY2(!name.isEmpty() && name != QLatin1String("unknown"), qPrintable(name));
        QVERIFY2(!names.contains(name), qPrintable(name));
        names.insert(name);
    }
}

QTEST_GUILESS_MAIN(TestResult)
#include "tst_result.moc"
