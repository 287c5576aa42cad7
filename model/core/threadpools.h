// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QThreadPool;

namespace ThreadPools {
// A pool of its own (never deleted: it lives as long as the process) for work that must not wait
// behind, or hold up, QThreadPool::globalInstance(): idle threads go after expiryMs.
QThreadPool *create(int maxThreads, int expiryMs = 10'000);
} // namespace ThreadPools
