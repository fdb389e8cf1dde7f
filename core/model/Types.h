#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace cb {

inline constexpr qint64 ChunkSize = 4 * 1024 * 1024;
inline constexpr auto DefaultProject = "admin";

enum class VolumeStatus
{
    Available,
    InUse,
    Restoring,
    Error,
    Missing,    // deleted: only the catalog still knows it, for its backups
    Unreachable // its backend is not connected here (an account without the Ceph keyring)
};

// Not on any backend this engine reaches: deleted or unreachable.
inline bool isGone(VolumeStatus s)
{
    return s == VolumeStatus::Missing || s == VolumeStatus::Unreachable;
}

QString volumeStatusKey(VolumeStatus s);  // "available", "in-use", ...
QString volumeStatusText(VolumeStatus s); // translated
VolumeStatus volumeStatusFromKey(const QString &key);

struct Volume
{
    QString id; // "file:PROJECT/NAME" or "rbd:POOL/[NAMESPACE/]IMAGE"
    QString name;
    QString project;
    QString type; // volume type: "file" or the RBD pool
    qint64 size = 0;
    VolumeStatus status = VolumeStatus::Available;
    QString device;      // image file path / rbd spec
    QString reason = {}; // why the status (unreachable: why), an encoded Message; shown with Message::display

    QJsonObject toJson() const;
};

enum class BackupKind
{
    Full,
    Incremental
};
enum class BackupStatus
{
    Creating,
    Available,
    Error,
    Deleting,
    Restoring, // no longer set: restores leave the backup's status alone; old rows settle to available
    Damaged    // verify found damaged or missing data; a later backup of the same data heals it
};

// available, error and damaged are settled; every other status exists only
// while a live job holds it.
bool isSettled(BackupStatus s);

QString backupKindKey(BackupKind k);
QString backupKindText(BackupKind k);
BackupKind backupKindFromKey(const QString &key);
QString backupStatusKey(BackupStatus s);
QString backupStatusText(BackupStatus s);
BackupStatus backupStatusFromKey(const QString &key);

// Another repository that holds a verified copy of a backup (repo sync).
struct BackupLocation
{
    QString location; // as the user names it: a folder's absolute path, "rados:POOL[/NS]"
    QDateTime verifiedAt;
};

struct Backup
{
    QString id;
    QString name;
    QString description;
    QString volumeId;
    QString volumeName;
    QString project;
    QString volumeType;
    BackupKind kind = BackupKind::Full;
    QString parentId;
    BackupStatus status = BackupStatus::Creating;
    qint64 size = 0; // volume size at backup time
    qint64 readBytes = 0;
    qint64 storedBytes = 0; // new bytes written to the repository
    QDateTime createdAt;    // UTC
    QDateTime completedAt;
    QStringList tags;
    bool forced = false;
    bool protectedBackup = false; // nobody may delete it until it is unprotected
    // Not stored: a backup policy's minimum age keeps it from deletion until then.
    QDateTime heldUntil;
    QString heldBy;  // that policy
    QString warning; // as stored: Message::encode() or plain text
    QString error;
    // The last verify of this backup (catalog only, not in the repository's record).
    QDateTime verifiedAt;
    QString verifyResult; // a VerifyResult key: "ok", "damaged"; empty: never verified
    // The other repositories holding a verified copy (catalog only). The
    // engine's own repository is implied: it holds every available backup.
    QList<BackupLocation> copies;

    // In the current language (Message::display).
    QString warningText() const;
    QString errorText() const;
    // As stored in the repository's records.
    QJsonObject toJson() const;
    // For people and scripts: error and warning in the current language, with
    // their codes ("error_code", "warning_code") when they have one.
    QJsonObject shownJson() const;
    static Backup fromJson(const QJsonObject &o);
};

enum class JobKind
{
    Backup,
    Restore,
    Verify,
    Delete,
    Gc,
    Sync
};
enum class JobStatus
{
    Running,
    Done,
    Error,
    Cancelled
};

QString jobKindKey(JobKind k);
QString jobKindText(JobKind k);
QString jobStatusKey(JobStatus s);
QString jobStatusText(JobStatus s);

struct JobRecord
{
    QString id;
    JobKind kind = JobKind::Backup;
    JobStatus status = JobStatus::Running;
    QString backupId;
    QString volumeId;
    QString host;
    qint64 pid = 0;
    QDateTime startedAt;
    QDateTime finishedAt;
    QString error; // as stored: Message::encode() or plain text

    QString errorText() const;
};

// What the last verify of a backup found.
QString verifyResultText(const QString &key); // "Intact", "Damaged", "Not verified"

enum class JobLogLevel
{
    Info,
    Warning,
    Error
};
QString jobLogLevelKey(JobLogLevel l);
QString jobLogLevelText(JobLogLevel l);
JobLogLevel jobLogLevelFromKey(const QString &key);

// One line of a job's log, written by the engine at the job's main steps.
struct JobLogEntry
{
    QDateTime at; // UTC
    JobLogLevel level = JobLogLevel::Info;
    QString message; // as stored: Message::encode() or plain text

    QString text() const; // in the current language
};

// A byte range of a volume.
struct ByteRange
{
    qint64 offset = 0;
    qint64 length = 0;
};
// "4.0 MiB–8.0 MiB, 12.0 MiB–16.0 MiB": for messages.
QString describeRanges(const QList<ByteRange> &ranges);

QString newId(); // a random UUID without braces

} // namespace cb
