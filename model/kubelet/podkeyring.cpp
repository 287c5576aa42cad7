// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/kubelet/podkeyring.h"

#include "model/auth/kubeletdockerconfig.h"
#include "model/kube/kubeworkspace.h"
#include "model/reference/pullpolicy.h"

QString PodKeyring::secretSource(const QString &ns, const QString &name)
{
    return QStringLiteral("secret \"%1/%2\"").arg(ns, name);
}

PodKeyring::PodKeyring(const AdmittedPod &pod,
                       const KubeWorkspace &workspace,
                       const QList<DockerKeyring::Entry> &nodeEntries)
{
    m_node.addAll(nodeEntries);
    // kubelet_pods.go getPullSecretsForPod: empty names skipped silently, missing secrets
    // skipped (and reported), the pull goes ahead with the rest.
    for (const QString &name : pod.pullSecretNames) {
        if (name.isEmpty())
            continue;
        const KubeObject *secret = workspace.findSecret(pod.namespaceName, name);
        if (!secret || !secret->secret) {
            m_missing << name;
            continue;
        }
        QMap<QString, QByteArray> data;
        for (auto it = secret->secret->data.begin(); it != secret->secret->data.end(); ++it)
            data.insert(it.key(), it.value().bytes);
        const QString source = secretSource(pod.namespaceName, name);
        // secrets.go MakeDockerKeyring: one decode error fails the whole keyring.
        const Result<KubeletDockerConfig::SecretCredentials> creds =
            KubeletDockerConfig::fromSecret(secret->secret->effectiveType(), data, source);
        if (!creds) {
            if (m_error.isNull())
                m_error = creds.error();
            continue;
        }
        if (creds->ignored)
            m_ignored << source + QStringLiteral(": ") + creds->note;
        TrackedSecret tracked{secret->uid(), pod.namespaceName, name, QString()};
        for (const DockerKeyring::Entry &e : creds->entries) {
            m_secrets.add(e);
            // The hash is per credential; coordinates are per secret.
            tracked.credentialHash = PodCredential::hash(e.username, e.password);
            m_bySource.insert(source + QChar(0) + tracked.credentialHash, tracked);
        }
        m_bySource.insert(source, tracked);
    }
}

PodCredential PodKeyring::toCredential(const DockerKeyring::Entry &e) const
{
    PodCredential c;
    c.key = e.key;
    c.username = e.username;
    c.password = e.password;
    c.source = e.source;
    const QString hash = PodCredential::hash(e.username, e.password);
    const auto it = m_bySource.constFind(e.source + QChar(0) + hash);
    if (it != m_bySource.constEnd())
        c.secret = *it;
    return c;
}

Result<PodCredentialList> PodKeyring::lookup(const QString &image) const
{
    if (!m_error.isNull())
        return m_error;
    // image_manager.go makeLookupPullCredentialsFunc: the normalized repository, no tag.
    const Result<ParsedImageName> parsed = parseImageName(image);
    if (!parsed)
        return parsed.error();
    PodCredentialList out;
    // UnionDockerKeyring{secrets, node}: each sub-keyring's matches in its own order.
    for (const DockerKeyring::Entry &e : m_secrets.lookup(parsed->repository))
        out << toCredential(e);
    for (const DockerKeyring::Entry &e : m_node.lookup(parsed->repository))
        out << toCredential(e);
    return out;
}

QList<TrackedSecret> PodKeyring::secretsFor(const QString &image) const
{
    QList<TrackedSecret> out;
    const Result<PodCredentialList> creds = lookup(image);
    if (!creds)
        return out;
    for (const PodCredential &c : *creds) {
        if (c.secret)
            out << *c.secret;
    }
    return out;
}
