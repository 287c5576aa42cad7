// SPDX-License-Identifier: GPL-3.0-or-later
// Go's duration texts, kubectl's Events table and containerd's error texts.
#include "model/kubelet/eventtable.h"
#include "model/kubelet/kubelettext.h"
#include "model/kubelet/runtimeerrortext.h"

#include <QTest>

class TestKubeletText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void goDuration_data();
    void goDuration();
    void humanDuration_data();
    void humanDuration();
    void foldsRepeats();
    void describeTable();
    void runtimeErrors_data();
    void runtimeErrors();
};

void TestKubeletText::goDuration_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("text");
    QTest::newRow("zero") << qint64(0) << "0s";
    QTest::newRow("ms") << qint64(345) << "345ms";
    QTest::newRow("whole second") << qint64(2000) << "2s";
    QTest::newRow("fraction") << qint64(1500) << "1.5s";
    QTest::newRow("ms fraction") << qint64(1234) << "1.234s";
    QTest::newRow("minutes") << qint64(123'456) << "2m3.456s";
    QTest::newRow("hour") << qint64(3'600'000) << "1h0m0s";
}

void TestKubeletText::goDuration()
{
    QFETCH(qint64, ms);
    QFETCH(QString, text);
    QCOMPARE(KubeletText::goDuration(ms), text);
}

void TestKubeletText::humanDuration_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("text");
    QTest::newRow("seconds") << qint64(45) << "45s";
    QTest::newRow("under two minutes") << qint64(119) << "119s";
    QTest::newRow("minutes and seconds") << qint64(200) << "3m20s";
    QTest::newRow("whole minutes") << qint64(300) << "5m";
    QTest::newRow("ten minutes") << qint64(600) << "10m";
    QTest::newRow("under three hours") << qint64(10'740) << "179m";
    QTest::newRow("hours and minutes") << qint64(9000 + 3600) << "3h30m";
    QTest::newRow("hours") << qint64(20 * 3600) << "20h";
    QTest::newRow("days and hours") << qint64(76 * 3600) << "3d4h";
    QTest::newRow("days") << qint64(30 * 86400) << "30d";
}

void TestKubeletText::humanDuration()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, text);
    QCOMPARE(KubeletText::humanDuration(seconds * 1000), text);
}

static KubeletEvent
makeEvent(qint64 s, const char *reason, const char *message, const char *pod = "ns/p")
{
    KubeletEvent e;
    e.timeMs = s * 1000;
    e.type = QStringLiteral("Normal");
    e.reason = QString::fromUtf8(reason);
    e.message = QString::fromUtf8(message);
    e.pod = QString::fromUtf8(pod);
    e.container = QStringLiteral("c");
    e.fieldPath = QStringLiteral("spec.containers{c}");
    return e;
}

