// SPDX-License-Identifier: GPL-3.0-or-later
// The API server's answers Pullscope reads before any network code (docs/reference/cluster-api.md
// §3): Status errors worded as kubectl words them, and which Pods wait for images, with kubectl's
// STATUS.
#include "model/cluster/apistatus.h"
#include "model/cluster/podpullstate.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TestKubeApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statusAsKubectlSaysIt_data();
    void statusAsKubectlSaysIt();
    void notAStatus();
    void podsWaitingOnImages_data();
    void podsWaitingOnImages();
};

void TestKubeApi::statusAsKubectlSaysIt_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("code");
    QTest::addColumn<bool>("retryable");
    QTest::addColumn<int>("retryAfter");
    // docs/reference/cluster-api.md §3.10's example, verbatim.
    QTest::newRow("forbidden secret")
        << QByteArray(R"({"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure",
 "message":"secrets \"regcred\" is forbidden: User \"jane\" cannot get resource \"secrets\" in API group \"\" in the namespace \"team-a\"",
 "reason":"Forbidden","details":{"name":"regcred","kind":"secrets"},"code":403})")
        << 403
        << QStringLiteral("Error from server (Forbidden): secrets \"regcred\" is forbidden: User "
                          "\"jane\" cannot get resource \"secrets\" in API group \"\" in the "
                          "namespace \"team-a\"")
        << int(ErrorCode::Denied) << false << -1;
    QTest::newRow("unauthorized") << QByteArray(
        R"({"kind":"Status","status":"Failure","message":"Unauthorized","reason":"Unauthorized","code":401})")
                                  << 401
                                  << QStringLiteral("error: You must be logged in to the server "
                                                    "(Unauthorized)")
                                  << int(ErrorCode::Unauthorized) << false << -1;
    QTest::newRow("not found") << QByteArray(
        R"({"kind":"Status","message":"pods \"web-1\" not found","reason":"NotFound","code":404})")
                               << 404
                               << QStringLiteral(
                                      "Error from server (NotFound): pods \"web-1\" not found")
                               << int(ErrorCode::NotFound) << false << -1;
    QTest::newRow("too many requests") << QByteArray(
        R"({"kind":"Status","message":"Too many requests, please try again later.","reason":"TooManyRequests","details":{"retryAfterSeconds":3},"code":429})")
                                       << 429
                                       << QStringLiteral("Error from server (TooManyRequests): Too "
                                                         "many requests, please try "
                                                         "again later.")
                                       << int(ErrorCode::TooManyRequests) << true << 3;
    QTest::newRow("server timeout") << QByteArray(
        R"({"kind":"Status","message":"the server was unable to return a response in the time allotted","reason":"ServerTimeout","code":500})")
                                    << 500
                                    << QStringLiteral("Error from server (ServerTimeout): the "
                                                      "server was unable to return a "
                                                      "response in the time allotted")
                                    << int(ErrorCode::Timeout) << true << -1;
    QTest::newRow("no code: the HTTP status, no reason")
        << QByteArray(R"({"kind":"Status","message":"etcdserver: leader changed"})") << 503
        << QStringLiteral("Error from server: etcdserver: leader changed") << int(ErrorCode::Server)
        << true << -1;
}

void TestKubeApi::statusAsKubectlSaysIt()
{
    QFETCH(QByteArray, body);
    QFETCH(int, httpStatus);
    QFETCH(QString, text);
    QFETCH(int, code);
    QFETCH(bool, retryable);
    QFETCH(int, retryAfter);
    const std::optional<ApiStatus> status = ApiStatus::parse(body, httpStatus);
    QVERIFY(status);
    QCOMPARE(status->kubectlText(), text);
    const Error e = status->toError();
    QCOMPARE(int(e.code), code);
    QCOMPARE(e.message, text);
    QCOMPARE(e.httpStatus, httpStatus);
    QCOMPARE(e.retryable, retryable);
    QCOMPARE(e.retryAfterSeconds, retryAfter);
}

void TestKubeApi::notAStatus()
{
    QVERIFY(!ApiStatus::parse("<html>502 Bad Gateway</html>", 502));
    QVERIFY(!ApiStatus::parse(R"({"kind":"Pod"})", 200));
    QVERIFY(!ApiStatus::parse("", 500));
}

