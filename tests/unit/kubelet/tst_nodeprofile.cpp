// SPDX-License-Identifier: GPL-3.0-or-later
// PullscopeNode files, KubeletConfiguration defaulting and validation, feature-gate defaults.
#include "model/kubelet/featuregates.h"
#include "model/kubelet/kubeletconfigreader.h"
#include "model/kubelet/nodeprofile.h"

#include <QTemporaryDir>
#include <QTest>

class TestNodeProfile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaults();
    void gateDefaults_data();
    void gateDefaults();
    void parses();
    void referencesAKubeletConfigurationFile();
    void errors_data();
    void errors();
    void allowlistPatterns_data();
    void allowlistPatterns();
    void roundTrip();
    void examplesLoad();
};

void TestNodeProfile::defaults()
{
    const NodeProfile p = NodeProfile::defaultProfile();
    QCOMPARE(p.kubernetesVersion, QStringLiteral("1.35"));
    QCOMPARE(p.platform, Platform::host().normalized());
    QVERIFY(p.kubelet.serializeImagePulls);
    QCOMPARE(p.kubelet.maxParallelImagePulls, 0);
    QCOMPARE(p.kubelet.registryPullQPS, 5.0);
    QCOMPARE(p.kubelet.registryBurst, 10);
    QCOMPARE(p.kubelet.imagePullCredentialsVerificationPolicy,
             QStringLiteral("NeverVerifyPreloadedImages"));
    QVERIFY(p.ensureSecretPulledImages());
    QVERIFY(p.serviceAccountAdmission);
    QVERIFY(!p.alwaysPullImagesAdmission);
    QVERIFY(p.nodeConfigJsonPath.isEmpty());
}

void TestNodeProfile::gateDefaults_data()
{
    QTest::addColumn<QString>("gate");
    QTest::addColumn<int>("minor");
    QTest::addColumn<int>("expected"); // -1 absent, 0 off, 1 on

    const QString ensure = QStringLiteral("KubeletEnsureSecretPulledImages");
    QTest::newRow("ensure 1.32 absent") << ensure << 32 << -1;
    QTest::newRow("ensure 1.33 alpha off") << ensure << 33 << 0;
    QTest::newRow("ensure 1.34 off") << ensure << 34 << 0;
    QTest::newRow("ensure 1.35 beta on") << ensure << 35 << 1;
    const QString volume = QStringLiteral("ImageVolume");
    QTest::newRow("volume 1.33 beta off") << volume << 33 << 0;
    QTest::newRow("volume 1.35 beta on") << volume << 35 << 1;
    const QString sa = QStringLiteral("KubeletServiceAccountTokenForCredentialProviders");
    QTest::newRow("sa tokens 1.34 on") << sa << 34 << 1;
    QTest::newRow("runtime class alpha") << QStringLiteral("RuntimeClassInImageCriApi") << 35 << 0;
    QTest::newRow("unknown gate") << QStringLiteral("NoSuchGate") << 35 << -1;
}

void TestNodeProfile::gateDefaults()
{
    QFETCH(QString, gate);
    QFETCH(int, minor);
    QFETCH(int, expected);
    const std::optional<bool> got = FeatureGates::defaultFor(gate, minor);
    QCOMPARE(got ? int(*got) : -1, expected);
}

void TestNodeProfile::parses()
{
    const QByteArray yaml = R"(apiVersion: pullscope.io/v1alpha1
kind: PullscopeNode
name: worker-1
kubernetesVersion: "1.34"
platform: linux/arm64
nodeConfigJson: creds/config.json
store: store
runtimeHandlers: [runc, kata]
admission: {alwaysPullImages: true, serviceAccount: false}
kubeletConfig:
  apiVersion: kubelet.config.k8s.io/v1beta1
  kind: KubeletConfiguration
  maxParallelImagePulls: 3
  registryPullQPS: 0
  featureGates: {KubeletEnsureSecretPulledImages: true}
  evictionHard: {memory.available: 100Mi}
)";
    const Result<NodeProfile> p = NodeProfile::parse(yaml, QStringLiteral("/etc/node/node.yaml"));
    QVERIFY2(p, p ? "" : qPrintable(p.error().toString()));
    QCOMPARE(p->name, QStringLiteral("worker-1"));
    QCOMPARE(p->minor(), 34);
    QCOMPARE(p->platform.format(), QStringLiteral("linux/arm64"));
    QCOMPARE(p->nodeConfigJsonPath, QStringLiteral("/etc/node/creds/config.json"));
    QCOMPARE(p->storePath, QStringLiteral("/etc/node/store"));
    QCOMPARE(p->runtimeHandlers, QStringList({QStringLiteral("runc"), QStringLiteral("kata")}));
    QVERIFY(p->alwaysPullImagesAdmission);
    QVERIFY(!p->serviceAccountAdmission);
    // SetDefaults_KubeletConfiguration: maxParallelImagePulls >= 2 without serializeImagePulls
    // turns serial pulls off.
    QVERIFY(!p->kubelet.serializeImagePulls);
    QCOMPARE(p->kubelet.maxParallelImagePulls, 3);
    QCOMPARE(p->kubelet.registryPullQPS, 0.0);
    QVERIFY(p->ensureSecretPulledImages()); // explicitly on in 1.34
}

