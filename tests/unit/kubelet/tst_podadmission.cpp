// SPDX-License-Identifier: GPL-3.0-or-later
// What the API server does to a pod before the kubelet sees it
// (docs/reference/kubelet-image-pull.md §1, §6).
#include "model/kube/kubereader.h"
#include "model/kube/kubeworkspace.h"
#include "model/kubelet/podadmission.h"

#include <QTest>

namespace {
// A ServiceAccount "builder" with secret sa-cred and a locked-down "strict" one.
const char *accounts = R"(apiVersion: v1
kind: ServiceAccount
metadata: {name: builder, namespace: team}
imagePullSecrets: [{name: sa-cred}, {name: sa-cred2}]
---
apiVersion: v1
kind: ServiceAccount
metadata:
  name: strict
  namespace: team
  annotations: {kubernetes.io/enforce-mountable-secrets: "true"}
imagePullSecrets: [{name: allowed}]
---
apiVersion: v1
kind: ServiceAccount
metadata: {name: default, namespace: team}
imagePullSecrets: [{name: default-cred}]
)";
} // namespace

class TestPodAdmission : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void admit_data();
    void admit();
    void alwaysPullImages();
};

void TestPodAdmission::admit_data()
{
    QTest::addColumn<QString>("spec"); // the pod's spec, YAML flow style
    QTest::addColumn<bool>("serviceAccountAdmission");
    QTest::addColumn<QString>("serviceAccount");
    QTest::addColumn<QStringList>("secrets");
    QTest::addColumn<QString>("policies"); // one letter per container: A, I, N
    QTest::addColumn<QString>("error");

    const QString c = QStringLiteral("containers: [{name: c, image: busybox:1.36}]");
    QTest::newRow("default SA injects its secrets")
        << c << true << "default" << QStringList{QStringLiteral("default-cred")} << "I"
        << "";
    QTest::newRow("named SA injects its secrets in order")
        << QString(QStringLiteral("serviceAccountName: builder, ") + c) << true << "builder"
        << QStringList{QStringLiteral("sa-cred"), QStringLiteral("sa-cred2")} << "I"
        << "";
    QTest::newRow("all or nothing: the pod's own list wins")
        << QString(QStringLiteral("serviceAccountName: builder, imagePullSecrets: [{name: mine}], ")
                   + c)
        << true << "builder" << QStringList{QStringLiteral("mine")} << "I"
        << "";
    QTest::newRow("an empty list still counts as none")
        << QString(QStringLiteral("serviceAccountName: builder, imagePullSecrets: [], ") + c)
        << true << "builder" << QStringList{QStringLiteral("sa-cred"), QStringLiteral("sa-cred2")}
        << "I"
        << "";
    QTest::newRow("missing SA is forbidden")
        << QString(QStringLiteral("serviceAccountName: ghost, ") + c) << true << "" << QStringList{}
        << ""
        << "pods \"p\" is forbidden: error looking up service account team/ghost: serviceaccount "
           "\"ghost\" not found";
    QTest::newRow("without the plugin nothing is injected")
        << QString(QStringLiteral("serviceAccountName: ghost, ") + c) << false << "ghost"
        << QStringList{} << "I"
        << "";
    QTest::newRow("enforce-mountable-secrets refuses others")
        << QString(QStringLiteral(
                       "serviceAccountName: strict, imagePullSecrets: [{name: allowed}, {name: "
                       "other}], ")
                   + c)
        << true << "" << QStringList{} << ""
        << "pods \"p\" is forbidden: imagePullSecrets[1].name=\"other\" is not allowed because "
           "service account strict does not reference that imagePullSecret";
    QTest::newRow("policy defaulting: latest, none, tag, digest") << QStringLiteral(
        "containers: [{name: a, image: busybox:latest}, {name: b, image: busybox}, "
        "{name: c, image: busybox:1.36}, {name: d, image: "
        "\"busybox@sha256:0123456789012345678901234567890123456789012345678901234567890123\"}]")
                                                                  << false << "" << QStringList{}
                                                                  << "AAII"
                                                                  << "";
    QTest::newRow("init containers first, explicit policy kept") << QString(
        QStringLiteral("initContainers: [{name: i, image: busybox, imagePullPolicy: Never}], ") + c)
                                                                 << false << "" << QStringList{}
                                                                 << "NI"
                                                                 << "";
    QTest::newRow("unsupported policy")
        << QStringLiteral("containers: [{name: c, image: busybox, imagePullPolicy: Sometimes}]")
        << false << "" << QStringList{} << ""
        << "The Pod \"p\" is invalid: spec.containers[0].imagePullPolicy: Unsupported value: "
           "\"Sometimes\": supported values: \"Always\", \"IfNotPresent\", \"Never\"";
    QTest::newRow("whitespace around the image")
        << QStringLiteral("containers: [{name: c, image: \" busybox\"}]") << false << ""
        << QStringList{} << ""
        << "The Pod \"p\" is invalid: spec.containers[0].image: Invalid value: \" busybox\": must "
           "not have leading or trailing whitespace";
    QTest::newRow("an invalid reference is admitted")
        << QStringLiteral("containers: [{name: c, image: \"NGINX:1.0\"}]") << false << ""
        << QStringList{} << "I"
        << "";
}

