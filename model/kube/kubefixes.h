// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/kube/containerspec.h"
#include "model/kube/finding.h"
#include "model/kube/kubefile.h"
#include "model/kube/kubeobject.h"

#include <QList>
#include <QString>
#include <QStringList>

// Quick fixes as text edits on the user's own text: comments, key order, indentation and
// quoting are kept; only the value or the lines a fix is about change. Every function returns
// no edit (an empty list) when it declines, for example on flow-style YAML "{...}".
// decodedText, when given, is QString::fromUtf8(file.text) already decoded by the caller (the
// linter decodes each file once instead of once per fix).
class KubeFixes
{
public:
    // Replaces the image scalar by "repo[:tag]@digest", keeping its quotes; an existing digest
    // is replaced. digest is "sha256:<hex>".
    static QList<TextEdit> pinToDigest(const KubeFile &file,
                                       const ContainerSpec &container,
                                       const QString &digest,
                                       const QString *decodedText = nullptr);
    // The same for any image scalar (an image volume's reference).
    static QList<TextEdit> pinToDigest(const KubeFile &file,
                                       const LocatedValue &image,
                                       const QString &digest,
                                       const QString *decodedText = nullptr);
    // Sets imagePullPolicy to policy: replaces the value, or inserts a line after image: at the
    // key's indentation.
    static QList<TextEdit> setPullPolicy(const KubeFile &file,
                                         const ContainerSpec &container,
                                         const QString &policy,
                                         const QString *decodedText = nullptr);
    // Adds "- name: secretName" to the pod spec's imagePullSecrets (appended after the last
    // entry), or inserts the imagePullSecrets block as the pod spec's first key.
    static QList<TextEdit> addPullSecret(const KubeFile &file,
                                         const KubeObject &object,
                                         const QString &secretName,
                                         const QString *decodedText = nullptr);
    // The same for several names, in one edit (in the given order).
    static QList<TextEdit> addPullSecrets(const KubeFile &file,
                                          const KubeObject &object,
                                          const QStringList &secretNames,
                                          const QString *decodedText = nullptr);
    // Sets a Secret's type: replaces the value, or inserts "type:" as the object's first key.
    static QList<TextEdit> setSecretType(const KubeFile &file,
                                         const KubeObject &secret,
                                         const QString &type,
                                         const QString *decodedText = nullptr);
    // Appends a new document to file: a kubernetes.io/dockerconfigjson Secret named name in
    // namespace ns for server, with placeholder credentials.
    static QList<TextEdit> createSecret(const KubeFile &file,
                                        const QString &ns,
                                        const QString &name,
                                        const QString &server,
                                        const QString *decodedText = nullptr);
    // The YAML document createSecret() appends (without the leading "---").
    static QString secretTemplate(const QString &ns, const QString &name, const QString &server);
    // Applies non-overlapping edits (in any order) back to front; edits of other files than the
    // first edit's file must not be mixed in.
    static QString applyEdits(const QString &text, QList<TextEdit> edits);
};
