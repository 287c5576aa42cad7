// SPDX-License-Identifier: GPL-3.0-or-later
// KubeLinter: one table row per case, each rule with cases that fire (at an exact place) and
// cases that must not; plus the rule list, sorting, severities and what a finding carries.
#include "model/kube/kubelinter.h"
#include "model/kube/kubereader.h"

#include <QTest>

class TestKubeLinter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rules_data();
    void rules();
    void everyRuleIsTested();
    void ruleList();
    void findingsAreSortedAndCarryContext();
    void messagesQuoteTheApiServer_data();
    void messagesQuoteTheApiServer();
    void listItemPaths();
    void noSecretInMessages();
    void exampleFile();

private:
    QSet<QString> m_testedFiring;
    QSet<QString> m_testedQuiet;
};

namespace {

QByteArray pod(const QByteArray &image,
               const QByteArray &extraContainer = {},
               const QByteArray &extraSpec = {})
{
    return "apiVersion: v1\n"
           "kind: Pod\n"
           "metadata:\n"
           "  name: web\n"
           "spec:\n"
        + extraSpec
        + "  containers:\n"
          "  - name: app\n"
          "    image: "
        + image + "\n" + extraContainer;
}

QByteArray secret(const QByteArray &name,
                  const QByteArray &type,
                  const QByteArray &json,
                  const QByteArray &ns = {})
{
    QByteArray out = "---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: " + name + "\n";
    if (!ns.isEmpty())
        out += "  namespace: " + ns + "\n";
    if (!type.isEmpty())
        out += "type: " + type + "\n";
    out += "data:\n  .dockerconfigjson: " + json.toBase64() + "\n";
    return out;
}

QList<Finding> lintText(const QByteArray &text)
{
    KubeWorkspace ws;
    ws.addFile(KubeReader::read(text, QStringLiteral("t.yaml")));
    return KubeLinter::lint(ws);
}

const QByteArray regcredJson = R"({"auths":{"reg.io":{"username":"u","password":"p"}}})";

} // namespace

