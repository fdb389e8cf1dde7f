#pragma once

#include "model/Types.h"
#include "util/Result.h"

#include <QByteArray>
#include <QHash>
#include <QMap>
#include <QSet>

#include <atomic>
#include <functional>
#include <memory>

namespace cb {

using ChunkHash = QByteArray; // 32 raw bytes of SHA-256; empty = all-zero chunk (a hole)

ChunkHash sha256(const char *data, qint64 length);
bool isAllZero(const char *data, qint64 length);

// The chunk map of one backup. A full backup lists its non-zero chunks; an
// incremental lists only the chunks that differ from its parent (a zero
// entry where the parent had data).
struct Manifest
{
    Backup record; // the catalog record, so a lost catalog can be rebuilt
    qint64 volumeSize = 0;
    qint64 chunkSize = ChunkSize;
    QMap<qint64, ChunkHash> chunks;
};

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
    QStringList problems; // one line per bad or missing chunk
};

using ProgressFn = std::function<void(qint64 done, qint64 total)>;

// Content-addressed chunk store with manifests, in one local directory.
class Repository
{
public:
    static constexpr int FormatVersion = 1;

    static Result<std::shared_ptr<Repository>> open(const QString &path);

    const QString &path() const { return m_path; }

    // Compresses and stores the chunk unless it is already there. Returns the
    // bytes written (0 when it was present).
    Result<qint64> putChunk(const ChunkHash &hash, const char *data, qint64 length);
    bool hasChunk(const ChunkHash &hash) const;
    // Reads, decompresses and checks the hash; refuses data it cannot verify.
    Result<QByteArray> getChunk(const ChunkHash &hash) const;
    Result<void> getChunkInto(const ChunkHash &hash, char *buffer, qint64 capacity, qint64 *length) const;
    QString chunkPath(const ChunkHash &hash) const;

    Result<void> writeManifest(const Manifest &manifest);
    Result<Manifest> readManifest(const QString &backupId) const;
    Result<Backup> readManifestRecord(const QString &backupId) const;
    Result<void> updateManifestRecord(const Backup &record);
    bool hasManifest(const QString &backupId) const;
    Result<void> removeManifest(const QString &backupId);
    QStringList manifestIds() const;

    // Makes the renames of these chunks' files durable.
    Result<void> syncChunkDirectories(const QList<ChunkHash> &hashes);

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

    Result<GcStats> gc(const std::atomic_bool *cancel, const ProgressFn &progress);
    Result<VerifyStats> verifyChunks(const QList<ChunkHash> &hashes, const std::atomic_bool *cancel,
                                     const ProgressFn &progress) const;
    // Every chunk some manifest references; unreadable manifests are named in *unreadable.
    QSet<ChunkHash> referencedChunks(QStringList *unreadable) const;

    static QString hex(const ChunkHash &hash) { return QString::fromLatin1(hash.toHex()); }

private:
    explicit Repository(QString path) : m_path(std::move(path)) {}
    QString manifestPath(const QString &backupId) const;
    Result<void> atomicWrite(const QString &target, const QByteArray &data, bool sync) const;

    QString m_path;
};

} // namespace cb
