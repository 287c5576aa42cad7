// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/registry/registryconfig.h"

#include "model/core/tr.h"

#include <QDir>
#include <QFileInfo>

namespace {
void checkPath(QList<RegistryConfig::Problem> &out,
               RegistryConfig::Field field,
               const QString &path,
               bool wantDir,
               bool checkFiles)
{
    if (path.isEmpty())
        return;
    const bool isCertDir = field == RegistryConfig::Field::CertDir;
    if (!QDir::isAbsolutePath(path)) {
        out.append({field,
                    isCertDir
                        ? Tr::tr("Certificate folder: \"%1\" is not an absolute path.").arg(path)
                        : Tr::tr("Auth file: \"%1\" is not an absolute path.").arg(path)});
        return;
    }
    if (!checkFiles)
        return;
    const QFileInfo info(path);
    if (wantDir && !info.isDir()) {
        out.append({field, Tr::tr("Certificate folder: \"%1\" does not exist.").arg(path)});
    } else if (!wantDir && !info.isFile()) {
        out.append({field, Tr::tr("Auth file: \"%1\" does not exist.").arg(path)});
    }
}
} // namespace

QList<RegistryConfig::Problem> RegistryConfig::problems(bool checkFiles) const
{
    QList<Problem> out;
    if (name.trimmed().isEmpty())
        out.append({Field::Name, Tr::tr("Name: enter a name for this registry.")});

    if (url.isEmpty()) {
        out.append({Field::Url,
                    Tr::tr("URL: enter the registry address, such as %1.")
                        .arg(QStringLiteral("registry.example.com:5000"))});
    } else if (!url.isValid() || url.host().isEmpty()) {
        out.append({Field::Url,
                    Tr::tr("URL: \"%1\" is not a registry address; use a host name with an "
                           "optional port, such as %2.")
                        .arg(url.toDisplayString(), QStringLiteral("registry.example.com:5000"))});
    } else if (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")) {
        out.append(
            {Field::Url,
             Tr::tr("URL: the scheme must be https or http, not \"%1\".").arg(url.scheme())});
    } else if (!url.userInfo().isEmpty()) {
        // Credentials belong in auth files, never in a URL that lands in settings and logs.
        out.append({Field::Url,
                    Tr::tr("URL: remove the user name and password; Pullscope reads credentials "
                           "from auth files.")});
    } else if ((!url.path().isEmpty() && url.path() != QLatin1String("/")) || url.hasQuery()
               || url.hasFragment()) {
        // The distribution spec serves the API at /v2/ on the host root.
        out.append({Field::Url,
                    Tr::tr("URL: use only scheme, host and port; the registry API always lives "
                           "at /v2/ on the host.")});
    } else if (url.scheme() == QLatin1String("http") && !insecure) {
        out.append({Field::Url,
                    Tr::tr("URL: plain HTTP is unencrypted; tick \"Insecure\" to allow it, or use "
                           "https://.")});
    }

    checkPath(out, Field::CertDir, certDir, true, checkFiles);
    checkPath(out, Field::AuthFile, authFile, false, checkFiles);
    return out;
}

QString RegistryConfig::hostKey() const
{
    if (url.port() > 0)
        return url.host() + QLatin1Char(':') + QString::number(url.port());
    return url.host();
}

QUrl RegistryConfig::urlFromUserInput(const QString &text, bool insecure)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    QString withScheme = trimmed;
    if (!trimmed.contains(QLatin1String("://")))
        withScheme = (insecure ? QStringLiteral("http://") : QStringLiteral("https://")) + trimmed;
    QUrl url(withScheme, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return QUrl(trimmed); // keep what was typed, so problems() can quote it
    if (url.path() == QLatin1String("/"))
        url.setPath(QString());
    return url;
}
