// SPDX-License-Identifier: GPL-3.0-or-later
// ThreadCheck: a blocking call on the registered GUI thread is a violation (counted here through
// a handler instead of ending the test); on a worker thread, with AllowBlocking in scope, with no
// thread registered, or disarmed by PULLSCOPE_THREAD_CHECK=0, it is not.
#include "model/core/threadcheck.h"

#include <QTest>
#include <QThread>

#include <atomic>

namespace {
std::atomic<int> g_violations{0};
const char *g_lastFunction = nullptr;

void countViolation(const char *function)
{
    g_lastFunction = function;
    ++g_violations;
}

void blockingEngineCall()
{
    PULLSCOPE_ASSERT_NOT_GUI_THREAD();
}
} // namespace

class TestThreadCheck : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void guiThreadCallIsAViolationNamingTheFunction();
    void workerThreadCallIsNot();
    void allowBlockingScopesTheException();
    void nothingRegisteredNothingChecked();
    void disarmedByTheEnvironment();
};

void TestThreadCheck::init()
{
    g_violations = 0;
    g_lastFunction = nullptr;
    qputenv("PULLSCOPE_THREAD_CHECK", "1");
    ThreadCheck::setViolationHandler(&countViolation);
    ThreadCheck::setGuiThread(QThread::currentThread());
}

void TestThreadCheck::cleanup()
{
    ThreadCheck::setGuiThread(nullptr);
    ThreadCheck::setViolationHandler(nullptr);
}

void TestThreadCheck::guiThreadCallIsAViolationNamingTheFunction()
{
    QCOMPARE(ThreadCheck::guiThread(), QThread::currentThread());
    blockingEngineCall();
    QCOMPARE(g_violations.load(), 1);
    QVERIFY(QByteArray(g_lastFunction).contains("blockingEngineCall"));
}

void TestThreadCheck::workerThreadCallIsNot()
{
    QThread *worker = QThread::create([] {
        blockingEngineCall();
    });
    worker->start();
    QVERIFY(worker->wait(10000));
    delete worker;
    QCOMPARE(g_violations.load(), 0);
    // The same call back on the GUI thread still counts: the worker did not disarm it.
    blockingEngineCall();
    QCOMPARE(g_violations.load(), 1);
}

void TestThreadCheck::allowBlockingScopesTheException()
{
    {
        const ThreadCheck::AllowBlocking fixture;
        blockingEngineCall();
        {
            const ThreadCheck::AllowBlocking nested;
            blockingEngineCall();
        }
        blockingEngineCall();
    }
    QCOMPARE(g_violations.load(), 0);
    blockingEngineCall();
    QCOMPARE(g_violations.load(), 1);
}

void TestThreadCheck::nothingRegisteredNothingChecked()
{
    ThreadCheck::setGuiThread(nullptr);
    QCOMPARE(ThreadCheck::guiThread(), nullptr);
    blockingEngineCall();
    QCOMPARE(g_violations.load(), 0);
}

void TestThreadCheck::disarmedByTheEnvironment()
{
    qputenv("PULLSCOPE_THREAD_CHECK", "0");
    ThreadCheck::setGuiThread(QThread::currentThread());
    QCOMPARE(ThreadCheck::guiThread(), nullptr);
    blockingEngineCall();
    QCOMPARE(g_violations.load(), 0);
}

QTEST_GUILESS_MAIN(TestThreadCheck)
#include "tst_threadcheck.moc"
