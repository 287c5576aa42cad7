// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulationharness.h"

#include "model/cache/contentstore.h"
#include "model/kube/kubereader.h"
#include "model/kube/kubeworkspace.h"
#include "model/pull/pulljob.h"
#include "tests/support/lab.h"
#include "tests/support/tokenissuer.h"

#include <QEventLoop>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTimer>

SimulationHarness::SimulationHarness(Lab &lab)
    : m_lab(lab)
    , m_host(lab.registry().hostPort())
    , m_client(&m_network, &m_realClock)
{
    node = NodeProfile::defaultProfile();
    node.storePath = m_dir.filePath(QStringLiteral("store"));
}

SimulationHarness::~SimulationHarness() = default;

QString SimulationHarness::expand(const QString &yaml) const
{
    QString out = yaml;
    out.replace(QStringLiteral("HOST"), m_host);
    static const QRegularExpression auth(QStringLiteral("AUTH\\(([^:)]*):([^)]*)\\)"));
    for (auto it = auth.globalMatch(out); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString json =
            QStringLiteral("{\"auths\":{\"%1\":{\"auth\":\"%2\"}}}")
                .arg(m_host,
                     QString::fromLatin1(
                         (m.captured(1) + QLatin1Char(':') + m.captured(2)).toUtf8().toBase64()));
        out.replace(m.captured(0), QLatin1Char('\'') + json + QLatin1Char('\''));
    }
    return out;
}

QString SimulationHarness::normalize(const QString &text) const
{
    QString out = text;
    if (TokenIssuer *issuer = m_lab.registry().tokenIssuer()) {
        out.replace(issuer->realm().toString(), QStringLiteral("REALM"));
        out.replace(QStringLiteral("service=") + issuer->service(),
                    QStringLiteral("service=SERVICE"));
    }
    out.replace(m_host, QStringLiteral("HOST"));
    static const QRegularExpression pulled(QStringLiteral(
        "in [0-9.hms]+ \\([0-9.hms]+ including waiting\\)\\. Image size: \\d+ bytes"));
    out.replace(pulled, QStringLiteral("in <d> (<d> including waiting). Image size: <n> bytes"));
    return out;
}

bool SimulationHarness::run(const QString &yaml, qint64 forMs, const QHash<QString, qint64> &delays)
{
    KubeWorkspace workspace;
    workspace.addFile(KubeReader::read(expand(yaml).toUtf8(), QStringLiteral("pods.yaml")));
    m_simulator = std::make_unique<KubeletSimulator>(&m_client, &m_clock);
    m_simulator->setSyncJitter(jitter, 7);
    m_simulator->setNode(node);
    m_simulator->setDryRun(dryRun);
    m_simulator->setWorkspace(workspace);
    for (const KubeObject *pod : workspace.podObjects())
        m_simulator->runPod(*pod, delays.value(pod->name.value));
    QSignalSpy finished(m_simulator.get(), &KubeletSimulator::finished);
    m_simulator->runFor(forMs);
    return finished.wait(60'000) && finished.count() == 1;
}

bool SimulationHarness::preload(const QString &reference)
{
    ContentStore store(node.storePath);
    if (!store.initialize())
        return false;
    PullOptions options;
    options.platforms = PullOptions::Platforms::Given;
    options.platform = node.platform;
    RegistryClient anonymous(&m_network, &m_realClock);
    anonymous.setCredentialSources(CredentialSources());
    QString ref = reference;
    ref.replace(QStringLiteral("HOST"), m_host);
    PullJob job(&anonymous, &store, *ImageReference::parseNormalized(ref), options);
    QSignalSpy finished(&job, &PullJob::finished);
    job.start();
    return finished.wait(60'000) && job.result().has_value();
}

QStringList SimulationHarness::events(const QString &pod) const
{
    QStringList out;
    for (const KubeletEvent &e : m_simulator->events()) {
        if (!pod.isEmpty() && e.pod != pod)
            continue;
        out << QStringLiteral("%1 %2 %3 %4")
                   .arg(e.timeMs / 1000)
                   .arg(e.type, e.reason, normalize(e.message));
    }
    return out;
}

QList<qint64> SimulationHarness::timesOf(const QString &reason, const QString &pod) const
{
    QList<qint64> out;
    for (const KubeletEvent &e : m_simulator->events()) {
        if (e.reason == reason && (pod.isEmpty() || e.pod == pod))
            out << e.timeMs / 1000;
    }
    return out;
}

SimContainerStatus SimulationHarness::container(const QString &pod, const QString &name) const
{
    for (const SimContainerStatus &s : m_simulator->containers()) {
        if (s.pod == pod && s.container == name)
            return s;
    }
    return {};
}
