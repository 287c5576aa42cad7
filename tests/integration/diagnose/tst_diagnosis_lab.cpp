// SPDX-License-Identifier: GPL-3.0-or-later
// DiagnosisJob against the lab's real docker-registry (token auth, TLS): a table of pods that
// break in every way the kubelet's pull chain can, each asserting the first failed step, the
// evidence that explains it and the mend. Everything on 127.0.0.1.
#include "lab.h"
#include "labseeder.h"
#include "model/cache/contentstore.h"
#include "model/core/realclock.h"
#include "model/diagnose/diagnosisjob.h"
#include "model/diagnose/diagnosistarget.h"
#include "model/kube/kubereader.h"
#include "model/kube/kubeworkspace.h"
#include "model/kubelet/nodeprofile.h"
#include "model/registry/registryclient.h"

#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
// One document of a kubernetes.io/dockerconfigjson Secret (or another type), in stringData so
// the test reads plainly; the API server merges stringData into data.
QString secretDoc(const QString &name,
                  const QString &server,
                  const QString &user,
                  const QString &password,
                  const QString &type = QStringLiteral("kubernetes.io/dockerconfigjson"),
                  const QString &key = QStringLiteral(".dockerconfigjson"))
{
    const QString json =
        QStringLiteral("{\"auths\":{\"%1\":{\"username\":\"%2\",\"password\":\"%3\"}}}")
            .arg(server, user, password);
    return QStringLiteral(
               "---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: %1\n  namespace: team\n"
               "type: %2\nstringData:\n  %3: '%4'\n")
        .arg(name, type, key, json);
}

QString podDoc(const QString &image, const QString &policy, const QStringList &secrets)
{
    QString yaml = QStringLiteral(
        "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  namespace: team\nspec:\n");
    if (!secrets.isEmpty()) {
        yaml += QStringLiteral("  imagePullSecrets:\n");
        for (const QString &s : secrets)
            yaml += QStringLiteral("  - name: %1\n").arg(s);
    }
    yaml += QStringLiteral("  containers:\n  - name: app\n    image: %1\n").arg(image);
    if (!policy.isEmpty())
        yaml += QStringLiteral("    imagePullPolicy: %1\n").arg(policy);
    return yaml;
}

QString allText(const Diagnosis &d)
{
    return QString::fromUtf8(QJsonDocument(d.toJson()).toJson());
}

// One line per step with its evidence, for failure messages (QTest cuts long ones).
QString brief(const Diagnosis &d)
{
    QStringList lines;
    for (const DiagnosisStep &s : d.steps) {
        lines.append(
            QStringLiteral("%1 %2: %3").arg(s.id, DiagnosisStep::statusName(s.status), s.summary));
        if (s.status == DiagnosisStep::Status::Failed || s.status == DiagnosisStep::Status::Warning)
            for (const QString &e : s.evidence)
                lines.append(QStringLiteral("    ") + e);
        if (s.mend)
            lines.append(QStringLiteral("    mend: ") + s.mend->summary);
    }
    return lines.join(QLatin1Char('\n'));
}
} // namespace

class TestDiagnosisLab : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void chain_data();
    void chain();
    void tlsUnknownCaThenCertDir();
    void presentUnderIfNotPresentNeedsNoRegistry();
    void cancelFinishesOnce();
    void providerPluginCredentials_data();
    void providerPluginCredentials();

private:
    Result<Diagnosis> diagnose(const QString &yaml,
                               const NodeProfile &node,
                               const RegistryHostOptions &options = {},
                               const QString &host = {});
    NodeProfile node(const QString &platform = QStringLiteral("linux/amd64")) const;

    std::unique_ptr<Lab> m_lab;
    std::unique_ptr<Lab> m_tls;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_host;
    QString m_password;
    quint16 m_closedPort = 0;
};

void TestDiagnosisLab::initTestCase()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_lab = std::make_unique<Lab>(RegistryProcess::Mode::Token);
    const Result<void> started = m_lab->start();
    QVERIFY2(started, qPrintable(started ? QString() : started.error().message));
    m_host = m_lab->registry().hostPort();
    m_password = m_lab->demoCredentials().password;
    // Tags next to 1.0 for the nearest-tag suggestion (1.2 is asked for and does not exist).
    LabSeeder seeder(m_lab->registry());
    const Result<void> tagged = seeder.tagMany(QStringLiteral("demo/multiarch"),
                                               QStringLiteral("1.0"),
                                               {QStringLiteral("1.1"), QStringLiteral("2.0")});
    QVERIFY2(tagged, qPrintable(tagged ? QString() : tagged.error().message));
    m_tls = std::make_unique<Lab>(RegistryProcess::Mode::Tls);
    const Result<void> tlsStarted = m_tls->start();
    QVERIFY2(tlsStarted, qPrintable(tlsStarted ? QString() : tlsStarted.error().message));
    // A port nothing listens on: bound, then released.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    m_closedPort = server.serverPort();
    server.close();
}

