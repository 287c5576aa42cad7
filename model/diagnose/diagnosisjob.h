// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/auth/dockerkeyring.h"
#include "model/core/result.h"
#include "model/diagnose/credentialplan.h"
#include "model/diagnose/diagnosis.h"
#include "model/diagnose/presencecheck.h"
#include "model/kube/containerspec.h"
#include "model/kube/kubeobject.h"
#include "model/kube/kubeworkspace.h"
#include "model/kubelet/nodeprofile.h"
#include "model/reference/imagereference.h"
#include "model/reference/pullpolicy.h"

#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

class AuthProbe;
class BlobProbe;
class ManifestProbe;
class ProbeClients;
class ReachabilityProbe;
class RegistryClient;

// Asks "why does this container's image not pull on this node?" and walks the kubelet's chain:
// the reference parses, the pull policy and why, the image on the node, the credentials that
// apply, the registry is reachable, it lets the pod pull, the tag exists, the node's platform is
// in the image, the blobs are there. The local steps come from the workspace and the node
// profile (the node's store and credential files are read on a worker thread); the network steps
// talk to the real registry as the node would, with only the keyring's credentials. The first
// failed step carries the mend; later steps are Skipped. No secret ever appears in the Diagnosis.
// start() begins; finished() is emitted exactly once, never inside start(); result() is an Error
// only when cancelled. Main thread.
class DiagnosisJob : public QObject
{
    Q_OBJECT
public:
    // client supplies the network, clock, timeout and TLS options (its credentials are never
    // used) and must outlive the job. pod is an object of workspace; container one of its own.
    DiagnosisJob(RegistryClient *client,
                 KubeWorkspace workspace,
                 KubeObject pod,
                 ContainerSpec container,
                 NodeProfile node,
                 QObject *parent = nullptr);
    ~DiagnosisJob() override;

    void start();
    // Stops the network steps; finished() follows with a Cancelled error.
    void cancel();

    const Result<Diagnosis> &result() const { return m_result; }

Q_SIGNALS:
    // The chain so far, after each step (for live displays).
    void stepFinished(const DiagnosisStep &step);
    void finished(QPrivateSignal);

private:
    void runLocalSteps();
    void runCredentialSteps(const PresenceCheck::Outcome &presence,
                            const CredentialPlan::Outcome &plan);
    void runProvider(int index);
    void recordCredentials();
    void probeRegistry();
    void probeAuth();
    void probeManifest();
    void probeBlobs();
    void record(const DiagnosisStep &step);
    const KubeFile *podFile() const;
    QString registryHost() const;
    void conclude();
    void finish(Result<Diagnosis> result);

    RegistryClient *m_client;
    KubeWorkspace m_workspace;
    KubeObject m_pod;
    ContainerSpec m_container;
    NodeProfile m_node;

    Diagnosis m_diagnosis;
    std::optional<ImageReference> m_reference;
    CredentialPlan::Outcome m_plan;
    DockerKeyring m_providerKeyring; // every plugin's answer, merged as the kubelet merges them
    std::unique_ptr<ProbeClients> m_clients;
    QPointer<ReachabilityProbe> m_reachability;
    QPointer<AuthProbe> m_auth;
    QPointer<ManifestProbe> m_manifest;
    QPointer<BlobProbe> m_blobs;
    bool m_contactsRegistry = true;
    bool m_started = false;
    bool m_done = false;
    Result<Diagnosis> m_result = Diagnosis();
};
