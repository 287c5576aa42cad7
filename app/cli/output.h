// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>
#include <QString>
#include <QTextStream>

// Where a command writes: results to stdout, diagnostics to stderr. Every diagnostic goes
// through redaction, so a secret typed on the command line never comes back in a message.
class Output
{
public:
    Output();
    // For tests: write into strings instead of the process's streams.
    Output(QString *out, QString *err);

    // A line of normal output (stdout).
    void line(const QString &text);
    // One compact JSON document on its own line (stdout).
    void json(const QJsonValue &value);
    // Bytes exactly as given (stdout), no newline added: a manifest as served.
    void raw(const QByteArray &bytes);
    // Text exactly as given (stdout), no newline added: a live progress frame.
    void text(const QString &text);
    // "pullscope-cli: <text>" on stderr, redacted.
    void error(const QString &text);

    // True when stdout is a terminal (for live progress displays).
    bool isTerminal() const { return m_terminal; }

private:
    QTextStream m_out;
    QTextStream m_err;
    bool m_terminal = false;
};
