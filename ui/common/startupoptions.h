// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/core/result.h"

#include <QCoreApplication>
#include <QSize>
#include <QString>
#include <QStringList>

// The GUI's command line, parsed with QCommandLineParser. Kept out of main() so tests can
// check exactly what `pullscope --lang de ...` means.
struct StartupOptions
{
    Q_DECLARE_TR_FUNCTIONS(StartupOptions)

public:
    QString language; // --lang CODE; empty means QLocale::system()
    QString demoFile; // --demo-file PATH
    QString settingsPath; // --settings PATH; empty means the per-user default
    QString screenshotPath; // --screenshot FILE
    QString page; // --page registries|workspace|node|credentials; empty keeps the saved one
    QSize size; // --size WxH; invalid means the saved or default size
    // --select REGISTRY/REPOSITORY[:TAG]: open a repository (and a tag) on the Registries page;
    // REGISTRY is a configured name or its host:port
    QString selectRegistry;
    QString selectRepository;
    QString selectTag;
    QString storeRoot; // --store DIR: the image store; empty means ContentStore::defaultRoot()
    QStringList pulls; // --pull REF (repeatable): pulls started at once, shown in the Pulls panel
    // --pull-platform all|PLATFORM: the platform choice of those pulls; empty means this
    // machine's. Checked with Platform::parse().
    QString pullPlatform;
    QString simulateFile; // --simulate FILE: a Pod YAML run on the Node page at start
    QString nodeProfilePath; // --node-profile FILE: the PullscopeNode to simulate on
    bool diagnose = false; // --diagnose: after the run, diagnose the first failing container
    bool imagesTab = false; // --page node-images: the Node page's "Images on this node" tab
    bool showVersion = false;
    bool showHelp = false;
    QString helpText; // the parser's --help text, filled by parse()

    // Parses arguments (arguments.first() is the program name). Unknown options, bad page
    // names and sizes are errors with a message fit for stderr.
    static Result<StartupOptions> parse(const QStringList &arguments);
};
