// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/cluster/clustercontext.h"
#include "model/core/result.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>

class QProcess;
class QTimer;

// What an exec credential plugin returned (client.authentication.k8s.io ExecCredentialStatus).
struct ExecCredential
{
    QByteArray token;
    QByteArray clientCertificateData; // PEM
    QByteArray clientKeyData; // PEM
    QDateTime expiration; // invalid: until the server says 401
};

// Runs a context's exec credential plugin once as client-go does
// (docs/reference/cluster-api.md §2): the command (looked up on PATH when bare) with its
// args and env on top of the base environment, KUBERNETES_EXEC_INFO holding the ExecCredential
// request (never interactive: a desktop app has no terminal; spec.cluster with
// provideClusterInfo), stdout read as the ExecCredential answer. Failures in client-go's words
// behind "getting credentials: " ("exec: executable aws not found" with the install hint, "exec
// plugin didn't return a status field", …); a plugin that does not finish in time (2 minutes by
// default, for browser logins) is killed. Neither the token nor the plugin's stdout reaches a
// message or a log. finished() is emitted exactly once, never inside start().
class ExecCredentialPlugin : public QObject
{
    Q_OBJECT
public:
    static constexpr int defaultTimeoutMs = 120 * 1000;

    explicit ExecCredentialPlugin(ClusterContext context, QObject *parent = nullptr);
    ~ExecCredentialPlugin() override;

    // The environment the plugin's env is added to, and whose PATH finds a bare command
    // (default: this process's).
    void setBaseEnvironment(const QProcessEnvironment &env) { m_base = env; }

    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    void start();

    const Result<ExecCredential> &result() const { return m_result; }

    // The KUBERNETES_EXEC_INFO JSON the plugin gets.
    QByteArray execInfo() const;

Q_SIGNALS:
    void finished(QPrivateSignal);

private:
    void onProcessFinished();
    void finish(Result<ExecCredential> result);
    Error failure(const QString &message, const QString &detail = {}) const;

    ClusterContext m_context;
    QProcessEnvironment m_base = QProcessEnvironment::systemEnvironment();
    int m_timeoutMs = defaultTimeoutMs;
    QPointer<QProcess> m_process;
    QTimer *m_timer = nullptr;
    bool m_timedOut = false;
    bool m_done = false;
    Result<ExecCredential> m_result = ExecCredential();
};
