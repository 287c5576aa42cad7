// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/core/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// `kubectl create secret docker-registry` (k/kubectl pkg/cmd/create/create_secret_docker.go,
// create_secret.go), byte for byte as `--dry-run=client -o yaml` prints it, and the reverse:
// the registries and users inside a kubernetes.io/dockerconfigjson secret's data.
class DockerRegistrySecret
{
public:
    // kubectl's flags. server defaults to "https://index.docker.io/v1/".
    struct Options
    {
        QString name;
        QString server = defaultServer();
        QString username;
        QString password;
        QString email;
        QStringList fromFiles; // "[key=]path"; a bare path is keyed .dockerconfigjson
        QString namespaceName; // printed only when set (kubectl's EnforceNamespace)
    };

    // One credential of a dockerconfigjson, for the reader.
    struct Credential
    {
        QString server; // as written
        QString key; // the kubelet's keyring key
        QString username;
        QString password;
        QString email;
    };

    static QString defaultServer() { return QStringLiteral("https://index.docker.io/v1/"); }

    // kubectl's text when neither --from-file nor username, password and server are given.
    static QString missingCredentialsMessage();

    // The Secret YAML kubectl prints, or kubectl's validation / file error text.
    static Result<QByteArray> toYaml(const Options &options);
    // handleDockerCfgJSONContent: compact json.Marshal of
    // {"auths":{server:{username,password,email(omitempty),auth}}}.
    static QByteArray dockerConfigJson(const QString &server,
                                       const QString &username,
                                       const QString &password,
                                       const QString &email);
    // A JSON string literal exactly as Go's encoding/json writes it (HTML escaping on: & < > as
    // \u0026 \u003c \u003e, U+2028/2029 escaped, \b \f \n \r \t, other controls \u00XX).
    static QByteArray goJsonString(const QString &text);
    // A YAML scalar as go-yaml v2 (sigs.k8s.io/yaml) emits a string: plain, 'single' or
    // "double" quoted.
    static QByteArray yamlScalar(const QString &text);
    // go-yaml v2's map key order (keyList.Less): natural, letters before other characters.
    static bool yamlKeyLess(const QString &a, const QString &b);

    // The credentials in a .dockerconfigjson value (the kubelet's parser); an Error when it does
    // not parse, an empty list when it has no "auths".
    static Result<QList<Credential>> read(const QByteArray &dockerConfigJson);
    // One line per credential: "SERVER  user USER  password ****  email E"; the password is
    // shown only when showPasswords.
    static QStringList describe(const QList<Credential> &credentials, bool showPasswords);
};
