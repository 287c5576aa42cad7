// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/core/processreaper.h"

#include <QProcess>

void ProcessReaper::killAndRelease(QProcess *process)
{
    if (!process)
        return;
    process->disconnect();
    process->setParent(nullptr);
    if (process->state() == QProcess::NotRunning) {
        process->deleteLater();
        return;
    }
    QObject::connect(process, &QProcess::finished, process, &QObject::deleteLater);
    // A process that cannot be waited for (errorOccurred after kill) is gone as far as Qt knows.
    QObject::connect(process,
                     &QProcess::errorOccurred,
                     process,
                     [process](QProcess::ProcessError e) {
                         if (e == QProcess::FailedToStart
                             || process->state() == QProcess::NotRunning)
                             process->deleteLater();
                     });
    process->kill();
}
