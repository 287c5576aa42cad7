// SPDX-License-Identifier: GPL-3.0-or-later
// CredentialPlan, the diagnosis's step 4, on workspaces read from YAML: which pull secrets the
// pod gets (its own, or the ServiceAccount's, all or nothing), what each contributes, which keys
// match the repository and why not, the Docker Hub fallback and the order credentials are tried.
#include "model/diagnose/credentialplan.h"
#include "model/kube/kubereader.h"
#include "model/kube/kubeworkspace.h"
#include "model/kubelet/nodeprofile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QString secret(const QString &name,
               const QString &server,
               const QString &user,
               const QString &ns = QStringLiteral("team"))
{
    return QStringLiteral(
               "---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: %1\n  namespace: %4\n"
               "type: kubernetes.io/dockerconfigjson\nstringData:\n"
               "  .dockerconfigjson: "
               "'{\"auths\":{\"%2\":{\"username\":\"%3\",\"password\":\"pw-%3\"}}}'\n")
        .arg(name, server, user, ns);
}

QString pod(const QString &image, const QStringList &secrets)
{
    QString yaml = QStringLiteral(
        "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  namespace: team\nspec:\n");
    if (!secrets.isEmpty()) {
        yaml += QStringLiteral("  imagePullSecrets:\n");
        for (const QString &s : secrets)
            yaml += QStringLiteral("  - name: %1\n").arg(s);
    }
    return yaml + QStringLiteral("  containers:\n  - name: app\n    image: %1\n").arg(image);
}
} // namespace

class TestCredentialPlan : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void plan_data();
    void plan();
    void providers_data();
    void providers();
};

void TestCredentialPlan::plan_data()
{
    QTest::addColumn<QString>("yaml");
    QTest::addColumn<QString>("image");
    QTest::addColumn<int>("status"); // DiagnosisStep::Status
    QTest::addColumn<QStringList>("candidateUsers"); // in the order the kubelet tries them
    QTest::addColumn<QString>("evidenceWord");
    QTest::addColumn<QStringList>("secrets");

    const int passed = int(DiagnosisStep::Status::Passed);
    const int warning = int(DiagnosisStep::Status::Warning);
    const int failed = int(DiagnosisStep::Status::Failed);
    QTest::newRow("no secrets: anonymous")
        << pod(u"reg.io/app:1"_s, {}) << u"reg.io/app:1"_s << passed << QStringList()
        << u"anonymously"_s << QStringList();
    QTest::newRow("registry-1.docker.io never matches docker.io")
        << pod(u"nginx:1.25"_s, {u"hub"_s})
            + secret(u"hub"_s, u"registry-1.docker.io"_s, u"alice"_s)
        << u"nginx:1.25"_s << warning << QStringList() << u"registry-1.docker.io"_s
        << QStringList{u"hub"_s};
    QTest::newRow("kubectl's default server: the Docker Hub fallback")
        << pod(u"nginx:1.25"_s, {u"hub"_s})
            + secret(u"hub"_s, u"https://index.docker.io/v1/"_s, u"alice"_s)
        << u"nginx:1.25"_s << passed << QStringList{u"alice"_s} << u"Docker Hub fallback"_s
        << QStringList{u"hub"_s};
    QTest::newRow("another port does not match")
        << pod(u"reg.io:5000/app:1"_s, {u"r"_s}) + secret(u"r"_s, u"reg.io"_s, u"bob"_s)
        << u"reg.io:5000/app:1"_s << warning << QStringList() << u"port"_s << QStringList{u"r"_s};
    QTest::newRow("longer key first, both tried")
        << pod(u"reg.io/team/app:1"_s, {u"wide"_s, u"narrow"_s})
            + secret(u"wide"_s, u"reg.io"_s, u"wide-user"_s)
            + secret(u"narrow"_s, u"reg.io/team"_s, u"narrow-user"_s)
        << u"reg.io/team/app:1"_s << passed << QStringList{u"narrow-user"_s, u"wide-user"_s}
        << u"no anonymous fallback"_s << QStringList{u"wide"_s, u"narrow"_s};
    QTest::newRow("ServiceAccount injects its secrets")
        << pod(u"reg.io/app:1"_s, {}) + secret(u"sa-secret"_s, u"reg.io"_s, u"sa-user"_s)
            + u"---\napiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: default\n  namespace: team\n"_s
              u"imagePullSecrets:\n- name: sa-secret\n"_s
        << u"reg.io/app:1"_s << passed << QStringList{u"sa-user"_s} << u"copies"_s
        << QStringList{u"sa-secret"_s};
    QTest::newRow("all or nothing: the pod's own list wins")
        << pod(u"reg.io/app:1"_s, {u"own"_s}) + secret(u"own"_s, u"reg.io"_s, u"own-user"_s)
            + secret(u"sa-secret"_s, u"reg.io"_s, u"sa-user"_s)
            + u"---\napiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: default\n  namespace: team\n"_s
              u"imagePullSecrets:\n- name: sa-secret\n"_s
        << u"reg.io/app:1"_s << passed << QStringList{u"own-user"_s} << u"not added"_s
        << QStringList{u"own"_s};
    QTest::newRow("secret in another namespace")
        << pod(u"reg.io/app:1"_s, {u"r"_s}) + secret(u"r"_s, u"reg.io"_s, u"bob"_s, u"other"_s)
        << u"reg.io/app:1"_s << warning << QStringList() << u"namespace other"_s
        << QStringList{u"r"_s};
    QTest::newRow("Opaque secret ignored")
        << pod(u"reg.io/app:1"_s, {u"r"_s})
            + QString(secret(u"r"_s, u"reg.io"_s, u"bob"_s))
                  .replace(u"kubernetes.io/dockerconfigjson"_s, u"Opaque"_s)
        << u"reg.io/app:1"_s << warning << QStringList() << u"ignored"_s << QStringList{u"r"_s};
    QTest::newRow("broken JSON fails the lookup") << pod(u"reg.io/app:1"_s, {u"r"_s})
            + u"---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: r\n  namespace: team\n"_s
              u"type: kubernetes.io/dockerconfigjson\nstringData:\n  .dockerconfigjson: '{\"auths\": '\n"_s
                                                  << u"reg.io/app:1"_s << failed << QStringList()
                                                  << u"does not parse"_s << QStringList{u"r"_s};
}

