#pragma once

#include "model/Types.h"
#include "repository/BackupIndex.h"
#include "repository/Digest.h"
#include "util/Result.h"

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QSet>

#include <atomic>
#include <functional>
#include <memory>

namespace cb {

struct GcStats
{
    qint64 chunksRemoved = 0;
    qint64 bytesFreed = 0;
    qint64 chunksKept = 0;
    qint64 tempFilesRemoved = 0;
};

struct VerifyStats
{
    qint64 chunksChecked = 0;
    qint64 bytesChecked = 0;
    QStringList problems;        // one line per problem found
    QSet<ChunkHash> bad;         // damaged or missing chunks
    QStringList damagedIds;      // backups marked damaged by this verify
    QStringList healedIds;       // damaged backups found whole again
    QStringList indexMismatches; // chunks whose length is not the one the index gives
};

using ProgressFn = std::function<void(qint64 done, qint64 total)>;

// Content-addressed chunk store with one self-contained index per backup,
// in one local directory (format 2, see docs/ARCHITECTURE.md):
//   cloudbackup-repository.json   format, chunk size, hash, compression
//   chunks/xx/<sha256>            stored chunks
//   indexes/<backup-id>.cbix      the index of each backup (BackupIndex.h)
//   records/<backup-id>.json      the backup's catalog record, kept current on edits
//   staging/<job-id>/             chunks of a running backup, moved into chunks/ when it completes
//   damaged/<sha256>              chunks found damaged, moved aside
//   tmp/.cbtmp-*                  files being written; nothing else is ever removed there
//   locks/gc.lock                 backups share it, gc takes it alone
class Repository
{
public:
    static constexpr int FormatVersion = 2;
    enum class Open
    {
        Existing,      // a folder that is not a repository is an error
        CreateIfAbsent // create one in a missing or empty folder (the default home)
    };

    static Result<std::shared_ptr<Repository>> open(const QString &path, Open mode);
    // Creates a repository in a missing or empty folder.
    static Result<void> init(const QString &path);

    const QString &path() const { return m_path; }
    int upgradedFrom() const { return m_upgradedFrom; }

    // New chunks of one backup. They are invisible to other backups and to gc
    // until commit(); a staging area that is not committed is removed with
    // everything in it, so a failed backup leaves no chunks behind.
    class Staging
    {
    public:
        ~Staging();
        Staging(const Staging &) = delete;
        Staging &operator=(const Staging &) = delete;
        // Moves the chunks into the store and makes them durable.
        Result<void> commit();

    private:
        friend class Repository;
        Staging(const Repository &repo, QString dir, int lockFd)
            : m_repo(repo), m_dir(std::move(dir)), m_lockFd(lockFd)
        {}
        bool claim(const ChunkHash &hash);
        const Repository &m_repo;
        QString m_dir;
        int m_lockFd;
        QMutex m_mutex;
        QSet<ChunkHash> m_hashes;
        bool m_committed = false;
    };
    Result<std::unique_ptr<Staging>> beginStaging(const QString &jobId) const;

    // Compresses and stores the chunk unless the store or the staging area
    // has it. Returns the bytes written (0 when it was present).
    Result<qint64> putChunk(Staging &staging, const ChunkHash &hash, const char *data, qint64 length) const;
    bool hasChunk(const ChunkHash &hash) const;
    // Reads, decompresses and checks the hash; refuses data it cannot verify.
    Result<void> getChunkInto(const ChunkHash &hash, char *buffer, qint64 capacity, qint64 *length) const;
    Result<QByteArray> getChunk(const ChunkHash &hash) const;
    QString chunkPath(const ChunkHash &hash) const;
    // Moves a damaged chunk aside (damaged/), so the next backup that reads
    // the same data stores it again.
    Result<void> quarantine(const ChunkHash &hash) const;

    // Indexes: written through an IndexWriter, then committed under the backup's id.
    class PendingIndex
    {
    public:
        ~PendingIndex();
        IndexWriter &writer() { return *m_writer; }
        Result<void> commit();

    private:
        friend class Repository;
        PendingIndex() = default;
        const Repository *m_repo = nullptr;
        QString m_target;
        QFile m_file;
        std::unique_ptr<IndexWriter> m_writer;
        bool m_committed = false;
    };
    Result<std::unique_ptr<PendingIndex>> createIndex(const IndexHeader &header) const;
    Result<std::unique_ptr<IndexReader>> openIndex(const QString &backupId) const;
    bool hasIndex(const QString &backupId) const;
    // Removes the index and the record of a backup.
    Result<void> removeBackup(const QString &backupId);
    QStringList indexIds() const;

    // durable false: the record is not flushed (a backup's first record; its
    // index carries the same record, so losing it to a crash loses nothing
    // that matters, and two flushes per backup are saved).
    Result<void> writeRecord(const Backup &record, bool durable = true) const;
    // The current record, else the one the index was written with.
    Result<Backup> readRecord(const QString &backupId) const;

    // Backups hold the shared side of this lock while they run; gc takes the
    // exclusive side, so it never removes a chunk a running backup may reference.
    class Lock
    {
    public:
        explicit Lock(int fd) : m_fd(fd) {}
        ~Lock();
        Lock(const Lock &) = delete;
        Lock &operator=(const Lock &) = delete;

    private:
        int m_fd;
    };
    Result<std::unique_ptr<Lock>> lockShared() const;
    // Waits for running backups to finish; gives up when cancelled.
    Result<std::unique_ptr<Lock>> lockExclusive(const std::atomic_bool *cancel) const;
    // The exclusive lock if nobody holds the shared one now, else nothing.
    std::unique_ptr<Lock> tryLockExclusive() const;

    Result<GcStats> gc(const std::atomic_bool *cancel, const ProgressFn &progress);
    // Every chunk some index references; unreadable indexes are described in
    // *unreadable and, when asked, listed by backup id in *unreadableIds.
    QSet<ChunkHash> referencedChunks(QStringList *unreadable, QStringList *unreadableIds = nullptr) const;

    static QString hex(const ChunkHash &hash) { return QString::fromLatin1(hash.toHex()); }

    // Writes a file atomically inside the repository (temp file, fsync, rename).
    Result<void> atomicWrite(const QString &target, const QByteArray &data, bool durable = true) const;

private:
    explicit Repository(QString path) : m_path(std::move(path)) {}
    static Result<void> create(const QString &path);
    Result<void> checkLayout() const;
    // The format file, with the time of the event that wrote it ("created_at", "upgraded_at").
    Result<void> writeFormat(const QString &event) const;
    Result<void> upgradeFrom1();
    void removeStaleTemps() const;
    void removeStaleStaging() const;
    QString indexPath(const QString &backupId) const;
    QString recordPath(const QString &backupId) const;
    QString tempPath() const;

    QString m_path;
    int m_upgradedFrom = 0;
};

} // namespace cb
