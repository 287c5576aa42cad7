// SPDX-License-Identifier: GPL-3.0-or-later
// A real kubelet credential provider plugin (credentialprovider.kubelet.k8s.io exec API) for
// tests: reads a CredentialProviderRequest on stdin and answers on stdout. What it does is chosen
// by the first argument or PULLSCOPE_TEST_PROVIDER_MODE:
//   good      a response with auth {"<registry of image>": {"username": "user-for-<image>",
//             "password": "s3cret-<image>"}}, cacheKeyType from PULLSCOPE_TEST_PROVIDER_KEY_TYPE
//             (default Image), cacheDuration from PULLSCOPE_TEST_PROVIDER_DURATION (absent:
//             omitted), apiVersion from PULLSCOPE_TEST_PROVIDER_API_VERSION (default: the
//             request's)
//   badjson   prints something that is not JSON and exits 0
//   exit      prints "password=hunter2 went wrong" to stderr and exits 3
//   hang      never answers
// Every request's image is appended, one a line, to PULLSCOPE_TEST_PROVIDER_LOG when set, so
// tests can count invocations.
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString mode = args.size() > 1
        ? args.at(1)
        : qEnvironmentVariable("PULLSCOPE_TEST_PROVIDER_MODE", QStringLiteral("good"));
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return 2;
    const QJsonObject request = QJsonDocument::fromJson(in.readAll()).object();
    const QString image = request.value(QStringLiteral("image")).toString();

    const QString log = qEnvironmentVariable("PULLSCOPE_TEST_PROVIDER_LOG");
    if (!log.isEmpty()) {
        QFile f(log);
        if (f.open(QIODevice::Append))
            f.write(image.toUtf8() + '\n');
    }
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return 2;
    if (mode == QLatin1String("hang")) {
        for (;;)
            QThread::sleep(1);
    }
    if (mode == QLatin1String("badjson")) {
        out.write("this is not {json");
        return 0;
    }
    if (mode == QLatin1String("exit")) {
        std::fputs("password=hunter2 went wrong\n", stderr);
        return 3;
    }
    if (request.value(QStringLiteral("kind")).toString()
        != QLatin1String("CredentialProviderRequest")) {
        std::fputs("not a CredentialProviderRequest\n", stderr);
        return 4;
    }
    QJsonObject response;
    response.insert(QStringLiteral("apiVersion"),
                    qEnvironmentVariable("PULLSCOPE_TEST_PROVIDER_API_VERSION",
                                         request.value(QStringLiteral("apiVersion")).toString()));
    response.insert(QStringLiteral("kind"), QStringLiteral("CredentialProviderResponse"));
    response.insert(
        QStringLiteral("cacheKeyType"),
        qEnvironmentVariable("PULLSCOPE_TEST_PROVIDER_KEY_TYPE", QStringLiteral("Image")));
    if (qEnvironmentVariableIsSet("PULLSCOPE_TEST_PROVIDER_DURATION")) {
        response.insert(QStringLiteral("cacheDuration"),
                        qEnvironmentVariable("PULLSCOPE_TEST_PROVIDER_DURATION"));
    }
    const QString registry = image.section(u'/', 0, 0);
    response.insert(QStringLiteral("auth"),
                    QJsonObject{{registry,
                                 QJsonObject{{QStringLiteral("username"),
                                              QString(QStringLiteral("user-for-") + image)},
                                             {QStringLiteral("password"),
                                              QString(QStringLiteral("s3cret-") + image)}}}});
    out.write(QJsonDocument(response).toJson(QJsonDocument::Compact));
    return 0;
}
