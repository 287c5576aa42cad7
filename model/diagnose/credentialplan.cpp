// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/diagnose/credentialplan.h"

#include "model/auth/credentialproviderconfig.h"
#include "model/auth/credentialproviderplugin.h"
#include "model/auth/dockerkeyring.h"
#include "model/auth/kubeletdockerconfig.h"
#include "model/core/threadcheck.h"
#include "model/core/tr.h"
#include "model/diagnose/diagnosis.h"
#include "model/kube/kubeobject.h"
#include "model/kube/kubeworkspace.h"
#include "model/kubelet/nodeprofile.h"

#include <QFile>

namespace {
QString quoted(const QString &text)
{
    return QLatin1Char('"') + text + QLatin1Char('"');
}

// Every key of keyring against repository, with the keyring's own reason for a miss.
void explainKeys(const DockerKeyring &keyring,
                 const QString &repository,
                 QStringList *evidence,
                 QStringList *unmatched)
{
    for (const DockerKeyring::Entry &e : keyring.entries()) {
        QString why;
        const bool match = DockerKeyring::urlsMatch(e.key, repository, &why);
        const QString who = Tr::tr("key %1 of %2 (user %3)")
                                .arg(quoted(e.writtenKey.isEmpty() ? e.key : e.writtenKey),
                                     e.source,
                                     quoted(e.username));
        if (match) {
            evidence->append(QStringLiteral("✓ ") + Tr::tr("%1 matches %2").arg(who, repository));
        } else {
            evidence->append(QStringLiteral("✗ ")
                             + Tr::tr("%1 does not match %2: %3").arg(who, repository, why));
            unmatched->append(QStringLiteral("%1: %2").arg(e.key, why));
        }
    }
}

PullCredential toCandidate(const DockerKeyring::Entry &e, const QString &why)
{
    return PullCredential{e.username, e.password, e.source, e.key, why};
}
} // namespace

