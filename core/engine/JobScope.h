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

// The catalog row and lock file of one running operation. The lock is held
// for the life of the job; a job row still "running" whose lock is free was
// interrupted (crash, kill) and is settled at the next start.
class JobScope
{
public:
    enum Insert
    {
        Now,     // the job row is written at once
        Deferred // the caller writes record() in its own transaction
    };
    JobScope(Engine &engine, JobKind kind, const QString &backupId, const QString &volumeId,
             Insert insert = Now)
        : m_engine(engine)
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
        if (insert == Now)
            (void)engine.m_catalog->insertJob(m_record);
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

    template<typename T> Result<T> done(Result<T> r, const JobControl &control)
    {
        finish(r ? JobStatus::Done : (control.cancel ? JobStatus::Cancelled : JobStatus::Error),
               r ? QString() : r.what().encode());
        return r;
    }
    void finish(JobStatus status, const QString &error)
    {
        m_finished = true;
        (void)m_engine.m_catalog->finishJob(m_record.id, status, error);
    }

private:
    Engine &m_engine;
    JobRecord m_record;
    int m_fd = -1;
    bool m_finished = false;
};

} // namespace cb
