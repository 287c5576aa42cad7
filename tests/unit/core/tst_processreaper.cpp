// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/core/processreaper.h"

#include <QFileInfo>
#include <QPointer>
#include <QProcess>
#include <QTest>

#include <signal.h>

class TestProcessReaper : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nullIsAccepted();
    void processNeverStartedIsDeleted();
    void runningProcessIsKilledAndDeletedByTheEventLoop();
    void ownerGoesAtOnce();
};

void TestProcessReaper::nullIsAccepted()
{
    ProcessReaper::killAndRelease(nullptr);
    QVERIFY(true);
}

void TestProcessReaper::processNeverStartedIsDeleted()
{
    QPointer<QProcess> process = new QProcess;
    ProcessReaper::killAndRelease(process);
    QVERIFY(process); // deleted later, not inside the call
    QTRY_VERIFY(!process);
}

void TestProcessReaper::runningProcessIsKilledAndDeletedByTheEventLoop()
{
    QPointer<QProcess> process = new QProcess;
    bool ownerSawTheEnd = false;
    QObject owner;
    connect(process, &QProcess::finished, &owner, [&] {
        ownerSawTheEnd = true;
    });
    process->start(QStringLiteral("sleep"), {QStringLiteral("60")});
    QVERIFY(process->waitForStarted());
    const qint64 pid = process->processId();
    QVERIFY(pid > 0);
    ProcessReaper::killAndRelease(process);
    QVERIFY(process); // not waited for inside the call
    QTRY_VERIFY_WITH_TIMEOUT(!process, 10000);
    // Killed and reaped: no such process any more (not even a zombie of ours).
    QCOMPARE(::kill(pid_t(pid), 0), -1);
    QVERIFY(!ownerSawTheEnd); // the caller's connections were cut
}

void TestProcessReaper::ownerGoesAtOnce()
{
    // The process outlives its parent: deleting the parent neither blocks nor kills the
    // reaped process before the event loop has seen it end.
    auto *parent = new QObject;
    QPointer<QProcess> process = new QProcess(parent);
    process->start(QStringLiteral("sleep"), {QStringLiteral("60")});
    QVERIFY(process->waitForStarted());
    ProcessReaper::killAndRelease(process);
    delete parent;
    QVERIFY(process);
    QTRY_VERIFY_WITH_TIMEOUT(!process, 10000);
}

QTEST_GUILESS_MAIN(TestProcessReaper)
#include "tst_processreaper.moc"
