// Settling what dead jobs left: any start of any console or command ends
// every job of this host whose lock is free, then settles every backup in a
// passing status (creating, deleting, restoring) that no running job holds —
// the rows of the jobs just ended among them. One path for both, whatever
// instant the job died at (even before its job row was written).
#include "catalog/Catalog.h"
#include "engine/Engine.h"
#include "volumes/VolumeBackend.h"

#include <QCoreApplication>
#include <QFile>
#include <QHostInfo>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace cb {

void Engine::recoverInterrupted()
{
    const QString reason =
        deferTr("Engine", "Interrupted: cloudbackup stopped while this job was running.").encode();
    auto running = m_catalog->jobs(true);
    if (running) {
        const QString host = QHostInfo::localHostName();
        for (const JobRecord &job : std::as_const(*running)) {
            if (job.host != host)
                continue; // another machine's job: only it can tell
            const QByteArray lock = QFile::encodeName(lockPath(job.id));
            const int fd = ::open(lock.constData(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
            if (fd < 0)
                continue;
            if (::flock(fd, LOCK_EX | LOCK_NB) != 0) { // alive
                ::close(fd);
                continue;
            }
            if (job.kind == JobKind::Restore)
                ++m_recovery.restoresFailed;
            (void)m_catalog->finishJob(job.id, JobStatus::Error, reason);
            record(QStringLiteral("recover"), job.id, QString(), reason);
            ::unlink(lock.constData());
            ::close(fd);
        }
    }
    settleOrphans(reason);
}

void Engine::settleOrphans(const QString &reason)
{
    auto orphans = m_catalog->orphanedBackups();
    if (!orphans)
        return;
    for (const Backup &b : std::as_const(*orphans)) {
        switch (b.status) {
        case BackupStatus::Creating:
            (void)m_repository->removeBackup(b.id);
            if (auto *backend = backendFor(b.volumeId))
                backend->cleanupBackup(b.volumeId, b.id);
            (void)m_catalog->setBackupStatus(b.id, BackupStatus::Error, reason);
            ++m_recovery.backupsFailed;
            break;
        case BackupStatus::Deleting:
            if (m_repository->hasIndex(b.id))
                (void)m_catalog->setBackupStatus(b.id, BackupStatus::Available);
            else
                (void)m_catalog->deleteBackupRow(b.id);
            ++m_recovery.deletesResolved;
            break;
        default: // "restoring" from an older release: restores no longer hold the backup
            (void)m_catalog->setBackupStatus(b.id, BackupStatus::Available);
            break;
        }
        record(QStringLiteral("recover"), b.id, b.project, backupStatusKey(b.status));
    }
}

} // namespace cb
