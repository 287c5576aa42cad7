// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/core/threadcheck.h"

#include <QAtomicPointer>
#include <QThread>
#include <QtGlobal>

namespace {
QAtomicPointer<QThread> g_guiThread;
QAtomicPointer<std::remove_pointer_t<ThreadCheck::Handler>> g_handler;
thread_local int t_allowed = 0;

bool armedByDefault()
{
    // An explicit setting wins; otherwise debug builds check and release builds do not.
    bool set = false;
    const int value = qEnvironmentVariableIntValue("PULLSCOPE_THREAD_CHECK", &set);
    if (set || qEnvironmentVariableIsSet("PULLSCOPE_THREAD_CHECK"))
        return value != 0;
#ifdef QT_DEBUG
    return true;
#else
    return false;
#endif
}
} // namespace

namespace ThreadCheck {

void setGuiThread(QThread *thread)
{
    g_guiThread.storeRelease(thread && armedByDefault() ? thread : nullptr);
}

QThread *guiThread()
{
    return g_guiThread.loadAcquire();
}

Handler setViolationHandler(Handler handler)
{
    return g_handler.fetchAndStoreOrdered(handler);
}

void check(const char *function)
{
    QThread *gui = g_guiThread.loadAcquire();
    if (Q_LIKELY(!gui) || QThread::currentThread() != gui || t_allowed > 0)
        return;
    if (Handler handler = g_handler.loadAcquire()) {
        handler(function);
        return;
    }
    qFatal("%s blocks and must not run on the GUI thread (PULLSCOPE_THREAD_CHECK); run it on a "
           "worker thread (model/core/background.h)",
           function);
}

AllowBlocking::AllowBlocking()
{
    ++t_allowed;
}

AllowBlocking::~AllowBlocking()
{
    --t_allowed;
}

} // namespace ThreadCheck