void TestCredentialPlan::plan()
{
    QFETCH(QString, yaml);
    QFETCH(QString, image);
    QFETCH(int, status);
    QFETCH(QStringList, candidateUsers);
    QFETCH(QString, evidenceWord);
    QFETCH(QStringList, secrets);
    KubeWorkspace ws;
    ws.addFile(KubeReader::read(yaml.toUtf8(), QStringLiteral("pod.yaml")));
    QCOMPARE(ws.podObjects().size(), 1);
    const KubeObject &object = *ws.podObjects().first();
    const Result<ImageReference> reference = ImageReference::parseNormalized(image);
    QVERIFY(reference);
    const CredentialPlan::Outcome out =
        CredentialPlan::build(ws, object, *reference, NodeProfile::defaultProfile());
    const QString evidence =
        out.step.summary + QLatin1Char('\n') + out.step.evidence.join(QLatin1Char('\n'));
    QVERIFY2(int(out.step.status) == status, qPrintable(evidence));
    QStringList users;
    for (const PullCredential &c : out.candidates)
        users.append(c.username);
    QCOMPARE(users, candidateUsers);
    QVERIFY2(evidence.contains(evidenceWord), qPrintable(evidence));
    QStringList names;
    for (const CredentialPlan::Secret &s : out.secrets)
        names.append(s.name);
    QCOMPARE(names, secrets);
    // Passwords are kept for the scrub, never shown.
    QVERIFY2(!evidence.contains(QStringLiteral("pw-")), qPrintable(evidence));
}

void TestCredentialPlan::providers_data()
{
    QTest::addColumn<QString>("image");
    QTest::addColumn<QStringList>("matching");
    QTest::addColumn<QString>("evidenceWord");
    QTest::newRow("matched by a glob per label")
        << u"123.dkr.ecr.us-east-1.amazonaws.com/app:1"_s << QStringList{u"ecr"_s}
        << u"runs for this image"_s;
    QTest::newRow("another registry") << u"reg.io/app:1"_s << QStringList() << u"does not run"_s;
}

void TestCredentialPlan::providers()
{
    QFETCH(QString, image);
    QFETCH(QStringList, matching);
    QFETCH(QString, evidenceWord);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString config = dir.filePath(u"providers.yaml"_s);
    QFile file(config);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("apiVersion: kubelet.config.k8s.io/v1\n"
               "kind: CredentialProviderConfig\n"
               "providers:\n"
               "- name: ecr\n"
               "  matchImages: [\"*.dkr.ecr.*.amazonaws.com\"]\n"
               "  defaultCacheDuration: 1m\n"
               "  apiVersion: credentialprovider.kubelet.k8s.io/v1\n");
    file.close();
    NodeProfile node = NodeProfile::defaultProfile();
    node.credentialProviderConfigPath = config;
    KubeWorkspace ws;
    ws.addFile(KubeReader::read(pod(image, {}).toUtf8(), u"pod.yaml"_s));
    const Result<ImageReference> reference = ImageReference::parseNormalized(image);
    QVERIFY(reference);
    const CredentialPlan::Outcome out =
        CredentialPlan::build(ws, *ws.podObjects().first(), *reference, node);
    QCOMPARE(out.matchingProviders, matching);
    const QString evidence = out.step.evidence.join(QLatin1Char('\n'));
    QVERIFY2(evidence.contains(evidenceWord), qPrintable(evidence));
}

QTEST_GUILESS_MAIN(TestCredentialPlan)
#include "tst_credentialplan.moc"
