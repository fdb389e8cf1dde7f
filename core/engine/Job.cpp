#include "engine/Job.h"

#include <QMetaObject>
#include <QMutex>
#include <QPointer>
#include <QWaitCondition>

namespace cb {

void ProgressMeter::update(qint64 done, qint64 total)
{
    m_done = done;
    m_total = total;
    const qint64 now = elapsedMs();
    if (now - m_lastMs >= 500 || m_rate == 0) {
        const qint64 dt = now - m_lastMs;
        if (dt > 0) {
            const double instant = double(done - m_lastDone) * 1000.0 / double(dt);
            // Smoothed, so the ETA does not jump with every chunk.
            m_rate = m_rate == 0 ? instant : 0.7 * m_rate + 0.3 * instant;
        }
        m_lastMs = now;
        m_lastDone = done;
    }
}

qint64 ProgressMeter::etaSeconds() const
{
    if (m_rate <= 0 || m_total <= 0 || m_done > m_total)
        return -1;
    return static_cast<qint64>(double(m_total - m_done) / m_rate);
}

struct Job::Shared
{
    JobControl control;
    QMutex mutex;
    QWaitCondition doneCondition;
    bool done = false;
};

Job::Job(JobKind kind, QString title, Work work, QObject *parent)
    : QObject(parent), m_kind(kind), m_title(std::move(title)), m_work(std::move(work)),
      m_shared(std::make_shared<Shared>())
{}

Job::~Job()
{
    // The owner cancels and then waits, so the work never outlives its inputs.
    cancel();
    waitForFinished();
}

void Job::start(QThreadPool *pool)
{
    m_startedAt = QDateTime::currentDateTimeUtc();
    m_meter.start();
    QPointer<Job> self(this);
    auto shared = m_shared;
    qint64 lastReport = -1;
    shared->control.progress = [self, this, lastReport](qint64 done, qint64 total) mutable {
        // Called on the worker thread: hand it over, at most every 100 ms.
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (now - lastReport < 100 && done < total)
            return;
        lastReport = now;
        QMetaObject::invokeMethod(
            this,
            [self, done, total] {
                if (self)
                    self->onProgress(done, total);
            },
            Qt::QueuedConnection);
    };
    shared->control.recorded = [self, this](const QString &jobId) {
        QMetaObject::invokeMethod(
            this,
            [self, jobId] {
                if (!self)
                    return;
                self->m_recordedIds << jobId;
                Q_EMIT self->recorded(jobId);
            },
            Qt::QueuedConnection);
    };
    Work work = m_work;
    pool->start([self, this, shared, work] {
        auto r = work(shared->control);
        const bool ok = r.ok();
        const QString message = ok ? *r : r.error();
        const Message error = ok ? Message() : r.what();
        // Post before signalling "done": the destructor waits for done, so
        // this object is still alive here.
        QMetaObject::invokeMethod(
            this,
            [self, ok, message, error] {
                if (self)
                    self->onFinished(ok, message, error);
            },
            Qt::QueuedConnection);
        QMutexLocker lock(&shared->mutex);
        shared->done = true;
        shared->doneCondition.wakeAll();
    });
}

void Job::cancel()
{
    m_shared->control.cancel = true;
}

void Job::waitForFinished()
{
    QMutexLocker lock(&m_shared->mutex);
    while (!m_shared->done && m_startedAt.isValid())
        m_shared->doneCondition.wait(&m_shared->mutex);
}

void Job::onProgress(qint64 done, qint64 total)
{
    if (m_status != JobStatus::Running)
        return;
    m_meter.update(done, total);
    Q_EMIT progressChanged();
}

void Job::onFinished(bool ok, const QString &message, const Message &error)
{
    m_status = ok ? JobStatus::Done : (m_shared->control.cancel ? JobStatus::Cancelled : JobStatus::Error);
    m_message = message;
    m_error = error;
    if (ok && m_meter.total() > 0)
        m_meter.update(m_meter.total(), m_meter.total());
    Q_EMIT progressChanged();
    Q_EMIT finished();
}

} // namespace cb
