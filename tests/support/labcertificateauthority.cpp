// SPDX-License-Identifier: GPL-3.0-or-later
#include "labcertificateauthority.h"

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <memory>

namespace {

template<typename T, void (*F)(T *)>
struct Deleter
{
    void operator()(T *p) const { F(p); }
};

using KeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using CertPtr = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;

QString openSslError()
{
    QString text;
    while (unsigned long e = ERR_get_error()) {
        char buf[256];
        ERR_error_string_n(e, buf, sizeof buf);
        text += QString::fromLatin1(buf) + QLatin1Char(' ');
    }
    return text.trimmed();
}

Error sslFailure(const char *what)
{
    return Error(ErrorCode::Internal, QString::fromLatin1(what), openSslError());
}

QByteArray bioBytes(BIO *bio)
{
    char *data = nullptr;
    const long n = BIO_get_mem_data(bio, &data);
    return QByteArray(data, int(n));
}

QByteArray certToPem(X509 *cert)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509(bio.get(), cert);
    return bioBytes(bio.get());
}

QByteArray keyToPem(EVP_PKEY *key)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr);
    return bioBytes(bio.get());
}

CertPtr certFromPem(const QByteArray &pem)
{
    BioPtr bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    return CertPtr(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
}

KeyPtr keyFromPem(const QByteArray &pem)
{
    BioPtr bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    return KeyPtr(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr));
}

bool addExtension(X509 *cert, X509 *issuer, int nid, const QByteArray &value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.constData());
    if (!ext)
        return false;
    const bool ok = X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return ok;
}

// Builds and signs one certificate. issuer/issuerKey null means self-signed.
CertPtr makeCertificate(EVP_PKEY *key,
                        const QString &commonName,
                        X509 *issuer,
                        EVP_PKEY *issuerKey,
                        int validDays,
                        const QList<std::pair<int, QByteArray>> &extensions)
{
    CertPtr cert(X509_new());
    if (!cert)
        return {};
    X509_set_version(cert.get(), 2);
    // Random 63-bit serial: distinct certificates from the same CA must not share one.
    unsigned char serial[8];
    RAND_bytes(serial, sizeof serial);
    serial[0] &= 0x7f;
    BIGNUM *bn = BN_bin2bn(serial, sizeof serial, nullptr);
    BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(cert.get()));
    BN_free(bn);
    // Back-dated an hour so a skewed clock in a child process does not see "not yet valid".
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), long(validDays) * 86400);
    X509_set_pubkey(cert.get(), key);
    X509_NAME *name = X509_get_subject_name(cert.get());
    const QByteArray cn = commonName.toUtf8();
    X509_NAME_add_entry_by_txt(name,
                               "O",
                               MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>("Pullscope lab"),
                               -1,
                               -1,
                               0);
    X509_NAME_add_entry_by_txt(name,
                               "CN",
                               MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>(cn.constData()),
                               -1,
                               -1,
                               0);
    X509 *issuerCert = issuer ? issuer : cert.get();
    X509_set_issuer_name(cert.get(), X509_get_subject_name(issuerCert));
    for (const auto &[nid, value] : extensions) {
        if (!addExtension(cert.get(), issuerCert, nid, value))
            return {};
    }
    if (X509_sign(cert.get(), issuerKey ? issuerKey : key, EVP_sha256()) <= 0)
        return {};
    return cert;
}

} // namespace

Result<LabCertificateAuthority> LabCertificateAuthority::create(const QString &commonName,
                                                                int validDays)
{
    KeyPtr key(EVP_EC_gen("P-256"));
    if (!key)
        return sslFailure("cannot generate the CA key");
    CertPtr cert =
        makeCertificate(key.get(),
                        commonName,
                        nullptr,
                        nullptr,
                        validDays,
                        {{NID_basic_constraints, "critical,CA:TRUE"},
                         {NID_key_usage, "critical,keyCertSign,cRLSign,digitalSignature"},
                         {NID_subject_key_identifier, "hash"}});
    if (!cert)
        return sslFailure("cannot make the CA certificate");
    LabCertificateAuthority ca;
    ca.m_ca = {certToPem(cert.get()), keyToPem(key.get())};
    return ca;
}

Result<LabCertificateAuthority::KeyPair>
LabCertificateAuthority::issue(const QString &commonName, const QStringList &extensions) const
{
    CertPtr caCert = certFromPem(m_ca.certificatePem);
    KeyPtr caKey = keyFromPem(m_ca.privateKeyPem);
    if (!caCert || !caKey)
        return sslFailure("cannot read the CA");
    KeyPtr key(EVP_EC_gen("P-256"));
    if (!key)
        return sslFailure("cannot generate a key");
    QList<std::pair<int, QByteArray>> ext{{NID_basic_constraints, "critical,CA:FALSE"},
                                          {NID_subject_key_identifier, "hash"},
                                          {NID_authority_key_identifier, "keyid:always"}};
    for (const QString &e : extensions) {
        const qsizetype eq = e.indexOf(QLatin1Char('='));
        ext.append({OBJ_sn2nid(e.left(eq).toLatin1().constData()), e.mid(eq + 1).toLatin1()});
    }
    CertPtr cert = makeCertificate(key.get(), commonName, caCert.get(), caKey.get(), 2, ext);
    if (!cert)
        return sslFailure("cannot issue a certificate");
    return KeyPair{certToPem(cert.get()), keyToPem(key.get())};
}

Result<LabCertificateAuthority::KeyPair>
LabCertificateAuthority::issueServerCertificate(const QString &commonName,
                                                const QStringList &dnsNames,
                                                const QStringList &ipAddresses) const
{
    QStringList san;
    for (const QString &d : dnsNames)
        san << QStringLiteral("DNS:") + d;
    for (const QString &ip : ipAddresses)
        san << QStringLiteral("IP:") + ip;
    return issue(commonName,
                 {QStringLiteral("keyUsage=critical,digitalSignature,keyEncipherment"),
                  QStringLiteral("extendedKeyUsage=serverAuth"),
                  QStringLiteral("subjectAltName=") + san.join(QLatin1Char(','))});
}

Result<LabCertificateAuthority::KeyPair>
LabCertificateAuthority::issueSigningCertificate(const QString &commonName) const
{
    return issue(commonName, {QStringLiteral("keyUsage=critical,digitalSignature")});
}

Result<void>
LabCertificateAuthority::writeFile(const QString &path, const QByteArray &data, bool secret)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(ErrorCode::Io,
                     QStringLiteral("cannot write %1").arg(path),
                     file.errorString());
    if (secret)
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(data);
    if (!file.commit())
        return Error(ErrorCode::Io,
                     QStringLiteral("cannot write %1").arg(path),
                     file.errorString());
    return {};
}
