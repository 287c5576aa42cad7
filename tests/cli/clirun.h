// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QStringList>

// What one run of the built pullscope-cli did.
struct Run
{
    int exitCode = -1; // -1: crashed or timed out
    QString out; // stdout as UTF-8 text
    QByteArray outBytes; // stdout exactly as written (byte-for-byte comparisons)
    QString err;
};

// Runs `pullscope-cli COMMAND ARGUMENTS...` (the binary named by PULLSCOPE_CLI_PATH, set by
// tests/cli/CMakeLists.txt) in environment and waits for it; a run that takes longer than
// timeoutMs is killed.
inline Run
runCliCommand(const QString &command,
              const QStringList &arguments,
              int timeoutMs,
              const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(PULLSCOPE_CLI_PATH), QStringList{command} + arguments);
    Run run;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.outBytes = process.readAllStandardOutput();
    run.out = QString::fromUtf8(run.outBytes);
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}
