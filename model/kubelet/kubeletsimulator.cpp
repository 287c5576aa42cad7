// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/kubelet/kubeletsimulator.h"

#include "model/auth/kubeletdockerconfig.h"
#include "model/core/clock.h"
#include "model/core/logging.h"
#include "model/kubelet/eventrecorder.h"
#include "model/kubelet/imagemanager.h"
#include "model/kubelet/imagepuller.h"
#include "model/kubelet/imageruntime.h"
#include "model/kubelet/pendingwork.h"
#include "model/kubelet/podadmission.h"
#include "model/kubelet/podkeyring.h"
#include "model/kubelet/podworker.h"
#include "model/kubelet/providerkeyring.h"
#include "model/kubelet/simulationdriver.h"

#include <QFile>
#include <QFileInfo>
#include <QPointer>

KubeletSimulator::KubeletSimulator(RegistryClient *client, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_node(NodeProfile::defaultProfile())
    , m_pending(std::make_unique<PendingWork>())
    , m_recorder(std::make_unique<EventRecorder>(clock))
    , m_runtime(new ImageRuntime(client, m_pending.get(), this))
    , m_puller(new ImagePuller(m_runtime, clock, m_pending.get(), this))
    , m_images(new ImageManager(m_runtime, m_puller, m_recorder.get(), clock, this))
    , m_providers(new ProviderKeyring(m_pending.get(), this))
    , m_driver(new SimulationDriver(clock, m_pending.get(), this))
{
    qRegisterMetaType<KubeletEvent>();
    qRegisterMetaType<SimContainerStatus>();
    m_recorder->setListener([this](const KubeletEvent &e) {
        Q_EMIT eventRecorded(e);
    });
    connect(m_driver, &SimulationDriver::finished, this, [this] {
        Q_EMIT finished(QPrivateSignal());
    });
    configure();
}

KubeletSimulator::~KubeletSimulator()
{
    qDeleteAll(m_workers);
    m_workers.clear();
    // The parts share m_pending and m_recorder, which die before QObject deletes children:
    // delete them first, the driver and manager before what they use.
    delete m_driver;
    delete m_images;
    delete m_puller;
    delete m_providers;
    delete m_runtime;
}

void KubeletSimulator::setNode(const NodeProfile &node)
{
    m_node = node;
    m_nodeEntriesRead = false;
    configure();
    const Result<void> providers =
        m_providers->configure(node.credentialProviderConfigPath, node.credentialProviderBinDir);
    m_nodeError = providers ? Error() : providers.error();
    if (m_providers->isEmpty()) {
        m_images->setProviderLookup({});
    } else {
        m_images->setProviderLookup([this](const QString &repository, auto done) {
            m_providers->lookup(repository, std::move(done));
        });
    }
}

void KubeletSimulator::setWorkspace(const KubeWorkspace &workspace)
{
    m_workspace = workspace;
}

void KubeletSimulator::setDryRun(bool dry)
{
    m_dryRun = dry;
    configure();
}

void KubeletSimulator::setSyncJitter(double factor, quint32 seed)
{
    m_jitterFactor = factor;
    m_random.seed(seed);
}

void KubeletSimulator::configure()
{
    m_runtime->configure(m_node.storePath, m_node.platform, m_dryRun);
    m_puller->configure(m_node.kubelet.serializeImagePulls,
                        m_node.kubelet.maxParallelImagePulls,
                        m_node.kubelet.registryPullQPS,
                        m_node.kubelet.registryBurst);
    m_images->configure(m_node.kubelet, m_node.ensureSecretPulledImages(), m_node.minor());
}

qint64 KubeletSimulator::jitter(qint64 baseMs)
{
    // k8s.io/apimachinery wait.Jitter: base + rand.Float64() * factor * base.
    if (m_jitterFactor <= 0)
        return baseMs;
    return baseMs + qint64(m_random.generateDouble() * m_jitterFactor * double(baseMs));
}

QList<DockerKeyring::Entry> KubeletSimulator::nodeEntries()
{
    if (m_nodeEntriesRead)
        return m_nodeEntries;
    m_nodeEntriesRead = true;
    m_nodeEntries.clear();
    // Only the profile's file: the search of this machine's home and working directories
    // would hand the desktop user's own credentials to the simulated node.
    const QString path = m_node.nodeConfigJsonPath;
    if (path.isEmpty())
        return m_nodeEntries;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        qCInfo(lcKubelet) << "node credential file not readable:" << path;
        return m_nodeEntries;
    }
    const QByteArray bytes = f.readAll();
    const QString source = KubeletDockerConfig::nodeFileSource(path);
    const bool legacy = QFileInfo(path).fileName() == QLatin1String(".dockercfg");
    const auto entries = legacy ? KubeletDockerConfig::fromDockercfg(bytes, source)
                                : KubeletDockerConfig::fromDockerConfigJson(bytes, source);
    // ReadDockerConfigFile skips a broken file, as if it were not there.
    if (entries)
        m_nodeEntries = *entries;
    else
        qCInfo(lcKubelet) << "node credential file skipped:" << path << entries.error().message;
    return m_nodeEntries;
}

bool KubeletSimulator::runPod(const KubeObject &object, qint64 startDelayMs)
{
    PodAdmission::Options options;
    options.serviceAccount = m_node.serviceAccountAdmission;
    options.alwaysPullImages = m_node.alwaysPullImagesAdmission;
    const Result<AdmittedPod> pod = PodAdmission::admit(object, m_workspace, options);
    if (!pod) {
        m_rejections << Rejection{object.effectiveNamespace() + QLatin1Char('/')
                                      + object.name.value,
                                  pod.error().message};
        return false;
    }
    const QList<DockerKeyring::Entry> node = nodeEntries();
    auto *worker = new PodWorker(
        *pod,
        m_images,
        m_recorder.get(),
        m_clock,
        [this, node](const AdmittedPod &p) {
            return std::make_shared<const PodKeyring>(p, m_workspace, node);
        },
        [this](qint64 base) {
            return jitter(base);
        });
    connect(worker, &PodWorker::containerChanged, this, &KubeletSimulator::containerChanged);
    m_workers << worker;
    // The first sync asks the store what is present: it is read off this thread first (virtual
    // time waits for it, see ImageRuntime::readStore).
    m_runtime->readStore([worker = QPointer<PodWorker>(worker), startDelayMs] {
        if (worker)
            worker->start(startDelayMs);
    });
    return true;
}

void KubeletSimulator::runFor(qint64 ms)
{
    m_driver->runUntil(m_clock->nowMs() + ms);
}

void KubeletSimulator::stop()
{
    m_driver->stop();
}

void KubeletSimulator::retryNow(const QString &pod)
{
    for (PodWorker *w : std::as_const(m_workers)) {
        if (w->pod().key() == pod) {
            m_runtime->readStore([w = QPointer<PodWorker>(w)] {
                if (w)
                    w->retryNow();
            });
        }
    }
}

QList<KubeletEvent> KubeletSimulator::events() const
{
    return m_recorder->events();
}

QList<SimContainerStatus> KubeletSimulator::containers() const
{
    QList<SimContainerStatus> out;
    for (const PodWorker *w : m_workers)
        out << w->statuses();
    return out;
}

qint64 KubeletSimulator::elapsedMs() const
{
    return m_recorder->elapsedMs();
}

int KubeletSimulator::peakConcurrentPulls() const
{
    return m_puller->peakConcurrent();
}

int KubeletSimulator::throttledPulls() const
{
    return m_puller->throttled();
}
