// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/core/error.h"
#include "model/core/result.h"
#include "model/core/tr.h"

#include <QObject>

#include <optional>
#include <utility>

// The contract every engine job keeps. A job lives on one thread (its own: the QObject's thread);
// start(), cancel() and finished() all happen there. finished() is emitted exactly once, also
// after cancel() and also when start() fails synchronously, and always queued (never from inside
// start() or cancel()), so a caller may connect after start() and may delete the job in its slot.
// A job deleted before its queued finished() emits nothing.
class Job : public QObject
{
    Q_OBJECT
public:
    explicit Job(QObject *parent = nullptr);
    ~Job() override;

    // Begins the work. Call once.
    virtual void start() = 0;
    // Stops the work; finished() follows (queued) unless the job already finished. The default
    // only finishes the job; subclasses also abort what is in flight.
    virtual void cancel();

    // True once the job is done (finish decided), possibly before finished() was delivered.
    bool isFinished() const { return m_finished; }

Q_SIGNALS:
    // Emitted once, queued, on the job's thread.
    void finished();

protected:
    // Marks the job done and queues finished(). Only the first call counts.
    void emitFinished();

private:
    bool m_finished = false;
};

// A job that ends with a Result<T>. result() before the job finished is a programming error.
template<typename T>
class ResultJob : public Job
{
public:
    using Job::Job;

    // Finishes with ErrorCode::Cancelled; subclasses also abort what is in flight.
    void cancel() override { finish(Error(ErrorCode::Cancelled, Tr::tr("Cancelled"))); }

    // The result the job finished with. Asking before isFinished() is a programming error
    // (Q_ASSERT in debug builds; release builds get an ErrorCode::Internal error, never a value).
    const Result<T> &result() const
    {
        Q_ASSERT_X(m_result.has_value(), "ResultJob::result", "asked before the job finished");
        if (!m_result) {
            static const Result<T> notFinished(
                Error(ErrorCode::Internal,
                      QStringLiteral("The result was read before the job finished")));
            return notFinished;
        }
        return *m_result;
    }

protected:
    // Sets the result and finishes the job. Only the first call (or cancel()) counts.
    void finish(Result<T> result)
    {
        if (isFinished())
            return;
        m_result.emplace(std::move(result));
        emitFinished();
    }

private:
    std::optional<Result<T>> m_result;
};
