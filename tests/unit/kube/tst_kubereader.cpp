// SPDX-License-Identifier: GPL-3.0-or-later
// KubeReader and KubeWorkspace: every kind that carries a pod spec, Lists, unknown kinds,
// Secrets, ServiceAccounts, syntax errors, and exact positions (lines, columns, QChar offsets).
#include "model/kube/kubereader.h"
#include "model/kube/kubeworkspace.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestKubeReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void podFields();
    void positionsAreExact_data();
    void positionsAreExact();
    void workloadKinds_data();
    void workloadKinds();
    void listItems();
    void unknownKindsKept();
    void syntaxErrors_data();
    void syntaxErrors();
    void secrets();
    void serviceAccount();
    void platformConstraints();
    void workspaceLoad();
    void workspaceLookups();
};

namespace {

KubeFile readText(const char *text)
{
    return KubeReader::read(QByteArray(text), QStringLiteral("t.yaml"));
}

} // namespace

void TestKubeReader::podFields()
{
    const KubeFile file = readText("apiVersion: v1\n"
                                   "kind: Pod\n"
                                   "metadata:\n"
                                   "  name: web\n"
                                   "  namespace: shop\n"
                                   "spec:\n"
                                   "  serviceAccount: legacy\n"
                                   "  runtimeClassName: gvisor\n"
                                   "  imagePullSecrets:\n"
                                   "  - name: regcred\n"
                                   "  - {}\n"
                                   "  ephemeralContainers:\n"
                                   "  - name: debug\n"
                                   "    image: busybox\n"
                                   "  containers:\n"
                                   "  - name: app\n"
                                   "    image: reg.io/app:1.0\n"
                                   "    imagePullPolicy: Always\n"
                                   "  initContainers:\n"
                                   "  - {name: init, image: alpine}\n"
                                   "  volumes:\n"
                                   "  - name: data\n"
                                   "    emptyDir: {}\n"
                                   "  - name: model\n"
                                   "    image:\n"
                                   "      reference: reg.io/model:v1\n"
                                   "      pullPolicy: IfNotPresent\n");
    QVERIFY(file.errors.isEmpty());
    QCOMPARE(file.objects.size(), 1);
    const KubeObject &pod = file.objects.first();
    QCOMPARE(pod.kind, QStringLiteral("Pod"));
    QCOMPARE(pod.displayName(), QStringLiteral("Pod/web"));
    QCOMPARE(pod.effectiveNamespace(), QStringLiteral("shop"));
    QVERIFY(pod.podSpec);
    const PodSpec &spec = *pod.podSpec;
    QCOMPARE(spec.fieldPath, QStringLiteral("spec"));
    QVERIFY(!spec.isTemplate);
    // Init, regular, ephemeral, whatever the order in the file.
    QCOMPARE(spec.containers.size(), 3);
    QCOMPARE(spec.containers[0].kind, ContainerSpec::Kind::Init);
    QCOMPARE(spec.containers[0].fieldPath, QStringLiteral("spec.initContainers[0]"));
    QVERIFY(spec.containers[0].flowStyle);
    QCOMPARE(spec.containers[0].image.value, QStringLiteral("alpine"));
    QCOMPARE(spec.containers[1].kind, ContainerSpec::Kind::Regular);
    QCOMPARE(spec.containers[1].name, QStringLiteral("app"));
    QVERIFY(!spec.containers[1].flowStyle);
    QCOMPARE(spec.containers[1].imagePullPolicy.value, QStringLiteral("Always"));
    QCOMPARE(spec.containers[2].kind, ContainerSpec::Kind::Ephemeral);
    QCOMPARE(spec.containers[2].fieldPath, QStringLiteral("spec.ephemeralContainers[0]"));
    QVERIFY(!spec.containers[2].imagePullPolicy.present);
    QVERIFY(spec.imagePullSecretsListed);
    QCOMPARE(spec.imagePullSecrets.size(), 2);
    QCOMPARE(spec.imagePullSecrets[0].value, QStringLiteral("regcred"));
    QVERIFY(!spec.imagePullSecrets[1].present);
    QCOMPARE(spec.imagePullSecrets[1].at.line, 11);
    QCOMPARE(spec.serviceAccountName.value, QStringLiteral("legacy"));
    QCOMPARE(spec.runtimeClassName.value, QStringLiteral("gvisor"));
    QCOMPARE(spec.imageVolumes.size(), 1);
    QCOMPARE(spec.imageVolumes[0].name, QStringLiteral("model"));
    QCOMPARE(spec.imageVolumes[0].fieldPath, QStringLiteral("spec.volumes[1]"));
    QCOMPARE(spec.imageVolumes[0].reference.value, QStringLiteral("reg.io/model:v1"));
    QCOMPARE(spec.imageVolumes[0].reference.at.line, 26);
    QCOMPARE(spec.imageVolumes[0].pullPolicy.value, QStringLiteral("IfNotPresent"));
}

