// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/auth/credentialhelper.h"

#include "model/core/logging.h"
#include "model/core/processreaper.h"
#include "model/core/tr.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace {
QString actionName(CredentialHelperCall::Action action)
{
    switch (action) {
    case CredentialHelperCall::Action::Get:
        return QStringLiteral("get");
    case CredentialHelperCall::Action::Store:
        return QStringLiteral("store");
    case CredentialHelperCall::Action::Erase:
        return QStringLiteral("erase");
    case CredentialHelperCall::Action::List:
        return QStringLiteral("list");
    }
    return {};
}
} // namespace

CredentialHelperCall::CredentialHelperCall(QString suffix,
                                           Action action,
                                           QByteArray payload,
                                           QObject *parent)
    : ResultJob(parent)
    , m_suffix(std::move(suffix))
    , m_action(action)
    , m_payload(std::move(payload))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        stopAndFinish(Error(ErrorCode::Timeout,
                            Tr::tr("The credential helper %1 did not answer within %2 seconds")
                                .arg(program())
                                .arg(m_timeoutMs / 1000)));
    });
}

CredentialHelperCall::~CredentialHelperCall()
{
    // QProcess's destructor would wait for a running helper; it is killed and released instead.
    ProcessReaper::killAndRelease(m_process);
}

CredentialHelperCall *
CredentialHelperCall::get(const QString &suffix, const QString &serverUrl, QObject *parent)
{
    auto *call = new CredentialHelperCall(suffix, Action::Get, serverUrl.toUtf8(), parent);
    call->m_serverUrl = serverUrl;
    return call;
}

CredentialHelperCall *CredentialHelperCall::store(const QString &suffix,
                                                  const QString &serverUrl,
                                                  const QString &username,
                                                  const QString &secret,
                                                  QObject *parent)
{
    const QJsonObject o{{QStringLiteral("ServerURL"), serverUrl},
                        {QStringLiteral("Username"), username},
                        {QStringLiteral("Secret"), secret}};
    auto *call = new CredentialHelperCall(suffix,
                                          Action::Store,
                                          QJsonDocument(o).toJson(QJsonDocument::Compact),
                                          parent);
    call->m_serverUrl = serverUrl;
    return call;
}

CredentialHelperCall *
CredentialHelperCall::erase(const QString &suffix, const QString &serverUrl, QObject *parent)
{
    auto *call = new CredentialHelperCall(suffix, Action::Erase, serverUrl.toUtf8(), parent);
    call->m_serverUrl = serverUrl;
    return call;
}

CredentialHelperCall *CredentialHelperCall::list(const QString &suffix, QObject *parent)
{
    // The Go client writes "unused" for list; helpers ignore it.
    return new CredentialHelperCall(suffix, Action::List, QByteArrayLiteral("unused"), parent);
}

void CredentialHelperCall::start()
{
    const QString path = QStandardPaths::findExecutable(program());
    if (path.isEmpty()) {
        // finished() is queued by the Job base, never emitted inside start().
        stopAndFinish(Error(
            ErrorCode::Io,
            Tr::tr("The credential helper %1 is configured but not found on PATH").arg(program())));
        return;
    }
    m_process = new QProcess(this);
    m_process->setProgram(path);
    m_process->setArguments({actionName(m_action)});
    connect(m_process, &QProcess::finished, this, &CredentialHelperCall::onProcessFinished);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            stopAndFinish(Error(ErrorCode::Io,
                                Tr::tr("The credential helper %1 could not be started: %2")
                                    .arg(program(), m_process->errorString())));
    });
    m_process->start();
    m_process->write(m_payload);
    m_process->closeWriteChannel();
    m_timer.start(m_timeoutMs);
    qCDebug(lcAuth) << "credential helper" << program() << actionName(m_action);
}

void CredentialHelperCall::cancel()
{
    stopAndFinish(Error(ErrorCode::Cancelled, Tr::tr("Cancelled")));
}

void CredentialHelperCall::onProcessFinished(int exitCode, QProcess::ExitStatus status)
{
    const QByteArray out = m_process->readAllStandardOutput().trimmed();
    if (status != QProcess::NormalExit || exitCode != 0) {
        // Helpers print their error on stdout (docker-credential-helpers credentials.Serve).
        // "credentials not found in native keychain" means: none stored, not a failure.
        if (m_action == Action::Get && out.contains("credentials not found")) {
            stopAndFinish(Credential());
            return;
        }
        const QString why = out.isEmpty()
            ? QString::fromUtf8(m_process->readAllStandardError().trimmed())
            : QString::fromUtf8(out);
        stopAndFinish(Error(ErrorCode::Io,
                            Tr::tr("The credential helper %1 failed (%2): %3")
                                .arg(program(), actionName(m_action), why.left(500))));
        return;
    }
    if (m_action == Action::Store || m_action == Action::Erase) {
        stopAndFinish(Credential());
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(out, &parseError);
    if (!doc.isObject()) {
        stopAndFinish(Error(
            ErrorCode::Parse,
            Tr::tr("The credential helper %1 answered %2 with something that is not a JSON object")
                .arg(program(), actionName(m_action))));
        return;
    }
    const QJsonObject o = doc.object();
    if (m_action == Action::List) {
        for (auto it = o.begin(); it != o.end(); ++it)
            m_list.insert(it.key(), it.value().toString());
        stopAndFinish(Credential());
        return;
    }
    Credential c;
    c.origin = Credential::Origin::Helper;
    c.originPath = program();
    c.key = o.value(QStringLiteral("ServerURL")).toString(m_serverUrl);
    c.username = o.value(QStringLiteral("Username")).toString();
    c.secret = o.value(QStringLiteral("Secret")).toString();
    if (c.secret.isEmpty() && c.username.isEmpty()) {
        stopAndFinish(Credential());
        return;
    }
    // Username "<token>" marks an identity token (docker/cli native_store.go tokenUsername).
    if (c.username == QLatin1String("<token>")) {
        c.kind = Credential::Kind::IdentityToken;
        c.username.clear();
    } else {
        c.kind = Credential::Kind::Password;
    }
    stopAndFinish(c);
}

void CredentialHelperCall::stopAndFinish(Result<Credential> result)
{
    if (isFinished())
        return;
    m_timer.stop();
    if (m_process && m_process->state() != QProcess::NotRunning) {
        // A hung helper is killed, not waited for; the event loop deletes it once it ends.
        ProcessReaper::killAndRelease(m_process);
        m_process = nullptr;
    }
    finish(std::move(result));
}
