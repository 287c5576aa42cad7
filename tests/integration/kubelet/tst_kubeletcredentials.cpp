// SPDX-License-Identifier: GPL-3.0-or-later
// The simulated kubelet's credentials against a Token-mode lab: pull secrets, their keyring
// order, secrets the kubelet ignores, ServiceAccount injection, and KEP-2535's check across
// namespaces (docs/reference/kubelet-image-pull.md §4, §6, §7, §12). Exact events and virtual
// times.
#include "simulationharness.h"
#include "tests/support/lab.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString privateImage = QStringLiteral("HOST/private/app:1.0");
const QString pod =
    QStringLiteral("apiVersion: v1\nkind: Pod\nmetadata: {name: %1, namespace: %2}\n"
                   "spec:\n  %3\n  containers: [{name: app, image: \"%4\"}]\n---\n");

QString secret(const QString &name,
               const QString &ns,
               const QString &type,
               const QString &key,
               const QString &json)
{
    return QStringLiteral(
               "apiVersion: v1\nkind: Secret\nmetadata: {name: %1, namespace: %2}\ntype: %3\n"
               "stringData:\n  %4: %5\n---\n")
        .arg(name, ns, type, key, json);
}

QString dockerSecret(const QString &name, const QString &ns, const QString &userPass)
{
    return secret(name,
                  ns,
                  QStringLiteral("kubernetes.io/dockerconfigjson"),
                  QStringLiteral(".dockerconfigjson"),
                  QStringLiteral("AUTH(%1)").arg(userPass));
}

// The runtime text for an anonymous pull of the private image: the token carries no pull
// scope, the registry repeats its challenge (docs/reference/cluster-api.md §6 row 4).
const QString anonymousDenied = QStringLiteral(
    "failed to pull and unpack image \"HOST/private/app:1.0\": failed to resolve reference "
    "\"HOST/private/app:1.0\": pull access denied, repository does not exist or may require "
    "authorization: server message: insufficient_scope: authorization failed");

QStringList failedPull(qint64 t, const QString &image, const QString &error)
{
    return {QStringLiteral("%1 Normal Pulling Pulling image \"%2\"").arg(t).arg(image),
            QStringLiteral("%1 Warning Failed Failed to pull image \"%2\": %3")
                .arg(t)
                .arg(image, error),
            QStringLiteral("%1 Warning Failed Error: ErrImagePull").arg(t)};
}

QStringList pulled(qint64 t, const QString &image)
{
    return {
        QStringLiteral("%1 Normal Pulling Pulling image \"%2\"").arg(t).arg(image),
        QStringLiteral("%1 Normal Pulled Successfully pulled image \"%2\" in <d> (<d> including "
                       "waiting). Image size: <n> bytes.")
            .arg(t)
            .arg(image)};
}
} // namespace

class TestKubeletCredentials : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void secrets_data();
    void secrets();
    void wrongSecretBreaksAPublicImage();
    void missingSecretIsReportedOnThePod();
    void serviceAccountInjection_data();
    void serviceAccountInjection();
    void credentialProviderPlugin_data();
    void credentialProviderPlugin();
    void ensureSecretPulledAcrossNamespaces_data();
    void ensureSecretPulledAcrossNamespaces();

private:
    std::unique_ptr<Lab> m_lab;
    QString m_password;
    QString m_wrongPasswordError;
};

void TestKubeletCredentials::initTestCase()
{
    m_lab = std::make_unique<Lab>(RegistryProcess::Mode::Token);
    const auto started = m_lab->start();
    QVERIFY2(started, started ? "" : qPrintable(started.error().message));
    m_password = m_lab->demoCredentials().password;
    // The token server refuses the password (containerd authorizer.go fetchToken).
    m_wrongPasswordError = QStringLiteral(
        "failed to pull and unpack image \"HOST/private/app:1.0\": failed to resolve reference "
        "\"HOST/private/app:1.0\": failed to authorize: failed to fetch oauth token: unexpected "
        "status from GET request to REALM?scope=repository%3Aprivate%2Fapp%3Apull&service=SERVICE: "
        "401 Unauthorized");
}