void TestKubeReader::positionsAreExact_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");

    const QByteArray pod = "kind: Pod\nspec:\n  containers:\n  - name: a\n    image: %1\n";
    QTest::newRow("plain") << QByteArray(pod).replace("%1", "nginx") << 5 << 12;
    QTest::newRow("double quoted") << QByteArray(pod).replace("%1", "\"nginx\"") << 5 << 12;
    QTest::newRow("single quoted") << QByteArray(pod).replace("%1", "'nginx'") << 5 << 12;
    QTest::newRow("comment after")
        << QByteArray(pod).replace("%1", "nginx   # the web server") << 5 << 12;
    QTest::newRow("non-ASCII before (2-byte, 3-byte, 4-byte)")
        << QByteArray("# Grüße € 😀\n") + QByteArray(pod).replace("%1", "nginx") << 6 << 12;
    QTest::newRow("non-ASCII on the line")
        << QByteArray("kind: Pod\nspec:\n  containers:\n  - {name: ü😀, image: nginx}\n") << 4
        << 24; // the emoji is a surrogate pair: two QChars
    QTest::newRow("CRLF") << QByteArray(pod).replace("%1", "nginx").replace("\n", "\r\n") << 5
                          << 12;
    QTest::newRow("third document")
        << QByteArray("kind: A\n---\n# c\n---\n") + QByteArray(pod).replace("%1", "nginx") << 9
        << 12;
    QTest::newRow("byte order mark")
        << QByteArray("\xEF\xBB\xBF") + QByteArray(pod).replace("%1", "nginx") << 5 << 12;
    QTest::newRow("json") << QByteArray("{\"kind\": \"Pod\", \"spec\": {\"containers\": [\n"
                                        "  {\"name\": \"a\", \"image\": \"nginx\"}]}}\n")
                          << 2 << 26;
}

void TestKubeReader::positionsAreExact()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(int, column);
    const KubeFile file = KubeReader::read(text, QStringLiteral("p.yaml"));
    QVERIFY2(file.errors.isEmpty(), qPrintable(file.errors.value(0).toString()));
    const KubeObject &pod = file.objects.last();
    QVERIFY(pod.podSpec);
    const LocatedValue &image = pod.podSpec->containers.first().image;
    QCOMPARE(image.value, QStringLiteral("nginx"));
    QCOMPARE(image.at.file, QStringLiteral("p.yaml"));
    QCOMPARE(image.at.line, line);
    QCOMPARE(image.at.column, column);
    // The offset is a QChar offset into the decoded text, pointing at the value (or its quote).
    const QString decoded = QString::fromUtf8(text);
    const int expected = int(decoded.indexOf(QStringLiteral("nginx")));
    const bool quoted = decoded.at(expected - 1) == QLatin1Char('"')
        || decoded.at(expected - 1) == QLatin1Char('\'');
    QCOMPARE(image.at.offset, quoted ? expected - 1 : expected);
    QCOMPARE(image.keyAt.line, line);
    QVERIFY(decoded.mid(image.keyAt.offset, 7).contains(QStringLiteral("image")));
    QVERIFY(image.keyAt.offset < image.at.offset);
}

