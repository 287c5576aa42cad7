// SPDX-License-Identifier: GPL-3.0-or-later
// KubeFixes: each fix applied to the user's text gives exactly the expected text (comments,
// order, indentation and quoting kept), re-reading and re-linting shows the finding gone, and
// flow style is declined rather than mangled.
#include "model/kube/kubefixes.h"
#include "model/kube/kubelinter.h"
#include "model/kube/kubereader.h"

#include <QTest>

class TestKubeFixes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void linterFixes_data();
    void linterFixes();
    void setPullPolicy_data();
    void setPullPolicy();
    void pinToDigest_data();
    void pinToDigest();
    void addPullSecret_data();
    void addPullSecret();
    void createSecretInNewFile();
    void applyEditsBackToFront();
};

namespace {

const QString digest = QStringLiteral("sha256:") + QString(64, QLatin1Char('c'));

QList<Finding> lint(const QByteArray &text, const QString &path = QStringLiteral("f.yaml"))
{
    KubeWorkspace ws;
    ws.addFile(KubeReader::read(text, path));
    return KubeLinter::lint(ws);
}

QStringList rulesOf(const QList<Finding> &findings)
{
    QStringList out;
    for (const Finding &f : findings)
        out.append(f.rule + QLatin1Char('@') + QString::number(f.at.line));
    return out;
}

QByteArray apply(const QByteArray &text, const QList<TextEdit> &edits)
{
    return KubeFixes::applyEdits(QString::fromUtf8(text), edits).toUtf8();
}

} // namespace