NodeProfile TestDiagnosisLab::node(const QString &platform) const
{
    NodeProfile n = NodeProfile::defaultProfile();
    n.platform = *Platform::parse(platform);
    n.storePath = m_dir->filePath(QStringLiteral("empty-store"));
    return n;
}

Result<Diagnosis> TestDiagnosisLab::diagnose(const QString &yaml,
                                             const NodeProfile &node,
                                             const RegistryHostOptions &options,
                                             const QString &host)
{
    const QString path = m_dir->filePath(QStringLiteral("pod.yaml"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Error(ErrorCode::Io, file.errorString());
    file.write(yaml.toUtf8());
    file.close();
    Result<KubeWorkspace> ws = KubeWorkspace::load({path});
    if (!ws)
        return ws.error();
    const Result<DiagnosisTarget> target = DiagnosisTarget::find(*ws, QString(), QString());
    if (!target)
        return target.error();
    QNetworkAccessManager network;
    RealClock clock;
    RegistryClient client(&network, &clock);
    if (!host.isEmpty())
        client.setHostOptions(host, options);
    client.setTransferTimeoutMs(20000);
    DiagnosisJob job(&client, *ws, *target->object, target->container, node);
    QSignalSpy finished(&job, &DiagnosisJob::finished);
    job.start();
    if (!finished.wait(60000))
        return Error(ErrorCode::Timeout, QStringLiteral("the diagnosis did not finish"));
    QTest::qWait(50);
    if (finished.size() != 1)
        return Error(ErrorCode::Internal, QStringLiteral("finished %1 times").arg(finished.size()));
    return job.result();
}

void TestDiagnosisLab::chain_data()
{
    QTest::addColumn<QString>("image"); // %HOST% and %CLOSED% are replaced
    QTest::addColumn<QString>("policy");
    QTest::addColumn<QStringList>("podSecrets");
    QTest::addColumn<QString>("extraYaml"); // %HOST% and %PASSWORD% are replaced
    QTest::addColumn<QString>("platform");
    QTest::addColumn<QString>("firstFailure"); // u""_s when every step passes
    QTest::addColumn<QString>("evidenceStep");
    QTest::addColumn<QString>("evidenceWord");
    QTest::addColumn<QString>("mendWord");

    const QString good = secretDoc(QStringLiteral("regcred"),
                                   QStringLiteral("%HOST%"),
                                   QStringLiteral("demo"),
                                   QStringLiteral("%PASSWORD%"));
    QTest::newRow("good public image")
        << u"%HOST%/library/busybox:1.36"_s << u""_s << QStringList() << u""_s << u"linux/amd64"_s
        << u""_s << u"auth"_s << u"anonymous"_s << u""_s;
    QTest::newRow("invalid name") << u"%HOST%/Demo/App:1.0"_s << u""_s << QStringList() << u""_s
                                  << u"linux/amd64"_s << u"reference"_s << u"reference"_s
                                  << u"InspectFailed"_s << u"%HOST%/demo/app:1.0"_s;
    QTest::newRow("missing tag, nearest suggested")
        << u"%HOST%/demo/multiarch:1.2"_s << u""_s << QStringList() << u""_s << u"linux/amd64"_s
        << u"tag"_s << u"tag"_s << u"1.1, 1.0, 2.0"_s << u"1.1"_s;
    QTest::newRow("private image without a secret")
        << u"%HOST%/private/app:1.0"_s << u""_s << QStringList() << u""_s << u"linux/amd64"_s
        << u"auth"_s << u"auth"_s << u"grants nothing"_s
        << u"kubectl create secret docker-registry regcred"_s;
    QTest::newRow("private image with the right secret")
        << u"%HOST%/private/app:1.0"_s << u""_s << QStringList{QStringLiteral("regcred")} << good
        << u"linux/amd64"_s << u""_s << u"credentials"_s << u"matches"_s << u""_s;
    QTest::newRow("wrong password")
        << u"%HOST%/private/app:1.0"_s << u""_s << QStringList{QStringLiteral("regcred")}
        << secretDoc(QStringLiteral("regcred"),
                     QStringLiteral("%HOST%"),
                     QStringLiteral("demo"),
                     QStringLiteral("not-the-password"))
        << u"linux/amd64"_s << u"auth"_s << u"auth"_s << u"refused"_s
        << u"kubectl delete secret regcred"_s;
    QTest::newRow("wrong password breaks a public image: no anonymous fallback")
        << u"%HOST%/library/busybox:1.36"_s << u""_s << QStringList{QStringLiteral("regcred")}
        << secretDoc(QStringLiteral("regcred"),
                     QStringLiteral("%HOST%"),
                     QStringLiteral("demo"),
                     QStringLiteral("not-the-password"))
        << u"linux/amd64"_s << u"auth"_s << u"auth"_s << u"no anonymous fallback"_s
        << u"never falls back"_s;
    QTest::newRow("secret keyed for another port")
        << u"%HOST%/private/app:1.0"_s << u""_s << QStringList{QStringLiteral("regcred")}
        << secretDoc(QStringLiteral("regcred"),
                     QStringLiteral("127.0.0.1:1"),
                     QStringLiteral("demo"),
                     QStringLiteral("%PASSWORD%"))
        << u"linux/amd64"_s << u"auth"_s << u"credentials"_s << u"port"_s
        << u"--docker-server=%HOST%"_s;
    QTest::newRow("Opaque secret")
        << u"%HOST%/private/app:1.0"_s << u""_s << QStringList{QStringLiteral("regcred")}
        << secretDoc(QStringLiteral("regcred"),
                     QStringLiteral("%HOST%"),
                     QStringLiteral("demo"),
                     QStringLiteral("%PASSWORD%"),
                     QStringLiteral("Opaque"))
        << u"linux/amd64"_s << u"auth"_s << u"credentials"_s << u"Opaque"_s
        << u"docker-registry secret"_s;
    QTest::newRow("secret of the ServiceAccount")
        << u"%HOST%/private/app:1.0"_s << u""_s << QStringList()
        << good
            + QStringLiteral(
                "---\napiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: default\n"
                "  namespace: team\nimagePullSecrets:\n- name: regcred\n")
        << u"linux/amd64"_s << u""_s << u"credentials"_s << u"ServiceAccount"_s << u""_s;
    QTest::newRow("platform missing from the index")
        << u"%HOST%/demo/multiarch:1.0"_s << u""_s << QStringList() << u""_s << u"linux/s390x"_s
        << u"platform"_s << u"platform"_s << u"linux/arm64"_s << u"kubernetes.io/arch"_s;
    QTest::newRow("registry unreachable")
        << u"127.0.0.1:%CLOSED%/demo/app:1.0"_s << u""_s << QStringList() << u""_s
        << u"linux/amd64"_s << u"registry"_s << u"registry"_s << u"connection-refused"_s
        << u"reachable"_s;
    QTest::newRow("Never and absent")
        << u"%HOST%/library/busybox:1.36"_s << u"Never"_s << QStringList() << u""_s
        << u"linux/amd64"_s << u"presence"_s << u"presence"_s << u"ErrImageNeverPull"_s
        << u"IfNotPresent"_s;
}

void TestDiagnosisLab::chain()
{
    QFETCH(QString, image);
    QFETCH(QString, policy);
    QFETCH(QStringList, podSecrets);
    QFETCH(QString, extraYaml);
    QFETCH(QString, platform);
    QFETCH(QString, firstFailure);
    QFETCH(QString, evidenceStep);
    QFETCH(QString, evidenceWord);
    QFETCH(QString, mendWord);
    const auto fill = [this](QString s) {
        return s.replace(QStringLiteral("%HOST%"), m_host)
            .replace(QStringLiteral("%CLOSED%"), QString::number(m_closedPort))
            .replace(QStringLiteral("%PASSWORD%"), m_password);
    };
    const Result<Diagnosis> d =
        diagnose(podDoc(fill(image), policy, podSecrets) + fill(extraYaml), node(platform));
    QVERIFY2(d, qPrintable(d ? QString() : d.error().message));
    const QString text = allText(*d);
    QCOMPARE(d->steps.size(), Diagnosis::stepIds().size());
    const DiagnosisStep *failed = d->firstFailure();
    const QString shown = brief(*d);
    QVERIFY2((failed ? failed->id : QString()) == firstFailure, qPrintable(shown));
    if (failed) {
        // Everything after the first failure is Skipped; only the failure carries a mend.
        const qsizetype at = Diagnosis::stepIds().indexOf(failed->id);
        for (qsizetype i = at + 1; i < d->steps.size(); ++i)
            QCOMPARE(d->steps.at(i).status, DiagnosisStep::Status::Skipped);
        QVERIFY2(failed->mend, qPrintable(shown));
        const QString mend = QString::fromUtf8(QJsonDocument(failed->mend->toJson()).toJson());
        QVERIFY2(mend.contains(fill(mendWord)), qPrintable(mend));
    } else {
        for (const DiagnosisStep &s : d->steps)
            QVERIFY2(s.status == DiagnosisStep::Status::Passed, qPrintable(shown));
    }
    const DiagnosisStep *step = d->step(evidenceStep);
    QVERIFY(step);
    const QString evidence =
        step->summary + QLatin1Char('\n') + step->evidence.join(QLatin1Char('\n'));
    QVERIFY2(evidence.contains(evidenceWord), qPrintable(shown));
    // No secret, ever: not the lab password, not the wrong one a secret carried.
    QVERIFY2(!text.contains(m_password), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("not-the-password")), qPrintable(text));
}

void TestDiagnosisLab::tlsUnknownCaThenCertDir()
{
    const QString host = m_tls->registry().hostPort();
    const QString yaml = podDoc(host + QStringLiteral("/library/busybox:1.36"), QString(), {});
    RegistryHostOptions verify;
    const Result<Diagnosis> unknown = diagnose(yaml, node(), verify, host);
    QVERIFY2(unknown, qPrintable(unknown ? QString() : unknown.error().message));
    const DiagnosisStep *failed = unknown->firstFailure();
    QVERIFY2(failed && failed->id == QLatin1String("registry"), qPrintable(brief(*unknown)));
    QVERIFY2(failed->mend && failed->mend->kind == DiagnosisMend::Kind::NodeSetting,
             qPrintable(brief(*unknown)));
    QVERIFY2(failed->mend->commands.join(QLatin1Char('\n')).contains(QStringLiteral("ca.crt")),
             qPrintable(brief(*unknown)));

    RegistryHostOptions withCa;
    withCa.certDir = m_tls->registry().certDir();
    const Result<Diagnosis> trusted = diagnose(yaml, node(), withCa, host);
    QVERIFY2(trusted, qPrintable(trusted ? QString() : trusted.error().message));
    QVERIFY2(!trusted->firstFailure(), qPrintable(brief(*trusted)));
    const DiagnosisStep *registry = trusted->step(QStringLiteral("registry"));
    QVERIFY2(registry->evidence.join(QLatin1Char('\n')).contains(withCa.certDir),
             qPrintable(brief(*trusted)));
}

void TestDiagnosisLab::presentUnderIfNotPresentNeedsNoRegistry()
{
    // The image in the node's store, pulled by Pullscope (as the simulated kubelet pulls).
    NodeProfile n = node();
    n.storePath = m_dir->filePath(QStringLiteral("store"));
    ContentStore store(n.storePath);
    QVERIFY(store.initialize());
    const BlobInfo manifest = m_lab->images().busybox.manifest;
    const Digest digest = *Digest::parse(manifest.digest);
    QFile blob(m_lab->layoutPath() + QStringLiteral("/blobs/sha256/") + digest.encoded());
    QVERIFY(blob.open(QIODevice::ReadOnly));
    QVERIFY(store.writeBlob(blob.readAll(), digest));
    const QString reference = m_host + QStringLiteral("/private/app:9.9");
    QVERIFY(store.addImage(reference,
                           manifest.mediaType,
                           digest,
                           manifest.size,
                           {QStringLiteral("linux/amd64")}));
    const QString yaml = podDoc(reference, QStringLiteral("IfNotPresent"), {});

    // NeverVerify: present is present; a private image with no secret never meets the registry.
    n.kubelet.imagePullCredentialsVerificationPolicy = QStringLiteral("NeverVerify");
    const Result<Diagnosis> trusted = diagnose(yaml, n);
    QVERIFY2(trusted, qPrintable(trusted ? QString() : trusted.error().message));
    QVERIFY2(!trusted->firstFailure(), qPrintable(brief(*trusted)));
    QVERIFY2(trusted->step(QStringLiteral("presence"))
                 ->summary.contains(QStringLiteral("already present on machine")),
             qPrintable(brief(*trusted)));
    for (const QString &id :
         {QStringLiteral("registry"), QStringLiteral("auth"), QStringLiteral("blobs")})
        QCOMPARE(trusted->step(id)->status, DiagnosisStep::Status::Skipped);

    // The default policy re-verifies images the kubelet pulled (KEP-2535,
    // docs/reference/kubelet-image-pull.md §12.10): this pod has no credential for the private
    // image, so the verification pull is refused.
    n.kubelet.imagePullCredentialsVerificationPolicy = QStringLiteral("NeverVerifyPreloadedImages");
    const Result<Diagnosis> verified = diagnose(yaml, n);
    QVERIFY2(verified && verified->firstFailure(),
             qPrintable(verified ? brief(*verified) : verified.error().message));
    QCOMPARE(verified->firstFailure()->id, QStringLiteral("auth"));
    QVERIFY2(verified->step(QStringLiteral("presence"))->summary.contains(QStringLiteral("verify")),
             qPrintable(brief(*verified)));

    // Never with the same record: no pull, but the kubelet may refuse (a warning, not a failure).
    const Result<Diagnosis> never = diagnose(podDoc(reference, QStringLiteral("Never"), {}), n);
    QVERIFY2(never && !never->firstFailure(),
             qPrintable(never ? brief(*never) : never.error().message));
    QCOMPARE(never->step(QStringLiteral("presence"))->status, DiagnosisStep::Status::Warning);
}

void TestDiagnosisLab::cancelFinishesOnce()
{
    const QString path = m_dir->filePath(QStringLiteral("cancel.yaml"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(podDoc(m_host + QStringLiteral("/library/busybox:1.36"), QString(), {}).toUtf8());
    file.close();
    const Result<KubeWorkspace> ws = KubeWorkspace::load({path});
    QVERIFY(ws);
    const Result<DiagnosisTarget> target = DiagnosisTarget::find(*ws, QString(), QString());
    QVERIFY(target);
    QNetworkAccessManager network;
    RealClock clock;
    RegistryClient client(&network, &clock);
    DiagnosisJob job(&client, *ws, *target->object, target->container, node());
    QSignalSpy finished(&job, &DiagnosisJob::finished);
    job.start();
    job.cancel();
    QVERIFY(finished.wait(10000));
    QTest::qWait(200);
    QCOMPARE(finished.size(), 1);
    QVERIFY(!job.result());
    QCOMPARE(job.result().error().code, ErrorCode::Cancelled);
}

void TestDiagnosisLab::providerPluginCredentials_data()
{
    QTest::addColumn<QString>("password"); // what the plugin answers
    QTest::addColumn<QString>("firstFailure");
    QTest::newRow("right credentials") << m_password << QString();
    QTest::newRow("wrong credentials") << u"plugin-wrong-password"_s << u"auth"_s;
}

void TestDiagnosisLab::providerPluginCredentials()
{
    // A real executable of the tests' own speaking the exec API (credentialprovider.kubelet.k8s.io
    // v1), answering with $PROVIDER_USERNAME / $PROVIDER_PASSWORD from the config's env.
    QFETCH(QString, password);
    QFETCH(QString, firstFailure);
    const QString config = m_dir->filePath(QStringLiteral("providers.yaml"));
    QFile file(config);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QStringLiteral("apiVersion: kubelet.config.k8s.io/v1\n"
                              "kind: CredentialProviderConfig\n"
                              "providers:\n"
                              "- name: pullscope-kubelet-test-provider\n"
                              "  matchImages: [\"%1\"]\n"
                              "  defaultCacheDuration: 0s\n"
                              "  apiVersion: credentialprovider.kubelet.k8s.io/v1\n"
                              "  env:\n"
                              "  - {name: PROVIDER_USERNAME, value: demo}\n"
                              "  - {name: PROVIDER_PASSWORD, value: \"%2\"}\n")
                   .arg(m_host, password)
                   .toUtf8());
    file.close();
    NodeProfile n = node();
    n.credentialProviderConfigPath = config;
    n.credentialProviderBinDir = QStringLiteral(PROVIDER_DIR);
    const Result<Diagnosis> d =
        diagnose(podDoc(m_host + QStringLiteral("/private/app:1.0"), QString(), {}), n);
    QVERIFY2(d, qPrintable(d ? QString() : d.error().message));
    const DiagnosisStep *failed = d->firstFailure();
    QVERIFY2((failed ? failed->id : QString()) == firstFailure, qPrintable(brief(*d)));
    const QString credentials =
        d->step(QStringLiteral("credentials"))->evidence.join(QLatin1Char('\n'));
    QVERIFY2(credentials.contains(QStringLiteral("answered with 1 credential")),
             qPrintable(credentials));
    QVERIFY2(d->step(QStringLiteral("auth"))
                 ->evidence.join(QLatin1Char('\n'))
                 .contains(QStringLiteral("provider")),
             qPrintable(brief(*d)));
    QVERIFY2(!allText(*d).contains(password), qPrintable(brief(*d)));
}

QTEST_GUILESS_MAIN(TestDiagnosisLab)
#include "tst_diagnosis_lab.moc"