void TestKubeletCredentials::secrets_data()
{
    QTest::addColumn<QString>("objects"); // Secrets (the pod lists "s1" and "s2" in order)
    QTest::addColumn<QString>("podSecrets");
    QTest::addColumn<QStringList>("expected"); // events at 0 s
    QTest::addColumn<QString>("reason"); // the container's waiting reason, "" when running

    const QString none = QStringLiteral("imagePullSecrets: []");
    QTest::newRow("no secret for a private image")
        << QString() << none << failedPull(0, privateImage, anonymousDenied) << "ErrImagePull";
    QTest::newRow("a wrong secret")
        << dockerSecret(QStringLiteral("s1"),
                        QStringLiteral("default"),
                        QStringLiteral("demo:wrong"))
        << "imagePullSecrets: [{name: s1}]" << QStringList() << "ErrImagePull";
    QTest::newRow("the right secret")
        << dockerSecret(QStringLiteral("s1"),
                        QStringLiteral("default"),
                        QStringLiteral("demo:PASSWORD"))
        << "imagePullSecrets: [{name: s1}]" << pulled(0, privateImage) << "";
    // keyring order: the wrong one is tried first, the right one still wins (§12.7).
    QTest::newRow("wrong then right")
        << dockerSecret(QStringLiteral("s1"),
                        QStringLiteral("default"),
                        QStringLiteral("demo:wrong"))
            + dockerSecret(QStringLiteral("s2"),
                           QStringLiteral("default"),
                           QStringLiteral("demo:PASSWORD"))
        << "imagePullSecrets: [{name: s1}, {name: s2}]" << pulled(0, privateImage) << "";
    QTest::newRow("an Opaque secret is ignored")
        << secret(QStringLiteral("s1"),
                  QStringLiteral("default"),
                  QStringLiteral("Opaque"),
                  QStringLiteral(".dockerconfigjson"),
                  QStringLiteral("AUTH(demo:PASSWORD)"))
        << "imagePullSecrets: [{name: s1}]" << failedPull(0, privateImage, anonymousDenied)
        << "ErrImagePull";
    QTest::newRow("a secret without auths gives nothing")
        << secret(QStringLiteral("s1"),
                  QStringLiteral("default"),
                  QStringLiteral("kubernetes.io/dockerconfigjson"),
                  QStringLiteral(".dockerconfigjson"),
                  QStringLiteral("'{\"HOST\":{\"auth\":\"ZGVtbzp4\"}}'"))
        << "imagePullSecrets: [{name: s1}]" << failedPull(0, privateImage, anonymousDenied)
        << "ErrImagePull";
}

