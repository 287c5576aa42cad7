// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/auth/dockerkeyring.h"
#include "model/core/result.h"
#include "model/kubelet/admittedpod.h"
#include "model/kubelet/podcredential.h"

#include <QHash>
#include <QStringList>

class KubeWorkspace;

// The keyring one pod's image pulls use (docs/reference/kubelet-image-pull.md §4): its pull secrets
// (those the workspace has; missing ones are skipped and reported), then the node's docker config
// file entries; provider plugins' entries are appended by the caller. A secret that does not
// parse fails the whole lookup, as MakeDockerKeyring does. A value type; one thread.
class PodKeyring
{
public:
    // Builds the keyring of pod from the workspace's Secrets and the node file's entries.
    PodKeyring(const AdmittedPod &pod,
               const KubeWorkspace &workspace,
               const QList<DockerKeyring::Entry> &nodeEntries);

    // Pull secret names the workspace does not have (getPullSecretsForPod), in pod order.
    QStringList missingSecrets() const { return m_missing; }

    // Secrets the kubelet silently ignores, with why ("secret "ns/x": type Opaque ...").
    QStringList ignoredSecrets() const { return m_ignored; }

    // keyring.Lookup(repoToPull) for image: secret entries then node entries, keyring order;
    // the error of a secret that did not parse.
    Result<PodCredentialList> lookup(const QString &image) const;
    // The pod's secret credentials that match image (for the pull manager, §7).
    QList<TrackedSecret> secretsFor(const QString &image) const;

    // The source text of a secret's entries: 'secret "namespace/name"'.
    static QString secretSource(const QString &ns, const QString &name);

private:
    PodCredential toCredential(const DockerKeyring::Entry &e) const;

    DockerKeyring m_secrets;
    DockerKeyring m_node;
    QHash<QString, TrackedSecret> m_bySource; // secret source text -> coordinates
    QStringList m_missing;
    QStringList m_ignored;
    Error m_error;
};
