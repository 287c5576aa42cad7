// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/cluster/execcredentialplugin.h"

#include "model/core/processreaper.h"
#include "model/core/redaction.h"
#include "model/core/tr.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTimer>

ExecCredentialPlugin::ExecCredentialPlugin(ClusterContext context, QObject *parent)
    : QObject(parent)
    , m_context(std::move(context))
{}

ExecCredentialPlugin::~ExecCredentialPlugin()
{
    // Not waited for: a plugin that hangs must not hang the caller (client-go kills it too).
    ProcessReaper::killAndRelease(m_process);
}

QByteArray ExecCredentialPlugin::execInfo() const
{
    // exec.go: spec.interactive is false without a terminal on stdin; spec.cluster only with
    // provideClusterInfo, the CA always as data (docs/reference/cluster-api.md §2.2).
    const KubeConfigExec &exec = m_context.user().exec;
    QJsonObject spec{{QStringLiteral("interactive"), false}};
    if (exec.provideClusterInfo) {
        const KubeConfigCluster &c = m_context.cluster();
        QByteArray ca = c.certificateAuthorityData;
        if (ca.isEmpty() && !c.certificateAuthority.isEmpty()) {
            QFile f(c.certificateAuthority);
            if (f.open(QIODevice::ReadOnly))
                ca = f.readAll();
        }
        QJsonObject cluster{{QStringLiteral("server"), c.server},
                            {QStringLiteral("insecure-skip-tls-verify"), c.insecureSkipTlsVerify}};
        if (!c.tlsServerName.isEmpty())
            cluster.insert(QStringLiteral("tls-server-name"), c.tlsServerName);
        if (!ca.isEmpty())
            cluster.insert(QStringLiteral("certificate-authority-data"),
                           QString::fromLatin1(ca.toBase64()));
        if (!c.proxyUrl.isEmpty())
            cluster.insert(QStringLiteral("proxy-url"), c.proxyUrl);
        spec.insert(QStringLiteral("cluster"), cluster);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("kind"), QStringLiteral("ExecCredential")},
                                     {QStringLiteral("apiVersion"), exec.apiVersion},
                                     {QStringLiteral("spec"), spec}})
        .toJson(QJsonDocument::Compact);
}

Error ExecCredentialPlugin::failure(const QString &message, const QString &detail) const
{
    // The request-level wrapping kubectl shows: "getting credentials: exec: …" (§2.3).
    return Error(ErrorCode::Unauthorized,
                 QStringLiteral("getting credentials: ") + message,
                 Redaction::redact(detail));
}

void ExecCredentialPlugin::start()
{
    QMetaObject::invokeMethod(
        this,
        [this] {
            const KubeConfigExec &exec = m_context.user().exec;
            if (!m_context.user().hasExec) {
                finish(Error(
                    ErrorCode::InvalidArgument,
                    Tr::tr("User %1 has no exec credential plugin").arg(m_context.user().name)));
                return;
            }
            const QString program = exec.command.contains(QLatin1Char('/'))
                ? exec.command
                : QStandardPaths::findExecutable(exec.command,
                                                 m_base.value(QStringLiteral("PATH"))
                                                     .split(QLatin1Char(':'), Qt::SkipEmptyParts));
            if (program.isEmpty() || !QFile::exists(program)) {
                QString message = QStringLiteral("exec: executable %1 not found").arg(exec.command);
                if (!exec.installHint.isEmpty())
                    message += QLatin1Char('\n') + exec.installHint.trimmed();
                finish(failure(message));
                return;
            }
            QProcessEnvironment env = m_base;
            for (const auto &[name, value] : exec.env)
                env.insert(name, value);
            env.insert(QStringLiteral("KUBERNETES_EXEC_INFO"), QString::fromUtf8(execInfo()));
            m_process = new QProcess(this);
            m_process->setProcessEnvironment(env);
            m_process->setProgram(program);
            m_process->setArguments(exec.args);
            m_process->setStandardInputFile(QProcess::nullDevice()); // never interactive
            connect(m_process, &QProcess::finished, this, &ExecCredentialPlugin::onProcessFinished);
            connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
                if (e == QProcess::FailedToStart)
                    finish(
                        failure(QStringLiteral("exec: executable %1 failed to start: %2")
                                    .arg(m_context.user().exec.command, m_process->errorString())));
            });
            m_timer = new QTimer(this);
            m_timer->setSingleShot(true);
            connect(m_timer, &QTimer::timeout, this, [this] {
                m_timedOut = true;
                if (m_process)
                    m_process->kill();
            });
            m_timer->start(m_timeoutMs);
            m_process->start();
        },
        Qt::QueuedConnection);
}

