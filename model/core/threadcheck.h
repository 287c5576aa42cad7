// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QThread;

// Catches blocking work on the GUI thread before a user feels it. The GUI registers its thread
// (setGuiThread(), from app/gui's main and the GUI tests' start-up); the engine's blocking entry
// points (reading kube YAML files, YAML parsing, linting, content store reads, kubeconfig
// reading) call PULLSCOPE_ASSERT_NOT_GUI_THREAD(), which ends the process with the function's
// name when it runs on that thread. The check is armed in debug builds, and in any build when
// the environment variable PULLSCOPE_THREAD_CHECK is 1 at registration (the GUI tests set it:
// CI builds RelWithDebInfo, where Q_ASSERT is off); PULLSCOPE_THREAD_CHECK=0 disarms it. The
// CLI never registers a thread: its main thread may block. Thread-safe.
namespace ThreadCheck {

// thread: the GUI thread, or null to forget it.
void setGuiThread(QThread *thread);
// The registered thread when the check is armed; null otherwise.
QThread *guiThread();

// What a violation does (default: qFatal naming the function). Returns the previous handler;
// null restores the default. For tests that count violations instead of ending.
using Handler = void (*)(const char *function);
Handler setViolationHandler(Handler handler);

// The check behind PULLSCOPE_ASSERT_NOT_GUI_THREAD(); function names the caller.
void check(const char *function);

// Lets this thread block while the object lives: test fixtures writing and reading files on
// the GUI thread, never code the event loop runs.
class AllowBlocking
{
public:
    AllowBlocking();
    ~AllowBlocking();
    AllowBlocking(const AllowBlocking &) = delete;
    AllowBlocking &operator=(const AllowBlocking &) = delete;
};

} // namespace ThreadCheck

// In a blocking engine function: it must not run on the GUI thread (see ThreadCheck).
#define PULLSCOPE_ASSERT_NOT_GUI_THREAD() ThreadCheck::check(Q_FUNC_INFO)