void TestKubeReader::workloadKinds_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("fieldPath");
    QTest::addColumn<int>("imageLine");

    const QByteArray templ = "apiVersion: apps/v1\nkind: %1\nmetadata: {name: w}\nspec:\n"
                             "  template:\n    spec:\n      containers:\n      - name: c\n"
                             "        image: nginx:1.25\n";
    for (const char *kind :
         {"Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job"}) {
        QTest::newRow(kind) << QByteArray(templ).replace("%1", kind) << QString::fromLatin1(kind)
                            << QStringLiteral("spec.template.spec") << 9;
    }
    QTest::newRow("CronJob") << QByteArray(
        "apiVersion: batch/v1\nkind: CronJob\nmetadata: {name: w}\n"
        "spec:\n  schedule: '* * * * *'\n  jobTemplate:\n"
        "    spec:\n      template:\n        spec:\n"
        "          containers:\n          - name: c\n"
        "            image: nginx:1.25\n")
                             << QStringLiteral("CronJob")
                             << QStringLiteral("spec.jobTemplate.spec.template.spec") << 12;
    QTest::newRow("PodTemplate") << QByteArray("kind: PodTemplate\nmetadata: {name: w}\ntemplate:\n"
                                               "  spec:\n    containers:\n    - name: c\n"
                                               "      image: nginx:1.25\n")
                                 << QStringLiteral("PodTemplate") << QStringLiteral("template.spec")
                                 << 7;
    QTest::newRow("Pod") << QByteArray("kind: Pod\nmetadata: {name: w}\nspec:\n  containers:\n"
                                       "  - name: c\n    image: nginx:1.25\n")
                         << QStringLiteral("Pod") << QStringLiteral("spec") << 6;
}

void TestKubeReader::workloadKinds()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, kind);
    QFETCH(QString, fieldPath);
    QFETCH(int, imageLine);
    const KubeFile file = KubeReader::read(text, QStringLiteral("w.yaml"));
    QVERIFY(file.errors.isEmpty());
    QCOMPARE(file.objects.size(), 1);
    const KubeObject &o = file.objects.first();
    QCOMPARE(o.kind, kind);
    QVERIFY(o.podSpec);
    QCOMPARE(o.podSpec->fieldPath, fieldPath);
    QCOMPARE(o.podSpec->isTemplate, kind != QLatin1String("Pod"));
    QCOMPARE(o.podSpec->containers.size(), 1);
    QCOMPARE(o.podSpec->containers[0].fieldPath, fieldPath + QStringLiteral(".containers[0]"));
    QCOMPARE(o.podSpec->containers[0].image.value, QStringLiteral("nginx:1.25"));
    QCOMPARE(o.podSpec->containers[0].image.at.line, imageLine);
}

void TestKubeReader::listItems()
{
    const KubeFile file = readText("kind: Service\nmetadata: {name: before}\n"
                                   "---\n"
                                   "apiVersion: v1\n"
                                   "kind: List\n"
                                   "items:\n"
                                   "- apiVersion: v1\n"
                                   "  kind: Secret\n"
                                   "  metadata: {name: s, namespace: ns}\n"
                                   "  type: Opaque\n"
                                   "- kind: Pod\n"
                                   "  metadata:\n"
                                   "    name: p\n"
                                   "  spec:\n"
                                   "    containers:\n"
                                   "    - name: c\n"
                                   "      image: \"nginx\"\n");
    QVERIFY(file.errors.isEmpty());
    QCOMPARE(file.objects.size(), 3);
    QCOMPARE(file.objects[0].kind, QStringLiteral("Service"));
    QCOMPARE(file.objects[0].listIndex, -1);
    QCOMPARE(file.objects[1].kind, QStringLiteral("Secret"));
    QCOMPARE(file.objects[1].listIndex, 0);
    QCOMPARE(file.objects[1].documentIndex, 1);
    QCOMPARE(file.objects[1].effectiveNamespace(), QStringLiteral("ns"));
    QCOMPARE(file.objects[1].at.line, 7);
    QCOMPARE(file.objects[1].at.column, 3);
    const KubeObject &pod = file.objects[2];
    QCOMPARE(pod.listIndex, 1);
    QCOMPARE(pod.fieldPrefix(), QStringLiteral("items[1]."));
    QCOMPARE(pod.name.value, QStringLiteral("p"));
    QCOMPARE(pod.name.at.line, 13);
    QCOMPARE(pod.name.at.column, 11);
    QVERIFY(pod.podSpec);
    QCOMPARE(pod.podSpec->containers[0].image.at.line, 17);
    QCOMPARE(pod.podSpec->containers[0].image.at.column, 14);
}