void TestNodeProfile::referencesAKubeletConfigurationFile()
{
    QTemporaryDir dir;
    QFile config(dir.filePath(QStringLiteral("kubelet.yaml")));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write("apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\n"
                 "serializeImagePulls: false\nregistryBurst: 3\n");
    config.close();
    QFile node(dir.filePath(QStringLiteral("node.yaml")));
    QVERIFY(node.open(QIODevice::WriteOnly));
    node.write("apiVersion: pullscope.io/v1alpha1\nkind: PullscopeNode\nkubeletConfigFile: "
               "kubelet.yaml\n");
    node.close();
    const Result<NodeProfile> p = NodeProfile::load(node.fileName());
    QVERIFY2(p, p ? "" : qPrintable(p.error().toString()));
    QVERIFY(!p->kubelet.serializeImagePulls);
    QCOMPARE(p->kubelet.registryBurst, 3);
    // A bare KubeletConfiguration is a profile too.
    const Result<NodeProfile> bare = NodeProfile::load(config.fileName());
    QVERIFY(bare);
    QCOMPARE(bare->kubelet.registryBurst, 3);
    QVERIFY(!NodeProfile::load(dir.filePath(QStringLiteral("missing.yaml"))));
}

void TestNodeProfile::errors_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");

    const QByteArray head = "apiVersion: pullscope.io/v1alpha1\nkind: PullscopeNode\n";
    QTest::newRow("unknown field") << head + "colour: blue\n"
                                   << 3 << "colour: unknown field of a PullscopeNode";
    QTest::newRow("bad version")
        << head + "kubernetesVersion: \"2.0\"\n"
        << 3 << "kubernetesVersion: \"2.0\" is not a Kubernetes version such as 1.35";
    QTest::newRow("too old")
        << head + "kubernetesVersion: \"1.12\"\n"
        << 3 << "kubernetesVersion: Kubernetes 1.12 is not simulated (1.20 to 1.36 are)";
    QTest::newRow("negative qps")
        << head + "kubeletConfig:\n  registryPullQPS: -1\n"
        << 4
        << "kubeletConfig.registryPullQPS: invalid configuration: "
           "registryPullQPS (--registry-qps) -1 must not be a negative number";
    QTest::newRow("negative burst")
        << head + "kubeletConfig:\n  registryBurst: -2\n"
        << 4
        << "kubeletConfig.registryBurst: invalid configuration: "
           "registryBurst (--registry-burst) -2 must not be a negative number";
    QTest::newRow("zero parallel") << head + "kubeletConfig:\n  maxParallelImagePulls: 0\n"
                                   << 4
                                   << "kubeletConfig.maxParallelImagePulls: invalid configuration: "
                                      "maxParallelImagePulls 0 must be a positive number";
    QTest::newRow("parallel with serial")
        << head + "kubeletConfig:\n  serializeImagePulls: true\n  maxParallelImagePulls: 4\n"
        << 5
        << "kubeletConfig.maxParallelImagePulls: invalid configuration: maxParallelImagePulls "
           "cannot be larger than 1 unless SerializeImagePulls (--serialize-image-pulls) is set to "
           "false";
    QTest::newRow("unknown gate") << head + "kubeletConfig:\n  featureGates:\n    Foo: true\n"
                                  << 5
                                  << "kubeletConfig.featureGates: unrecognized feature gate: Foo";
    QTest::newRow("gate too new for the version")
        << head
            + "kubernetesVersion: \"1.32\"\nkubeletConfig:\n  featureGates:\n    "
              "KubeletEnsureSecretPulledImages: true\n"
        << 6
        << "kubeletConfig.featureGates: unrecognized feature gate: KubeletEnsureSecretPulledImages";
    QTest::newRow("locked gate") << head
            + "kubernetesVersion: \"1.36\"\nkubeletConfig:\n  featureGates:\n    ImageVolume: "
              "false\n" << 6
                                 << "kubeletConfig.featureGates: cannot set feature gate "
                                    "ImageVolume to false, feature is locked to true";
    QTest::newRow("bad policy")
        << head + "kubeletConfig:\n  imagePullCredentialsVerificationPolicy: Sometimes\n"
        << 4
        << "kubeletConfig.imagePullCredentialsVerificationPolicy: \"Sometimes\" is not one of "
           "NeverVerify, NeverVerifyPreloadedImages, NeverVerifyAllowlistedImages, AlwaysVerify";
    QTest::newRow("wrong type") << head + "kubeletConfig:\n  registryBurst: lots\n"
                                << 4 << "kubeletConfig.registryBurst: a value of the wrong type";
    QTest::newRow("wrong kind") << QByteArray("kind: Pod\n") << 1
                                << "kind: expected PullscopeNode or KubeletConfiguration";
    QTest::newRow("yaml syntax") << head + "name: [unclosed\n"
                                 << 4 << "end of sequence flow not found";
}

