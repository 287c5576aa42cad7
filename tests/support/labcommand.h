// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lab.h"

#include <QObject>

#include <memory>

class QSocketNotifier;

// The pullscope-lab command line: `demo --dir DIR [--port N]` serves the GUI's demo registry
// (token auth, the standard images, DIR/demo.json and DIR/auth.json) until SIGINT/SIGTERM;
// `serve --mode MODE [--seed] [--port N] [--dir DIR]` serves a lab registry for manual use and
// benchmarks. Signals arrive through a self-pipe and a QSocketNotifier, so shutdown runs on
// the event loop and stops the registry and the token server cleanly. Main thread.
class LabCommand : public QObject
{
    Q_OBJECT
public:
    explicit LabCommand(QObject *parent = nullptr);
    ~LabCommand() override;

    // Parses arguments (without the program name) and runs; returns the exit code. Blocks in
    // the event loop until a signal when serving.
    int run(const QStringList &arguments);

private:
    int runDemo(const QStringList &arguments);
    int runServe(const QStringList &arguments);
    bool installSignalHandlers();
    int serveUntilSignal();

    std::unique_ptr<Lab> m_lab;
    QSocketNotifier *m_signalNotifier = nullptr;
};
