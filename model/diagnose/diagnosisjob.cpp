// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/diagnose/diagnosisjob.h"

#include "model/auth/credentialproviderplugin.h"
#include "model/core/background.h"
#include "model/core/redaction.h"
#include "model/core/tr.h"
#include "model/diagnose/authprobe.h"
#include "model/diagnose/blobprobe.h"
#include "model/diagnose/credentialmend.h"
#include "model/diagnose/manifestprobe.h"
#include "model/diagnose/mendfactory.h"
#include "model/diagnose/policycheck.h"
#include "model/diagnose/presencecheck.h"
#include "model/diagnose/probeclients.h"
#include "model/diagnose/reachabilityprobe.h"
#include "model/diagnose/referencecheck.h"
#include "model/registry/registryclient.h"

namespace {
// Passwords shorter than this are not scrubbed from the text (they would mangle ordinary
// words); nothing prints a password in the first place, the scrub is a second line of defence.
constexpr int kMinScrubbedLength = 4;

QString scrub(QString text, const QStringList &secrets)
{
    for (const QString &s : secrets)
        text.replace(s, QString::fromUtf16(Redaction::placeholder));
    return text;
}

void scrubStep(DiagnosisStep &step, const QStringList &secrets)
{
    step.summary = scrub(step.summary, secrets);
    for (QString &line : step.evidence)
        line = scrub(line, secrets);
    if (step.mend) {
        step.mend->summary = scrub(step.mend->summary, secrets);
        for (QString &c : step.mend->commands)
            c = scrub(c, secrets);
        if (step.mend->fix) {
            for (TextEdit &e : step.mend->fix->edits)
                e.replacement = scrub(e.replacement, secrets);
        }
    }
}
} // namespace

