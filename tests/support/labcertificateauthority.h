// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/core/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

// A private certificate authority made at test time with OpenSSL (EC P-256 keys, SHA-256
// signatures): a self-signed CA certificate and the leaf certificates it issues, for the lab
// registry's TLS listener and for the token server's JWT signing key. Everything is PEM in
// memory; writeFile() puts a piece on disk. A plain value: copy it freely, any thread.
class LabCertificateAuthority
{
public:
    // A certificate and its private key, both PEM.
    struct KeyPair
    {
        QByteArray certificatePem;
        QByteArray privateKeyPem;
    };

    // Makes a new CA named commonName, valid from an hour ago for validDays days.
    static Result<LabCertificateAuthority> create(const QString &commonName, int validDays = 2);

    // The CA certificate (PEM), what clients and the registry's rootcertbundle trust.
    QByteArray certificatePem() const { return m_ca.certificatePem; }

    // Issues a TLS server certificate with these DNS names and IP addresses as SANs
    // (serverAuth usage), signed by this CA.
    Result<KeyPair> issueServerCertificate(const QString &commonName,
                                           const QStringList &dnsNames,
                                           const QStringList &ipAddresses) const;

    // Issues a leaf certificate for signing tokens (digitalSignature usage), signed by this CA.
    Result<KeyPair> issueSigningCertificate(const QString &commonName) const;

    // Writes data to path, creating parent folders; private keys get mode 0600.
    static Result<void> writeFile(const QString &path, const QByteArray &data, bool secret = false);

private:
    LabCertificateAuthority() = default;

    Result<KeyPair> issue(const QString &commonName, const QStringList &extensions) const;

    KeyPair m_ca;
};
