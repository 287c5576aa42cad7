// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/auth/credential.h"
#include "model/core/job.h"
#include "model/core/result.h"

#include <QMap>
#include <QProcess>
#include <QTimer>

// One call of a docker-credential-<suffix> program (docker-credential-helpers protocol:
// the action as argument, the payload on stdin, the answer or the error text on stdout).
// start() runs the program; finished() is emitted exactly once and queued (the Job contract),
// also on timeout, on cancel() and when the program is missing. The job deletes nothing itself;
// the owner deletes it after finished(). A program still running when the job finishes or is
// deleted is killed and released (ProcessReaper), never waited for.
class CredentialHelperCall : public ResultJob<Credential>
{
    Q_OBJECT
public:
    enum class Action { Get, Store, Erase, List };

    CredentialHelperCall(QString suffix,
                         Action action,
                         QByteArray payload,
                         QObject *parent = nullptr);
    ~CredentialHelperCall() override;

    // Helper calls run programs the user configured; a stuck one must not stall a pull.
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    void start() override;
    // Stops the program; finished() follows (queued) with ErrorCode::Cancelled unless the call
    // already finished.
    void cancel() override;

    QString program() const { return QStringLiteral("docker-credential-") + m_suffix; }

    // Get: the credential (Anonymous kind when the helper has none for that server).
    // Store/Erase: an Anonymous credential on success. List: an Anonymous credential on
    // success, the entries in listResult(). (result() is ResultJob's: only after finished.)

    // List: ServerURL -> Username.
    const QMap<QString, QString> &listResult() const { return m_list; }

    // Convenience builders.
    static CredentialHelperCall *
    get(const QString &suffix, const QString &serverUrl, QObject *parent);
    static CredentialHelperCall *store(const QString &suffix,
                                       const QString &serverUrl,
                                       const QString &username,
                                       const QString &secret,
                                       QObject *parent);
    static CredentialHelperCall *
    erase(const QString &suffix, const QString &serverUrl, QObject *parent);
    static CredentialHelperCall *list(const QString &suffix, QObject *parent);

private:
    // Stops the timer and the program, then finishes with result (only the first call counts).
    void stopAndFinish(Result<Credential> result);
    void onProcessFinished(int exitCode, QProcess::ExitStatus status);

    QString m_suffix;
    Action m_action;
    QByteArray m_payload;
    QString m_serverUrl;
    int m_timeoutMs = 30'000;
    QProcess *m_process = nullptr;
    QTimer m_timer;
    QMap<QString, QString> m_list;
};
