// SPDX-License-Identifier: GPL-3.0-or-later
// pullscope-guistall: how long the GUI thread's event loop stops answering while the main
// window does three things a user does (bench/gui_stall.sh runs it):
//   1. open a folder of Pod files on the Workspace page (read, parsed and linted),
//   2. type into one of them (a key every 30 ms, then the lint after the typing pause),
//   3. simulate one Pod on the Node page (10 minutes of kubelet time, pulls included).
// A 1 ms precise timer on the GUI thread notes the gap between its ticks; the longest gap in
// each phase is the longest the loop stalled (the user's keys and repaints wait that long).
// Prints one line a phase and the overall figure; exits 1 when a phase does not finish.
// Blocking work on the GUI thread is also caught by ThreadCheck when PULLSCOPE_THREAD_CHECK=1.
#include "model/core/threadcheck.h"
#include "ui/mainwindow.h"
#include "ui/node/nodepage.h"
#include "ui/node/simulationwidget.h"
#include "ui/workspace/workspacepage.h"
#include "ui/workspace/yamleditor.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTest>
#include <QTextCursor>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <functional>

namespace {

// The longest gap between ticks of a 1 ms timer on the GUI thread since reset().
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            tick();
        });
        m_timer.start();
        reset();
    }

    void reset()
    {
        m_clock.start();
        m_last = 0;
        m_longest = 0;
    }

    // Milliseconds, including the gap still open now.
    double longestMs() const { return std::max(m_longest, m_clock.nsecsElapsed() - m_last) / 1e6; }

private:
    void tick()
    {
        const qint64 now = m_clock.nsecsElapsed();
        m_longest = std::max(m_longest, now - m_last);
        m_last = now;
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longest = 0;
};

// Runs the event loop until done() holds or timeoutMs passes; false on timeout.
bool spinUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 5);
    }
    return true;
}

// Runs the event loop for ms milliseconds.
void spinFor(int ms)
{
    QElapsedTimer clock;
    clock.start();
    spinUntil(
        [&] {
            return clock.elapsed() >= ms;
        },
        ms + 1000);
}