void TestKubeReader::unknownKindsKept()
{
    const KubeFile file = readText("apiVersion: example.com/v1\nkind: Widget\nmetadata:\n"
                                   "  name: gadget\nspec:\n  containers:\n  - image: nginx\n"
                                   "---\n- just\n- a list\n---\nplain scalar\n");
    QVERIFY(file.errors.isEmpty());
    QCOMPARE(file.objects.size(), 1);
    const KubeObject &o = file.objects.first();
    QCOMPARE(o.kind, QStringLiteral("Widget"));
    QCOMPARE(o.apiVersion, QStringLiteral("example.com/v1"));
    QCOMPARE(o.name.value, QStringLiteral("gadget"));
    QCOMPARE(o.at.line, 1);
    QCOMPARE(o.at.column, 1);
    QVERIFY(!o.podSpec);
    QVERIFY(!o.secret);
    QVERIFY(!o.serviceAccount);
}

void TestKubeReader::syntaxErrors_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("parserMessage");
    QTest::addColumn<int>("objects");

    QTest::newRow("tab indentation") << QByteArray("kind: Pod\nspec:\n\tcontainers: []\n") << 3
                                     << 12 << QStringLiteral("illegal map value") << 0;
    QTest::newRow("unclosed flow sequence, second document")
        << QByteArray("kind: A\nmetadata: {name: a}\n---\nkind: Pod\nspec:\n  containers: [a, b\n")
        << 7 << 1 << QStringLiteral("end of sequence flow not found") << 1;
    QTest::newRow("undefined alias, first document")
        << QByteArray("kind: Pod\nmetadata:\n  name: *web\n---\nkind: B\n") << 3 << 9
        << QStringLiteral("the referenced anchor is not defined") << 1;
    QTest::newRow("bad mapping indentation")
        << QByteArray("kind: Pod\nspec:\n  containers:\n  - name: a\n   image: b\n") << 5 << 4
        << QStringLiteral("end of sequence not found") << 0;
}

void TestKubeReader::syntaxErrors()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, parserMessage);
    QFETCH(int, objects);
    const KubeFile file = KubeReader::read(text, QStringLiteral("bad.yaml"));
    QCOMPARE(file.errors.size(), 1);
    const Error &e = file.errors.first();
    QCOMPARE(e.code, ErrorCode::Parse);
    QCOMPARE(e.file, QStringLiteral("bad.yaml"));
    QCOMPARE(e.line, line);
    QCOMPARE(e.column, column);
    QCOMPARE(e.detail, parserMessage);
    QVERIFY(e.message.contains(parserMessage));
    // The other documents are still read.
    QCOMPARE(file.objects.size(), objects);
}

