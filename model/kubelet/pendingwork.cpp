// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/kubelet/pendingwork.h"

PendingWork::PendingWork(QObject *parent)
    : QObject(parent)
{}

void PendingWork::end()
{
    Q_ASSERT(m_pending > 0);
    if (--m_pending == 0)
        Q_EMIT settled();
}
