#pragma once

#include "auth/Access.h"
#include "engine/Doctor.h"
#include "model/Types.h"
#include "policy/BackupPolicy.h"
#include "repository/Repository.h"
#include "util/Result.h"

#include <QThreadPool>

class QThread;

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace cb {

class Catalog;
class VolumeBackend;
namespace crypto {
class Secret;
}
class VolumeWriter;
class PointInTime;
struct ChangeSet;
struct CreateVolumeParams;
struct Dashboard;

// A Ceph cluster given by name (--ceph-conf NAME=FILE).
struct CephClusterConf
{
    QString name;
    QString confPath;
};

struct EngineConfig
{
    QString home;                   // catalog, repository, file volumes, run state
    QString repositoryPath;         // default $CLOUDBACKUP_REPOSITORY, else <home>/repository (created
                                    // when absent); any other must exist. A folder or rados:POOL[/NAMESPACE]
    QString repositoryCephConf;     // a RADOS repository's cluster; empty: the volumes' (cephConf)
    QString catalogUrl;             // default <home>/catalog.sqlite
    QString cephConf;               // the default Ceph cluster's; empty: clusters.json, else $CEPH_CONF
    QStringList cephPools;          // the default cluster's; empty: every pool with the rbd application
    int workers = 0;                // 0: idealThreadCount() + 2
    bool recover = true;            // clean up after interrupted jobs at open
    bool rebuildingCatalog = false; // open an empty catalog beside a repository with backups
    // The catalog and the caller only: no repository, no recovery (the
    // repository key commands, which audit through the engine).
    bool catalogOnly = false;
    // More Ceph clusters by name (--ceph-conf NAME=FILE), beside <home>/clusters.json.
    QList<CephClusterConf> cephClusters;
    // Who calls. SQLite: the OS user running the program owns the home and is
    // its only account (cloud admin); any other account is refused.
    // PostgreSQL: the login role to connect as (empty: the URL's user, else
    // libpq's default); the password, when needed, comes from here, else from
    // PGPASSWORD or ~/.pgpass. open() never keeps the password in config().
    QString account;
    QString password;
    // An encrypted repository's passphrase (never logged or audited). Shared,
    // not copied, so the one copy is wiped when the last holder lets go;
    // open() does not keep it in config().
    std::shared_ptr<const crypto::Secret> repositoryPassphrase;
    // Or the contents of its key file (tried first; no KDF).
    std::shared_ptr<const crypto::Secret> repositoryKeyFile;
    // A site's permission file widening the seed's matrix (Policy::load);
    // empty: <home>/permissions.json when present.
    QString permissionsFile;

    static QString defaultHome();
};

// Cancel flag and progress sink of one running operation.
struct JobControl
{
    std::atomic_bool cancel{false};
    qint64 rateLimit = 0; // bytes per second of volume data; 0: unlimited
    std::function<void(qint64 done, qint64 total)> progress;
    // Called (on the worker thread) with the id of each job row the engine
    // writes for this operation, so a front end can find it in the history.
    std::function<void(const QString &jobId)> recorded;
};

struct BackupParams
{
    QString volume; // id or unambiguous name
    bool incremental = false;
    bool force = false;
    QString name; // empty: "<volume>-<UTC time>"
    QString description;
};

// A repository other than the engine's own: a sync's target, a restore's source.
struct RepositoryRef
{
    QString location;     // a folder or rados:POOL[/NAMESPACE]
    StoreOptions options; // a RADOS repository's cluster
    // An encrypted repository's passphrase, or its key file's contents
    // (never logged or audited).
    std::shared_ptr<const crypto::Secret> passphrase;
    std::shared_ptr<const crypto::Secret> keyFile;
};

// repo sync: copies the backups the target lacks (Sync.cpp).
struct SyncParams
{
    RepositoryRef target;
    QStringList volumes;  // ids or names; empty: every volume
    QStringList projects; // empty: every project the caller sees
};

struct SyncReport
{
    QString target;            // the location as the catalog records it
    QStringList copied;        // backup ids, oldest first
    QStringList skipped;       // already held there, verified before
    qint64 chunksCopied = 0;   // chunks the target lacked
    qint64 bytesCopied = 0;    // as stored in the target (after compression, encryption)
    qint64 chunksVerified = 0; // read back from the target on arrival
};

struct RestoreParams
{
    QString backupId;
    QString newVolumeName;              // restore to a new volume in the backup's project and type
    QString targetVolume;               // or over this existing volume
    bool allowDamaged = false;          // restore what is intact, zeros where chunks are damaged
    QList<ByteRange> *zeroed = nullptr; // out: the ranges written as zeros for damaged chunks
    RepositoryRef from;                 // restore from this copy; empty location: the engine's repository
};

struct BackupQuery
{
    QString volumeId;
    QString project; // empty: every project the caller sees
    QString status;  // a status key; empty: any
};

// What "repo info" shows.
struct StoreInfo
{
    QString repositoryPath;
    QString repositoryBackend; // "local", "rados"; empty when not open
    int repositoryFormat = 0;
    qint64 repositoryBackups = 0;   // -1: the repository is not open (an account that may only view)
    QString repositoryEncryption;   // "none", "aes-256-gcm"
    QString repositoryKdf;          // an encrypted repository's passphrase KDF and its cost
    bool repositoryKeyFile = false; // a key file also unlocks it
    qint64 repositorySize = -1;     // bytes stored; -1: not counted
    qint64 repositoryChunks = -1;
    QString catalog; // "SQLite /path" / "PostgreSQL host:port/db"
    QString catalogDriver;
    int schemaVersion = 0;
    bool sharedCatalog = false; // PostgreSQL: several accounts
};

struct RecoveryReport
{
    int backupsFailed = 0;
    int restoresFailed = 0;
    int deletesResolved = 0;
    int upgradedFrom = 0; // the repository's format before this open upgraded it
};

// A prune by a policy's retention (policy set), or by rules given for one
// volume or for every volume the caller sees.
struct PruneRequest
{
    QString policy;
    QString volumeId;
    RetentionRules rules;
};

struct PruneDecision
{
    RetentionDecision decision;
    QString volumeId;
    QString project;
};

struct PolicyRunReport
{
    QStringList created;                   // backup ids
    QList<QPair<QString, QString>> failed; // volume id, encoded Message
    QStringList pruned;
    QString pruneError; // encoded Message
};

// The engine: every operation of the product, enforcing the rules of
// DESIGN.md. Operations block the calling thread (run them through Job for
// the GUI) and may be called from any thread.
class Engine
{
public:
    static Result<std::shared_ptr<Engine>> open(const EngineConfig &config);
    ~Engine();

    const EngineConfig &config() const { return m_config; }

    // Access (rule R8). Every operation below checks the caller against the
    // policy; a refusal is audited and returned as a translated error.
    const Caller &caller() const { return m_caller; }
    const Policy &policy() const { return m_policy; }
    bool may(Action action, const QString &project = {}) const;
    // Whether any changing action is allowed anywhere: an account that may
    // only view works without the repository.
    bool mayChangeAnything() const;
    // Why the caller may not (translated); empty when it may.
    QString whyNot(Action action, const QString &project = {}) const;
    // Without counting: names only, no I/O (safe on the GUI thread). Counting
    // also reads the schema version and lists the repository's indexes.
    StoreInfo info(bool counting = false) const;
    // Changes with every change of backups or tags, by any console (cheap).
    Result<qint64> changeStamp();
    // The job history (every console and the command line), oldest first;
    // limit > 0: the newest limit jobs only.
    Result<QList<JobRecord>> jobs(bool runningOnly, int limit = 0);
    Result<JobRecord> job(const QString &idOrPrefix);
    // The log of one job (its main steps, warnings and error), oldest first.
    Result<QList<JobLogEntry>> jobLog(const QString &jobIdOrPrefix);
    Result<QStringList> allTags();
    // The console's first page: space, savings, growth, what needs attention
    // (Dashboard.h), over what the caller sees. Reads every backup and walks
    // the repository: run it off the GUI thread.
    Result<Dashboard> dashboard();
    QList<VolumeBackend *> backends() const;
    VolumeBackend *backendFor(const QString &volumeId) const;
    const RecoveryReport &recovery() const { return m_recovery; }

    // Volumes: the live ones of every backend plus the deleted ones the
    // catalog still has backups of (status "deleted").
    Result<QList<Volume>> volumes();
    // A volume whose storage the backend refuses (a file volume behind a
    // link) resolves to the backend's reason, so no operation reaches it.
    Result<Volume> resolveVolume(const QString &idOrName);
    Result<Volume> createVolume(const CreateVolumeParams &params);
    Result<void> deleteVolume(const QString &idOrName);

    Result<QList<Backup>> backups(const QString &volumeId = {}, const QString &project = {});
    Result<QList<Backup>> backups(const BackupQuery &query);
    // The same, one at a time and oldest first, without holding them all
    // (`backup list` at any catalog size); visit returns false to stop.
    Result<void> forEachBackup(const BackupQuery &query, const std::function<bool(const Backup &)> &visit);
    Result<Backup> backup(const QString &idOrPrefix);

    Result<Backup> createBackup(const BackupParams &params, JobControl &control);
    Result<Volume> restore(const RestoreParams &params, JobControl &control);
    // Checks every chunk; a damaged backup is marked (status damaged, the
    // damaged ranges as its error), a damaged one found whole again returns to available.
    Result<VerifyStats> verifyBackup(const QString &backupId, JobControl &control);
    // Deletes leaf first; returns the ids in the order they were deleted.
    Result<QStringList> deleteBackups(const QStringList &ids, JobControl &control);
    Result<QStringList> deletionPlan(const QStringList &ids);
    Result<GcStats> gc(JobControl &control);
    // Every index and chunk, and the catalog against the repository both ways.
    Result<VerifyStats> verifyRepository(JobControl &control);
    // Copies the available backups the target repository lacks, chunk-deduplicated,
    // each verified there before the catalog records it as held (Sync.cpp).
    Result<SyncReport> sync(const SyncParams &params, JobControl &control);
    // Re-creates catalog rows from the indexes; returns how many were added or updated.
    Result<int> rebuildCatalog();

    Result<Backup> editBackup(const QString &id, const std::optional<QString> &name,
                              const std::optional<QString> &description);
    Result<Backup> setTags(const QString &id, const QStringList &tags);
    Result<Backup> editTags(const QString &id, const QStringList &add, const QStringList &remove);

    QString lockPath(const QString &jobId) const;

    // Projects and accounts. Viewing shows what the caller sees; changing
    // needs ManageAccounts. On SQLite the only account is the home's owner.
    Result<QStringList> projects();
    Result<void> createProject(const QString &name);
    Result<void> deleteProject(const QString &name); // refused while it has volumes, backups or members
    Result<QList<Account>> accounts();
    Result<Account> account(const QString &name);
    Result<Account> createAccount(const Account &account, const QString &password);
    Result<Account> setAccountEnabled(const QString &name, bool enabled);
    Result<Account> setAccountRole(const QString &name, Role role);
    Result<Account> addAccountProject(const QString &name, const QString &project);
    Result<Account> removeAccountProject(const QString &name, const QString &project);
    Result<void> setAccountPassword(const QString &name, const QString &password);
    Result<QList<AuditEntry>> auditLog(const AuditFilter &filter);
    // The repository key commands (repo init, repo key ...) work on the key
    // file without the engine's repository; they need ManageRepository
    // everywhere and are audited here. A refusal is audited and returned.
    Result<void> mayChangeRepositoryKeys(const QString &auditAction, const QString &location);
    // How one ended: "ok", or "failed" with its error (which holds no secret).
    void recordRepositoryKeyEvent(const QString &auditAction, const QString &location,
                                  const Result<void> &outcome);

    // Backup policies and protection (Policies.cpp). Changing them needs
    // ManagePolicies; a protected backup, and one younger than a covering
    // policy's minimum age, cannot be deleted by anyone.
    Result<QList<BackupPolicy>> backupPolicies(); // those of the projects the caller sees
    Result<BackupPolicy> backupPolicy(const QString &name);
    Result<BackupPolicy> createBackupPolicy(const BackupPolicy &policy);
    Result<BackupPolicy> editBackupPolicy(const BackupPolicy &policy); // replaces the definition
    Result<void> deleteBackupPolicy(const QString &name);
    Result<Backup> setProtected(const QString &id, bool on);
    // What a retention keeps of each volume's complete backups, newest first per volume.
    Result<QList<PruneDecision>> prunePlan(const PruneRequest &request);
    // Deletes what prunePlan() does not keep, leaf first; returns the ids deleted.
    Result<QStringList> prune(const PruneRequest &request, JobControl &control);
    // One run of a policy: a backup of every volume it covers (full or
    // incremental as it says), then its prune. A volume's failure does not
    // stop the others. With a slot, a volume already backed up since the
    // slot's time counts as done (a run taken over from a killed runner).
    Result<PolicyRunReport> runBackupPolicy(const QString &name, JobControl &control,
                                            const QDateTime &slot = {});
    // For runners: claims the policy's due slot (the newest elapse not after
    // now and after the last claimed one), so no slot runs twice on any host.
    Result<std::optional<qint64>> claimDueRun(const BackupPolicy &policy, const QDateTime &now);
    Result<void> finishPolicyRun(const QString &policy, qint64 slot, const PolicyRunReport &report);

    // What an operator would check (Doctor.cpp): catalog, repository and its
    // space, every Ceph cluster and its keyring, stuck jobs and backups,
    // damage, private files. Needs ManageRepository everywhere.
    Result<QList<DoctorCheck>> doctor();

private:
    friend class JobScope; // engine-internal: records jobs in the catalog
    struct ChunkCheck;
    Engine() = default;
    Result<void> openStores();
    Result<void> addCephClusters();
    Result<Volume> findVolume(const QString &idOrName);
    // The backups of these ids or prefixes that the caller sees, each once.
    Result<QList<Backup>> resolveBackups(const QStringList &ids);
    // expected: the length the index gives each chunk; a chunk that hashes
    // right but has another length means the index disagrees with its data.
    Result<VerifyStats> verifyChunks(const QSet<ChunkHash> &hashes, JobControl &control,
                                     const QHash<ChunkHash, qint64> *expected = nullptr);
    Result<void> saveRecord(const Backup &b);
    Result<BackupPolicy> saveBackupPolicy(BackupPolicy policy, bool create);
    Result<Backup> backupForPolicy(const BackupPolicy &policy, const Volume &volume, const QDateTime &since);
    void holdYoungBackups(QList<Backup> &backups);
    std::function<void(Backup &)> youngBackupHolder();
    QList<DoctorCheck> doctorCatalog();
    QList<DoctorCheck> doctorRepository();
    DoctorCheck doctorSpace();
    QList<DoctorCheck> doctorClusters();
    QList<DoctorCheck> doctorJobsAndBackups();
    QList<DoctorCheck> doctorFiles();
    Result<void> loadPolicy();
    Result<void> authenticate();
    // Checks the caller; a refusal is audited (result "denied").
    Result<void> require(Action action, const QString &project, const QString &auditAction,
                         const QString &object);
    Result<void> requireEverywhere(Action action, const QString &auditAction, const QString &object);
    Result<Account> changeAccount(const QString &name, const QString &auditAction, const QString &detail,
                                  const std::function<Result<void>()> &change);
    Result<Account> editAccountProjects(const QString &name, const QString &auditAction,
                                        const QString &project,
                                        const std::function<void(QStringList &)> &edit);
    void record(const QString &action, const QString &object, const QString &project, const QString &detail,
                const QString &result = QStringLiteral("ok"));
    bool seesJob(const JobRecord &job);
    // A line of a job's log; never fails the job it describes.
    void logJob(const QString &jobId, JobLogLevel level, const Message &text);
    // Each verified backup's time and result ("ok", "damaged").
    void recordVerified(const QStringList &ids, const QString &result);
    void recoverInterrupted();
    void settleOrphans(const QString &reason);
    // Backup steps (BackupRun.cpp). planChanges() says what to read and
    // returns the parent's index when unread chunks may copy its digests.
    Result<std::unique_ptr<IndexReader>> planChanges(const Backup &b, PointInTime &pit, ChangeSet *changes);
    Result<Backup> runBackup(Backup &b, VolumeBackend &backend, const BackupParams &params,
                             const QString &jobId, JobControl &control);
    // Restore steps (RestoreRun.cpp), reading the engine's repository or a copy.
    Result<QSet<ChunkHash>> missingChunks(const Repository &repo, const QString &backupId);
    Result<QSet<ChunkHash>> checkChunks(const Repository &repo, const QString &backupId, JobControl &control);
    Result<void> writeBackup(const Repository &repo, const QString &backupId, VolumeWriter &writer,
                             bool toNew, const QSet<ChunkHash> &skip, JobControl &control,
                             QSet<ChunkHash> *failed);
    // Another repository (Sync.cpp): it must exist; the engine's own is refused.
    Result<std::shared_ptr<Repository>> openOther(const RepositoryRef &ref);
    // The backups a sync copies: available, seen by the caller, of these volumes and projects.
    Result<QList<Backup>> syncSelection(const SyncParams &params);
    // Damage (Damage.cpp): the chunks go aside, every backup that references
    // them is marked damaged with its ranges; returns the ids marked.
    QStringList markDamaged(const QSet<ChunkHash> &bad, bool waitForLock, const std::atomic_bool *cancel);
    // repo: where the index is read (default: the engine's repository).
    Result<QList<ByteRange>> rangesOf(const QString &backupId, const QSet<ChunkHash> &bad,
                                      const Repository *repo = nullptr);
    void markIndexProblem(const Backup &b, const QString &reason);

    EngineConfig m_config;
    std::shared_ptr<Catalog> m_catalog;
    std::shared_ptr<Repository> m_repository;
    std::vector<std::unique_ptr<VolumeBackend>> m_backends;
    std::unique_ptr<QThreadPool> m_workers;
    RecoveryReport m_recovery;
    Caller m_caller;
    Policy m_policy;
    bool m_createRepository = false;
};

} // namespace cb