void TestKubeFixes::linterFixes_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("fix");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("latest-always: insert IfNotPresent after image, comments kept")
        << QByteArray("# web tier\nkind: Pod\nmetadata:\n  name: web # the pod\nspec:\n"
                      "  containers:\n    - name: app\n      image: \"nginx\"   # latest!\n"
                      "      ports: [{containerPort: 80}]\n")
        << "latest-always"
        << "set-pull-policy"
        << QByteArray("# web tier\nkind: Pod\nmetadata:\n  name: web # the pod\nspec:\n"
                      "  containers:\n    - name: app\n      image: \"nginx\"   # latest!\n"
                      "      imagePullPolicy: IfNotPresent\n"
                      "      ports: [{containerPort: 80}]\n");
    QTest::newRow("latest-always: image is the item's first key, no final newline, CRLF")
        << QByteArray("kind: Pod\r\nmetadata: {name: w}\r\nspec:\r\n  containers:\r\n"
                      "  - image: nginx:latest")
        << "latest-always"
        << "set-pull-policy"
        << QByteArray("kind: Pod\r\nmetadata: {name: w}\r\nspec:\r\n  containers:\r\n"
                      "  - image: nginx:latest\r\n    imagePullPolicy: IfNotPresent");
    QTest::newRow("secret-missing: the Secret appended as a new document")
        << QByteArray("kind: Pod\nmetadata: {name: w, namespace: shop}\nspec:\n"
                      "  imagePullSecrets: [{name: regcred}]\n"
                      "  containers:\n  - name: a\n    image: reg.io:5000/app@sha256:"
                      + QByteArray(64, 'a') + "\n")
        << "secret-missing"
        << "create-secret"
        << QByteArray("kind: Pod\nmetadata: {name: w, namespace: shop}\nspec:\n"
                      "  imagePullSecrets: [{name: regcred}]\n"
                      "  containers:\n  - name: a\n    image: reg.io:5000/app@sha256:"
                      + QByteArray(64, 'a')
                      + "\n---\n"
                        "# Replace USERNAME and PASSWORD, or generate this Secret with\n"
                        "# kubectl create secret docker-registry regcred "
                        "--docker-server=reg.io:5000 --docker-username=... --docker-password=...\n"
                        "apiVersion: v1\nkind: Secret\nmetadata:\n  name: regcred\n"
                        "  namespace: shop\ntype: kubernetes.io/dockerconfigjson\nstringData:\n"
                        "  .dockerconfigjson: '{\"auths\":{\"reg.io:5000\":{\"password\":"
                        "\"PASSWORD\",\"username\":\"USERNAME\"}}}'\n");
    QTest::newRow("secret-type: Opaque becomes dockerconfigjson, quotes kept")
        << QByteArray(
               "kind: Pod\nmetadata: {name: w}\nspec:\n  imagePullSecrets:\n"
               "  - name: regcred\n  containers:\n  - name: a\n    image: reg.io/a@sha256:"
               + QByteArray(64, 'a')
               + "\n---\nkind: Secret\nmetadata: {name: regcred}\ntype: 'Opaque' # oops\n"
                 "data:\n  .dockerconfigjson: eyJhdXRocyI6eyJyZWcuaW8iOnsiYXV0aCI6ImRUcHcifX19\n")
        << "secret-type"
        << "set-secret-type"
        << QByteArray(
               "kind: Pod\nmetadata: {name: w}\nspec:\n  imagePullSecrets:\n"
               "  - name: regcred\n  containers:\n  - name: a\n    image: reg.io/a@sha256:"
               + QByteArray(64, 'a')
               + "\n---\nkind: Secret\nmetadata: {name: regcred}\n"
                 "type: 'kubernetes.io/dockerconfigjson' # oops\n"
                 "data:\n  .dockerconfigjson: eyJhdXRocyI6eyJyZWcuaW8iOnsiYXV0aCI6ImRUcHcifX19\n");
    QTest::newRow("secret-type: absent type inserted as the first key")
        << QByteArray(
               "kind: Pod\nmetadata: {name: w}\nspec:\n  imagePullSecrets:\n"
               "  - name: regcred\n  containers:\n  - name: a\n    image: reg.io/a@sha256:"
               + QByteArray(64, 'a')
               + "\n---\nkind: Secret\nmetadata: {name: regcred}\n"
                 "data:\n  .dockerconfigjson: eyJhdXRocyI6eyJyZWcuaW8iOnsiYXV0aCI6ImRUcHcifX19\n")
        << "secret-type"
        << "set-secret-type"
        << QByteArray("kind: Pod\nmetadata: {name: w}\nspec:\n  imagePullSecrets:\n"
                      "  - name: regcred\n  containers:\n  - name: a\n    image: reg.io/a@sha256:"
                      + QByteArray(64, 'a')
                      + "\n---\ntype: kubernetes.io/dockerconfigjson\nkind: Secret\n"
                        "metadata: {name: regcred}\ndata:\n  .dockerconfigjson: "
                        "eyJhdXRocyI6eyJyZWcuaW8iOnsiYXV0aCI6ImRUcHcifX19\n");
    QTest::newRow("sa-secrets-shadowed: the ServiceAccount's secrets appended")
        << QByteArray("kind: Pod\nmetadata: {name: w}\nspec:\n  serviceAccountName: ci\n"
                      "  imagePullSecrets:\n    - name: own   # mine\n    # keep this comment\n"
                      "\n  containers:\n  - name: a\n    image: nginx@sha256:"
                      + QByteArray(64, 'a')
                      + "\n---\nkind: ServiceAccount\nmetadata: {name: ci}\n"
                        "imagePullSecrets: [{name: sa1}, {name: sa2}]\n")
        << "sa-secrets-shadowed"
        << "add-pull-secret"
        << QByteArray("kind: Pod\nmetadata: {name: w}\nspec:\n  serviceAccountName: ci\n"
                      "  imagePullSecrets:\n    - name: own   # mine\n    - name: sa1\n"
                      "    - name: sa2\n    # keep this comment\n"
                      "\n  containers:\n  - name: a\n    image: nginx@sha256:"
                      + QByteArray(64, 'a')
                      + "\n---\nkind: ServiceAccount\nmetadata: {name: ci}\n"
                        "imagePullSecrets: [{name: sa1}, {name: sa2}]\n");
}

