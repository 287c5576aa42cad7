// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirunner.h"

#include <QDir>
#include <QProcess>

QString CliRunner::Run::describe() const
{
    return QStringLiteral("exit %1, stderr: %2").arg(exitCode).arg(err);
}

CliRunner::CliRunner()
    : m_environment(QProcessEnvironment::systemEnvironment())
{
    QDir root(m_dir.path());
    for (const char *sub : {"home", "run", "config", "scratch"})
        root.mkpath(QString::fromLatin1(sub));
    m_environment.insert(QStringLiteral("HOME"), m_dir.path() + QStringLiteral("/home"));
    m_environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtimeDir());
    m_environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                         m_dir.path() + QStringLiteral("/config"));
    m_environment.remove(QStringLiteral("REGISTRY_AUTH_FILE"));
    m_environment.remove(QStringLiteral("DOCKER_CONFIG"));
}

CliRunner::Run
CliRunner::run(const QStringList &arguments, const QByteArray &stdinData, int timeoutMs) const
{
    QProcess process;
    process.setProcessEnvironment(m_environment);
    process.start(QStringLiteral(PULLSCOPE_CLI_PATH), arguments);
    Run run;
    if (!process.waitForStarted(10000))
        return run;
    if (!stdinData.isEmpty())
        process.write(stdinData);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        run.err = QStringLiteral("timed out");
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}
