// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/diagnose/mendfactory.h"

#include "model/core/tr.h"
#include "model/kube/kubefixes.h"
#include "model/kube/kubeobject.h"

namespace {
std::optional<QuickFix> fixOf(QString id, QString title, QList<TextEdit> edits)
{
    if (edits.isEmpty())
        return std::nullopt;
    return QuickFix{std::move(id), std::move(title), std::move(edits), false};
}

// A shell word in single quotes unless it is plainly safe.
QString shellWord(const QString &word)
{
    static const QString safe =
        QStringLiteral("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./:=@%+,");
    for (const QChar c : word) {
        if (!safe.contains(c))
            return QLatin1Char('\'')
                + QString(word).replace(QLatin1Char('\''), QStringLiteral("'\\''"))
                + QLatin1Char('\'');
    }
    return word.isEmpty() ? QStringLiteral("''") : word;
}
} // namespace

QString MendFactory::dockerServer(const QString &registryHost)
{
    // kubectl create secret docker-registry defaults --docker-server to
    // "https://index.docker.io/v1/", the key the kubelet falls back to for Docker Hub
    // (docs/reference/kubelet-image-pull.md §4.4, §9).
    if (registryHost == QLatin1String("docker.io")
        || registryHost == QLatin1String("index.docker.io"))
        return QStringLiteral("https://index.docker.io/v1/");
    return registryHost;
}

QString MendFactory::createSecretCommand(const QString &ns,
                                         const QString &name,
                                         const QString &registryHost,
                                         const QString &username)
{
    // The password is always the placeholder: a mend is shown and copied, so it must never
    // carry a real secret.
    return QStringLiteral("kubectl create secret docker-registry %1 --docker-server=%2 "
                          "--docker-username=%3 --docker-password=PASSWORD -n %4")
        .arg(shellWord(name),
             shellWord(dockerServer(registryHost)),
             username.isEmpty() ? QStringLiteral("USER") : shellWord(username),
             shellWord(ns));
}

QString MendFactory::patchServiceAccountCommand(const QString &ns,
                                                const QString &serviceAccount,
                                                const QString &secret)
{
    return QStringLiteral("kubectl patch serviceaccount %1 -p '{\"imagePullSecrets\":[{\"name\":"
                          "\"%2\"}]}' -n %3")
        .arg(shellWord(serviceAccount), secret, shellWord(ns));
}

QString MendFactory::deleteSecretCommand(const QString &ns, const QString &name)
{
    return QStringLiteral("kubectl delete secret %1 -n %2").arg(shellWord(name), shellWord(ns));
}

std::optional<QuickFix>
MendFactory::setImage(const KubeFile &file, const ContainerSpec &container, const QString &newImage)
{
    const LocatedValue &image = container.image;
    if (!image.present || !image.isScalar || image.at.offset < 0)
        return std::nullopt;
    // at points at the scalar's first character, its opening quote when quoted (locatedvalue.h).
    // Only a scalar written exactly as read is replaced, so an escape sequence or a folded
    // scalar is never half-rewritten.
    const QString text = QString::fromUtf8(file.text);
    const int offset = image.at.offset;
    const QChar first = offset < text.size() ? text.at(offset) : QChar();
    QString quote;
    if (first == QLatin1Char('"') || first == QLatin1Char('\''))
        quote = first;
    const QString written = quote + image.value + quote;
    if (text.mid(offset, written.size()) != written)
        return std::nullopt;
    //: %1 the new image reference
    return fixOf(QStringLiteral("set-image"),
                 Tr::tr("Set the image to %1").arg(newImage),
                 {TextEdit{file.path, offset, int(written.size()), quote + newImage + quote}});
}

std::optional<QuickFix> MendFactory::setPullPolicy(const KubeFile &file,
                                                   const ContainerSpec &container,
                                                   const QString &policy)
{
    return fixOf(QStringLiteral("set-pull-policy"),
                 //: %1 Always, IfNotPresent or Never
                 Tr::tr("Set imagePullPolicy to %1").arg(policy),
                 KubeFixes::setPullPolicy(file, container, policy));
}

std::optional<QuickFix>
MendFactory::addPullSecret(const KubeFile &file, const KubeObject &object, const QString &secret)
{
    return fixOf(QStringLiteral("add-pull-secret"),
                 //: %1 the secret's name
                 Tr::tr("Add %1 to imagePullSecrets").arg(secret),
                 KubeFixes::addPullSecret(file, object, secret));
}
