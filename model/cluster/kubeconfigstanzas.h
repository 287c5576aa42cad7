// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/kube/sourcelocation.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

// The entries of a kubeconfig file (docs/reference/cluster-api.md §1.2-1.3), each with the
// place that defined it. Relative paths are already resolved against that file's folder (§1.6).
// Secrets (token, password, key data) are kept for the API client; nothing prints them.

// A `clusters[]` entry.
struct KubeConfigCluster
{
    QString name;
    QString server;
    QString certificateAuthority; // a file
    QByteArray certificateAuthorityData; // PEM, decoded from the file's base64
    bool insecureSkipTlsVerify = false;
    QString tlsServerName;
    QString proxyUrl;
    SourceLocation at;
};

// The `exec` stanza of a user: a client.authentication.k8s.io credential plugin (§2.1).
struct KubeConfigExec
{
    QString command; // resolved against the file's folder only when it contains a '/'
    QStringList args;
    QList<std::pair<QString, QString>> env;
    QString apiVersion;
    QString installHint;
    bool provideClusterInfo = false;
    QString interactiveMode; // Never, IfAvailable, Always (empty: unset)
};

// A `users[]` entry.
struct KubeConfigUser
{
    QString name;
    QString clientCertificate; // a file
    QByteArray clientCertificateData;
    QString clientKey; // a file
    QByteArray clientKeyData;
    QByteArray token;
    QString tokenFile;
    QString username;
    QByteArray password;
    QString impersonate; // `as`
    bool hasExec = false;
    KubeConfigExec exec;
    QString authProvider; // `auth-provider.name`
    SourceLocation at;
};

// A `contexts[]` entry.
struct KubeConfigContext
{
    QString name;
    QString cluster;
    QString user;
    QString namespaceName; // `namespace`
    SourceLocation at;
};