void TestKubeFixes::linterFixes()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, rule);
    QFETCH(QString, fix);
    QFETCH(QByteArray, expected);

    const QList<Finding> before = lint(text);
    const Finding *finding = nullptr;
    for (const Finding &f : before) {
        if (f.rule == rule)
            finding = &f;
    }
    QVERIFY2(finding, qPrintable(rulesOf(before).join(QLatin1Char(' '))));
    const QuickFix *quickFix = nullptr;
    for (const QuickFix &q : finding->fixes) {
        if (q.id == fix && !quickFix)
            quickFix = &q;
    }
    QVERIFY(quickFix);
    QVERIFY(!quickFix->title.isEmpty());
    QVERIFY(!quickFix->edits.isEmpty());
    for (const TextEdit &e : quickFix->edits)
        QCOMPARE(e.file, QStringLiteral("f.yaml"));
    const QByteArray after = apply(text, quickFix->edits);
    QCOMPARE(after, expected);

    // Re-read and re-lint: no syntax error, the finding is gone, nothing else new.
    QStringList remaining = rulesOf(lint(after));
    QVERIFY(!remaining.join(QLatin1Char(' ')).contains(rule));
    QVERIFY(!remaining.join(QLatin1Char(' ')).contains(QStringLiteral("yaml-syntax")));
    for (const QString &r : remaining) {
        const QString id = r.section(QLatin1Char('@'), 0, 0);
        // With the policy explicit, pinning latest by digest is what is left to suggest.
        if (rule == QLatin1String("latest-always") && id == QLatin1String("pin-digest"))
            continue;
        bool before_ = false;
        for (const Finding &f : before)
            before_ = before_ || f.rule == id;
        QVERIFY2(before_, qPrintable(QStringLiteral("new finding ") + r));
    }
}

void TestKubeFixes::setPullPolicy_data()
{
    QTest::addColumn<QByteArray>("container");
    QTest::addColumn<QByteArray>("expected"); // empty: declined

    QTest::newRow("replace, double quotes kept")
        << QByteArray("  - name: a\n    image: nginx:1\n    imagePullPolicy: \"always\" # typo\n")
        << QByteArray("  - name: a\n    image: nginx:1\n    imagePullPolicy: \"Always\" # typo\n");
    QTest::newRow("replace plain")
        << QByteArray("  - imagePullPolicy: Never\n    image: nginx:1\n")
        << QByteArray("  - imagePullPolicy: Always\n    image: nginx:1\n");
    QTest::newRow("insert after a single-quoted image")
        << QByteArray("  - name: a\n    image: 'nginx:1'\n    args: [x]\n")
        << QByteArray(
               "  - name: a\n    image: 'nginx:1'\n    imagePullPolicy: Always\n    args: [x]\n");
    QTest::newRow("flow mapping declined")
        << QByteArray("  - {name: a, image: nginx:1}\n") << QByteArray();
    QTest::newRow("no image declined") << QByteArray("  - name: a\n") << QByteArray();
    QTest::newRow("multi-line image declined")
        << QByteArray("  - name: a\n    image: >-\n      nginx:1\n") << QByteArray();
    QTest::newRow("null policy declined")
        << QByteArray("  - name: a\n    image: nginx:1\n    imagePullPolicy:\n") << QByteArray();
}

void TestKubeFixes::setPullPolicy()
{
    QFETCH(QByteArray, container);
    QFETCH(QByteArray, expected);
    const QByteArray head = "kind: Pod\nspec:\n  containers:\n";
    const KubeFile file = KubeReader::read(head + container, QStringLiteral("f.yaml"));
    QVERIFY(file.errors.isEmpty());
    const QList<TextEdit> edits =
        KubeFixes::setPullPolicy(file,
                                 file.objects.first().podSpec->containers.first(),
                                 QStringLiteral("Always"));
    if (expected.isEmpty()) {
        QVERIFY(edits.isEmpty());
        return;
    }
    QCOMPARE(apply(head + container, edits), head + expected);
    const KubeFile reread = KubeReader::read(head + expected, QStringLiteral("f.yaml"));
    QCOMPARE(reread.objects.first().podSpec->containers.first().imagePullPolicy.value,
             QStringLiteral("Always"));
}

