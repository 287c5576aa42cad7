// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>

// Runs the built pullscope-cli as a process with a private HOME, XDG_RUNTIME_DIR and
// XDG_CONFIG_HOME (and no REGISTRY_AUTH_FILE or DOCKER_CONFIG), so no credential or
// certificate of the machine changes a test's outcome. Blocking; main thread.
class CliRunner
{
public:
    // What one run printed and how it ended.
    struct Run
    {
        int exitCode = -1; // -1 when it crashed or timed out
        QByteArray out;
        QString err;

        QString outText() const { return QString::fromUtf8(out); }

        // "exit N, stderr: ..." for failure messages.
        QString describe() const;
    };

    CliRunner();

    // Runs pullscope-cli with arguments, feeding stdinData on standard input.
    Run run(const QStringList &arguments,
            const QByteArray &stdinData = QByteArray(),
            int timeoutMs = 120000) const;

    // The private $XDG_RUNTIME_DIR (login's default target is containers/auth.json in it).
    QString runtimeDir() const { return m_dir.path() + QStringLiteral("/run"); }

    // A scratch folder for the test's own files.
    QString scratchDir() const { return m_dir.path() + QStringLiteral("/scratch"); }

    QProcessEnvironment &environment() { return m_environment; }

private:
    QTemporaryDir m_dir;
    QProcessEnvironment m_environment;
};
