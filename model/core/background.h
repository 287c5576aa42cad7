// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>

#include <type_traits>
#include <utility>

// Blocking work (file reads, YAML parsing, linting, store reads) off the calling thread: work
// runs on QThreadPool::globalInstance() through QtConcurrent::run, and done is called with its
// result on context's thread, from context's event loop, never inside run(). When context is
// destroyed first, done is never called; the work still runs to its end, so it must own what
// it uses (copies, never pointers into context).
namespace Background {

template<typename Work, typename Done>
void run(QObject *context, Work &&work, Done &&done)
{
    using R = std::invoke_result_t<std::decay_t<Work>>;
    auto *watcher = new QFutureWatcher<R>(context);
    QObject::connect(watcher,
                     &QFutureWatcherBase::finished,
                     context,
                     [watcher, done = std::forward<Done>(done)]() mutable {
                         watcher->deleteLater();
                         QFuture<R> future = watcher->future();
                         done(future.takeResult());
                     });
    watcher->setFuture(QtConcurrent::run(std::forward<Work>(work)));
}

} // namespace Background