void TestKubeFixes::pinToDigest_data()
{
    QTest::addColumn<QByteArray>("image");
    QTest::addColumn<QString>("digest");
    QTest::addColumn<QByteArray>("expected"); // empty: declined

    const QByteArray d = digest.toLatin1();
    QTest::newRow("plain with comment")
        << QByteArray("nginx:1.25   # web") << digest << "nginx:1.25@" + d + "   # web";
    QTest::newRow("double quoted")
        << QByteArray("\"reg.io:5000/a/b:v1\"") << digest << "\"reg.io:5000/a/b:v1@" + d + "\"";
    QTest::newRow("single quoted, no tag")
        << QByteArray("'busybox'") << digest << "'busybox@" + d + "'";
    QTest::newRow("digest replaced")
        << "nginx:1@sha256:" + QByteArray(64, 'a') << digest << "nginx:1@" + d;
    QTest::newRow("bad digest declined")
        << QByteArray("nginx:1") << QStringLiteral("sha256:abc") << QByteArray();
    QTest::newRow("escaped quote declined")
        << QByteArray("\"ngi\\x6ex:1\"") << digest << QByteArray();
}

void TestKubeFixes::pinToDigest()
{
    QFETCH(QByteArray, image);
    QFETCH(QString, digest);
    QFETCH(QByteArray, expected);
    const QByteArray head = "kind: Pod\nspec:\n  containers:\n  - name: a\n    image: ";
    const KubeFile file = KubeReader::read(head + image + "\n", QStringLiteral("f.yaml"));
    QVERIFY(file.errors.isEmpty());
    const QList<TextEdit> edits =
        KubeFixes::pinToDigest(file, file.objects.first().podSpec->containers.first(), digest);
    if (expected.isEmpty()) {
        QVERIFY(edits.isEmpty());
        return;
    }
    const QByteArray after = apply(head + image + "\n", edits);
    QCOMPARE(after, head + expected + "\n");
    for (const Finding &f : lint(after))
        QVERIFY2(f.rule != QLatin1String("pin-digest"), qPrintable(f.message));
}

void TestKubeFixes::addPullSecret_data()
{
    QTest::addColumn<QByteArray>("spec");
    QTest::addColumn<QByteArray>("expected"); // empty: declined

    QTest::newRow("new block, dash flush with the key")
        << QByteArray("spec:\n  # the pod\n  containers:\n  - name: a\n    image: x:1\n")
        << QByteArray("spec:\n  # the pod\n  imagePullSecrets:\n  - name: regcred\n  containers:\n"
                      "  - name: a\n    image: x:1\n");
    QTest::newRow("new block, dash indented like the containers")
        << QByteArray("spec:\n    containers:\n        - name: a\n          image: x:1\n")
        << QByteArray("spec:\n    imagePullSecrets:\n        - name: regcred\n    containers:\n"
                      "        - name: a\n          image: x:1\n");
    QTest::newRow("appended after a multi-line entry, before the next key")
        << QByteArray("spec:\n  imagePullSecrets:\n  -\n    name: one\n  containers:\n"
                      "  - name: a\n    image: x:1\n")
        << QByteArray("spec:\n  imagePullSecrets:\n  -\n    name: one\n  - name: regcred\n"
                      "  containers:\n  - name: a\n    image: x:1\n");
    QTest::newRow("appended at the end of the file without a newline")
        << QByteArray("spec:\n  containers:\n  - name: a\n    image: x:1\n  imagePullSecrets:\n"
                      "  - name: one")
        << QByteArray("spec:\n  containers:\n  - name: a\n    image: x:1\n  imagePullSecrets:\n"
                      "  - name: one\n  - name: regcred");
    QTest::newRow("flow list declined") << QByteArray(
        "spec:\n  imagePullSecrets: [{name: one}]\n  containers: [{name: a, image: x}]\n")
                                        << QByteArray();
    QTest::newRow("flow spec declined")
        << QByteArray("spec: {containers: [{name: a, image: x}]}\n") << QByteArray();
}