void TestKubeLinter::rules_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<int>("line"); // 0: must not fire
    QTest::addColumn<int>("column");

    const QByteArray pinned = "reg.io/app@sha256:" + QByteArray(64, 'a');
    const QByteArray withSecret = "  imagePullSecrets:\n  - name: regcred\n";

    // yaml-syntax
    QTest::newRow("yaml-syntax fires")
        << QByteArray("kind: Pod\nspec: [\n") << "yaml-syntax" << 3 << 1;
    QTest::newRow("yaml-syntax quiet") << pod(pinned) << "yaml-syntax" << 0 << 0;

    // image-required
    QTest::newRow("image-required: absent")
        << QByteArray("kind: Pod\nspec:\n  containers:\n  - name: a\n") << "image-required" << 4
        << 5;
    QTest::newRow("image-required: empty") << pod("\"\"") << "image-required" << 8 << 12;
    QTest::newRow("image-required: volume")
        << pod(pinned, {}, "  volumes:\n  - name: v\n    image:\n      pullPolicy: Always\n")
        << "image-required" << 7 << 5;
    QTest::newRow("image-required quiet") << pod(pinned) << "image-required" << 0 << 0;

    // image-whitespace: Pods are rejected; templates pass the API server
    QTest::newRow("image-whitespace fires")
        << pod("\" nginx:1.25\"") << "image-whitespace" << 8 << 12;
    QTest::newRow("image-whitespace quiet") << pod("nginx:1.25") << "image-whitespace" << 0 << 0;

    // pull-policy-enum
    QTest::newRow("pull-policy-enum fires")
        << pod(pinned, "    imagePullPolicy: always\n") << "pull-policy-enum" << 9 << 22;
    QTest::newRow("pull-policy-enum volume")
        << pod(pinned,
               {},
               "  volumes:\n  - name: v\n    image:\n      reference: " + pinned
                   + "\n      pullPolicy: Sometimes\n")
        << "pull-policy-enum" << 10 << 19;
    QTest::newRow("pull-policy-enum quiet")
        << pod(pinned, "    imagePullPolicy: IfNotPresent\n") << "pull-policy-enum" << 0 << 0;

    // secret-base64, secret-required-key, secret-invalid-json
    QTest::newRow("secret-base64 fires")
        << QByteArray("kind: Secret\nmetadata: {name: s}\ndata:\n  k: '!!!!'\n") << "secret-base64"
        << 4 << 6;
    QTest::newRow("secret-base64 quiet")
        << QByteArray("kind: Secret\nmetadata: {name: s}\ndata:\n  k: aGk=\n") << "secret-base64"
        << 0 << 0;
    QTest::newRow("secret-required-key fires")
        << QByteArray("kind: Secret\nmetadata: {name: s}\ntype: kubernetes.io/dockercfg\n"
                      "data:\n  .dockerconfigjson: e30=\n")
        << "secret-required-key" << 3 << 7;
    QTest::newRow("secret-required-key quiet")
        << secret("s", "kubernetes.io/dockerconfigjson", "{}").mid(4) << "secret-required-key" << 0
        << 0;
    QTest::newRow("secret-invalid-json fires")
        << secret("s", "kubernetes.io/dockerconfigjson", "[1, 2]").mid(4) << "secret-invalid-json"
        << 7 << 22;
    QTest::newRow("secret-invalid-json quiet")
        << secret("s", "kubernetes.io/dockerconfigjson", regcredJson).mid(4)
        << "secret-invalid-json" << 0 << 0;

    // invalid-image-name
    QTest::newRow("invalid-image-name uppercase")
        << pod("NGINX:1.0") << "invalid-image-name" << 8 << 12;
    QTest::newRow("invalid-image-name trailing colon")
        << pod("'nginx:'") << "invalid-image-name" << 8 << 12;
    QTest::newRow("invalid-image-name quiet: mixed-case domain")
        << pod("Reg.IO:5000/app:1.0") << "invalid-image-name" << 0 << 0;

    // latest-always
    QTest::newRow("latest-always: no tag") << pod("nginx") << "latest-always" << 8 << 12;
    QTest::newRow("latest-always: latest") << pod("nginx:latest") << "latest-always" << 8 << 12;
    QTest::newRow("latest-always: latest and digest")
        << pod("nginx:latest@sha256:" + QByteArray(64, 'b')) << "latest-always" << 8 << 12;
    QTest::newRow("latest-always: ephemeral")
        << pod(pinned, "  ephemeralContainers:\n  - name: dbg\n    image: busybox\n")
        << "latest-always" << 11 << 12;
    QTest::newRow("latest-always quiet: explicit policy")
        << pod("nginx", "    imagePullPolicy: IfNotPresent\n") << "latest-always" << 0 << 0;
    QTest::newRow("latest-always quiet: Latest is not latest")
        << pod("nginx:Latest") << "latest-always" << 0 << 0;
    QTest::newRow("latest-always quiet: digest only") << pod(pinned) << "latest-always" << 0 << 0;

    // pin-digest
    QTest::newRow("pin-digest fires") << pod("nginx:1.25") << "pin-digest" << 8 << 12;
    QTest::newRow("pin-digest quiet: digest") << pod(pinned) << "pin-digest" << 0 << 0;
    QTest::newRow("pin-digest quiet: latest is latest-always")
        << pod("nginx:latest") << "pin-digest" << 0 << 0;

    // pull-never
    QTest::newRow("pull-never fires")
        << pod("nginx:1.25", "    imagePullPolicy: Never\n") << "pull-never" << 9 << 22;
    QTest::newRow("pull-never quiet")
        << pod("nginx:1.25", "    imagePullPolicy: Always\n") << "pull-never" << 0 << 0;

    // platform-label
    QTest::newRow("platform-label x86_64")
        << pod(pinned, {}, "  nodeSelector:\n    kubernetes.io/arch: x86_64\n") << "platform-label"
        << 6 << 3;
    QTest::newRow("platform-label Linux")
        << pod(pinned, {}, "  nodeSelector:\n    kubernetes.io/os: Linux\n") << "platform-label"
        << 6 << 3;
    QTest::newRow("platform-label quiet")
        << pod(pinned,
               {},
               "  nodeSelector:\n    kubernetes.io/arch: arm64\n    kubernetes.io/os: linux\n")
        << "platform-label" << 0 << 0;

    // secret-missing, secret-other-namespace
    QTest::newRow("secret-missing fires")
        << pod(pinned, {}, withSecret) << "secret-missing" << 7 << 11;
    QTest::newRow("secret-missing quiet") << pod(pinned, {}, withSecret)
            + secret("regcred", "kubernetes.io/dockerconfigjson", regcredJson)
                                          << "secret-missing" << 0 << 0;
    QTest::newRow("secret-other-namespace fires") << pod(pinned, {}, withSecret)
            + secret("regcred", "kubernetes.io/dockerconfigjson", regcredJson, "tools")
                                                  << "secret-other-namespace" << 7 << 11;
    QTest::newRow("secret-other-namespace quiet") << pod(pinned, {}, withSecret)
            + secret("regcred", "kubernetes.io/dockerconfigjson", regcredJson, "default")
                                                  << "secret-other-namespace" << 0 << 0;

    // secret-type
    QTest::newRow("secret-type Opaque")
        << pod(pinned, {}, withSecret) + secret("regcred", "Opaque", regcredJson) << "secret-type"
        << 7 << 11;
    QTest::newRow("secret-type absent type")
        << pod(pinned, {}, withSecret) + secret("regcred", {}, regcredJson) << "secret-type" << 7
        << 11;
    QTest::newRow("secret-type quiet") << pod(pinned, {}, withSecret)
            + secret("regcred", "kubernetes.io/dockerconfigjson", regcredJson)
                                       << "secret-type" << 0 << 0;

    // secret-no-auths
    QTest::newRow("secret-no-auths: legacy shape") << pod(pinned, {}, withSecret)
            + secret("regcred", "kubernetes.io/dockerconfigjson", R"({"reg.io":{"auth":"dTpw"}})")
                                                   << "secret-no-auths" << 7 << 11;
    QTest::newRow("secret-no-auths: no auths") << pod(pinned, {}, withSecret)
            + secret("regcred", "kubernetes.io/dockerconfigjson", R"({"credsStore":"desktop"})")
                                               << "secret-no-auths" << 7 << 11;
    QTest::newRow("secret-no-auths quiet") << pod(pinned, {}, withSecret)
            + secret("regcred", "kubernetes.io/dockerconfigjson", regcredJson)
                                           << "secret-no-auths" << 0 << 0;

    // secret-key-mismatch
    QTest::newRow("secret-key-mismatch: port") << pod("reg.io:5000/app:1.0", {}, withSecret)
            + secret("regcred", "kubernetes.io/dockerconfigjson", regcredJson)
                                               << "secret-key-mismatch" << 10 << 12;
    QTest::newRow("secret-key-mismatch: path") << pod("reg.io/team-a/app:1.0", {}, withSecret)
            + secret("regcred",
                     "kubernetes.io/dockerconfigjson",
                     R"({"auths":{"https://reg.io/team-b":{"auth":"dTpw"}}})")
                                               << "secret-key-mismatch" << 10 << 12;
    QTest::newRow("secret-key-mismatch quiet: matches") << pod("reg.io/app:1.0", {}, withSecret)
            + secret("regcred", "kubernetes.io/dockerconfigjson", regcredJson)
                                                        << "secret-key-mismatch" << 0 << 0;
    QTest::newRow("secret-key-mismatch quiet: other registry (public image)")
        << pod("quay.io/app:1.0", {}, withSecret)
            + secret("regcred", "kubernetes.io/dockerconfigjson", regcredJson)
        << "secret-key-mismatch" << 0 << 0;

    // docker-hub-key
    QTest::newRow("docker-hub-key fires") << pod("nginx:1.25", {}, withSecret)
            + secret("regcred",
                     "kubernetes.io/dockerconfigjson",
                     R"({"auths":{"https://registry-1.docker.io":{"auth":"dTpw"}}})")
                                          << "docker-hub-key" << 10 << 12;
    QTest::newRow("docker-hub-key quiet: index.docker.io/v1/") << pod("nginx:1.25", {}, withSecret)
            + secret("regcred",
                     "kubernetes.io/dockerconfigjson",
                     R"({"auths":{"https://index.docker.io/v1/":{"auth":"dTpw"}}})")
                                                               << "docker-hub-key" << 0 << 0;

    // sa-secrets-shadowed, sa-mountable-secrets
    const QByteArray sa = "---\nkind: ServiceAccount\nmetadata:\n  name: builder\n"
                          "imagePullSecrets:\n- name: sa-cred\n";
    const QByteArray saSpec = "  serviceAccountName: builder\n";
    QTest::newRow("sa-secrets-shadowed fires")
        << pod(pinned, {}, saSpec + withSecret) + sa << "sa-secrets-shadowed" << 8 << 3;
    QTest::newRow("sa-secrets-shadowed quiet: pod lists none")
        << pod(pinned, {}, saSpec) + sa << "sa-secrets-shadowed" << 0 << 0;
    QTest::newRow("sa-secrets-shadowed quiet: pod lists the SA's")
        << pod(pinned, {}, saSpec + "  imagePullSecrets:\n  - name: sa-cred\n") + sa
        << "sa-secrets-shadowed" << 0 << 0;
    const QByteArray enforcing =
        "---\nkind: ServiceAccount\nmetadata:\n  name: builder\n"
        "  annotations: {kubernetes.io/enforce-mountable-secrets: \"true\"}\n"
        "imagePullSecrets:\n- name: sa-cred\n";
    QTest::newRow("sa-mountable-secrets fires")
        << pod(pinned, {}, saSpec + withSecret) + enforcing << "sa-mountable-secrets" << 8 << 11;
    QTest::newRow("sa-mountable-secrets quiet")
        << pod(pinned, {}, saSpec + "  imagePullSecrets:\n  - name: sa-cred\n") + enforcing
        << "sa-mountable-secrets" << 0 << 0;
}

void TestKubeLinter::rules()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, rule);
    QFETCH(int, line);
    QFETCH(int, column);
    QVERIFY2(!KubeLinter::rule(rule).id.isEmpty(), qPrintable(rule));
    QList<Finding> hits;
    for (const Finding &f : lintText(text)) {
        if (f.rule == rule)
            hits.append(f);
    }
    if (line == 0) {
        QVERIFY2(
            hits.isEmpty(),
            qPrintable(hits.value(0).at.toString() + QLatin1Char(' ') + hits.value(0).message));
        m_testedQuiet.insert(rule);
        return;
    }
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.first().at.file, QStringLiteral("t.yaml"));
    QCOMPARE(hits.first().at.line, line);
    QCOMPARE(hits.first().at.column, column);
    QVERIFY(!hits.first().message.isEmpty());
    QCOMPARE(hits.first().object.isEmpty(), rule == QLatin1String("yaml-syntax"));
    m_testedFiring.insert(rule);
}