void TestPodAdmission::admit()
{
    QFETCH(QString, spec);
    QFETCH(bool, serviceAccountAdmission);
    QFETCH(QString, serviceAccount);
    QFETCH(QStringList, secrets);
    QFETCH(QString, policies);
    QFETCH(QString, error);

    KubeWorkspace ws;
    ws.addFile(KubeReader::read(accounts, QStringLiteral("accounts.yaml")));
    const QByteArray pod =
        "apiVersion: v1\nkind: Pod\nmetadata: {name: p, namespace: team}\nspec: {" + spec.toUtf8()
        + "}\n";
    ws.addFile(KubeReader::read(pod, QStringLiteral("pod.yaml")));
    QCOMPARE(ws.podObjects().size(), 1);
    PodAdmission::Options options;
    options.serviceAccount = serviceAccountAdmission;
    const Result<AdmittedPod> admitted = PodAdmission::admit(*ws.podObjects().first(), ws, options);
    if (!error.isEmpty()) {
        QVERIFY(!admitted);
        QCOMPARE(admitted.error().message, error);
        return;
    }
    QVERIFY2(admitted, admitted ? "" : qPrintable(admitted.error().message));
    QCOMPARE(admitted->serviceAccountName, serviceAccount);
    QCOMPARE(admitted->pullSecretNames, secrets);
    QString got;
    for (const AdmittedContainer &c : admitted->containers)
        got += pullPolicyToString(c.policy).at(0);
    QCOMPARE(got, policies);
    QCOMPARE(admitted->key(), QStringLiteral("team/p"));
}

void TestPodAdmission::alwaysPullImages()
{
    KubeWorkspace ws;
    ws.addFile(
        KubeReader::read("apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n"
                         "  initContainers: [{name: i, image: a:1, imagePullPolicy: Never}]\n"
                         "  containers: [{name: c, image: b:1, imagePullPolicy: IfNotPresent}]\n",
                         QStringLiteral("p.yaml")));
    PodAdmission::Options options;
    options.alwaysPullImages = true;
    const Result<AdmittedPod> admitted = PodAdmission::admit(*ws.podObjects().first(), ws, options);
    QVERIFY(admitted);
    QCOMPARE(admitted->containers.size(), 2);
    for (const AdmittedContainer &c : admitted->containers)
        QCOMPARE(c.policy, PullPolicy::Always);
    QCOMPARE(admitted->containers.at(0).eventFieldPath, QStringLiteral("spec.initContainers{i}"));
    QCOMPARE(admitted->containers.at(1).eventFieldPath, QStringLiteral("spec.containers{c}"));
    QCOMPARE(admitted->namespaceName, QStringLiteral("default"));
}

QTEST_GUILESS_MAIN(TestPodAdmission)
#include "tst_podadmission.moc"