void TestKubeApi::podsWaitingOnImages_data()
{
    QTest::addColumn<QByteArray>("pod");
    QTest::addColumn<QString>("status"); // kubectl's STATUS column
    QTest::addColumn<QStringList>("waiting"); // "kind name image reason"
    QTest::addColumn<QString>("messages"); // the kubelet's messages of those, '|'-joined
    const QByteArray spec = R"("spec":{"nodeName":"node-a",
        "initContainers":[{"name":"setup","image":"busybox:1.36"}],
        "containers":[{"name":"web","image":"ghcr.io/acme/web:v2"},
                      {"name":"side","image":"registry.k8s.io/pause:3.9"}]})";
    auto pod = [&spec](const QByteArray &status) -> QByteArray {
        return R"({"metadata":{"namespace":"team-a","name":"web-1"},)" + spec + "," + status + "}";
    };
    // docs/reference/cluster-api.md §3.3's fragment: a regular container in ImagePullBackOff.
    QTest::newRow("back-off") << pod(R"("status":{"phase":"Pending",
            "initContainerStatuses":[{"name":"setup","state":{"terminated":{"exitCode":0,"reason":"Completed"}}}],
            "containerStatuses":[
              {"name":"web","ready":false,"restartCount":0,"image":"ghcr.io/acme/web:v2","imageID":"",
               "state":{"waiting":{"reason":"ImagePullBackOff","message":"Back-off pulling image \"ghcr.io/acme/web:v2\": ErrImagePull: x"}}},
              {"name":"side","ready":true,"restartCount":0,"state":{"running":{}}}]})")
                              << QStringLiteral("ImagePullBackOff")
                              << QStringList{QStringLiteral(
                                     "regular web ghcr.io/acme/web:v2 ImagePullBackOff")}
                              << QStringLiteral("Back-off pulling image \"ghcr.io/acme/web:v2\": "
                                                "ErrImagePull: x");
    QTest::newRow("init container cannot pull")
        << pod(R"("status":{"phase":"Pending",
            "initContainerStatuses":[{"name":"setup","state":{"waiting":{"reason":"ErrImagePull","message":"failed to pull"}}}],
            "containerStatuses":[
              {"name":"web","state":{"waiting":{"reason":"PodInitializing"}}},
              {"name":"side","state":{"waiting":{"reason":"PodInitializing"}}}]})")
        << QStringLiteral("Init:ErrImagePull")
        << QStringList{QStringLiteral("init setup busybox:1.36 ErrImagePull")}
        << QStringLiteral("failed to pull");
    QTest::newRow("two containers: the first one's reason shows")
        << pod(R"("status":{"phase":"Pending",
            "containerStatuses":[
              {"name":"web","state":{"waiting":{"reason":"InvalidImageName"}}},
              {"name":"side","state":{"waiting":{"reason":"ErrImageNeverPull"}}}]})")
        << QStringLiteral("InvalidImageName")
        << QStringList{QStringLiteral("regular web ghcr.io/acme/web:v2 InvalidImageName"),
                       QStringLiteral("regular side registry.k8s.io/pause:3.9 ErrImageNeverPull")}
        << QStringLiteral("|");
    QTest::newRow("running after an update, a new container stuck")
        << pod(R"("status":{"phase":"Running",
            "containerStatuses":[
              {"name":"web","state":{"running":{}}},
              {"name":"side","state":{"waiting":{"reason":"ImagePullBackOff"}}}]})")
        << QStringLiteral("ImagePullBackOff")
        << QStringList{QStringLiteral("regular side registry.k8s.io/pause:3.9 ImagePullBackOff")}
        << QString();
    QTest::newRow("crash loop is not a pull problem")
        << pod(R"("status":{"phase":"Running",
            "containerStatuses":[
              {"name":"web","state":{"waiting":{"reason":"CrashLoopBackOff"}}},
              {"name":"side","state":{"running":{}}}]})")
        << QStringLiteral("CrashLoopBackOff") << QStringList() << QString();
    QTest::newRow("init still running") << pod(R"("status":{"phase":"Pending",
            "initContainerStatuses":[{"name":"setup","state":{"running":{}}}]})")
                                        << QStringLiteral("Init:0/1") << QStringList() << QString();
    QTest::newRow("evicted: the pod's own reason")
        << pod(R"("status":{"phase":"Failed","reason":"Evicted"})") << QStringLiteral("Evicted")
        << QStringList() << QString();
}

void TestKubeApi::podsWaitingOnImages()
{
    QFETCH(QByteArray, pod);
    QFETCH(QString, status);
    QFETCH(QStringList, waiting);
    QFETCH(QString, messages);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(pod, &error);
    QVERIFY2(document.isObject(), qPrintable(error.errorString()));
    const PodPullState p = PodPullState::fromPod(document.object());
    QCOMPARE(p.namespaceName, QStringLiteral("team-a"));
    QCOMPARE(p.name, QStringLiteral("web-1"));
    QCOMPARE(p.nodeName, QStringLiteral("node-a"));
    QCOMPARE(p.status, status);
    QStringList got;
    for (const PodPullState::Container &c : p.waitingOnImages) {
        const QString kind = c.kind == PodPullState::Container::Kind::Init ? QStringLiteral("init")
            : c.kind == PodPullState::Container::Kind::Regular ? QStringLiteral("regular")
                                                               : QStringLiteral("ephemeral");
        got << QStringLiteral("%1 %2 %3 %4").arg(kind, c.name, c.image, c.reason);
    }
    QCOMPARE(got, waiting);
    QCOMPARE(p.isStuckOnImages(), !waiting.isEmpty());
    QStringList kubeletMessages;
    for (const PodPullState::Container &c : p.waitingOnImages)
        kubeletMessages << c.message;
    QCOMPARE(kubeletMessages.join(u'|'), messages);
}

QTEST_GUILESS_MAIN(TestKubeApi)
#include "tst_kubeapi.moc"