void TestKubeLinter::everyRuleIsTested()
{
    for (const KubeLinter::RuleInfo &r : KubeLinter::rules()) {
        QVERIFY2(m_testedFiring.contains(r.id), qPrintable(r.id + QStringLiteral(" never fired")));
        QVERIFY2(m_testedQuiet.contains(r.id), qPrintable(r.id + QStringLiteral(" never quiet")));
    }
}

void TestKubeLinter::ruleList()
{
    QSet<QString> ids;
    for (const KubeLinter::RuleInfo &r : KubeLinter::rules()) {
        QVERIFY2(!ids.contains(r.id), qPrintable(r.id));
        ids.insert(r.id);
        QVERIFY(!r.summary.isEmpty());
        QCOMPARE(KubeLinter::rule(r.id).id, r.id);
    }
    QVERIFY(KubeLinter::rule(QStringLiteral("no-such-rule")).id.isEmpty());
    QCOMPARE(KubeLinter::rule(QStringLiteral("pin-digest")).severity, Finding::Severity::Info);
    QCOMPARE(KubeLinter::rule(QStringLiteral("image-required")).severity, Finding::Severity::Error);
}

void TestKubeLinter::findingsAreSortedAndCarryContext()
{
    KubeWorkspace ws;
    ws.addFile(KubeReader::read(pod("nginx:1.25")
                                    + "---\nkind: Pod\nmetadata: {name: b}\n"
                                      "spec: {containers: [{name: x, image: busybox}]}\n",
                                QStringLiteral("z.yaml")));
    ws.addFile(KubeReader::read("kind: Pod\nspec: [\n", QStringLiteral("a.yaml")));
    const QList<Finding> findings = KubeLinter::lint(ws);
    QCOMPARE(findings.size(), 3);
    QCOMPARE(findings[0].at.file, QStringLiteral("a.yaml"));
    QCOMPARE(findings[0].rule, QStringLiteral("yaml-syntax"));
    QCOMPARE(findings[1].rule, QStringLiteral("pin-digest"));
    QCOMPARE(findings[1].object, QStringLiteral("Pod/web"));
    QCOMPARE(findings[1].fieldPath, QStringLiteral("spec.containers[0].image"));
    QCOMPARE(findings[1].severity, Finding::Severity::Info);
    QCOMPARE(findings[1].fixes.size(), 1);
    QVERIFY(findings[1].fixes.first().needsDigest);
    QCOMPARE(findings[2].rule, QStringLiteral("latest-always"));
    QCOMPARE(findings[2].at.line, 12);
    QCOMPARE(findings[2].at.column, 38);
    QCOMPARE(findings[2].object, QStringLiteral("Pod/b"));
    // Flow style: the pull-policy fix declines (no edits), the pin fix is still offered.
    QCOMPARE(findings[2].fixes.size(), 3);
    QVERIFY(findings[2].fixes[0].edits.isEmpty());
    QVERIFY(findings[2].fixes[2].needsDigest);
}

