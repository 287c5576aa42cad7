// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/core/threadpools.h"

#include <QThreadPool>

namespace ThreadPools {

QThreadPool *create(int maxThreads, int expiryMs)
{
    auto *pool = new QThreadPool;
    pool->setMaxThreadCount(maxThreads);
    pool->setExpiryTimeout(expiryMs);
    return pool;
}

} // namespace ThreadPools
