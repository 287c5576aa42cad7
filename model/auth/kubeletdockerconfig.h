// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/auth/dockerkeyring.h"
#include "model/core/result.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

// How the kubelet reads docker credentials (k/k pkg/credentialprovider/config.go and
// secrets/secrets.go): config.json ({"auths": ..., "HttpHeaders": ...}) and legacy .dockercfg
// (a bare {"server": {...}} map) bytes, image pull secrets, and the node's docker config files.
// Only username, password, email and auth are read; a non-empty auth overrides the username and
// password. Entries carry the caller's source text and their written and normalized keys.
class KubeletDockerConfig
{
public:
    // A parsed config.json.
    struct ConfigJson
    {
        QList<DockerKeyring::Entry> entries; // in key order (Go's map order is random)
        QMap<QString, QString> httpHeaders;
        bool authsPresent = false; // false: no "auths" or "auths": null, so no credentials
    };

    // What an image pull secret contributes to the keyring.
    struct SecretCredentials
    {
        QList<DockerKeyring::Entry> entries;
        // True when the kubelet silently adds nothing for this secret (wrong type, missing or
        // empty key, no "auths"); note then says why in plain words, for lint and diagnose.
        bool ignored = false;
        QString note;
    };

    // Where the kubelet looks for node docker config files. Defaults are the kubelet's; tests
    // point them into a temporary directory.
    struct NodeFileLocations
    {
        QString preferredDir = QStringLiteral("/var/lib/kubelet"); // the kubelet --root-dir
        QString workingDir; // empty: the process's current directory
        QString homeDir; // empty: QDir::homePath()
        QString rootDir = QStringLiteral("/");
    };

    // The outcome of the node-file search: the first valid file, or none.
    struct NodeFileSearch
    {
        QString path; // empty when no valid file was found
        QList<DockerKeyring::Entry> entries;
        // One line per candidate looked at, in order: "<path>: not found" / ": <error>" /
        // ": used".
        QStringList steps;
    };

    // Parses config.json bytes as the kubelet's DockerConfigJSON. Errors: not JSON, a type
    // mismatch, or an auth field that does not decode (the kubelet's texts).
    static Result<ConfigJson> parseConfigJson(const QByteArray &bytes, const QString &source);
    // The credentials of config.json bytes (parseConfigJson's entries).
    static Result<QList<DockerKeyring::Entry>> fromDockerConfigJson(const QByteArray &bytes,
                                                                    const QString &source);
    // The credentials of legacy .dockercfg bytes (a bare map of server to entry).
    static Result<QList<DockerKeyring::Entry>> fromDockercfg(const QByteArray &bytes,
                                                             const QString &source);
    // The credentials an image pull secret gives the kubelet: type kubernetes.io/dockerconfigjson
    // with a non-empty ".dockerconfigjson", or kubernetes.io/dockercfg with a non-empty
    // ".dockercfg"; anything else is ignored (reported, not an error). A JSON or auth decode error
    // is an Error, which fails the kubelet's whole credential lookup.
    static Result<SecretCredentials>
    fromSecret(const QString &type, const QMap<QString, QByteArray> &data, const QString &source);
    // decodeDockerConfigFieldAuth: base64 (StdEncoding when the trimmed field ends with '=',
    // else RawStdEncoding) of "username:password", split on the first ':'.
    static Result<QPair<QString, QString>> decodeAuthField(const QString &field);

    // The paths the kubelet tries, in order: config.json in preferred, working dir,
    // $HOME/.docker, /.docker; then .dockercfg in preferred, working dir, $HOME, /.
    static QStringList nodeFileCandidates(const NodeFileLocations &where);
    // ReadDockerConfigFile: the first candidate that reads and parses wins (a config.json without
    // "auths" is valid and yields no credentials); unreadable or broken files are skipped.
    static NodeFileSearch searchNodeFiles(const NodeFileLocations &where);

    // The keyring source text for a node file: "node file <path>".
    static QString nodeFileSource(const QString &path);
};
