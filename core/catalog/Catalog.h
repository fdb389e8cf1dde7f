#pragma once

#include "auth/Access.h"
#include "model/Types.h"
#include "policy/BackupPolicy.h"
#include "util/Result.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>

#include <functional>
#include <memory>

namespace cb {

// How to log in to a shared (PostgreSQL) catalog. Empty account: the URL's
// user, else libpq's default; empty password: PGPASSWORD or ~/.pgpass.
struct CatalogLogin
{
    QString account;
    QString password;
};

struct BackupFilter
{
    QString volumeId;
    QString project;
    QString status; // key, e.g. "available"
};

// The catalog of backups, volumes seen, tags, projects, users, jobs and the
// audit log on Qt Sql: SQLite (WAL) by default, PostgreSQL by URL. Safe to
// use from any thread: each thread gets its own connection.
class Catalog
{
public:
    static constexpr int SchemaVersion = 8;
    // The job history keeps the newest this many jobs (with their logs);
    // older finished ones go when a job finishes.
    static constexpr int JobHistoryLimit = 10000;

    // "postgresql://user@host:port/database", "sqlite:PATH" or a plain file path.
    // A URL carrying a password is refused: it would show in the process list.
    // Any other scheme ("mysql://...") is refused too.
    static Result<std::shared_ptr<Catalog>> open(const QString &url, const CatalogLogin &login = {});
    ~Catalog();

    QString describe() const;
    QString driver() const { return m_driver; }
    int schemaVersion() const;

    // One transaction; rolled back when fn fails. SQLite takes the write lock
    // at once (BEGIN IMMEDIATE) so a chain check and the change it guards
    // cannot interleave with another console's.
    Result<void> transaction(const std::function<Result<void>()> &fn);

    bool isShared() const { return m_driver == QLatin1String("QPSQL"); }
    // The authenticated account: SQLite, the OS user running the program;
    // PostgreSQL, the session's current_user.
    QString account() const { return m_user; }

    Result<void> ensureProject(const QString &name);
    Result<QStringList> projects();
    Result<void> createProject(const QString &name); // fails when it exists
    Result<void> deleteProject(const QString &name); // fails while volumes, backups or members use it

    // Accounts (users, user_projects). On PostgreSQL each is also a login
    // role in the group role of its cloudbackup role.
    Result<std::optional<Account>> findAccount(const QString &name);
    Result<QList<Account>> accounts();
    Result<void> createAccount(const Account &account, const QString &password);
    Result<void> setAccountEnabled(const QString &name, bool enabled);
    Result<void> setAccountRole(const QString &name, Role role);
    Result<void> setAccountProjects(const QString &name, const QStringList &projects);
    Result<void> setAccountPassword(const QString &name, const QString &password);
    // The permission matrix rows (policy table), so the database can enforce what the engine does.
    Result<void> storePolicy(const Policy &policy);
    // The matrix the policy table holds: the seed's defaults widened by its
    // rows (an empty table is the seed's). On PostgreSQL the database
    // enforces the same table (Catalog::postgresPolicySecurity()).
    Result<Policy> loadPolicy();

    Result<void> upsertVolume(const Volume &v);
    Result<QList<Volume>> knownVolumes();

    // Changes with every change of backups or tags, by any console.
    qint64 changeStamp();

    Result<void> insertBackup(const Backup &b);
    Result<void> updateBackup(const Backup &b); // every field but id and tags
    Result<void> setBackupStatus(const QString &id, BackupStatus status, const QString &error = {});
    Result<Backup> backup(const QString &id);
    Result<QList<Backup>> backups(const BackupFilter &filter = {});
    // The same backups one at a time, oldest first, without holding them all;
    // visit returns false to stop.
    Result<void> forEachBackup(const BackupFilter &filter, const std::function<bool(Backup &&)> &visit);
    // A full id or an unambiguous prefix of at least 4 characters.
    Result<QString> resolveBackupId(const QString &idOrPrefix);
    Result<void> setTags(const QString &backupId, const QStringList &tags);
    Result<QStringList> allTags();
    // Marks the backups "deleting" on behalf of one job (see orphanedBackups()).
    Result<void> markDeleting(const QStringList &ids, const QString &jobId);
    Result<void> deleteBackupRow(const QString &id);
    // Records the job that holds a backup in a passing status (creating, deleting).
    Result<void> setBackupJob(const QString &id, const QString &jobId);
    // Backups in a passing status whose job is not running (any host): left by a dead job.
    Result<QList<Backup>> orphanedBackups();
    // Running jobs of this kind on this backup.
    Result<int> runningJobs(JobKind kind, const QString &backupId);
    Result<qint64> backupCount();