void TestKubeletText::foldsRepeats()
{
    const QList<KubeletEvent> events{makeEvent(0, "Pulling", "Pulling image \"x\""),
                                     makeEvent(5, "BackOff", "Back-off pulling image \"x\""),
                                     makeEvent(10, "Pulling", "Pulling image \"x\""),
                                     makeEvent(12, "Pulling", "other pod", "ns/q"),
                                     makeEvent(20, "BackOff", "Back-off pulling image \"x\"")};
    const QList<EventTable::Row> rows = EventTable::fold(events, QStringLiteral("ns/p"));
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).event.reason, QStringLiteral("Pulling"));
    QCOMPARE(rows.at(0).count, 2);
    QCOMPARE(rows.at(0).age(100'000), QStringLiteral("90s (x2 over 100s)"));
    QCOMPARE(rows.at(1).count, 2);
    QCOMPARE(rows.at(1).firstMs, qint64(5000));
    QCOMPARE(rows.at(1).lastMs, qint64(20'000));
    QCOMPARE(rows.at(1).messageWithFieldPath(),
             QStringLiteral("spec.containers{c}: Back-off pulling image \"x\""));
    QCOMPARE(EventTable::fold(events).size(), 3);
}

void TestKubeletText::describeTable()
{
    QCOMPARE(EventTable::describe({}, 0, QStringLiteral("kubelet")),
             QStringList{QStringLiteral("Events:  <none>")});
    const QList<EventTable::Row> rows =
        EventTable::fold({makeEvent(0, "Pulling", "Pulling image \"x\""),
                          makeEvent(0, "Pulling", "Pulling image \"x\"")});
    const QStringList lines = EventTable::describe(rows, 30'000, QStringLiteral("kubelet"));
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.at(1), QStringLiteral("  Type    Reason   Age                From     Message"));
    QCOMPARE(lines.at(2), QStringLiteral("  ----    ------   ----               ----     -------"));
    QCOMPARE(lines.at(3),
             QStringLiteral("  Normal  Pulling  30s (x2 over 30s)  kubelet  spec.containers{c}: "
                            "Pulling image \"x\""));
}

void TestKubeletText::runtimeErrors_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("errorMessage");
    QTest::addColumn<bool>("anonymous");
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<QString>("text");

    const QString head =
        QStringLiteral("failed to pull and unpack image \"r.io:5000/team/app:1.0\": ");
    const QString resolve =
        head + QStringLiteral("failed to resolve reference \"r.io:5000/team/app:1.0\": ");
    QTest::newRow("tag missing") << int(ErrorCode::NotFound) << 404 << "manifest unknown" << true
                                 << "bearer"
                                 << QString(QStringLiteral("rpc error: code = NotFound desc = ")
                                            + resolve
                                            + QStringLiteral("r.io:5000/team/app:1.0: not found"));
    QTest::newRow("platform") << int(ErrorCode::NotFound) << 0 << "no image for linux/s390x" << true
                              << ""
                              << QString(QStringLiteral("rpc error: code = NotFound desc = ") + head
                                         + QStringLiteral(
                                             "no match for platform in manifest: not found"));
    QTest::newRow("anonymous, token granted without scope")
        << int(ErrorCode::Unauthorized) << 401 << "unauthorized" << true << "bearer"
        << QString(resolve
                   + QStringLiteral(
                       "pull access denied, repository does not exist or may require "
                       "authorization: server message: insufficient_scope: authorization failed"));
    QTest::newRow("wrong password at the token server")
        << int(ErrorCode::Unauthorized) << 401
        << "The token server http://r.io:5001/token refused x" << false << "bearer"
        << QString(
               resolve
               + QStringLiteral(
                   "failed to authorize: failed to fetch oauth token: unexpected status from GET "
                   "request to "
                   "http://r.io:5001/token?scope=repository%3Ateam%2Fapp%3Apull&service=r.io: "
                   "401 Unauthorized"));
    QTest::newRow("anonymous at the token server")
        << int(ErrorCode::Denied) << 403 << "The token server http://r.io:5001/token refused x"
        << true << "bearer"
        << QString(
               resolve
               + QStringLiteral(
                   "failed to authorize: failed to fetch anonymous token: unexpected status from "
                   "GET request to "
                   "http://r.io:5001/token?scope=repository%3Ateam%2Fapp%3Apull&service=r.io: "
                   "403 Forbidden"));
    QTest::newRow("basic, no credentials")
        << int(ErrorCode::Unauthorized) << 401 << "x" << true << "basic"
        << QString(
               resolve
               + QStringLiteral(
                   "pull access denied, repository does not exist or may require authorization: "
                   "authorization failed: no basic auth credentials"));
    QTest::newRow("basic, wrong credentials")
        << int(ErrorCode::Unauthorized) << 401 << "x" << false << "basic"
        << QString(resolve
                   + QStringLiteral("unexpected status from HEAD request to "
                                    "https://r.io:5000/v2/team/app/manifests/1.0: "
                                    "401 Unauthorized"));
    QTest::newRow("connection refused")
        << int(ErrorCode::ConnectionRefused) << 0 << "x" << true << ""
        << QString(resolve
                   + QStringLiteral("failed to do request: Head "
                                    "\"https://r.io:5000/v2/team/app/manifests/1.0\": dial tcp "
                                    "r.io:5000: connect: connection refused"));
    QTest::newRow("dns")
        << int(ErrorCode::Dns) << 0 << "x" << true << ""
        << QString(resolve
                   + QStringLiteral("failed to do request: Head "
                                    "\"https://r.io:5000/v2/team/app/manifests/1.0\": dial tcp: "
                                    "lookup r.io: no such host"));
    QTest::newRow("timeout keeps its code")
        << int(ErrorCode::Timeout) << 0 << "x" << true << ""
        << QString(QStringLiteral("rpc error: code = DeadlineExceeded desc = ") + resolve
                   + QStringLiteral("failed to do request: Head "
                                    "\"https://r.io:5000/v2/team/app/manifests/1.0\": dial tcp "
                                    "r.io:5000: i/o timeout"));
    QTest::newRow("server error") << int(ErrorCode::Server) << 503 << "x" << true << ""
                                  << QString(resolve
                                             + QStringLiteral(
                                                 "unexpected status from HEAD request to "
                                                 "https://r.io:5000/v2/team/app/manifests/1.0: "
                                                 "503 Service Unavailable"));
}

void TestKubeletText::runtimeErrors()
{
    QFETCH(int, code);
    QFETCH(int, status);
    QFETCH(QString, errorMessage);
    QFETCH(bool, anonymous);
    QFETCH(QString, scheme);
    QFETCH(QString, text);
    RuntimeErrorText::Context c;
    c.fullReference = QStringLiteral("r.io:5000/team/app:1.0");
    c.baseUrl = QStringLiteral("https://r.io:5000");
    c.host = QStringLiteral("r.io:5000");
    c.repositoryPath = QStringLiteral("team/app");
    c.manifestReference = QStringLiteral("1.0");
    c.anonymous = anonymous;
    c.authScheme = scheme;
    c.realm = QStringLiteral("http://r.io:5001/token");
    c.service = QStringLiteral("r.io");
    const Error e = Error(ErrorCode(code), errorMessage).withHttpStatus(status);
    QCOMPARE(RuntimeErrorText::containerd(e, c), text);
}

QTEST_GUILESS_MAIN(TestKubeletText)
#include "tst_kubelettext.moc"
