// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/kubelet/imageruntime.h"

#include "model/cache/contentstore.h"
#include "model/core/background.h"
#include "model/core/realclock.h"
#include "model/kubelet/pendingwork.h"
#include "model/pull/pullservice.h"
#include "model/registry/inspectjob.h"
#include "model/registry/pingjob.h"
#include "model/registry/registryclient.h"

#include <QSet>

namespace {
QString credentialKey(const std::optional<PodCredential> &c)
{
    // In memory only; never shown or logged.
    return c ? c->username + QChar(0) + c->password : QString();
}

CredentialSources sourcesFor(const std::optional<PodCredential> &c)
{
    // Only what the kubelet hands the runtime: never the desktop user's own credentials.
    CredentialSources s;
    if (c) {
        s.hasExplicit = true;
        s.explicitUsername = c->username;
        s.explicitSecret = c->password;
        s.explicitOrigin = c->source;
    }
    return s;
}

// The node's images; none when the store cannot be made or read (as containerd with an empty
// content store). A blocking read: a worker thread's, or the CLI's.
QList<StoredImage> storedImages(const QString &storePath)
{
    if (storePath.isEmpty())
        return {};
    ContentStore store(storePath);
    if (!store.initialize())
        return {};
    Result<QList<StoredImage>> images = store.images();
    return images ? *images : QList<StoredImage>();
}

QString nameAtDigest(const ImageReference &ref, const Digest &digest)
{
    return ref.trimmed().toString() + QLatin1Char('@') + digest.toString();
}

// k8s.io/apimachinery util/errors aggregate.Error(): one message alone, several de-duplicated
// in brackets (the rendering in events is UNVERIFIED, docs/reference/kubelet-image-pull.md §4.7).
QString aggregate(const QStringList &errors)
{
    QStringList unique;
    for (const QString &e : errors) {
        if (!unique.contains(e))
            unique << e;
    }
    if (unique.size() == 1)
        return unique.first();
    return QLatin1Char('[') + unique.join(QStringLiteral(", ")) + QLatin1Char(']');
}
} // namespace

struct ImageRuntime::Attempt
{
    QString image;
    ImageReference reference;
    PodCredentialList credentials;
    int index = 0;
    QStringList errors;
    Error lastError;
    QElapsedTimer timer;
    std::function<void(const Outcome &)> done;

    std::optional<PodCredential> credential() const
    {
        if (credentials.isEmpty())
            return std::nullopt;
        return credentials.at(index);
    }
};

ImageRuntime::ImageRuntime(RegistryClient *client, PendingWork *pending, QObject *parent)
    : QObject(parent)
    , m_base(client)
    , m_pending(pending)
    , m_realClock(std::make_unique<RealClock>())
{}

ImageRuntime::~ImageRuntime()
{
    qDeleteAll(m_services);
    qDeleteAll(m_clients);
}

void ImageRuntime::configure(const QString &storePath, const Platform &platform, bool dryRun)
{
    m_storePath = storePath;
    m_platform = platform;
    m_dryRun = dryRun;
    m_storeLoaded = false;
    ++m_storeGeneration;
    m_present.clear();
    m_byDigest.clear();
}

void ImageRuntime::readStore(std::function<void()> ready)
{
    if (m_storeLoaded) {
        ready();
        return;
    }
    m_storeWaiters.append(std::move(ready));
    if (m_storeReading)
        return;
    m_storeReading = true;
    m_pending->begin(); // virtual time waits for the read
    Background::run(
        this,
        [path = m_storePath] {
            return storedImages(path);
        },
        [this, generation = m_storeGeneration](const QList<StoredImage> &images) {
            m_storeReading = false;
            if (generation == m_storeGeneration && !m_storeLoaded) {
                adoptStore(images);
                const QList<std::function<void()>> waiters = std::exchange(m_storeWaiters, {});
                for (const std::function<void()> &w : waiters)
                    w();
            } else if (!m_storeLoaded && !m_storeWaiters.isEmpty()) {
                // configure() changed the store meanwhile: read the new one.
                const QList<std::function<void()>> waiters = std::exchange(m_storeWaiters, {});
                for (const std::function<void()> &w : waiters)
                    readStore(w);
            }
            m_pending->end();
        });
}

void ImageRuntime::loadStore()
{
    if (!m_storeLoaded)
        adoptStore(storedImages(m_storePath));
}

void ImageRuntime::adoptStore(const QList<StoredImage> &images)
{
    m_storeLoaded = true;
    // Read once per run: the simulated node's images change only through its own pulls.
    for (const StoredImage &i : images) {
        const Result<ImageReference> ref = ImageReference::parseNormalized(i.reference);
        if (!ref)
            continue;
        const Status status{nameAtDigest(*ref, i.digest), i.size};
        m_present.insert(ref->toString(), status);
        m_byDigest.insert(status.imageRef, status);
    }
}

Result<ImageRuntime::Status> ImageRuntime::imageStatus(const QString &image)
{
    loadStore();
    // containerd resolves the CRI image name by its normalized reference, or by digest. The
    // key is kept per image string: every sync asks again.
    auto key = m_keys.constFind(image);
    if (key == m_keys.constEnd()) {
        const Result<ImageReference> ref = ImageReference::parseDockerRef(image);
        if (!ref)
            return ref.error();
        key = m_keys.insert(image,
                            ref->hasDigest() ? nameAtDigest(*ref, ref->digest()) : ref->toString());
    }
    const auto byDigest = m_byDigest.constFind(*key);
    if (byDigest != m_byDigest.constEnd())
        return *byDigest;
    return m_present.value(*key);
}

