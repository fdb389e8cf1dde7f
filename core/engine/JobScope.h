#pragma once

#include "catalog/Catalog.h"
#include "engine/Engine.h"

#include <QCoreApplication>
#include <QFile>
#include <QHostInfo>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace cb {

// The catalog row, log and lock file of one running operation. The lock is
// held for the life of the job; a job row still "running" whose lock is free
// was interrupted (crash, kill) and is settled at the next start. The log
// says when it started and how it ended; the operation adds its main steps.
class JobScope
{
public:
    enum Insert
    {
        Now,     // the job row is written at once
        Deferred // the caller writes record() in its own transaction
    };
    JobScope(Engine &engine, JobKind kind, const QString &backupId, const QString &volumeId,
             JobControl *control, Insert insert = Now)
        : m_engine(engine), m_control(control)
    {
        m_record.id = newId();
        m_record.kind = kind;
        m_record.backupId = backupId;
        m_record.volumeId = volumeId;
        m_record.host = QHostInfo::localHostName();
        m_record.pid = ::getpid();
        m_record.startedAt = QDateTime::currentDateTimeUtc();
        m_fd = ::open(QFile::encodeName(engine.lockPath(m_record.id)).constData(),
                      O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
        if (m_fd >= 0)
            ::flock(m_fd, LOCK_EX);
        if (insert == Now && engine.m_catalog->insertJob(m_record))
            started();
    }
    ~JobScope()
    {
        if (!m_finished)
            finish(JobStatus::Error, QCoreApplication::translate("Engine", "The job ended unexpectedly."));
        if (m_fd >= 0) {
            ::unlink(QFile::encodeName(m_engine.lockPath(m_record.id)).constData());
            ::close(m_fd);
        }
    }
    JobScope(const JobScope &) = delete;
    JobScope &operator=(const JobScope &) = delete;

    const QString &id() const { return m_record.id; }
    const JobRecord &record() const { return m_record; }
    // The job never started (its row was not written).
    void discard() { m_finished = true; }
    // Its row is written (Deferred: by the caller's transaction).
    void started()
    {
        log(JobLogLevel::Info,
            deferTr("Engine", "Started on %1 (process %2).").arg(m_record.host).arg(m_record.pid));
        if (m_control && m_control->recorded)
            m_control->recorded(m_record.id);
    }
    void log(JobLogLevel level, const Message &text) { m_engine.logJob(m_record.id, level, text); }

    template<typename T> Result<T> done(Result<T> r, const JobControl &control)
    {
        finish(r ? JobStatus::Done : (control.cancel ? JobStatus::Cancelled : JobStatus::Error),
               r ? QString() : r.what().encode());
        return r;
    }
    void finish(JobStatus status, const QString &error)
    {
        m_finished = true;
        if (status == JobStatus::Done)
            log(JobLogLevel::Info, deferTr("Engine", "Finished."));
        else if (status == JobStatus::Cancelled)
            log(JobLogLevel::Warning, deferTr("Engine", "Cancelled."));
        else
            log(JobLogLevel::Error, Message::decode(error));
        (void)m_engine.m_catalog->finishJob(m_record.id, status, error);
    }

private:
    Engine &m_engine;
    JobControl *m_control;
    JobRecord m_record;
    int m_fd = -1;
    bool m_finished = false;
};

} // namespace cb
