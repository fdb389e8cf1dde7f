// `cloudbackupctl doctor`: what an operator would check, each finding with
// its reason and its fix (issue "Lifecycle"; the fault entries of
// docs/operations.md follow the same keys).
#include "engine/Doctor.h"

#include "catalog/Catalog.h"
#include "engine/Engine.h"
#include "util/Validate.h"
#include "volumes/VolumeBackend.h"

#include <QDir>
#include <QFileInfo>
#include <QStorageInfo>

#include <sys/stat.h>

namespace cb {

namespace {

using Level = DoctorCheck::Level;

DoctorCheck check(const QString &key, Level level, const Message &detail, const Message &fix = {})
{
    return DoctorCheck{key, level, detail, fix};
}

// Group or others may read or write it.
bool isShared(const QString &path)
{
    struct stat st
    {};
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 && (st.st_mode & 077) != 0;
}

} // namespace

QString DoctorCheck::levelKey(Level l)
{
    switch (l) {
    case Level::Warn:
        return QStringLiteral("warn");
    case Level::Fail:
        return QStringLiteral("fail");
    case Level::Ok:
        break;
    }
    return QStringLiteral("ok");
}

QList<DoctorCheck> Engine::doctorCatalog()
{
    QList<DoctorCheck> out;
    out << check(QStringLiteral("catalog.reachable"), Level::Ok,
                 deferTr("Doctor", "%1, schema version %2.")
                     .arg(m_catalog->describe())
                     .arg(m_catalog->schemaVersion()));
    auto problems = m_catalog->integrityProblems();
    if (!problems)
        out << check(QStringLiteral("catalog.integrity"), Level::Fail, problems.what(),
                     deferTr("Doctor", "Check the disk that holds the catalog."));
    else if (!problems->isEmpty())
        out << check(QStringLiteral("catalog.integrity"), Level::Fail,
                     deferTr("Doctor", "The catalog is damaged: %1")
                         .arg(problems->mid(0, 5).join(QLatin1String("; "))),
                     deferTr("Doctor",
                             "Move the catalog aside and run \"cloudbackupctl repo rebuild-catalog\"; "
                             "the repository holds every backup's record."));
    else
        out << check(QStringLiteral("catalog.integrity"), Level::Ok,
                     deferTr("Doctor", "The catalog is sound."));
    if (m_catalog->isShared()) {
        auto server = m_catalog->serverTime();
        const qint64 skew = server ? std::llabs(server->msecsTo(QDateTime::currentDateTimeUtc())) / 1000 : -1;
        if (!server)
            out << check(QStringLiteral("catalog.clock"), Level::Warn, server.what());
        else if (skew > 60)
            out << check(
                QStringLiteral("catalog.clock"), skew > 300 ? Level::Fail : Level::Warn,
                deferTr("Doctor", "This host's clock is %1 s away from the database server's.").arg(skew),
                deferTr("Doctor", "Synchronise the clocks (systemd-timesyncd or chrony): schedules, "
                                  "retention and job times depend on them."));
        else
            out << check(
                QStringLiteral("catalog.clock"), Level::Ok,
                deferTr("Doctor", "The clock agrees with the database server's (%1 s apart).").arg(skew));
    }
    return out;
}

QList<DoctorCheck> Engine::doctorRepository()
{
    QList<DoctorCheck> out;
    if (!m_repository)
        return {check(QStringLiteral("repository.reachable"), Level::Fail,
                      deferTr("Doctor", "The repository is not open."),
                      deferTr("Doctor", "Run the doctor as a cloud admin."))};
    auto usage = m_repository->usage();
    if (!usage) {
        out << check(QStringLiteral("repository.reachable"), Level::Fail, usage.what(),
                     deferTr("Doctor", "Check that %1 is reachable and readable by this account.")
                         .arg(m_repository->location()));
        return out;
    }
    out << check(QStringLiteral("repository.reachable"), Level::Ok,
                 deferTr("Doctor", "%1: format %2, %3 chunks, %4 stored.")
                     .arg(m_repository->location())
                     .arg(Repository::FormatVersion)
                     .arg(usage->chunks)
                     .arg(validate::formatSize(usage->bytes)));
    out << doctorSpace();
    return out;
}

// Free space against the last week's growth: how many days until it is full.
DoctorCheck Engine::doctorSpace()
{
    const QString key = QStringLiteral("repository.space");
    if (m_repository->location().startsWith(QLatin1String("rados:")))
        return check(key, Level::Ok,
                     deferTr("Doctor", "A RADOS pool: its space is the cluster's (ceph df)."));
    const QStorageInfo disk(m_repository->location());
    const qint64 free = disk.bytesAvailable();
    qint64 lastWeek = 0;
    const QDateTime since = QDateTime::currentDateTimeUtc().addDays(-7);
    (void)m_catalog->forEachBackup({}, [&](Backup &&b) {
        if (b.createdAt >= since)
            lastWeek += b.storedBytes;
        return true;
    });
    const qint64 perDay = lastWeek / 7;
    const qint64 daysLeft = perDay > 0 ? free / perDay : -1;
    const Message detail =
        perDay > 0 ? deferTr("Doctor", "%1 free; the last 7 days added %2 a day: full in about %3 days.")
                         .arg(validate::formatSize(free), validate::formatSize(perDay))
                         .arg(daysLeft)
                   : deferTr("Doctor", "%1 free; nothing was added in the last 7 days.")
                         .arg(validate::formatSize(free));
    const Message fix =
        deferTr("Doctor", "Free space or move the repository to a larger disk or a RADOS pool; "
                          "prune with a retention policy and run \"repo gc\".");
    if (free < (qint64(1) << 30) || (daysLeft >= 0 && daysLeft < 7))
        return check(key, Level::Fail, detail, fix);
    if (daysLeft >= 0 && daysLeft < 30)
        return check(key, Level::Warn, detail, fix);
    return check(key, Level::Ok, detail);
}

QList<DoctorCheck> Engine::doctorClusters()
{
    QList<DoctorCheck> out;
    int n = 0;
    for (VolumeBackend *backend : backends()) {
        if (backend->scheme() != QLatin1String("rbd"))
            continue;
        const QString key = QStringLiteral("ceph.%1").arg(++n); // the clusters in their configured order
        auto listed = backend->list();
        if (!listed)
            out << check(key, Level::Fail, listed.what(),
                         deferTr("Doctor",
                                 "Check the monitors in the cluster's ceph.conf, the network and the "
                                 "client key; its volumes show as unreachable meanwhile."));
        else
            out << check(key, Level::Ok,
                         deferTr("Doctor", "%1: %2 volume(s) listed.", nullptr, int(listed->size()))
                             .arg(backend->describe()));
        for (const QString &file : backend->secretFiles()) {
            const QFileInfo f(file);
            if (!f.exists())
                out << check(key + QStringLiteral(".keyring"), Level::Warn,
                             deferTr("Doctor", "The keyring %1 does not exist.").arg(file),
                             deferTr("Doctor", "Name the right keyring in the cluster's ceph.conf."));
            else if (!f.isReadable())
                out << check(key + QStringLiteral(".keyring"), Level::Fail,
                             deferTr("Doctor", "The keyring %1 is not readable by this account.").arg(file),
                             deferTr("Doctor", "Give this account read access, and nobody else."));
            else if (isShared(file))
                out << check(key + QStringLiteral(".keyring"), Level::Fail,
                             deferTr("Doctor", "The keyring %1 can be read by other users.").arg(file),
                             deferTr("Doctor", "chmod 600 %1").arg(file));
            else
                out << check(key + QStringLiteral(".keyring"), Level::Ok,
                             deferTr("Doctor", "The keyring %1 is private.").arg(file));
        }
    }
    return out;
}

QList<DoctorCheck> Engine::doctorJobsAndBackups()
{
    QList<DoctorCheck> out;
    auto orphans = m_catalog->orphanedBackups();
    if (orphans && !orphans->isEmpty())
        out << check(
            QStringLiteral("backups.stuck"), Level::Fail,
            deferTr("Doctor", "%n backup(s) are creating or deleting with no job running them.", nullptr,
                    int(orphans->size())),
            deferTr("Doctor", "Run any cloudbackupctl command on the host that ran them; it settles them."));
    else
        out << check(QStringLiteral("backups.stuck"), Level::Ok, deferTr("Doctor", "No backup is stuck."));
    auto running = m_catalog->jobs(true);
    int old = 0;
    const QDateTime dayAgo = QDateTime::currentDateTimeUtc().addDays(-1);
    for (const JobRecord &j : running ? *running : QList<JobRecord>()) {
        if (j.startedAt < dayAgo)
            ++old;
    }
    out << (old ? check(
                      QStringLiteral("jobs.long"), Level::Warn,
                      deferTr("Doctor", "%n job(s) have been running for more than a day.", nullptr, old),
                      deferTr("Doctor",
                              "Look at them with \"cloudbackupctl job list --running\" and \"job log ID\"."))
                : check(QStringLiteral("jobs.long"), Level::Ok,
                        deferTr("Doctor", "No job has been running for a day.")));
    int damaged = 0, failed = 0, unverified = 0;
    const QDateTime monthAgo = QDateTime::currentDateTimeUtc().addDays(-30);
    (void)m_catalog->forEachBackup({}, [&](Backup &&b) {
        damaged += b.status == BackupStatus::Damaged;
        failed += b.status == BackupStatus::Error;
        unverified +=
            b.status == BackupStatus::Available && !b.verifiedAt.isValid() && b.createdAt < monthAgo;
        return true;
    });
    out << (damaged ? check(QStringLiteral("backups.damaged"), Level::Fail,
                            deferTr("Doctor", "%n backup(s) are damaged.", nullptr, damaged),
                            deferTr("Doctor",
                                    "Back the volumes up again (the new backup stores the damaged chunks "
                                    "again), then \"repo verify\"; restore a damaged one only with "
                                    "--allow-damaged."))
                    : check(QStringLiteral("backups.damaged"), Level::Ok,
                            deferTr("Doctor", "No backup is damaged.")));
    if (failed)
        out << check(
            QStringLiteral("backups.failed"), Level::Warn,
            deferTr("Doctor", "%n backup(s) failed.", nullptr, failed),
            deferTr("Doctor", "Read their error with \"backup show ID\"; delete them when understood."));
    if (unverified)
        out << check(
            QStringLiteral("backups.unverified"), Level::Warn,
            deferTr("Doctor", "%n backup(s) older than 30 days were never verified.", nullptr, unverified),
            deferTr("Doctor", "Run \"cloudbackupctl repo verify\", or create a policy with --kind verify."));
    return out;
}

// The home and what cloudbackup keeps in it are private to their owner.
QList<DoctorCheck> Engine::doctorFiles()
{
    QStringList shared;
    const QDir home(m_config.home);
    if (isShared(home.path()))
        shared << home.path();
    for (const QFileInfo &f :
         home.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden)) {
        if (isShared(f.filePath()))
            shared << f.filePath();
    }
    if (m_repository && !m_repository->location().startsWith(QLatin1String("rados:")) &&
        isShared(m_repository->location()))
        shared << m_repository->location();
    shared.removeDuplicates();
    if (shared.isEmpty())
        return {check(QStringLiteral("files.private"), Level::Ok,
                      deferTr("Doctor", "The home %1 and its files are private.").arg(home.path()))};
    return {check(QStringLiteral("files.private"), Level::Fail,
                  deferTr("Doctor", "Other users may read or write: %1")
                      .arg(shared.mid(0, 5).join(QLatin1String(", "))),
                  deferTr("Doctor", "chmod go-rwx on each of them (folders 700, files 600)."))};
}

Result<QList<DoctorCheck>> Engine::doctor()
{
    if (auto r = requireEverywhere(Action::ManageRepository, QStringLiteral("doctor"), m_config.home); !r)
        return fail(r);
    QList<DoctorCheck> out = doctorCatalog();
    out += doctorRepository();
    out += doctorClusters();
    out += doctorJobsAndBackups();
    out += doctorFiles();
    return out;
}

} // namespace cb
