// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/core/realclock.h"
#include "model/core/virtualclock.h"
#include "model/kubelet/containerstatus.h"
#include "model/kubelet/kubeletsimulator.h"
#include "model/kubelet/nodeprofile.h"
#include "model/registry/registryclient.h"

#include <QHash>
#include <QNetworkAccessManager>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

class Lab;

// Runs Pod YAML on a simulated kubelet against a lab registry, on a VirtualClock with the
// pod worker's jitter off (every requeue exactly 10 s), and gives the events back as compact
// lines "<seconds> <Type> <Reason> <message>" with the registry's host:port written HOST, the
// token realm REALM, its service SERVICE, pull durations "<d>" and image sizes "<n>". YAML may
// write HOST for the registry and AUTH(user:password) for a docker config JSON. Main thread.
class SimulationHarness
{
public:
    explicit SimulationHarness(Lab &lab);
    ~SimulationHarness();

    // The node: defaults, an empty store in a temporary folder.
    NodeProfile node;
    // Resolve manifests only (KubeletSimulator::setDryRun).
    bool dryRun = false;
    // The pod worker's requeue jitter factor (KubeletSimulator::setSyncJitter); 0 by default.
    double jitter = 0;

    // Admits and runs every pod of yaml (a pod listed in delays starts that many ms later) for
    // forMs of virtual time; false when the run did not finish within a minute of real time.
    bool run(const QString &yaml, qint64 forMs, const QHash<QString, qint64> &delays = {});
    // Pulls reference (HOST allowed) into the node's store anonymously, as a preloaded image.
    bool preload(const QString &reference);

    // Events of pod ("namespace/name"; every pod when empty), compact and normalized.
    QStringList events(const QString &pod = QString()) const;
    // Seconds of every event of pod with this reason.
    QList<qint64> timesOf(const QString &reason, const QString &pod = QString()) const;
    // The status of one container.
    SimContainerStatus container(const QString &pod, const QString &name) const;
    // Replaces the lab's addresses by HOST, REALM and SERVICE.
    QString normalize(const QString &text) const;
    // Replaces HOST and AUTH(user:password) in YAML.
    QString expand(const QString &yaml) const;

    KubeletSimulator &simulator() { return *m_simulator; }

    QString host() const { return m_host; }

private:
    Lab &m_lab;
    QString m_host;
    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    RealClock m_realClock;
    RegistryClient m_client;
    VirtualClock m_clock;
    std::unique_ptr<KubeletSimulator> m_simulator;
};
