// SPDX-License-Identifier: GPL-3.0-or-later
// The GUI entry point: parses the command line, installs translations and the redacting log
// handler, and shows the main window (or saves a screenshot of it and exits).
#include "model/core/allocatortuning.h"
#include "model/core/logging.h"
#include "model/core/threadcheck.h"
#include "model/items/pulllistmodel.h"
#include "model/items/storedimagemodel.h"
#include "model/pull/pulljob.h"
#include "model/reference/platform.h"
#include "ui/common/icons.h"
#include "ui/common/startupoptions.h"
#include "ui/common/translationloader.h"
#include "ui/mainwindow.h"
#include "ui/node/nodepage.h"
#include "ui/pulls/pullspanel.h"
#include "ui/registries/registriespage.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>
#include <QPixmap>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

namespace {
// Lets layouts, deferred polish and pending paints finish before grabbing the window.
void settle(int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QCoreApplication::sendPostedEvents();
    }
}

int takeScreenshot(MainWindow &window, const StartupOptions &options)
{
    if (options.size.isValid())
        window.resize(options.size);
    window.show();
    settle(400);
    // A browsed repository and an inspected tag take a few round trips; wait for them.
    QElapsedTimer waited;
    waited.start();
    while (window.registriesPage()->isBusy() && waited.elapsed() < 20000)
        settle(100);
    // Pulls from --pull, and the store listing after them.
    while ((window.pullListModel()->activeCount() > 0 || window.storedImageModel()->isBusy())
           && waited.elapsed() < 60000)
        settle(100);
    // A simulation from --simulate, and the diagnosis after it.
    while (window.nodePage()->isBusy() && waited.elapsed() < 120000)
        settle(100);
    settle(300);
    const QPixmap shot = window.grab();
    settle(50);
    if (shot.isNull() || !shot.save(options.screenshotPath)) {
        QTextStream(stderr) << QCoreApplication::translate("main",
                                                           "pullscope: cannot write the "
                                                           "screenshot to %1")
                                   .arg(options.screenshotPath)
                            << Qt::endl;
        return 1;
    }
    QTextStream(stdout) << QDir::toNativeSeparators(
        QFileInfo(options.screenshotPath).absoluteFilePath())
                        << Qt::endl;
    return 0;
}
} // namespace

int main(int argc, char *argv[])
{
    AllocatorTuning::applyForStreaming();
    Logging::installRedactingMessageHandler();
    QApplication app(argc, argv);
    // Blocking engine calls on this thread end the process in debug builds (and with
    // PULLSCOPE_THREAD_CHECK=1): the event loop must never wait for a disk or a parser.
    ThreadCheck::setGuiThread(app.thread());
    QCoreApplication::setOrganizationName(QStringLiteral("Pullscope"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("pullscope.dev"));
    QCoreApplication::setApplicationName(QStringLiteral("pullscope"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PULLSCOPE_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Pullscope"));
    QGuiApplication::setDesktopFileName(QStringLiteral("pullscope"));

    const Result<StartupOptions> parsed = StartupOptions::parse(QCoreApplication::arguments());
    if (!parsed) {
        QTextStream(stderr) << QStringLiteral("pullscope: ") << parsed.error().message << Qt::endl
                            << QCoreApplication::translate("main", "Try 'pullscope --help'.")
                            << Qt::endl;
        return 2;
    }
    const StartupOptions &options = *parsed;
    if (options.showHelp) {
        QTextStream(stdout) << options.helpText;
        return 0;
    }
    if (options.showVersion) {
        QTextStream(stdout) << QStringLiteral("pullscope %1").arg(QStringLiteral(PULLSCOPE_VERSION))
                            << Qt::endl;
        return 0;
    }

    const QLocale locale =
        options.language.isEmpty() ? QLocale::system() : QLocale(options.language);
    if (!options.language.isEmpty())
        QLocale::setDefault(locale);
    TranslationLoader::install(&app, locale);
    QGuiApplication::setWindowIcon(Icons::icon(QStringLiteral("pullscope")));

    MainWindow window(options.settingsPath, nullptr, options.storeRoot);
    if (const auto page = MainWindow::pageFromName(options.page))
        window.setCurrentPage(*page);
    if (options.imagesTab)
        window.nodePage()->setCurrentTab(NodePage::Tab::Images);
    if (!options.demoFile.isEmpty())
        window.importDemoFile(options.demoFile);
    if (!options.selectRegistry.isEmpty()) {
        window.setCurrentPage(MainWindow::Page::Registries);
        if (!window.registriesPage()->browse(options.selectRegistry,
                                             options.selectRepository,
                                             options.selectTag)) {
            QTextStream(stderr) << QCoreApplication::translate("main",
                                                               "pullscope: cannot open %1/%2")
                                       .arg(options.selectRegistry, options.selectRepository)
                                << Qt::endl;
        }
    }

    if (!options.pulls.isEmpty()) {
        // After --demo-file, so the demo registries' host options apply to these pulls.
        PullOptions pullOptions;
        if (options.pullPlatform == QLatin1String("all")) {
            pullOptions.platforms = PullOptions::Platforms::All;
        } else if (!options.pullPlatform.isEmpty()) {
            pullOptions.platforms = PullOptions::Platforms::Given;
            pullOptions.platform = Platform::parse(options.pullPlatform)->normalized();
        }
        for (const QString &ref : options.pulls) {
            const auto parsed = ImageReference::parseNormalized(ref);
            const auto named = parsed->isNameOnly() ? ImageReference::parseDockerRef(ref) : parsed;
            window.startPull(*named, pullOptions);
        }
        window.pullsPanel()->selectPull(0, true);
    }

    if (!options.nodeProfilePath.isEmpty()) {
        const Result<NodeProfile> node = NodeProfile::load(options.nodeProfilePath);
        if (node)
            window.nodePage()->setNodeProfile(*node);
        else
            QTextStream(stderr) << QStringLiteral("pullscope: ") << node.error().toString()
                                << Qt::endl;
    }
    if (!options.simulateFile.isEmpty()) {
        window.setCurrentPage(MainWindow::Page::Node);
        QObject::connect(window.nodePage(),
                         &NodePage::fileOpened,
                         &window,
                         [](const QString &path, bool hasPod) {
                             if (!hasPod) {
                                 QTextStream(stderr)
                                     << QCoreApplication::translate("main",
                                                                    "pullscope: no Pod to "
                                                                    "simulate in %1")
                                            .arg(path)
                                     << Qt::endl;
                             }
                         });
        window.nodePage()->simulateFile(options.simulateFile, options.diagnose);
    }

    if (!options.screenshotPath.isEmpty()) {
        const int rc = takeScreenshot(window, options);
        // Leave the user's saved geometry alone: a screenshot is not a session.
        return rc;
    }
    window.show();
    return app.exec();
}