CredentialPlan::Outcome CredentialPlan::build(const KubeWorkspace &workspace,
                                              const KubeObject &pod,
                                              const ImageReference &reference,
                                              const NodeProfile &node)
{
    PULLSCOPE_ASSERT_NOT_GUI_THREAD();
    Outcome out;
    DiagnosisStep &step = out.step;
    step = DiagnosisStep::make(QStringLiteral("credentials"),
                               Diagnosis::stepTitle(QStringLiteral("credentials")),
                               DiagnosisStep::Status::Passed);
    const QString ns = pod.effectiveNamespace();
    const PodSpec &spec = *pod.podSpec;
    const QString repository = reference.name();

    // ServiceAccount admission (docs/reference/kubelet-image-pull.md §6.1): an empty name
    // becomes "default"; the SA's pull secrets are copied only when the pod lists none, at
    // creation: all or nothing.
    out.serviceAccount = spec.serviceAccountName.value.isEmpty() ? QStringLiteral("default")
                                                                 : spec.serviceAccountName.value;
    QStringList names;
    for (const LocatedValue &v : spec.imagePullSecrets) {
        // getPullSecretsForPod skips entries with an empty name silently (§2.4).
        if (!v.value.isEmpty())
            names.append(v.value);
    }
    const KubeObject *sa = workspace.findServiceAccount(ns, out.serviceAccount);
    QStringList saSecrets;
    if (sa && sa->serviceAccount) {
        for (const LocatedValue &v : sa->serviceAccount->imagePullSecrets) {
            if (!v.value.isEmpty())
                saSecrets.append(v.value);
        }
    }
    const QString saName = ns + QLatin1Char('/') + out.serviceAccount;
    if (!spec.imagePullSecrets.isEmpty()) {
        step.evidence.append(
            Tr::tr("the pod lists imagePullSecrets: %1").arg(names.join(QStringLiteral(", "))));
        if (!saSecrets.isEmpty())
            step.evidence.append(
                Tr::tr("ServiceAccount %1's imagePullSecrets (%2) are not added: the "
                       "pod lists its own, and injection is all or nothing")
                    .arg(saName, saSecrets.join(QStringLiteral(", "))));
    } else if (!node.serviceAccountAdmission) {
        step.evidence.append(
            Tr::tr("the pod lists no imagePullSecrets and ServiceAccount admission "
                   "is off on this cluster"));
    } else if (!sa) {
        step.evidence.append(
            Tr::tr("the pod lists no imagePullSecrets; ServiceAccount %1 is not in "
                   "the files, so any secrets it would add are unknown")
                .arg(saName));
    } else if (saSecrets.isEmpty()) {
        step.evidence.append(
            Tr::tr("the pod lists no imagePullSecrets and ServiceAccount %1 has none").arg(saName));
    } else {
        names = saSecrets;
        out.secretsFromServiceAccount = true;
        step.evidence.append(
            Tr::tr("the pod lists no imagePullSecrets, so ServiceAccount admission "
                   "copies %1's: %2")
                .arg(saName, saSecrets.join(QStringLiteral(", "))));
    }

    // secrets.go MakeDockerKeyring (§4.6): every secret into one keyring, in order; a parse
    // error fails the whole lookup; anything but the two docker types is silently ignored.
    DockerKeyring secretRing;
    bool broken = false;
    QStringList missing;
    QStringList ignored;
    for (const QString &name : names) {
        Secret secret;
        secret.name = name;
        const QString source = QStringLiteral("secret \"%1/%2\"").arg(ns, name);
        const KubeObject *object = workspace.findSecret(ns, name);
        if (!object || !object->secret) {
            missing.append(name);
            QString line =
                Tr::tr("secret %1 is not in the files: the kubelet skips it and pulls with "
                       "the others (Warning FailedToRetrieveImagePullSecret)")
                    .arg(quoted(ns + QLatin1Char('/') + name));
            const QList<const KubeObject *> elsewhere = workspace.findSecretElsewhere(ns, name);
            if (!elsewhere.isEmpty())
                line += QStringLiteral("; ")
                    + Tr::tr("a secret of that name is in namespace %1, but "
                             "pull secrets must be in the pod's namespace")
                          .arg(elsewhere.first()->effectiveNamespace());
            step.evidence.append(line);
            secret.problem = Tr::tr("not found");
            out.secrets.append(secret);
            continue;
        }
        secret.found = true;
        const SecretSpec &s = *object->secret;
        QMap<QString, QByteArray> data;
        for (auto it = s.data.cbegin(); it != s.data.cend(); ++it)
            data.insert(it.key(), it.value().bytes);
        //: %1 the secret, %2 its type, %3 its data keys
        step.evidence.append(Tr::tr("secret %1 (%2): type %3, keys %4")
                                 .arg(quoted(ns + QLatin1Char('/') + name),
                                      object->at.toString(),
                                      s.effectiveType(),
                                      data.isEmpty()
                                          ? Tr::tr("(none)")
                                          : QStringList(data.keys()).join(QStringLiteral(", "))));
        const Result<KubeletDockerConfig::SecretCredentials> parsed =
            KubeletDockerConfig::fromSecret(s.effectiveType(), data, source);
        if (!parsed) {
            broken = true;
            secret.problem = parsed.error().message;
            step.evidence.append(Tr::tr("✗ it does not parse: %1; the kubelet's credential lookup "
                                        "fails for every image of the pod")
                                     .arg(parsed.error().message));
            out.secrets.append(secret);
            continue;
        }
        if (parsed->ignored) {
            secret.ignored = true;
            secret.problem = parsed->note;
            ignored.append(name);
            step.evidence.append(QStringLiteral("✗ ")
                                 + Tr::tr("ignored by the kubelet: %1").arg(parsed->note));
        }
        for (const DockerKeyring::Entry &e : parsed->entries) {
            secret.keys.append(e.writtenKey.isEmpty() ? e.key : e.writtenKey);
            if (secret.username.isEmpty())
                secret.username = e.username;
            if (!e.password.isEmpty())
                out.passwords.append(e.password);
            QString why;
            if (!secretRing.add(e, &why))
                step.evidence.append(
                    QStringLiteral("✗ ")
                    + Tr::tr("entry %1 is skipped: %2").arg(quoted(e.writtenKey), why));
        }
        out.secrets.append(secret);
    }

    // The node's docker config file (config.go ReadDockerConfigFile; §4.5): the profile names
    // the kubelet's preferred file; the machine's own $HOME is not the node's.
    DockerKeyring nodeRing;
    if (!node.nodeConfigJsonPath.isEmpty()) {
        QFile file(node.nodeConfigJsonPath);
        const QString source = KubeletDockerConfig::nodeFileSource(node.nodeConfigJsonPath);
        if (!file.open(QIODevice::ReadOnly)) {
            step.evidence.append(Tr::tr("%1: not readable (%2)").arg(source, file.errorString()));
        } else {
            const auto entries = KubeletDockerConfig::fromDockerConfigJson(file.readAll(), source);
            if (!entries) {
                step.evidence.append(
                    Tr::tr("%1: skipped: %2").arg(source, entries.error().message));
            } else {
                step.evidence.append(
                    Tr::tr("%1: %n credential(s)", nullptr, int(entries->size())).arg(source));
                for (const DockerKeyring::Entry &e : *entries) {
                    if (!e.password.isEmpty())
                        out.passwords.append(e.password);
                    nodeRing.add(e);
                }
            }
        }
    } else {
        step.evidence.append(Tr::tr("the node has no docker config file"));
    }
    if (!node.credentialProviderConfigPath.isEmpty()) {
        // plugin.go isImageAllowed (§5.1): a plugin runs only when one of its matchImages
        // matches; its credentials come after the pod's and the node file's (§4.6).
        const Result<CredentialProviderConfig> config =
            CredentialProviderConfig::load(node.credentialProviderConfigPath);
        if (!config) {
            step.evidence.append(
                Tr::tr("credential provider config: %1").arg(config.error().message));
        } else {
            for (const CredentialProviderConfig::Provider &p : config->providers()) {
                QString why;
                const QString name = CredentialProviderPlugin::sourceFor(p.name);
                if (CredentialProviderConfig::isImageAllowed(p, repository, &why)) {
                    out.matchingProviders.append(p.name);
                    out.providers.append(p);
                    //: %1 'provider "name"', %2 its matchImages
                    step.evidence.append(
                        QStringLiteral("✓ ")
                        + Tr::tr("%1 (matchImages %2) runs for this image; its "
                                 "credentials are tried after the ones above, and "
                                 "the diagnosis does not run it")
                              .arg(name, p.matchImages.join(QStringLiteral(", "))));
                } else {
                    step.evidence.append(
                        QStringLiteral("✗ ")
                        + Tr::tr("%1 does not run for %2: %3").arg(name, repository, why));
                }
            }
        }
    }

    // keyring.go Lookup (§4.3, §4.4): every matching key, reverse-lexicographic; the Docker Hub
    // fallback per keyring when nothing matched. Order: pod secrets, node file, plugins.
    explainKeys(secretRing, repository, &step.evidence, &out.unmatchedKeys);
    explainKeys(nodeRing, repository, &step.evidence, &out.unmatchedKeys);
    for (const DockerKeyring *ring : {&secretRing, &nodeRing}) {
        bool viaDefault = false;
        const QList<DockerKeyring::Entry> found = ring->lookup(repository, &viaDefault);
        for (const DockerKeyring::Entry &e : found) {
            out.candidates.append(toCandidate(
                e,
                viaDefault
                    ? Tr::tr("the Docker Hub fallback: no key matched and %1 is a Docker Hub image")
                          .arg(repository)
                    : Tr::tr("key %1 matches").arg(quoted(e.key))));
            if (viaDefault)
                step.evidence.append(QStringLiteral("✓ ")
                                     + Tr::tr("%1 applies through the Docker Hub fallback (key %2)")
                                           .arg(e.source, quoted(e.key)));
        }
    }

    if (out.candidates.isEmpty()) {
        step.evidence.append(out.matchingProviders.isEmpty()
                                 ? Tr::tr("no credential applies: the kubelet pulls anonymously")
                                 : Tr::tr("no secret or node file credential applies: the "
                                          "plugins' answer decides, anonymous when it is empty"));
    } else {
        QStringList order;
        for (int i = 0; i < out.candidates.size(); ++i)
            order.append(QStringLiteral("%1. %2").arg(i + 1).arg(out.candidates.at(i).describe()));
        step.evidence.append(
            Tr::tr("tried in this order: %1").arg(order.join(QStringLiteral("; "))));
        step.evidence.append(Tr::tr("once a credential matched there is no anonymous fallback"));
    }

    if (broken) {
        step.status = DiagnosisStep::Status::Failed;
        step.summary =
            Tr::tr("a pull secret does not parse, so the kubelet's credential lookup fails");
    } else if (!missing.isEmpty() || !ignored.isEmpty()
               || (out.candidates.isEmpty() && !out.unmatchedKeys.isEmpty())) {
        step.status = DiagnosisStep::Status::Warning;
        QStringList why;
        if (!missing.isEmpty())
            why.append(Tr::tr("missing: %1").arg(missing.join(QStringLiteral(", "))));
        if (!ignored.isEmpty())
            why.append(Tr::tr("ignored: %1").arg(ignored.join(QStringLiteral(", "))));
        if (out.candidates.isEmpty() && !out.unmatchedKeys.isEmpty())
            why.append(Tr::tr("no key matches %1").arg(repository));
        step.summary = Tr::tr("%1; the pull goes %2")
                           .arg(why.join(QStringLiteral("; ")),
                                out.candidates.isEmpty() ? Tr::tr("out anonymously")
                                                         : Tr::tr("out with the rest"));
    } else if (out.candidates.isEmpty()) {
        step.summary = Tr::tr("none: the pull is anonymous");
    } else {
        step.summary =
            Tr::tr("%n credential(s) will be tried", nullptr, int(out.candidates.size()));
    }
    return out;
}