void TestKubeLinter::messagesQuoteTheApiServer_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("quote");

    QTest::newRow("required") << pod("\"\"") << "image-required"
                              << "spec.containers[0].image: Required value";
    QTest::newRow("whitespace")
        << pod("'nginx '") << "image-whitespace"
        << "spec.containers[0].image: Invalid value: \"nginx \": must not have leading or trailing "
           "whitespace";
    QTest::newRow("enum") << pod("nginx:1", "    imagePullPolicy: always\n") << "pull-policy-enum"
                          << "spec.containers[0].imagePullPolicy: Unsupported value: \"always\": "
                             "supported values: \"Always\", \"IfNotPresent\", \"Never\"";
    QTest::newRow("invalid name")
        << pod("NGINX:1.0") << "invalid-image-name"
        << "couldn't parse image name \"NGINX:1.0\": invalid reference format: repository name "
           "(library/NGINX) must be lowercase";
    QTest::newRow("json") << secret("s", "kubernetes.io/dockerconfigjson", "\"x\"").mid(4)
                          << "secret-invalid-json"
                          << "data[.dockerconfigjson]: Invalid value: \"<secret contents "
                             "redacted>\"";
    QTest::newRow("enforce")
        << pod("nginx:1", {}, "  serviceAccountName: sa\n  imagePullSecrets:\n  - name: other\n")
            + "---\nkind: ServiceAccount\nmetadata:\n  name: sa\n  annotations:\n"
              "    kubernetes.io/enforce-mountable-secrets: \"true\"\n"
        << "sa-mountable-secrets"
        << "imagePullSecrets[0].name=\"other\" is not allowed because service account sa does "
           "not reference that imagePullSecret";
}

