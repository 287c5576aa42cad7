// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/kube/registrykeyrules.h"

#include "model/auth/dockerkeyring.h"
#include "model/core/tr.h"
#include "model/kube/pullsecretcontent.h"
#include "model/reference/pullpolicy.h"

namespace {

struct Key
{
    QString written;
    QString normalized;
    QString secret;
};

// The host of a normalized key or repository without its port ("reg.io:5000/a" -> "reg.io").
QString hostOf(const QString &keyOrRepository)
{
    QString host = keyOrRepository.section(QLatin1Char('/'), 0, 0).toLower();
    if (host.startsWith(QLatin1Char('['))) // an IPv6 literal keeps its colons
        return host.section(QLatin1Char(']'), 0, 0) + QLatin1Char(']');
    return host.section(QLatin1Char(':'), 0, 0);
}

} // namespace

void RegistryKeyRules::check(LintContext &context, const KubeObject &object)
{
    if (!object.podSpec)
        return;
    const LintContext::EffectiveSecrets secrets = context.effectiveSecrets(object);
    QList<Key> keys;
    for (const LocatedValue &name : secrets.names) {
        const KubeObject *secret = context.findSecret(object.effectiveNamespace(), name.value);
        if (!secret || !secret->secret)
            continue;
        for (const QString &written : PullSecretContent::of(*secret->secret).keys) {
            bool ok = false;
            const QString normalized = DockerKeyring::normalizeKey(written, &ok);
            if (ok)
                keys.append(Key{written, normalized, name.value});
        }
    }
    if (keys.isEmpty())
        return;

    for (const LintContext::ImageField &field : LintContext::imageFields(*object.podSpec)) {
        // The kubelet looks up ParseImageName's repository: normalized, no tag or digest
        // (docs/reference/kubelet-image-pull.md §4.1).
        const Result<ParsedImageName> parsed = parseImageName(field.image.value);
        if (!parsed)
            continue;
        const QString repository = parsed->repository;
        bool matched = false;
        for (const Key &key : keys)
            matched = matched || DockerKeyring::urlsMatch(key.normalized, repository);
        // BasicDockerKeyring.Lookup's fallback for Docker Hub names (§4.4).
        if (!matched && DockerKeyring::isDefaultRegistryMatch(repository)) {
            for (const Key &key : keys)
                matched = matched || key.normalized == DockerKeyring::defaultRegistryKey();
        }
        if (matched)
            continue;
        const QString imagePath = field.fieldPath + QLatin1Char('.') + field.imageKey;
        const QString imageHost = hostOf(repository);
        for (const Key &key : keys) {
            const QString keyHost = hostOf(key.normalized);
            if (imageHost == QLatin1String("docker.io")
                && (keyHost == QLatin1String("registry-1.docker.io")
                    || keyHost == QLatin1String("hub.docker.com"))) {
                context.report(QStringLiteral("docker-hub-key"),
                               object,
                               field.image.at,
                               imagePath,
                               //: %1 a registry key, %2 a Secret name, %3 a repository
                               Tr::tr("The key %1 in Secret \"%2\" never matches Docker Hub "
                                      "images (the kubelet looks up %3): write it as "
                                      "https://index.docker.io/v1/, as kubectl does")
                                   .arg(key.written, key.secret, repository));
                break;
            }
            if (keyHost == imageHost) {
                QString why;
                DockerKeyring::urlsMatch(key.normalized, repository, &why);
                context.report(QStringLiteral("secret-key-mismatch"),
                               object,
                               field.image.at,
                               imagePath,
                               //: %1 a registry key, %2 a Secret name, %3 a repository, %4 why
                               Tr::tr("The key %1 in Secret \"%2\" does not match %3, so the "
                                      "kubelet pulls it without credentials: %4")
                                   .arg(key.written, key.secret, repository, why));
                break;
            }
        }
    }
}
