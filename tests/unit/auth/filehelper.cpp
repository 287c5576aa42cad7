// SPDX-License-Identifier: GPL-3.0-or-later
// docker-credential-pullscope-test: a credential helper for tests, speaking the
// docker-credential-helpers protocol (action in argv[1], payload on stdin, answer or error
// text on stdout, exit 1 on error), storing in the JSON file $PULLSCOPE_TEST_HELPER_STORE.
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cstdio>

namespace {
int fail(const char *message)
{
    std::fputs(message, stdout);
    std::fputs("\n", stdout);
    return 1;
}

QJsonObject readStore(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

bool writeStore(const QString &path, const QJsonObject &store)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write(QJsonDocument(store).toJson());
    return f.commit();
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString storePath = qEnvironmentVariable("PULLSCOPE_TEST_HELPER_STORE");
    if (argc < 2 || storePath.isEmpty())
        return fail("usage: docker-credential-pullscope-test store|get|erase|list");
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return fail("cannot read stdin");
    const QByteArray payload = in.readAll().trimmed();
    const QByteArray action = argv[1];
    QJsonObject store = readStore(storePath);
    if (qEnvironmentVariableIsSet("PULLSCOPE_TEST_HELPER_BROKEN"))
        return fail("the keyring is locked");
    if (action == "get") {
        if (payload.isEmpty())
            return fail("no credentials server URL");
        const QJsonObject entry = store.value(QString::fromUtf8(payload)).toObject();
        if (entry.isEmpty())
            return fail("credentials not found in native keychain");
        QJsonObject answer = entry;
        answer.insert(QStringLiteral("ServerURL"), QString::fromUtf8(payload));
        std::fputs(QJsonDocument(answer).toJson(QJsonDocument::Compact).constData(), stdout);
        return 0;
    }
    if (action == "store") {
        const QJsonObject o = QJsonDocument::fromJson(payload).object();
        const QString server = o.value(QStringLiteral("ServerURL")).toString();
        if (server.isEmpty())
            return fail("no credentials server URL");
        if (o.value(QStringLiteral("Username")).toString().isEmpty())
            return fail("no credentials username");
        store.insert(server,
                     QJsonObject{{QStringLiteral("Username"), o.value(QStringLiteral("Username"))},
                                 {QStringLiteral("Secret"), o.value(QStringLiteral("Secret"))}});
        return writeStore(storePath, store) ? 0 : fail("cannot write the store");
    }
    if (action == "erase") {
        if (!store.contains(QString::fromUtf8(payload)))
            return fail("credentials not found in native keychain");
        store.remove(QString::fromUtf8(payload));
        return writeStore(storePath, store) ? 0 : fail("cannot write the store");
    }
    if (action == "list") {
        QJsonObject answer;
        for (auto it = store.begin(); it != store.end(); ++it)
            answer.insert(it.key(), it.value().toObject().value(QStringLiteral("Username")));
        std::fputs(QJsonDocument(answer).toJson(QJsonDocument::Compact).constData(), stdout);
        return 0;
    }
    return fail("unknown action");
}