void TestNodeProfile::errors()
{
    QFETCH(QByteArray, yaml);
    QFETCH(int, line);
    QFETCH(QString, message);
    const Result<NodeProfile> p = NodeProfile::parse(yaml, QStringLiteral("node.yaml"));
    QVERIFY(!p);
    QCOMPARE(p.error().message, message);
    QCOMPARE(p.error().file, QStringLiteral("node.yaml"));
    QCOMPARE(p.error().line, line);
}

void TestNodeProfile::allowlistPatterns_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("error");

    QTest::newRow("repository") << "registry.k8s.io/pause"
                                << "";
    QTest::newRow("wildcard") << "registry.k8s.io/*"
                              << "";
    QTest::newRow("path wildcard") << "quay.io/team/*"
                                   << "";
    QTest::newRow("spaces") << " quay.io/x"
                            << "leading/trailing spaces are not allowed:  quay.io/x";
    QTest::newRow("too short") << "a"
                               << "the supplied pattern is too short: a";
    QTest::newRow("inner wildcard")
        << "quay.io/*/x"
        << "not a valid wildcard pattern, only patterns ending with '/*' "
           "are allowed: quay.io/*/x";
    QTest::newRow("no registry") << "library/nginx"
                                 << "at least registry hostname is required";
    QTest::newRow("tag") << "quay.io/x:1"
                         << "neither tag nor digest is accepted in an image reference: quay.io/x:1";
}

void TestNodeProfile::allowlistPatterns()
{
    QFETCH(QString, pattern);
    QFETCH(QString, error);
    QCOMPARE(KubeletConfigReader::allowlistPatternError(pattern), error);
}

void TestNodeProfile::roundTrip()
{
    NodeProfile p = NodeProfile::defaultProfile();
    p.kubernetesVersion = QStringLiteral("1.33");
    p.platform = Platform(QStringLiteral("linux"), QStringLiteral("arm"), QStringLiteral("v7"));
    p.kubelet.serializeImagePulls = false;
    p.kubelet.maxParallelImagePulls = 2;
    p.kubelet.registryPullQPS = 1.5;
    p.kubelet.preloadedImagesVerificationAllowlist = {QStringLiteral("registry.k8s.io/*")};
    p.kubelet.featureGates.insert(QStringLiteral("KubeletEnsureSecretPulledImages"), true);
    p.alwaysPullImagesAdmission = true;
    const Result<NodeProfile> back = NodeProfile::parse(p.toYaml(), QString());
    QVERIFY2(back, back ? "" : qPrintable(back.error().toString() + QString::fromUtf8(p.toYaml())));
    QCOMPARE(back->kubernetesVersion, p.kubernetesVersion);
    QCOMPARE(back->platform, p.platform);
    QCOMPARE(back->kubelet.serializeImagePulls, false);
    QCOMPARE(back->kubelet.maxParallelImagePulls, 2);
    QCOMPARE(back->kubelet.registryPullQPS, 1.5);
    QCOMPARE(back->kubelet.preloadedImagesVerificationAllowlist,
             p.kubelet.preloadedImagesVerificationAllowlist);
    QCOMPARE(back->kubelet.featureGates, p.kubelet.featureGates);
    QCOMPARE(back->storePath, p.storePath);
    QVERIFY(back->alwaysPullImagesAdmission);
}

void TestNodeProfile::examplesLoad()
{
    const Result<NodeProfile> parallel = NodeProfile::load(
        QStringLiteral(PULLSCOPE_SOURCE_DIR "/resources/examples/node-parallel.yaml"));
    QVERIFY2(parallel, parallel ? "" : qPrintable(parallel.error().toString()));
    QVERIFY(!parallel->kubelet.serializeImagePulls);
    QCOMPARE(parallel->kubelet.maxParallelImagePulls, 3);
    const Result<NodeProfile> legacy = NodeProfile::load(
        QStringLiteral(PULLSCOPE_SOURCE_DIR "/resources/examples/node-1.33.yaml"));
    QVERIFY2(legacy, legacy ? "" : qPrintable(legacy.error().toString()));
    QVERIFY(!legacy->ensureSecretPulledImages());
    QVERIFY(legacy->kubelet.serializeImagePulls);
}

QTEST_GUILESS_MAIN(TestNodeProfile)
#include "tst_nodeprofile.moc"