void TestKubeLinter::messagesQuoteTheApiServer()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, rule);
    QFETCH(QString, quote);
    bool found = false;
    for (const Finding &f : lintText(text)) {
        if (f.rule == rule) {
            QVERIFY2(f.message.contains(quote), qPrintable(f.message));
            found = true;
        }
    }
    QVERIFY(found);
}

void TestKubeLinter::listItemPaths()
{
    const QList<Finding> findings =
        lintText("kind: List\nitems:\n- kind: Pod\n  metadata: {name: p}\n"
                 "  spec:\n    containers:\n    - name: c\n"
                 "      image: \"\"\n");
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings[0].fieldPath, QStringLiteral("items[0].spec.containers[0].image"));
    QVERIFY(findings[0].message.contains(
        QStringLiteral("items[0].spec.containers[0].image: Required value")));
    QCOMPARE(findings[0].at.line, 8);
    QCOMPARE(findings[0].at.column, 14);
}

void TestKubeLinter::noSecretInMessages()
{
    const QByteArray password = "hunter2-s3cret";
    const QByteArray json =
        R"({"auths":{"reg.io:5000":{"username":"u","password":")" + password + R"("}}})";
    const QList<Finding> findings = lintText(
        pod("reg.io/app:1", {}, "  imagePullSecrets:\n  - name: regcred\n")
        + secret("regcred", "kubernetes.io/dockerconfigjson", json)
        + secret("broken", "kubernetes.io/dockerconfigjson", "{\"password\": \"" + password));
    QVERIFY(!findings.isEmpty());
    for (const Finding &f : findings)
        QVERIFY2(!f.message.contains(QString::fromLatin1(password)), qPrintable(f.message));
}

void TestKubeLinter::exampleFile()
{
    // resources/examples/pull-problems.yaml shows one problem per line of its pod; the set of
    // rules it triggers (rule@line) is its contract with the documentation.
    const QString path = QStringLiteral(PULLSCOPE_SOURCE_DIR)
        + QStringLiteral("/resources/examples/pull-problems.yaml");
    const Result<KubeWorkspace> ws = KubeWorkspace::load({path});
    QVERIFY(ws);
    QStringList got;
    for (const Finding &f : KubeLinter::lint(*ws))
        got.append(f.rule + QLatin1Char('@') + QString::number(f.at.line));
    const QStringList expected{QStringLiteral("sa-secrets-shadowed@11"),
                               QStringLiteral("secret-no-auths@13"),
                               QStringLiteral("secret-type@14"),
                               QStringLiteral("secret-other-namespace@15"),
                               QStringLiteral("docker-hub-key@18"),
                               QStringLiteral("latest-always@18"),
                               QStringLiteral("pin-digest@20"),
                               QStringLiteral("secret-key-mismatch@20"),
                               QStringLiteral("invalid-image-name@22"),
                               QStringLiteral("docker-hub-key@24"),
                               QStringLiteral("pin-digest@24"),
                               QStringLiteral("pull-never@25"),
                               QStringLiteral("secret-missing@34")};
    QCOMPARE(got, expected);
}

QTEST_GUILESS_MAIN(TestKubeLinter)
#include "tst_kubelinter.moc"
