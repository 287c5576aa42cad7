// SPDX-License-Identifier: GPL-3.0-or-later
// Linked into every GUI test (pullscope_add_test ... GUI): the test's main thread is registered
// as the GUI thread as soon as the application object exists, and ctest sets
// PULLSCOPE_THREAD_CHECK=1, so a blocking engine call on it ends the test with its name, in
// release builds too.
#include "model/core/threadcheck.h"

#include <QCoreApplication>
#include <QThread>

namespace {
void registerGuiThread()
{
    ThreadCheck::setGuiThread(QThread::currentThread());
}
} // namespace

Q_COREAPP_STARTUP_FUNCTION(registerGuiThread)
