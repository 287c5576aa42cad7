// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/registry/tlssettings.h"

#include "model/core/tr.h"

#include <QDir>
#include <QFile>
#include <QSslCertificate>
#include <QSslKey>

QStringList TlsSettings::defaultCertDirs(const QString &host)
{
    // containers/image docker_client.go perHostCertDirs, and docker's /etc/docker/certs.d.
    const QString configHome =
        qEnvironmentVariable("XDG_CONFIG_HOME", QDir::homePath() + QStringLiteral("/.config"));
    return {configHome + QStringLiteral("/containers/certs.d/") + host,
            QStringLiteral("/etc/containers/certs.d/") + host,
            QStringLiteral("/etc/docker/certs.d/") + host,
            configHome + QStringLiteral("/docker/certs.d/") + host};
}

Result<TlsSettings> TlsSettings::forHost(const QString &host, const QString &certDir, bool verify)
{
    TlsSettings s;
    s.verify = verify;
    s.configuration = QSslConfiguration::defaultConfiguration();
    if (!verify)
        s.configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    const QStringList dirs = certDir.isEmpty() ? defaultCertDirs(host) : QStringList{certDir};
    QList<QSslCertificate> cas = s.configuration.caCertificates();
    for (const QString &dirPath : dirs) {
        s.consulted << dirPath;
        const QDir dir(dirPath);
        if (!dir.exists())
            continue;
        for (const QString &name :
             dir.entryList({QStringLiteral("*.crt")}, QDir::Files, QDir::Name)) {
            const QString path = dir.filePath(name);
            const auto certs = QSslCertificate::fromPath(path, QSsl::Pem);
            if (certs.isEmpty())
                return Error(ErrorCode::Tls, Tr::tr("%1 holds no PEM certificate").arg(path));
            cas += certs;
            s.caFiles << path;
        }
        // docker internal/registry/registry.go loadTLSConfig: a .cert needs its .key.
        for (const QString &name :
             dir.entryList({QStringLiteral("*.cert")}, QDir::Files, QDir::Name)) {
            const QString certPath = dir.filePath(name);
            const QString keyPath = dir.filePath(name.chopped(5) + QStringLiteral(".key"));
            if (!QFile::exists(keyPath))
                return Error(
                    ErrorCode::Tls,
                    Tr::tr("The client certificate %1 has no key %2").arg(certPath, keyPath));
            const auto certs = QSslCertificate::fromPath(certPath, QSsl::Pem);
            QFile keyFile(keyPath);
            if (certs.isEmpty() || !keyFile.open(QIODevice::ReadOnly))
                return Error(ErrorCode::Tls,
                             Tr::tr("Cannot read the client certificate %1").arg(certPath));
            const QByteArray keyPem = keyFile.readAll();
            QSslKey key(keyPem, QSsl::Rsa);
            if (key.isNull())
                key = QSslKey(keyPem, QSsl::Ec);
            if (key.isNull())
                return Error(ErrorCode::Tls, Tr::tr("Cannot read the private key %1").arg(keyPath));
            s.configuration.setLocalCertificate(certs.first());
            s.configuration.setPrivateKey(key);
            s.clientCertificate = certPath;
        }
        for (const QString &name :
             dir.entryList({QStringLiteral("*.key")}, QDir::Files, QDir::Name)) {
            if (!QFile::exists(dir.filePath(name.chopped(4) + QStringLiteral(".cert"))))
                return Error(ErrorCode::Tls,
                             Tr::tr("The key %1 has no client certificate beside it")
                                 .arg(dir.filePath(name)));
        }
    }
    s.configuration.setCaCertificates(cas);
    return s;
}