void TestKubeletCredentials::secrets()
{
    QFETCH(QString, objects);
    QFETCH(QString, podSecrets);
    QFETCH(QStringList, expected);
    QFETCH(QString, reason);
    if (expected.isEmpty())
        expected = failedPull(0, privateImage, m_wrongPasswordError);
    objects.replace(QStringLiteral("PASSWORD"), m_password);
    SimulationHarness h(*m_lab);
    const QString yaml = objects
        + pod.arg(QStringLiteral("web"), QStringLiteral("default"), podSecrets, privateImage);
    QVERIFY(h.run(yaml, 5'000));
    QCOMPARE(h.events(), expected);
    const SimContainerStatus s = h.container(QStringLiteral("default/web"), QStringLiteral("app"));
    QCOMPARE(s.reason, reason);
    QCOMPARE(s.state, reason.isEmpty() ? QStringLiteral("Running") : QStringLiteral("Waiting"));
    QCOMPARE(s.pullAttempts, 1);
    if (!reason.isEmpty())
        QCOMPARE(h.normalize(s.message), expected.at(1).section(QStringLiteral("\": "), 1));
}

void TestKubeletCredentials::wrongSecretBreaksAPublicImage()
{
    // §4.7: once a credential matched there is no anonymous fallback, so a wrong secret breaks
    // an image anyone may pull.
    SimulationHarness h(*m_lab);
    const QString yaml =
        dockerSecret(QStringLiteral("s1"), QStringLiteral("default"), QStringLiteral("demo:wrong"))
        + pod.arg(QStringLiteral("web"),
                  QStringLiteral("default"),
                  QStringLiteral("imagePullSecrets: [{name: s1}]"),
                  QStringLiteral("HOST/library/busybox:1.36"));
    QVERIFY(h.run(yaml, 5'000));
    QString error = m_wrongPasswordError;
    error.replace(QStringLiteral("private/app:1.0"), QStringLiteral("library/busybox:1.36"));
    error.replace(QStringLiteral("private%2Fapp"), QStringLiteral("library%2Fbusybox"));
    QCOMPARE(h.events(), failedPull(0, QStringLiteral("HOST/library/busybox:1.36"), error));
}

void TestKubeletCredentials::missingSecretIsReportedOnThePod()
{
    SimulationHarness h(*m_lab);
    const QString yaml =
        pod.arg(QStringLiteral("web"),
                QStringLiteral("default"),
                QStringLiteral("imagePullSecrets: [{name: gone}, {name: \"\"}, {name: gone2}]"),
                QStringLiteral("HOST/library/busybox:1.36"));
    QVERIFY(h.run(yaml, 5'000));
    const QString missing =
        QStringLiteral("0 Warning FailedToRetrieveImagePullSecret Unable to retrieve "
                       "some image pull secrets (gone, gone2); attempting to pull the "
                       "image may not succeed.");
    QCOMPARE(h.events(),
             QStringList{missing} + pulled(0, QStringLiteral("HOST/library/busybox:1.36")));
    QCOMPARE(h.simulator().events().first().container, QString());
}

void TestKubeletCredentials::serviceAccountInjection_data()
{
    QTest::addColumn<QString>("podSecrets");
    QTest::addColumn<bool>("pulls");

    QTest::newRow("the ServiceAccount's secret is injected") << QString() << true;
    QTest::newRow("all or nothing: the pod's own list wins")
        << QStringLiteral("imagePullSecrets: [{name: other}]") << false;
}

void TestKubeletCredentials::serviceAccountInjection()
{
    QFETCH(QString, podSecrets);
    QFETCH(bool, pulls);
    SimulationHarness h(*m_lab);
    QString yaml =
        dockerSecret(QStringLiteral("sa-cred"),
                     QStringLiteral("ci"),
                     QStringLiteral("demo:PASSWORD"))
        + QStringLiteral(
            "apiVersion: v1\nkind: ServiceAccount\nmetadata: {name: builder, namespace: ci}\n"
            "imagePullSecrets: [{name: sa-cred}]\n---\n")
        + pod.arg(QStringLiteral("job"),
                  QStringLiteral("ci"),
                  QStringLiteral("serviceAccountName: builder\n  ") + podSecrets,
                  privateImage);
    yaml.replace(QStringLiteral("PASSWORD"), m_password);
    QVERIFY(h.run(yaml, 5'000));
    QStringList expected =
        pulls ? pulled(0, privateImage) : failedPull(0, privateImage, anonymousDenied);
    if (!pulls) {
        expected.prepend(
            QStringLiteral("0 Warning FailedToRetrieveImagePullSecret Unable to retrieve some "
                           "image pull secrets (other); attempting to pull the image may not "
                           "succeed."));
    }
    QCOMPARE(h.events(), expected);
}

void TestKubeletCredentials::credentialProviderPlugin_data()
{
    QTest::addColumn<QString>("providerPassword");
    QTest::addColumn<QString>("podSecret"); // user:password of a pod secret, or ""
    QTest::addColumn<bool>("pulls");

    QTest::newRow("the plugin's credential") << "PASSWORD"
                                             << "" << true;
    // Keyring order: pod secrets, node files, then plugins (§4.6); every one is tried.
    QTest::newRow("a wrong pod secret first, then the plugin") << "PASSWORD"
                                                               << "demo:wrong" << true;
    QTest::newRow("a wrong plugin credential, no anonymous fallback") << "wrong"
                                                                      << "" << false;
    // A failing plugin is swallowed: the pull goes out anonymously (§5.2).
    QTest::newRow("a failing plugin") << "FAIL"
                                      << "" << false;
}

void TestKubeletCredentials::credentialProviderPlugin()
{
    QFETCH(QString, providerPassword);
    QFETCH(QString, podSecret);
    QFETCH(bool, pulls);
    SimulationHarness h(*m_lab);
    QTemporaryDir dir;
    const QString log = dir.filePath(QStringLiteral("requests.log"));
    QFile config(dir.filePath(QStringLiteral("providers.yaml")));
    QVERIFY(config.open(QIODevice::WriteOnly));
    QString env =
        QStringLiteral(
            "[{name: PROVIDER_USERNAME, value: demo}, {name: PROVIDER_PASSWORD, value: \"%1\"}, "
            "{name: PROVIDER_LOG, value: \"%2\"}%3]")
            .arg(providerPassword == QLatin1String("PASSWORD") ? m_password : providerPassword,
                 log,
                 providerPassword == QLatin1String("FAIL")
                     ? QStringLiteral(", {name: PROVIDER_FAIL, value: \"1\"}")
                     : QString());
    config.write(
        QStringLiteral("apiVersion: kubelet.config.k8s.io/v1\nkind: CredentialProviderConfig\n"
                       "providers:\n- name: pullscope-kubelet-test-provider\n"
                       "  matchImages: [\"%1\"]\n  defaultCacheDuration: 10m\n"
                       "  apiVersion: credentialprovider.kubelet.k8s.io/v1\n  env: %2\n")
            .arg(h.host(), env)
            .toUtf8());
    config.close();
    h.node.credentialProviderConfigPath = config.fileName();
    h.node.credentialProviderBinDir = QStringLiteral(PROVIDER_DIR);
    QString yaml = pod.arg(QStringLiteral("web"),
                           QStringLiteral("default"),
                           podSecret.isEmpty() ? QStringLiteral("imagePullSecrets: []")
                                               : QStringLiteral("imagePullSecrets: [{name: s1}]"),
                           privateImage);
    if (!podSecret.isEmpty())
        yaml.prepend(dockerSecret(QStringLiteral("s1"), QStringLiteral("default"), podSecret));
    QVERIFY(h.run(yaml, 5'000));
    QVERIFY2(h.simulator().nodeError().isNull(), qPrintable(h.simulator().nodeError().toString()));
    QFile requests(log);
    QVERIFY(requests.open(QIODevice::ReadOnly));
    // The plugin is asked for the normalized repository, without the tag (§5.2).
    QCOMPARE(QString::fromUtf8(requests.readAll()), h.host() + QStringLiteral("/private/app\n"));
    if (pulls)
        QCOMPARE(h.events(), pulled(0, privateImage));
    else if (providerPassword == QLatin1String("FAIL"))
        QCOMPARE(h.events(), failedPull(0, privateImage, anonymousDenied));
    else
        QCOMPARE(h.events(), failedPull(0, privateImage, m_wrongPasswordError));
}

void TestKubeletCredentials::ensureSecretPulledAcrossNamespaces_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("policy");
    QTest::addColumn<QStringList>("expectedB"); // pod B, started at 30 s, no secret

    const QString image = privateImage;
    QTest::newRow("1.35: IfNotPresent must pull with B's own credentials")
        << "1.35"
        << "IfNotPresent" << failedPull(30, image, anonymousDenied);
    QTest::newRow("1.35: Never fails as if absent")
        << "1.35"
        << "Never"
        << QStringList{
               QStringLiteral(
                   "30 Warning ErrImageNeverPull Container image \"%1\" is not present with "
                   "pull policy of Never")
                   .arg(image),
               QStringLiteral("30 Warning Failed Error: ErrImageNeverPull")};
    QTest::newRow("1.34: the gate is off, anyone may use it")
        << "1.34"
        << "IfNotPresent"
        << QStringList{
               QStringLiteral("30 Normal Pulled Container image \"%1\" already present on machine")
                   .arg(image)};
    QTest::newRow("1.35 with NeverVerify")
        << "1.35/NeverVerify"
        << "IfNotPresent"
        << QStringList{QStringLiteral("30 Normal Pulled Container image \"%1\" already present on "
                                      "machine and can be accessed by the pod")
                           .arg(image)};
}

void TestKubeletCredentials::ensureSecretPulledAcrossNamespaces()
{
    QFETCH(QString, version);
    QFETCH(QString, policy);
    QFETCH(QStringList, expectedB);
    SimulationHarness h(*m_lab);
    h.node.kubernetesVersion = version.section(QLatin1Char('/'), 0, 0);
    if (version.contains(QLatin1Char('/')))
        h.node.kubelet.imagePullCredentialsVerificationPolicy =
            version.section(QLatin1Char('/'), 1);
    QString yaml = dockerSecret(QStringLiteral("cred"),
                                QStringLiteral("team-a"),
                                QStringLiteral("demo:PASSWORD"))
        + pod.arg(QStringLiteral("a"),
                  QStringLiteral("team-a"),
                  QStringLiteral("imagePullSecrets: [{name: cred}]"),
                  privateImage)
        + QStringLiteral("apiVersion: v1\nkind: Pod\nmetadata: {name: b, namespace: team-b}\n"
                         "spec:\n  containers: [{name: app, image: \"%1\", imagePullPolicy: %2}]\n")
              .arg(privateImage, policy);
    yaml.replace(QStringLiteral("PASSWORD"), m_password);
    QVERIFY(h.run(yaml, 35'000, {{QStringLiteral("b"), 30'000}}));
    QCOMPARE(h.events(QStringLiteral("team-a/a")), pulled(0, privateImage));
    QCOMPARE(h.events(QStringLiteral("team-b/b")), expectedB);
}

QTEST_GUILESS_MAIN(TestKubeletCredentials)
#include "tst_kubeletcredentials.moc"
