// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/kube/kubefixes.h"

#include "model/kube/yamltext.h"
#include "model/reference/digest.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace {

TextEdit edit(const KubeFile &file, int offset, int length, const QString &replacement)
{
    return TextEdit{file.path, offset, length, replacement};
}

// The columns a block sequence's "-" sits right of its parent key, taken from the user's own
// containers list, so an inserted imagePullSecrets looks like its neighbours ("- " flush with
// the key, or indented).
int sequenceIndent(const QString &text, const PodSpec &spec)
{
    for (const ContainerSpec &c : spec.containers) {
        if (c.flowStyle || c.at.offset < 0)
            continue;
        const int start = YamlText::lineStart(text, c.at.offset);
        const int dash = int(text.indexOf(QLatin1Char('-'), start));
        if (dash >= 0 && dash < c.at.offset && YamlText::onlyIndentBefore(text, dash))
            return std::max(0, (dash - start) - (spec.at.column - 1));
    }
    return 0;
}

// The value of a block-style key replaced inside its quotes; nothing for a null, a
// collection or a value that is not written on one line.
QList<TextEdit> replaceScalar(const KubeFile &file,
                              const QString &text,
                              const LocatedValue &current,
                              const QString &replacement)
{
    if (!current.isScalar || current.value.isEmpty())
        return {};
    const YamlText::Span span = YamlText::scalarAt(text, current.at.offset, current.value, false);
    if (!span.isValid())
        return {};
    return {edit(file, span.innerStart, span.innerLength, replacement)};
}

} // namespace

QList<TextEdit> KubeFixes::pinToDigest(const KubeFile &file,
                                       const ContainerSpec &container,
                                       const QString &digest,
                                       const QString *decodedText)
{
    return pinToDigest(file, container.image, digest, decodedText);
}

QList<TextEdit> KubeFixes::pinToDigest(const KubeFile &file,
                                       const LocatedValue &image,
                                       const QString &digest,
                                       const QString *decodedText)
{
    if (!image.present || image.value.isEmpty() || !Digest::parse(digest))
        return {};
    const QString text = decodedText ? *decodedText : QString::fromUtf8(file.text);
    const bool flow = !YamlText::onlyIndentBefore(text, image.keyAt.offset, true);
    const YamlText::Span span = YamlText::scalarAt(text, image.at.offset, image.value, flow);
    if (!span.isValid())
        return {};
    // The kubelet pulls by the digest when a reference carries both (ParseImageName keeps the
    // tag, the runtime resolves by digest); the tag stays for people reading the YAML.
    const int at = int(image.value.indexOf(QLatin1Char('@')));
    const QString base = at < 0 ? image.value : image.value.left(at);
    return {edit(file, span.innerStart, span.innerLength, base + QLatin1Char('@') + digest)};
}

QList<TextEdit> KubeFixes::setPullPolicy(const KubeFile &file,
                                         const ContainerSpec &container,
                                         const QString &policy,
                                         const QString *decodedText)
{
    if (container.flowStyle)
        return {};
    const QString text = decodedText ? *decodedText : QString::fromUtf8(file.text);
    if (container.imagePullPolicy.present)
        return replaceScalar(file, text, container.imagePullPolicy, policy);
    const LocatedValue &image = container.image;
    if (!image.present || image.keyAt.offset < 0)
        return {};
    const YamlText::Span span = YamlText::scalarAt(text, image.at.offset, image.value, false);
    if (!span.isValid())
        return {};
    // A new line right after image:, at the key's column (which is also right for the first
    // key of a "- image: ..." item).
    const int lineEnd = YamlText::lineEnd(text, span.start);
    const QString indent(image.keyAt.column - 1, QLatin1Char(' '));
    return {edit(file,
                 lineEnd,
                 0,
                 YamlText::newline(text) + indent + QStringLiteral("imagePullPolicy: ") + policy)};
}

QList<TextEdit> KubeFixes::addPullSecret(const KubeFile &file,
                                         const KubeObject &object,
                                         const QString &secretName,
                                         const QString *decodedText)
{
    return addPullSecrets(file, object, {secretName}, decodedText);
}