DiagnosisJob::DiagnosisJob(RegistryClient *client,
                           KubeWorkspace workspace,
                           KubeObject pod,
                           ContainerSpec container,
                           NodeProfile node,
                           QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_workspace(std::move(workspace))
    , m_pod(std::move(pod))
    , m_container(std::move(container))
    , m_node(std::move(node))
{
    m_diagnosis.pod = m_pod.effectiveNamespace() + QLatin1Char('/') + m_pod.name.value;
    m_diagnosis.container = m_container.name;
    m_diagnosis.image = m_container.image.value;
}

DiagnosisJob::~DiagnosisJob()
{
    // The probes' jobs hold requests of the probe clients: end them before the clients go.
    delete m_blobs;
    delete m_manifest;
    delete m_auth;
    delete m_reachability;
    m_clients.reset();
}

const KubeFile *DiagnosisJob::podFile() const
{
    return m_workspace.file(m_pod.file);
}

QString DiagnosisJob::registryHost() const
{
    return m_reference ? m_reference->domain() : QString();
}

void DiagnosisJob::record(const DiagnosisStep &step)
{
    m_diagnosis.steps.append(step);
    Q_EMIT stepFinished(step);
}

void DiagnosisJob::start()
{
    if (m_started)
        return;
    m_started = true;
    runLocalSteps();
}

void DiagnosisJob::runLocalSteps()
{
    const KubeFile *file = podFile();
    // image_manager.go EnsureImageExists order (docs/reference/kubelet-image-pull.md §2.1):
    // the default tag (the parse), the policy precheck and presence, then the credential
    // lookup; the pull follows.
    const ReferenceCheck::Outcome reference = ReferenceCheck::check(file, m_container);
    record(reference.step);
    const PolicyCheck::Outcome policy = PolicyCheck::check(file, m_container, m_node);
    record(policy.step);
    if (!reference.reference || !policy.policy) {
        conclude();
        return;
    }
    m_reference = reference.reference;

    // The store and the node's credential files are read on a worker thread: the job may run
    // on the GUI thread. The inputs are copies; the job may be gone when the answer comes.
    struct Local
    {
        PresenceCheck::Outcome presence;
        CredentialPlan::Outcome plan;
    };

    Background::run(
        this,
        [workspace = m_workspace,
         pod = m_pod,
         container = m_container,
         reference = *m_reference,
         policy = *policy.policy,
         node = m_node] {
            const KubeFile *file = workspace.file(pod.file);
            return Local{PresenceCheck::check(file, container, reference, policy, node),
                         CredentialPlan::build(workspace, pod, reference, node)};
        },
        [this](const Local &local) {
            if (!m_done)
                runCredentialSteps(local.presence, local.plan);
        });
}

void DiagnosisJob::runCredentialSteps(const PresenceCheck::Outcome &presence,
                                      const CredentialPlan::Outcome &plan)
{
    record(presence.step);
    m_plan = plan;
    m_contactsRegistry =
        presence.contactsRegistry || presence.step.status == DiagnosisStep::Status::Failed;
    if (presence.contactsRegistry && presence.step.status != DiagnosisStep::Status::Failed
        && m_plan.step.status != DiagnosisStep::Status::Failed && !m_plan.providers.isEmpty()) {
        runProvider(0);
        return;
    }
    recordCredentials();
}

void DiagnosisJob::runProvider(int index)
{
    if (index >= m_plan.providers.size()) {
        // plugins.go externalCredentialProviderKeyring: every plugin's auth map in one keyring,
        // looked up after the pod's secrets and the node file (§4.6, §5.3).
        bool viaDefault = false;
        for (const DockerKeyring::Entry &e :
             m_providerKeyring.lookup(m_reference->name(), &viaDefault)) {
            m_plan.candidates.append(
                PullCredential{e.username,
                               e.password,
                               e.source,
                               e.key,
                               Tr::tr("key \"%1\" of a plugin's answer matches").arg(e.key)});
            if (!e.password.isEmpty())
                m_plan.passwords.append(e.password);
            m_plan.step.evidence.append(
                QStringLiteral("✓ ")
                + Tr::tr("%1 key \"%2\" (user \"%3\") applies").arg(e.source, e.key, e.username));
        }
        if (!m_plan.candidates.isEmpty() && m_plan.step.status == DiagnosisStep::Status::Passed)
            m_plan.step.summary =
                Tr::tr("%n credential(s) will be tried", nullptr, int(m_plan.candidates.size()));
        recordCredentials();
        return;
    }
    const CredentialProviderConfig::Provider provider = m_plan.providers.at(index);
    auto *plugin = new CredentialProviderPlugin(provider,
                                                m_node.credentialProviderBinDir,
                                                m_client->clock(),
                                                this);
    plugin->provide(
        m_reference->name(),
        this,
        [this, plugin, index](const CredentialProviderPlugin::Outcome &outcome) {
            plugin->deleteLater();
            const QString name = CredentialProviderPlugin::sourceFor(plugin->provider().name);
            if (!outcome.failure.isEmpty()) {
                // Plugin failures are swallowed by the kubelet: logged, no credentials (§5.2).
                m_plan.step.evidence.append(
                    QStringLiteral("✗ ")
                    + Tr::tr("%1 failed, so it adds nothing: %2").arg(name, outcome.failure));
            } else {
                m_plan.step.evidence.append(Tr::tr("%1 answered with %n credential(s)",
                                                   nullptr,
                                                   int(outcome.entries.size()))
                                                .arg(name));
                for (const DockerKeyring::Entry &e : outcome.entries)
                    m_providerKeyring.add(e);
            }
            runProvider(index + 1);
        });
}

void DiagnosisJob::recordCredentials()
{
    DiagnosisStep credentials = m_plan.step;
    if (credentials.status == DiagnosisStep::Status::Failed)
        credentials.mend =
            CredentialMend::forBrokenSecret(m_plan, m_pod.effectiveNamespace(), registryHost());
    if (!m_contactsRegistry) {
        // The kubelet never reaches the lookup: the facts are shown, the outcome does not count.
        credentials.status = DiagnosisStep::Status::Skipped;
        credentials.mend.reset();
        credentials.summary = Tr::tr("not needed: the kubelet does not contact the registry (%1)")
                                  .arg(credentials.summary);
        record(credentials);
        conclude();
        return;
    }
    record(credentials);
    if (m_diagnosis.firstFailure()) {
        conclude();
        return;
    }
    probeRegistry();
}

void DiagnosisJob::probeRegistry()
{
    m_clients = std::make_unique<ProbeClients>(m_client, registryHost());
    m_reachability = new ReachabilityProbe(m_clients.get(), this);
    connect(m_reachability, &ReachabilityProbe::finished, this, [this] {
        m_reachability->deleteLater();
        record(m_reachability->step());
        if (m_reachability->step().status == DiagnosisStep::Status::Failed) {
            conclude();
            return;
        }
        probeAuth();
    });
    m_reachability->start();
}

void DiagnosisJob::probeAuth()
{
    m_auth = new AuthProbe(m_clients.get(),
                           *m_reference,
                           m_reachability->ping(),
                           m_plan.candidates,
                           this);
    connect(m_auth, &AuthProbe::finished, this, [this] {
        DiagnosisStep step = m_auth->step();
        if (step.status == DiagnosisStep::Status::Failed) {
            step.mend =
                CredentialMend::forRefusal(m_plan, *m_auth, m_pod, podFile(), registryHost());
            record(step);
            conclude();
            return;
        }
        record(step);
        probeManifest();
    });
    m_auth->start();
}

void DiagnosisJob::probeManifest()
{
    m_manifest = new ManifestProbe(m_auth->grantedClient(), *m_reference, m_node.platform, this);
    connect(m_manifest, &ManifestProbe::finished, this, [this] {
        DiagnosisStep tag = m_manifest->tagStep();
        if (tag.status == DiagnosisStep::Status::Failed) {
            DiagnosisMend mend;
            mend.kind = DiagnosisMend::Kind::YamlFix;
            const QStringList nearest = m_manifest->nearestTags();
            const Result<ImageReference> written = ImageReference::parse(m_container.image.value);
            if (!nearest.isEmpty() && written) {
                const Result<ImageReference> fixed = written->withTag(nearest.first());
                //: %1 the nearest tag, %2 all suggested tags
                mend.summary = Tr::tr("Use a tag that exists: %1 is the nearest (of %2).")
                                   .arg(nearest.first(), nearest.join(QStringLiteral(", ")));
                if (fixed && podFile())
                    mend.fix = MendFactory::setImage(*podFile(), m_container, fixed->toString());
            } else {
                mend.summary = Tr::tr("Check the repository and tag: the registry has no %1.")
                                   .arg(m_reference->toString());
            }
            tag.mend = mend;
        }
        record(tag);
        if (tag.status == DiagnosisStep::Status::Failed) {
            conclude();
            return;
        }
        record(m_manifest->platformStep());
        if (m_manifest->platformStep().status == DiagnosisStep::Status::Failed
            || !m_manifest->imageManifest()) {
            conclude();
            return;
        }
        probeBlobs();
    });
    m_manifest->start();
}

void DiagnosisJob::probeBlobs()
{
    m_blobs =
        new BlobProbe(m_auth->grantedClient(), *m_reference, *m_manifest->imageManifest(), this);
    connect(m_blobs, &BlobProbe::finished, this, [this] {
        record(m_blobs->step());
        conclude();
    });
    m_blobs->start();
}

void DiagnosisJob::conclude()
{
    Diagnosis result = m_diagnosis;
    // Every step of the chain appears once, in order; those after the first failure, or never
    // reached, are Skipped (their cheap local facts kept, their mends dropped).
    QList<DiagnosisStep> ordered;
    const DiagnosisStep *failed = m_diagnosis.firstFailure();
    const QString failedId = failed ? failed->id : QString();
    bool afterFailure = false;
    for (const QString &id : Diagnosis::stepIds()) {
        const DiagnosisStep *found = m_diagnosis.step(id);
        DiagnosisStep step = found
            ? *found
            : DiagnosisStep::make(id, Diagnosis::stepTitle(id), DiagnosisStep::Status::Skipped);
        if (afterFailure) {
            if (!found || step.status != DiagnosisStep::Status::Skipped)
                //: %1 the title of the step that failed
                step.summary = Tr::tr("not reached: \"%1\" failed").arg(failed->title);
            step.status = DiagnosisStep::Status::Skipped;
            step.mend.reset();
        } else if (!found) {
            step.summary = Tr::tr("not needed: the kubelet does not contact the registry");
        }
        if (!afterFailure && step.id == failedId)
            afterFailure = true;
        ordered.append(step);
    }
    result.steps = ordered;
    QStringList secrets;
    for (const QString &p : m_plan.passwords) {
        if (p.size() >= kMinScrubbedLength)
            secrets.append(p);
    }
    for (DiagnosisStep &step : result.steps)
        scrubStep(step, secrets);
    finish(result);
}

void DiagnosisJob::cancel()
{
    if (m_done)
        return;
    for (QObject *probe :
         std::initializer_list<QObject *>{m_reachability, m_auth, m_manifest, m_blobs}) {
        if (probe)
            probe->disconnect(this);
    }
    finish(Error(ErrorCode::Cancelled, Tr::tr("the diagnosis was cancelled")));
}

void DiagnosisJob::finish(Result<Diagnosis> result)
{
    if (m_done)
        return;
    m_done = true;
    m_result = std::move(result);
    QMetaObject::invokeMethod(
        this,
        [this] {
            Q_EMIT finished(QPrivateSignal());
        },
        Qt::QueuedConnection);
}