    // Backup policies (CatalogPolicies.cpp). insertPolicy fails when the name is taken.
    Result<QList<BackupPolicy>> backupPolicies();
    Result<std::optional<BackupPolicy>> findBackupPolicy(const QString &name);
    Result<void> insertBackupPolicy(const BackupPolicy &policy, const QString &project);
    Result<void> updateBackupPolicy(const BackupPolicy &policy, const QString &project);
    Result<void> deleteBackupPolicy(const QString &name);
    // Claims one scheduled run (slot: its elapse time in ms) for this process;
    // false when another runner claimed it first.
    Result<bool> claimPolicyRun(const QString &policy, qint64 slot);
    // A run of this host that a killed runner left unfinished, now claimed by
    // this process to run again (so a kill loses no slot); none when there is none.
    Result<std::optional<qint64>> takeOverDeadRun(const QString &policy);
    Result<void> finishPolicyRun(const QString &policy, qint64 slot, const QString &result,
                                 const QString &detail);
    // The newest claimed slot of a policy, 0 when none.
    Result<qint64> lastPolicyRun(const QString &policy);
    // Protection: a protected backup's row cannot be deleted (a trigger refuses).
    Result<void> setBackupProtected(const QString &id, bool on);

    // Starting and finishing a job changes the change stamp, so other
    // consoles see jobs of the command line and of each other.
    Result<void> insertJob(const JobRecord &job);
    // Also keeps the history bounded (pruneJobs(JobHistoryLimit)).
    Result<void> finishJob(const QString &id, JobStatus status, const QString &error);
    // Oldest first; limit > 0: only the newest limit jobs.
    Result<QList<JobRecord>> jobs(bool runningOnly, int limit = 0);
    Result<JobRecord> job(const QString &id);
    // A full id or an unambiguous prefix of at least 4 characters.
    Result<QString> resolveJobId(const QString &idOrPrefix);
    // message: Message::encode() of the line. Oldest first.
    Result<void> appendJobLog(const QString &jobId, JobLogLevel level, const QString &message);
    Result<QList<JobLogEntry>> jobLog(const QString &jobId);
    // Removes the finished jobs (and their logs) older than the newest keep; returns how many.
    Result<int> pruneJobs(int keep);
    // A verified copy of the backup in another repository (CatalogLocations.cpp);
    // a later sync to the same location renews its time.
    Result<void> recordLocation(const QString &backupId, const QString &location, const QDateTime &at);
    // Records the result of verifying these backups ("ok", "damaged").
    Result<void> setVerified(const QStringList &backupIds, const QDateTime &at, const QString &result);

    // Never fails the operation it records. The account is the catalog's
    // authenticated one (PostgreSQL: current_user, set by the database).
    void audit(const AuditEntry &entry);
    void audit(const QString &action, const QString &object, const QString &detail); // result "ok"
    Result<QList<AuditEntry>> auditEntries(const AuditFilter &filter);

    QSqlDatabase db() const;
    // SQLite's quick_check, line by line; empty when the database is sound.
    // PostgreSQL checks its own pages: nothing to report from here.
    Result<QStringList> integrityProblems();
    // The database server's clock (PostgreSQL); the local one for SQLite.
    Result<QDateTime> serverTime();

    // PostgreSQL: the group role of a cloudbackup role in this database
    // ("cb_<database>_cloud_admin", ...), so two catalogs in one cluster keep
    // their groups apart.
    QString groupRole(Role role) const;

private:
    Catalog() = default;
    Result<void> migrate();
    Result<void> connect();
    QString loginName() const;
    QString loginError(const QString &driverText) const;
    QStringList postgresSecurity() const;
    QStringList postgresPolicySecurity() const;
    QStringList postgresPolicyTables() const;
    static QStringList protectionTriggers();
    QStringList postgresLocationSecurity() const;
    Result<void> readLocations(const QString &where, const QVariantList &binds,
                               QHash<QString, QList<BackupLocation>> &out);
    Result<void> readProtection(const QString &where, const QVariantList &binds, QSet<QString> &ids);
    Result<void> scanBackups(const QString &where, const QVariantList &binds,
                             const std::function<bool(Backup &&)> &visit);
    QStringList postgresJobLogSecurity() const;
    Result<void> runSecret(const QString &sql, const QString &secret);
    Result<void> setPostgresProjects(const QString &name, const QStringList &projects);
    Result<void> bump();
    Result<QList<Backup>> queryBackups(const QString &where, const QVariantList &binds);

    QString m_url;
    QString m_driver;
    QString m_connectionPrefix;
    QString m_user;
    QString m_database; // PostgreSQL: current_database()
    CatalogLogin m_login;
    bool m_migrating = false;
};

} // namespace cb
