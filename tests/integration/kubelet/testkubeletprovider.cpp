// SPDX-License-Identifier: GPL-3.0-or-later
// A kubelet credential provider plugin for the simulator's tests (credentialprovider.kubelet.k8s.io
// exec API): reads a CredentialProviderRequest on stdin and answers with the credential in
// $PROVIDER_USERNAME / $PROVIDER_PASSWORD for the image's registry, cacheKeyType Registry.
// Each request's image is appended to $PROVIDER_LOG when set. With $PROVIDER_FAIL it exits 1.
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QFile in;
    QFile out;
    if (!in.open(stdin, QIODevice::ReadOnly) || !out.open(stdout, QIODevice::WriteOnly))
        return 2;
    const QJsonObject request = QJsonDocument::fromJson(in.readAll()).object();
    const QString image = request.value(QStringLiteral("image")).toString();
    if (const QString log = qEnvironmentVariable("PROVIDER_LOG"); !log.isEmpty()) {
        QFile f(log);
        if (f.open(QIODevice::Append))
            f.write(image.toUtf8() + '\n');
    }
    if (qEnvironmentVariableIsSet("PROVIDER_FAIL"))
        return 1;
    const QJsonObject auth{{QStringLiteral("username"), qEnvironmentVariable("PROVIDER_USERNAME")},
                           {QStringLiteral("password"), qEnvironmentVariable("PROVIDER_PASSWORD")}};
    const QJsonObject response{
        {QStringLiteral("apiVersion"), request.value(QStringLiteral("apiVersion"))},
        {QStringLiteral("kind"), QStringLiteral("CredentialProviderResponse")},
        {QStringLiteral("cacheKeyType"), QStringLiteral("Registry")},
        {QStringLiteral("auth"), QJsonObject{{image.section(QLatin1Char('/'), 0, 0), auth}}}};
    out.write(QJsonDocument(response).toJson(QJsonDocument::Compact));
    return 0;
}
