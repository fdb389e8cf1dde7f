#pragma once

#include "engine/Engine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QMutex>
#include <QSemaphore>
#include <QThread>

namespace cb {

Q_DECLARE_LOGGING_CATEGORY(lcEngine)

// One chunk-sized buffer per worker thread, page aligned so a volume can
// take it with direct I/O.
char *chunkBuffer();

// Runs chunk tasks on the worker pool with a fixed number in flight, so
// memory stays bounded whatever the volume size. The submitting thread
// reports progress while it waits; tasks count their bytes with addDone().
class Pipeline
{
public:
    Pipeline(QThreadPool &pool, JobControl &control, qint64 total)
        : m_pool(pool), m_control(control), m_total(total), m_depth(pool.maxThreadCount() * 2),
          m_slots(m_depth)
    {}

    // false: stop submitting (cancelled or a task failed).
    bool submit(std::function<Result<void>()> task, qint64 bytes = 0)
    {
        throttle(bytes);
        while (!m_slots.tryAcquire(1, 100)) {
            report();
            if (stopped())
                return false;
        }
        if (stopped()) {
            m_slots.release();
            return false;
        }
        report();
        m_pool.start([this, task = std::move(task)] {
            if (!stopped()) {
                if (auto r = task(); !r) {
                    QMutexLocker lock(&m_mutex);
                    if (!m_error)
                        m_error = r.failure();
                    m_failed = true;
                }
            }
            m_slots.release();
        });
        return true;
    }

    // Waits for every task submitted so far; the pipeline can take more after.
    Result<void> finish()
    {
        while (!m_slots.tryAcquire(m_depth, 100))
            report();
        m_slots.release(m_depth);
        report();
        if (m_failed)
            return *m_error;
        if (m_control.cancel)
            return fail(deferTr("Engine", "Cancelled by the user."));
        return {};
    }

    void addDone(qint64 bytes) { m_done += bytes; }
    bool stopped() const { return m_failed || m_control.cancel; }

private:
    // Keeps the submitted volume bytes at or under the job's rate limit.
    void throttle(qint64 bytes)
    {
        if (m_control.rateLimit <= 0)
            return;
        if (!m_clock.isValid())
            m_clock.start();
        m_submitted += bytes;
        for (;;) {
            const qint64 dueMs = m_submitted * 1000 / m_control.rateLimit;
            const qint64 wait = dueMs - m_clock.elapsed();
            if (wait <= 0 || stopped())
                return;
            QThread::msleep(static_cast<unsigned long>(std::min<qint64>(wait, 100)));
            report();
        }
    }

    void report()
    {
        if (m_control.progress)
            m_control.progress(m_done.load(), m_total);
    }

    QThreadPool &m_pool;
    JobControl &m_control;
    qint64 m_total;
    int m_depth;
    QSemaphore m_slots;
    std::atomic<qint64> m_done{0};
    std::atomic_bool m_failed{false};
    QMutex m_mutex;
    std::optional<Error> m_error; // the first failure, code and all
    QElapsedTimer m_clock;
    qint64 m_submitted = 0;
};

} // namespace cb
