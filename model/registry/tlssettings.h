// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/core/result.h"

#include <QSslConfiguration>
#include <QStringList>

// The TLS set-up for one registry host: system CAs plus the certs.d directories docker and
// containers read (HOST:PORT/*.crt extra CAs, *.cert + *.key client pair), or only the
// directory given with --cert-dir, as skopeo does.
struct TlsSettings
{
    QSslConfiguration configuration;
    QStringList consulted; // directories looked at, for error messages
    QStringList caFiles; // extra CA files loaded
    QString clientCertificate; // path of the client certificate, if any
    bool verify = true;

    // The certs.d directories searched for host ("r.io:5000") when no --cert-dir is given.
    static QStringList defaultCertDirs(const QString &host);
    // Builds the settings; a broken certificate file or a .cert without its .key is an Error
    // naming the file.
    static Result<TlsSettings> forHost(const QString &host, const QString &certDir, bool verify);
};