void ExecCredentialPlugin::onProcessFinished()
{
    if (m_done || !m_process)
        return;
    m_timer->stop();
    const QString command = m_context.user().exec.command;
    const QString stderrText = QString::fromLocal8Bit(m_process->readAllStandardError()).trimmed();
    if (m_timedOut) {
        //: %1 the plugin command, %2 seconds
        finish(failure(Tr::tr("exec: executable %1 did not answer within %2 s")
                           .arg(command)
                           .arg(m_timeoutMs / 1000),
                       stderrText));
        return;
    }
    if (m_process->exitStatus() != QProcess::NormalExit || m_process->exitCode() != 0) {
        // exec.go wrapCmdRunErrorLocked; the plugin's own words (stderr) go to the detail.
        finish(failure(QStringLiteral("exec: executable %1 failed with exit code %2")
                           .arg(command)
                           .arg(m_process->exitCode()),
                       stderrText));
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument document =
        QJsonDocument::fromJson(m_process->readAllStandardOutput(), &parseError);
    if (!document.isObject()) {
        finish(failure(QStringLiteral("decoding stdout: %1").arg(parseError.errorString())));
        return;
    }
    // exec.go refreshCredsLocked, in its order and words (docs/reference/cluster-api.md §2.3).
    const QJsonObject o = document.object();
    const QString version = o.value(QStringLiteral("apiVersion")).toString();
    if (version != m_context.user().exec.apiVersion) {
        finish(failure(QStringLiteral("exec plugin is configured to use API version %1, plugin "
                                      "returned version %2")
                           .arg(m_context.user().exec.apiVersion, version)));
        return;
    }
    if (!o.value(QStringLiteral("status")).isObject()) {
        finish(failure(QStringLiteral("exec plugin didn't return a status field")));
        return;
    }
    const QJsonObject status = o.value(QStringLiteral("status")).toObject();
    ExecCredential c;
    c.token = status.value(QStringLiteral("token")).toString().toUtf8();
    c.clientCertificateData =
        status.value(QStringLiteral("clientCertificateData")).toString().toUtf8();
    c.clientKeyData = status.value(QStringLiteral("clientKeyData")).toString().toUtf8();
    const bool cert = !c.clientCertificateData.isEmpty();
    const bool key = !c.clientKeyData.isEmpty();
    if (c.token.isEmpty() && !cert && !key) {
        finish(failure(QStringLiteral("exec plugin didn't return a token or cert/key pair")));
        return;
    }
    if (cert != key) {
        finish(failure(QStringLiteral("exec plugin returned only certificate or key, not both")));
        return;
    }
    const QString expiry = status.value(QStringLiteral("expirationTimestamp")).toString();
    if (!expiry.isEmpty())
        c.expiration = QDateTime::fromString(expiry, Qt::ISODate);
    finish(c);
}

void ExecCredentialPlugin::finish(Result<ExecCredential> result)
{
    if (m_done)
        return;
    m_done = true;
    if (m_timer)
        m_timer->stop();
    m_result = std::move(result);
    QMetaObject::invokeMethod(
        this,
        [this] {
            Q_EMIT finished(QPrivateSignal());
        },
        Qt::QueuedConnection);
}