RegistryClient *ImageRuntime::clientFor(const std::optional<PodCredential> &credential)
{
    const QString key = credentialKey(credential);
    RegistryClient *&client = m_clients[key];
    if (!client) {
        // A real clock: registry timeouts and token lifetimes are real time even when the
        // simulation runs on a virtual one.
        client = new RegistryClient(m_base->network(), m_realClock.get());
        client->setCredentialSources(sourcesFor(credential));
        client->setTransferTimeoutMs(m_base->transferTimeoutMs());
    }
    return client;
}

PullService *ImageRuntime::serviceFor(const std::optional<PodCredential> &credential,
                                      const QString &host)
{
    PullService *&service = m_services[credentialKey(credential)];
    if (!service)
        service = new PullService(m_storePath, sourcesFor(credential));
    service->setHostOptions(host, m_base->optionsFor(host));
    return service;
}

void ImageRuntime::pullImage(const QString &image,
                             const PodCredentialList &credentials,
                             std::function<void(const Outcome &)> done)
{
    auto attempt = std::make_shared<Attempt>();
    attempt->image = image;
    attempt->credentials = credentials;
    attempt->done = std::move(done);
    attempt->timer.start();
    const Result<ImageReference> ref = ImageReference::parseNormalized(image);
    m_pending->begin();
    if (!ref) {
        // The image manager parsed it already; kept for a direct caller.
        QMetaObject::invokeMethod(
            this,
            [this, attempt, e = ref.error()] {
                attempt->lastError = e;
                attempt->errors << e.message;
                attemptFinished(attempt, e);
            },
            Qt::QueuedConnection);
        return;
    }
    attempt->reference = *ref;
    runAttempt(attempt);
}

void ImageRuntime::runAttempt(std::shared_ptr<Attempt> attempt)
{
    const std::optional<PodCredential> credential = attempt->credential();
    const ImageReference &ref = attempt->reference;
    if (m_dryRun) {
        RegistryClient *client = clientFor(credential);
        client->setHostOptions(ref.domain(), m_base->optionsFor(ref.domain()));
        auto *job = new InspectJob(client, ref, this);
        job->setPlatform(m_platform);
        connect(job, &InspectJob::finished, this, [this, job, attempt] {
            job->deleteLater();
            const Result<InspectResult> &r = job->result();
            if (!r) {
                describeFailure(attempt, r.error());
                return;
            }
            const Status status{nameAtDigest(attempt->reference, r->top.digest()),
                                r->manifest.config().size + r->manifest.layersSize()};
            m_present.insert(attempt->reference.toString(), status);
            m_byDigest.insert(status.imageRef, status);
            attemptFinished(attempt, status);
        });
        job->start();
        return;
    }
    PullService *service = serviceFor(credential, ref.domain());
    PullOptions options;
    options.platforms = PullOptions::Platforms::Given;
    options.platform = m_platform;
    const int id = service->pull(ref, options);
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection =
        connect(service,
                &PullService::pullFinished,
                this,
                [this, id, attempt, connection](int finishedId, const Result<PullResult> &result) {
                    if (finishedId != id)
                        return;
                    disconnect(*connection);
                    if (!result) {
                        describeFailure(attempt, result.error());
                        return;
                    }
                    const Status status{nameAtDigest(attempt->reference, result->digest),
                                        result->totalBytes};
                    m_present.insert(attempt->reference.toString(), status);
                    m_byDigest.insert(status.imageRef, status);
                    attemptFinished(attempt, status);
                });
}

void ImageRuntime::describeFailure(std::shared_ptr<Attempt> attempt, const Error &error)
{
    const ImageReference &ref = attempt->reference;
    const QString host = ref.domain();
    const bool authFailure =
        error.code == ErrorCode::Unauthorized || error.code == ErrorCode::Denied;
    if (authFailure && !m_challenges.contains(host)) {
        // containerd's wording depends on the registry's challenge (bearer or basic) and its
        // token realm: ask once per host, anonymously.
        RegistryClient *anonymous = clientFor(std::nullopt);
        anonymous->setHostOptions(host, m_base->optionsFor(host));
        auto *ping = new PingJob(anonymous, host, this);
        connect(ping, &PingJob::finished, this, [this, ping, attempt, error, host] {
            ping->deleteLater();
            RuntimeErrorText::Context challenge;
            if (const Result<PingResult> &r = ping->result()) {
                challenge.authScheme = r->authScheme;
                challenge.realm = r->realm;
                challenge.service = r->service;
            }
            m_challenges.insert(host, challenge);
            describeFailure(attempt, error);
        });
        ping->start();
        return;
    }
    RuntimeErrorText::Context c = m_challenges.value(host);
    c.fullReference = ref.toString();
    c.host = host;
    c.baseUrl = m_base->baseUrl(host).toString();
    c.repositoryPath = ref.path();
    c.manifestReference = ref.hasDigest() ? ref.digest().toString() : ref.tag();
    c.anonymous = !attempt->credential().has_value();
    attempt->lastError = error;
    attempt->errors << RuntimeErrorText::containerd(error, c);
    attemptFinished(attempt, error);
}

void ImageRuntime::attemptFinished(std::shared_ptr<Attempt> attempt, Result<Status> result)
{
    if (!result && attempt->index + 1 < attempt->credentials.size()) {
        ++attempt->index; // kuberuntime PullImage: the next credential in keyring order
        runAttempt(attempt);
        return;
    }
    Outcome outcome;
    outcome.durationMs = attempt->timer.elapsed();
    if (result) {
        outcome.ok = true;
        outcome.imageRef = result->imageRef;
        outcome.size = result->size;
        outcome.credential = attempt->credential();
    } else {
        outcome.error = attempt->lastError;
        outcome.errorText = aggregate(attempt->errors);
    }
    attempt->done(outcome);
    m_pending->end();
}