struct Phase
{
    QString name;
    double longestMs = 0;
    qint64 wallMs = 0;
    QString detail;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    ThreadCheck::setGuiThread(app.thread());
    QCoreApplication::setApplicationName(QStringLiteral("pullscope-guistall"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Longest GUI event-loop stall while opening a folder, typing and simulating."));
    parser.addHelpOption();
    const QCommandLineOption folder(QStringLiteral("folder"),
                                    QStringLiteral("Folder of Pod YAML files to open."),
                                    QStringLiteral("DIR"));
    const QCommandLineOption simulate(QStringLiteral("simulate"),
                                      QStringLiteral("Pod YAML file to simulate."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption settings(QStringLiteral("settings"),
                                      QStringLiteral("Settings INI file (a fresh one)."),
                                      QStringLiteral("PATH"));
    const QCommandLineOption store(QStringLiteral("store"),
                                   QStringLiteral("Content store folder."),
                                   QStringLiteral("DIR"));
    const QCommandLineOption keys(QStringLiteral("keys"),
                                  QStringLiteral("Characters to type (default 200)."),
                                  QStringLiteral("N"),
                                  QStringLiteral("200"));
    const QCommandLineOption files(QStringLiteral("files"),
                                   QStringLiteral("How many files the folder holds (checked)."),
                                   QStringLiteral("N"),
                                   QStringLiteral("0"));
    parser.addOptions({folder, simulate, settings, store, keys, files});
    parser.process(app);
    if (!parser.isSet(folder) || !parser.isSet(simulate) || !parser.isSet(settings)) {
        QTextStream(stderr) << "pullscope-guistall: --folder, --simulate and --settings are "
                               "required\n";
        return 2;
    }
    const int expectedFiles = parser.value(files).toInt();

    MainWindow window(parser.value(settings), nullptr, parser.value(store));
    window.resize(1400, 900);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) {
        QTextStream(stderr) << "pullscope-guistall: the window was not shown\n";
        return 1;
    }
    spinFor(300);

    StallMeter meter;
    QList<Phase> phases;
    QTextStream out(stdout);
    bool ok = true;

    // 1. Open the folder: every file read, parsed and linted.
    window.setCurrentPage(MainWindow::Page::Workspace);
    WorkspacePage *workspace = window.workspacePage();
    {
        QElapsedTimer wall;
        wall.start();
        meter.reset();
        workspace->addFolder(parser.value(folder));
        const bool done = spinUntil(
            [&] {
                return !workspace->isBusy() && workspace->currentDocument() != nullptr
                    && (expectedFiles <= 0 || workspace->documents().size() >= expectedFiles);
            },
            300'000);
        spinFor(200);
        Phase p{QStringLiteral("open folder"), meter.longestMs(), wall.elapsed(), {}};
        p.detail = QStringLiteral("%1 files, last lint %2 ms")
                       .arg(workspace->documents().size())
                       .arg(workspace->lastLintMs());
        if (!done || (expectedFiles > 0 && workspace->documents().size() != expectedFiles)) {
            p.detail += QStringLiteral(" (did not finish)");
            ok = false;
        }
        phases.append(p);
    }

    // 2. Type into the middle document, a key every 30 ms, then wait for the lint.
    if (ok) {
        workspace->setCurrentDocument(int(workspace->documents().size() / 2));
        YamlEditor *editor = workspace->editor();
        editor->setFocus();
        QTextCursor cursor = editor->textCursor();
        cursor.movePosition(QTextCursor::End);
        editor->setTextCursor(cursor);
        QElapsedTimer wall;
        wall.start();
        meter.reset();
        const int count = std::max(1, parser.value(keys).toInt());
        QTest::keyClick(editor, Qt::Key_Return);
        QTest::keyClicks(editor, QStringLiteral("# "));
        for (int i = 0; i < count; ++i) {
            QTest::keyClick(editor, char('a' + i % 26));
            spinFor(30);
        }
        spinFor(1500); // the typing pause, then the lint
        const bool done = spinUntil(
            [&] {
                return !workspace->isBusy();
            },
            120'000);
        spinFor(200);
        Phase p{QStringLiteral("typing"), meter.longestMs(), wall.elapsed(), {}};
        p.detail =
            QStringLiteral("%1 keys, last lint %2 ms").arg(count).arg(workspace->lastLintMs());
        if (!done) {
            p.detail += QStringLiteral(" (did not finish)");
            ok = false;
        }
        phases.append(p);
    }

    // 3. Simulate a Pod on the Node page.
    if (ok) {
        window.setCurrentPage(MainWindow::Page::Node);
        NodePage *node = window.nodePage();
        SimulationWidget *simulation = node->simulationWidget();
        bool finished = false;
        QObject::connect(simulation, &SimulationWidget::runFinished, &app, [&] {
            finished = true;
        });
        QElapsedTimer wall;
        wall.start();
        meter.reset();
        node->simulateFile(parser.value(simulate), false);
        const bool done = spinUntil(
            [&] {
                return finished && !node->isBusy();
            },
            300'000);
        spinFor(200);
        Phase p{QStringLiteral("simulation"), meter.longestMs(), wall.elapsed(), {}};
        p.detail =
            done ? QStringLiteral("10 minutes of kubelet time") : QStringLiteral("did not finish");
        ok = ok && done;
        phases.append(p);
    }

    double longest = 0;
    for (const Phase &p : phases) {
        longest = std::max(longest, p.longestMs);
        out << QStringLiteral("%1: longest stall %2 ms over %3 s (%4)")
                   .arg(p.name.leftJustified(12))
                   .arg(p.longestMs, 0, 'f', 1)
                   .arg(p.wallMs / 1000.0, 0, 'f', 1)
                   .arg(p.detail)
            << Qt::endl;
    }
    out << QStringLiteral("longest GUI stall: %1 ms").arg(longest, 0, 'f', 1) << Qt::endl;
    return ok ? 0 : 1;
}
