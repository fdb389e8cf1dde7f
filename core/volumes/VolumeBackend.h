#pragma once

#include "model/Types.h"
#include "util/Result.h"

#include <memory>

namespace cb {

struct Extent
{
    qint64 offset = 0;
    qint64 length = 0;
    bool data = true; // false: the range reads as zeros (hole / discarded)
};

// What a backup must read. "exact" means the backend knows precisely what
// changed since the parent's point in time (RBD diff): chunks outside the
// extents are identical to the parent. Otherwise the extents are simply the
// allocated ranges and the engine compares chunk hashes with the parent.
struct ChangeSet
{
    QList<Extent> extents;
    bool exact = false;
    QString warning; // recorded on the backup (e.g. parent snapshot missing)
};

// A frozen view of a volume taken for one backup (RBD snapshot, or the file
// held under a shared lock). read() must be safe to call from several threads.
class PointInTime
{
public:
    virtual ~PointInTime() = default;
    virtual qint64 size() const = 0;
    // parentBackupId empty: everything allocated. Otherwise the changes
    // since that backup's point in time, if the backend can tell.
    virtual Result<ChangeSet> changes(const QString &parentBackupId) = 0;
    virtual Result<void> read(qint64 offset, char *buffer, qint64 length) = 0;
    // The backup is complete: keep this point in time as the base of the next
    // incremental and drop older ones.
    virtual void commit() = 0;
    // The backup failed or was cancelled: drop this point in time.
    virtual void abandon() = 0;
};

// A volume opened for a restore. write()/zero() must be safe from several threads.
class VolumeWriter
{
public:
    virtual ~VolumeWriter() = default;
    virtual Result<void> write(qint64 offset, const char *data, qint64 length) = 0;
    virtual Result<void> zero(qint64 offset, qint64 length) = 0; // discard / punch a hole
    virtual Result<void> finish() = 0;                           // flush to stable storage
};

struct CreateVolumeParams
{
    QString name;
    QString project;
    QString type;
    qint64 size = 0;
    QString likeVolumeId; // copy features/settings from this volume when it exists
    // Created as the target of a restore: it reads "error" (never "available")
    // until openForRestore() takes it and the restore finishes.
    bool forRestore = false;
};

class VolumeBackend
{
public:
    virtual ~VolumeBackend() = default;
    virtual QString scheme() const = 0;   // prefix of volume ids: "file", "rbd"
    virtual QString describe() const = 0; // for the status bar / logs
    // Whether volume id `volumeId` is this backend's (several backends may
    // share a scheme: one per Ceph cluster).
    virtual bool serves(const QString &volumeId) const { return volumeId.section(u':', 0, 0) == scheme(); }
    // Why the backend's storage cannot be reached now (an encoded Message),
    // as its last attempt found; empty when it can or has not been tried.
    virtual QString unreachableReason() const { return {}; }
    // Files holding the credentials the backend uses (a Ceph keyring), which
    // must be private to the account running cloudbackup.
    virtual QStringList secretFiles() const { return {}; }
    virtual Result<QList<Volume>> list() = 0;
    virtual Result<Volume> volume(const QString &id) = 0;
    // Refuses a volume whose storage would be reached through a link out of
    // the backend's own folder (file volumes). A missing volume passes.
    virtual Result<void> checkPaths(const QString &) const { return {}; }
    // The volume types. The console asks on its GUI thread: at most the first
    // connection attempt is waited for, never a retry.
    virtual QStringList types() = 0;
    // Whether a volume of this type is made here; may connect (engine threads).
    virtual bool hasType(const QString &type) { return types().contains(type); }
    virtual Result<Volume> create(const CreateVolumeParams &params) = 0;
    virtual Result<void> remove(const QString &id) = 0;
    virtual Result<std::unique_ptr<PointInTime>> freeze(const QString &id, const QString &backupId,
                                                        bool force) = 0;
    // Opens an existing volume for overwriting. Fails if it is in use.
    virtual Result<std::unique_ptr<VolumeWriter>> openForRestore(const QString &id, bool newVolume) = 0;
    // Removes what an interrupted backup may have left on the volume.
    virtual void cleanupBackup(const QString &volumeId, const QString &backupId) = 0;
};

} // namespace cb