void TestKubeReader::secrets()
{
    const KubeFile file = readText("apiVersion: v1\nkind: Secret\nmetadata: {name: regcred}\n"
                                   "type: kubernetes.io/dockerconfigjson\n"
                                   "data:\n"
                                   "  .dockerconfigjson: eyJhdXRocyI6e319\n"
                                   "  plain: aGVsbG8=\n"
                                   "  broken: 'not base64!'\n"
                                   "  unpadded: aGVsbG8\n"
                                   "stringData:\n"
                                   "  plain: from stringData\n"
                                   "  extra: x\n");
    QVERIFY(file.errors.isEmpty());
    const KubeObject &o = file.objects.first();
    QVERIFY(o.secret);
    const SecretSpec &s = *o.secret;
    QCOMPARE(s.type.value, QStringLiteral("kubernetes.io/dockerconfigjson"));
    QCOMPARE(s.effectiveType(), QStringLiteral("kubernetes.io/dockerconfigjson"));
    QCOMPARE(s.data.value(QStringLiteral(".dockerconfigjson")).bytes, QByteArray("{\"auths\":{}}"));
    QCOMPARE(s.data.value(QStringLiteral(".dockerconfigjson")).at.line, 6);
    QCOMPARE(s.data.value(QStringLiteral(".dockerconfigjson")).at.column, 22);
    // stringData wins over data, as the API server merges them.
    QCOMPARE(s.data.value(QStringLiteral("plain")).bytes, QByteArray("from stringData"));
    QVERIFY(s.data.value(QStringLiteral("plain")).fromStringData);
    QCOMPARE(s.data.value(QStringLiteral("broken")).decodeError,
             QStringLiteral("illegal base64 data at input byte 3"));
    QVERIFY(s.data.value(QStringLiteral("broken")).bytes.isEmpty());
    QCOMPARE(s.data.value(QStringLiteral("unpadded")).decodeError,
             QStringLiteral("illegal base64 data at input byte 7"));
    QCOMPARE(s.data.value(QStringLiteral("extra")).bytes, QByteArray("x"));

    const KubeFile opaque = readText("kind: Secret\nmetadata: {name: o}\n");
    QVERIFY(opaque.objects.first().secret);
    QCOMPARE(opaque.objects.first().secret->effectiveType(), QStringLiteral("Opaque"));
}

void TestKubeReader::serviceAccount()
{
    const KubeFile file =
        readText("kind: ServiceAccount\nmetadata:\n  name: builder\n  annotations:\n"
                 "    kubernetes.io/enforce-mountable-secrets: \"true\"\n"
                 "imagePullSecrets:\n- name: a\n- name: b\n"
                 "---\nkind: ServiceAccount\nmetadata: {name: default}\n");
    QCOMPARE(file.objects.size(), 2);
    QVERIFY(file.objects[0].serviceAccount);
    QVERIFY(file.objects[0].serviceAccount->enforceMountableSecrets);
    QCOMPARE(file.objects[0].serviceAccount->imagePullSecrets.size(), 2);
    QCOMPARE(file.objects[0].serviceAccount->imagePullSecrets[1].value, QStringLiteral("b"));
    QCOMPARE(file.objects[0].serviceAccount->imagePullSecrets[1].at.line, 8);
    QVERIFY(file.objects[1].serviceAccount);
    QVERIFY(!file.objects[1].serviceAccount->enforceMountableSecrets);
    QVERIFY(file.objects[1].serviceAccount->imagePullSecrets.isEmpty());
}

void TestKubeReader::platformConstraints()
{
    const KubeFile file = readText(
        "kind: Pod\nspec:\n"
        "  nodeSelector: {kubernetes.io/os: linux, disktype: ssd}\n"
        "  affinity:\n    nodeAffinity:\n      requiredDuringSchedulingIgnoredDuringExecution:\n"
        "        nodeSelectorTerms:\n"
        "        - matchExpressions:\n"
        "          - {key: kubernetes.io/arch, operator: In, values: [amd64, arm64]}\n"
        "          - {key: kubernetes.io/os, operator: NotIn, values: [windows]}\n"
        "        - matchExpressions:\n"
        "          - {key: kubernetes.io/arch, operator: In, values: [arm64, s390x]}\n"
        "      preferredDuringSchedulingIgnoredDuringExecution:\n"
        "      - weight: 1\n        preference:\n          matchExpressions:\n"
        "          - {key: kubernetes.io/arch, operator: In, values: [riscv64]}\n"
        "  containers: [{name: a, image: nginx}]\n");
    QVERIFY(file.errors.isEmpty());
    const PodSpec &spec = *file.objects.first().podSpec;
    QCOMPARE(
        spec.requiredArchitectures,
        (QStringList{QStringLiteral("amd64"), QStringLiteral("arm64"), QStringLiteral("s390x")}));
    QCOMPARE(spec.requiredOperatingSystems, QStringList{QStringLiteral("linux")});
}

