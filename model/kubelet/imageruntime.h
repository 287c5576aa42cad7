// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/core/error.h"
#include "model/core/result.h"
#include "model/kubelet/podcredential.h"
#include "model/kubelet/runtimeerrortext.h"
#include "model/reference/platform.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class PendingWork;
class PullService;
class RealClock;
class RegistryClient;
struct StoredImage;

// The container runtime's image service as the kubelet sees it through the CRI: ImageStatus
// from the node's content store, PullImage through Pullscope's pull engine into that store
// (or, dry, resolving the manifest for the node's platform only), with containerd's error
// texts. PullImage tries the pod's credentials in keyring order as kuberuntime PullImage does
// (docs/reference/kubelet-image-pull.md §4.7): the first success wins, no anonymous fallback once
// one matched. Lives on the simulator's thread; pulls run on PullService threads, and the store
// is read on a worker thread (readStore()).
class ImageRuntime : public QObject
{
    Q_OBJECT
public:
    // What ImageStatus found: an empty imageRef means absent.
    struct Status
    {
        QString imageRef; // "docker.io/library/busybox@sha256:..."
        qint64 size = 0;
    };

    // What one PullImage call ended with.
    struct Outcome
    {
        bool ok = false;
        QString imageRef;
        qint64 size = 0;
        QString errorText; // the runtime's error text (aggregate "[e1, e2]" for several)
        Error error; // the last attempt's engine error
        std::optional<PodCredential> credential; // the one that worked; none when anonymous
        qint64 durationMs = 0; // real time the runtime took
    };

    // client provides the network, the real clock and per-host options (TLS, CA, scheme);
    // pending counts this runtime's pulls.
    ImageRuntime(RegistryClient *client, PendingWork *pending, QObject *parent = nullptr);
    ~ImageRuntime() override;

    // The node's store (created when missing) and platform; dry resolves manifests only.
    void configure(const QString &storePath, const Platform &platform, bool dryRun);

    // Reads the node's store on a worker thread (once per configure(), counted as pending
    // work), then calls ready on this thread: at once when it was read already.
    void readStore(std::function<void()> ready);
    // CRI ImageStatus for an image with its default tag applied: present in the store (or
    // pulled dry in this run) under its normalized reference or digest. Reads the store on
    // the calling thread when readStore() has not (never on the GUI thread).
    Result<Status> imageStatus(const QString &image);
    // CRI PullImage with each credential in order (anonymous when the list is empty); done
    // is called exactly once, on a later turn of the event loop.
    void pullImage(const QString &image,
                   const PodCredentialList &credentials,
                   std::function<void(const Outcome &)> done);

private:
    struct Attempt;
    void runAttempt(std::shared_ptr<Attempt> attempt);
    void attemptFinished(std::shared_ptr<Attempt> attempt, Result<Status> result);
    void describeFailure(std::shared_ptr<Attempt> attempt, const Error &error);
    RegistryClient *clientFor(const std::optional<PodCredential> &credential);
    PullService *serviceFor(const std::optional<PodCredential> &credential, const QString &host);
    void loadStore();
    void adoptStore(const QList<StoredImage> &images);

    RegistryClient *m_base;
    PendingWork *m_pending;
    std::unique_ptr<RealClock> m_realClock;
    QString m_storePath;
    Platform m_platform;
    bool m_dryRun = false;
    bool m_storeLoaded = false;
    bool m_storeReading = false;
    quint64 m_storeGeneration = 0; // bumped by configure(): a read of the old store is dropped
    QList<std::function<void()>> m_storeWaiters;
    QHash<QString, Status> m_present; // normalized reference -> status (store + dry pulls)
    QHash<QString, Status> m_byDigest; // "name@digest" -> status
    QHash<QString, QString> m_keys; // image as given -> its key in m_present or m_byDigest
    QHash<QString, RegistryClient *> m_clients; // per credential (dry mode)
    QHash<QString, PullService *> m_services; // per credential (real pulls)
    QHash<QString, RuntimeErrorText::Context> m_challenges; // per host: auth scheme, realm
};