QList<TextEdit> KubeFixes::addPullSecrets(const KubeFile &file,
                                          const KubeObject &object,
                                          const QStringList &secretNames,
                                          const QString *decodedText)
{
    if (secretNames.isEmpty())
        return {};
    if (!object.podSpec || object.podSpec->flowStyle || object.podSpec->at.offset < 0)
        return {};
    const PodSpec &spec = *object.podSpec;
    const QString text = decodedText ? *decodedText : QString::fromUtf8(file.text);
    const QString nl = YamlText::newline(text);
    if (spec.imagePullSecretsListed) {
        // Append after the last entry, at the first entry's "-" column.
        if (spec.imagePullSecretsFlow || spec.imagePullSecrets.isEmpty()
            || spec.imagePullSecretsAt.offset < 0
            || text.at(spec.imagePullSecretsAt.offset) != QLatin1Char('-')
            || !YamlText::onlyIndentBefore(text, spec.imagePullSecretsAt.offset, true))
            return {};
        const int dashColumn = spec.imagePullSecretsAt.column - 1;
        const int end =
            YamlText::blockEnd(text, spec.imagePullSecrets.last().at.offset, dashColumn);
        QStringList entries;
        for (const QString &name : secretNames)
            entries.append(QString(dashColumn, QLatin1Char(' ')) + QStringLiteral("- name: ")
                           + name);
        if (end == text.size() && !text.endsWith(QLatin1Char('\n')))
            return {edit(file, end, 0, nl + entries.join(nl))};
        return {edit(file, end, 0, entries.join(nl) + nl)};
    }
    // A new imagePullSecrets block as the spec's first key, at its indentation.
    if (!YamlText::onlyIndentBefore(text, spec.at.offset))
        return {};
    const QString indent(spec.at.column - 1, QLatin1Char(' '));
    const QString dashIndent = indent + QString(sequenceIndent(text, spec), QLatin1Char(' '));
    QString block = indent + QStringLiteral("imagePullSecrets:") + nl;
    for (const QString &name : secretNames)
        block += dashIndent + QStringLiteral("- name: ") + name + nl;
    return {edit(file, YamlText::lineStart(text, spec.at.offset), 0, block)};
}

QList<TextEdit> KubeFixes::setSecretType(const KubeFile &file,
                                         const KubeObject &secret,
                                         const QString &type,
                                         const QString *decodedText)
{
    if (!secret.secret || secret.at.offset < 0)
        return {};
    const QString text = decodedText ? *decodedText : QString::fromUtf8(file.text);
    const LocatedValue &current = secret.secret->type;
    if (current.present)
        return replaceScalar(file, text, current, type);
    if (!YamlText::onlyIndentBefore(text, secret.at.offset))
        return {};
    return {edit(file,
                 YamlText::lineStart(text, secret.at.offset),
                 0,
                 QString(secret.at.column - 1, QLatin1Char(' ')) + QStringLiteral("type: ") + type
                     + YamlText::newline(text))};
}

QString KubeFixes::secretTemplate(const QString &ns, const QString &name, const QString &server)
{
    // The shape `kubectl create secret docker-registry` writes
    // (docs/reference/kubelet-image-pull.md §9), with stringData so the placeholders can be edited
    // in place; the API server moves stringData into data.
    QJsonObject entry{{QStringLiteral("username"), QStringLiteral("USERNAME")},
                      {QStringLiteral("password"), QStringLiteral("PASSWORD")}};
    const QJsonObject auths{{QStringLiteral("auths"), QJsonObject{{server, entry}}}};
    QString json = QString::fromUtf8(QJsonDocument(auths).toJson(QJsonDocument::Compact));
    json.replace(QLatin1Char('\''), QStringLiteral("''"));
    QString out = QStringLiteral("# Replace USERNAME and PASSWORD, or generate this Secret with\n"
                                 "# kubectl create secret docker-registry %1 --docker-server=%2 "
                                 "--docker-username=... --docker-password=...\n"
                                 "apiVersion: v1\n"
                                 "kind: Secret\n"
                                 "metadata:\n"
                                 "  name: %1\n")
                      .arg(name, server);
    if (!ns.isEmpty())
        out += QStringLiteral("  namespace: %1\n").arg(ns);
    out += QStringLiteral("type: kubernetes.io/dockerconfigjson\n"
                          "stringData:\n"
                          "  .dockerconfigjson: '%1'\n")
               .arg(json);
    return out;
}

QList<TextEdit> KubeFixes::createSecret(const KubeFile &file,
                                        const QString &ns,
                                        const QString &name,
                                        const QString &server,
                                        const QString *decodedText)
{
    const QString text = decodedText ? *decodedText : QString::fromUtf8(file.text);
    QString prefix;
    if (!text.isEmpty() && !text.endsWith(QLatin1Char('\n')))
        prefix = QStringLiteral("\n");
    // Any content before means a document separator (no copy of a possibly large text).
    if (std::any_of(text.cbegin(), text.cend(), [](QChar c) {
            return !c.isSpace();
        }))
        prefix += QStringLiteral("---\n");
    return {edit(file, int(text.size()), 0, prefix + secretTemplate(ns, name, server))};
}

QString KubeFixes::applyEdits(const QString &text, QList<TextEdit> edits)
{
    // Back to front, so an edit never moves the offsets of the ones still to apply.
    std::stable_sort(edits.begin(), edits.end(), [](const TextEdit &a, const TextEdit &b) {
        return a.offset > b.offset;
    });
    QString out = text;
    int limit = int(out.size());
    for (const TextEdit &e : edits) {
        Q_ASSERT(e.offset >= 0 && e.offset + e.length <= limit); // non-overlapping
        if (e.offset < 0 || e.offset + e.length > limit)
            continue;
        out.replace(e.offset, e.length, e.replacement);
        limit = e.offset;
    }
    return out;
}