void TestKubeFixes::addPullSecret()
{
    QFETCH(QByteArray, spec);
    QFETCH(QByteArray, expected);
    const QByteArray head = "kind: Pod\nmetadata: {name: p}\n";
    const KubeFile file = KubeReader::read(head + spec, QStringLiteral("f.yaml"));
    QVERIFY(file.errors.isEmpty());
    const QList<TextEdit> edits =
        KubeFixes::addPullSecret(file, file.objects.first(), QStringLiteral("regcred"));
    if (expected.isEmpty()) {
        QVERIFY(edits.isEmpty());
        return;
    }
    const QByteArray after = apply(head + spec, edits);
    QCOMPARE(after, head + expected);
    const KubeFile reread = KubeReader::read(after, QStringLiteral("f.yaml"));
    QVERIFY(reread.errors.isEmpty());
    QCOMPARE(reread.objects.first().podSpec->imagePullSecrets.last().value,
             QStringLiteral("regcred"));
}

void TestKubeFixes::createSecretInNewFile()
{
    const QByteArray pod = "kind: Pod\nmetadata: {name: p}\nspec:\n  imagePullSecrets:\n"
                           "  - name: hub\n  containers:\n  - name: a\n    image: nginx:1\n";
    const QList<Finding> findings = lint(pod, QStringLiteral("/work/pods/p.yaml"));
    const Finding *missing = nullptr;
    for (const Finding &f : findings) {
        if (f.rule == QLatin1String("secret-missing"))
            missing = &f;
    }
    QVERIFY(missing);
    QCOMPARE(missing->fixes.size(), 2);
    const QuickFix &newFile = missing->fixes.at(1);
    QCOMPARE(newFile.id, QStringLiteral("create-secret-file"));
    QCOMPARE(newFile.edits.size(), 1);
    QCOMPARE(newFile.edits.first().file, QStringLiteral("/work/pods/hub-secret.yaml"));
    const QByteArray secretText = KubeFixes::applyEdits(QString(), newFile.edits).toUtf8();
    // Docker Hub images get the key kubectl writes by default.
    QVERIFY(secretText.contains("https://index.docker.io/v1/"));
    KubeWorkspace ws;
    ws.addFile(KubeReader::read(pod, QStringLiteral("/work/pods/p.yaml")));
    ws.addFile(KubeReader::read(secretText, newFile.edits.first().file));
    for (const Finding &f : KubeLinter::lint(ws)) {
        QVERIFY2(f.rule != QLatin1String("secret-missing")
                     && f.severity != Finding::Severity::Error,
                 qPrintable(f.rule + QLatin1Char(' ') + f.message));
    }
}

void TestKubeFixes::applyEditsBackToFront()
{
    const QString text = QStringLiteral("abcdef");
    const QList<TextEdit> edits{{QString(), 1, 1, QStringLiteral("BB")},
                                {QString(), 4, 0, QStringLiteral("_")},
                                {QString(), 0, 0, QStringLiteral(">")},
                                {QString(), 5, 1, QString()}};
    QCOMPARE(KubeFixes::applyEdits(text, edits), QStringLiteral(">aBBcd_e"));
    QCOMPARE(KubeFixes::applyEdits(text, {}), text);
}

QTEST_GUILESS_MAIN(TestKubeFixes)
#include "tst_kubefixes.moc"