void TestKubeReader::workspaceLoad()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto write = [&](const QString &name, const QByteArray &text) {
        QDir().mkpath(QFileInfo(dir.filePath(name)).path());
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
    };
    write(QStringLiteral("b.yaml"), "kind: Pod\nmetadata: {name: b}\n");
    write(QStringLiteral("a.yml"), "kind: Pod\nmetadata: {name: a}\n");
    write(QStringLiteral("sub/c.json"), "{\"kind\": \"Secret\", \"metadata\": {\"name\": \"c\"}}");
    write(QStringLiteral("notes.txt"), "kind: Pod\n");
    const Result<KubeWorkspace> ws = KubeWorkspace::load({dir.path()});
    QVERIFY(ws);
    QCOMPARE(ws->files().size(), 3);
    QStringList names;
    for (const KubeObject *o : ws->objects())
        names.append(o->name.value);
    QCOMPARE(names, (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
    QCOMPARE(ws->podObjects().size(), 0); // no spec, so no pod spec

    const QString missing = dir.filePath(QStringLiteral("nope.yaml"));
    const Result<KubeWorkspace> bad = KubeWorkspace::load({missing});
    QVERIFY(!bad);
    QCOMPARE(bad.error().code, ErrorCode::Io);
    QVERIFY(bad.error().message.contains(missing));
}

void TestKubeReader::workspaceLookups()
{
    KubeWorkspace ws;
    ws.addFile(
        readText("kind: Secret\nmetadata: {name: s, namespace: a}\n---\n"
                 "kind: Secret\nmetadata: {name: s}\n---\n"
                 "kind: ServiceAccount\nmetadata: {name: default, namespace: a}\n---\n"
                 "kind: Pod\nmetadata: {name: p}\nspec: {containers: [{name: c, image: x}]}\n"));
    QVERIFY(ws.findSecret(QStringLiteral("a"), QStringLiteral("s")));
    QCOMPARE(ws.findSecret(QStringLiteral("default"), QStringLiteral("s"))->at.line, 4);
    QVERIFY(!ws.findSecret(QStringLiteral("b"), QStringLiteral("s")));
    QCOMPARE(ws.findSecretElsewhere(QStringLiteral("b"), QStringLiteral("s")).size(), 2);
    QCOMPARE(ws.findSecretElsewhere(QStringLiteral("a"), QStringLiteral("s")).size(), 1);
    QVERIFY(ws.findServiceAccount(QStringLiteral("a"), QStringLiteral("default")));
    QVERIFY(!ws.findServiceAccount(QStringLiteral("default"), QStringLiteral("default")));
    QCOMPARE(ws.podObjects().size(), 1);
    QCOMPARE(ws.podObjects().first()->uid(), QStringLiteral("Pod/default/p"));
    // Replacing a file keeps one copy.
    ws.replaceFile(readText("kind: Pod\nmetadata: {name: q}\n"));
    QCOMPARE(ws.files().size(), 1);
    QCOMPARE(ws.objects().first()->name.value, QStringLiteral("q"));
    QVERIFY(ws.removeFile(QStringLiteral("t.yaml")));
    QVERIFY(!ws.removeFile(QStringLiteral("t.yaml")));
}

QTEST_GUILESS_MAIN(TestKubeReader)
#include "tst_kubereader.moc"
