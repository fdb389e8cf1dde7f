#pragma once

#include "model/Types.h"
#include "repository/BackupIndex.h"
#include "repository/Digest.h"
#include "repository/Store.h"
#include "util/Result.h"

#include <QByteArray>
#include <QHash>
#include <QSet>

#include <atomic>
#include <functional>
#include <memory>

namespace cb {

class Codec;
namespace crypto {
class Secret;
}

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

// Content-addressed chunk store with one self-contained index per backup
// (format 2, see docs/ARCHITECTURE.md), on a RepositoryStore: a local
// directory or a Ceph RADOS pool. Repository keeps the rules (staging, gc,
// verify, quarantine, records, indexes) and the codec (Codec.h); the store
// keeps names and bytes.
class Repository
{
public:
    static constexpr int FormatVersion = 2;
    enum class Open
    {
        Existing,      // a location that is not a repository is an error
        CreateIfAbsent // create one in a missing or empty folder (the default home)
    };

    // location: a folder, or "rados:POOL[/NAMESPACE]". An encrypted
    // repository opens only with its key file's contents (when given) or
    // its passphrase; a wrong one changes nothing.
    static Result<std::shared_ptr<Repository>> open(const QString &location, Open mode,
                                                    const StoreOptions &options = {},
                                                    const crypto::Secret *passphrase = nullptr,
                                                    const crypto::Secret *keyFile = nullptr);
    // Creates a repository in a missing or empty folder, or an empty pool or
    // namespace; encrypted when given a key file (crypto/RepositoryKeys.h),
    // which the format object then keeps.
    static Result<void> init(const QString &location, const StoreOptions &options = {},
                             const QByteArray &keyFile = {});
    // Whether init() may create a repository there (asked before a passphrase is).
    static Result<void> canInit(const QString &location, const StoreOptions &options = {});
    // Whether a failure of open() is an encrypted repository asking for its
    // passphrase: none was given, or a wrong one.
    static bool needsPassphrase(const Error &error);
    // An encrypted repository's key file (empty for a plain one), read
    // without unlocking it; and the same keys under another wrapping, written
    // in place (the keys themselves never change, see RepositoryKeys).
    static Result<QByteArray> readKeyFile(const QString &location, const StoreOptions &options = {});
    static Result<void> replaceKeyFile(const QString &location, const StoreOptions &options,
                                       const QByteArray &keyFile);
    ~Repository();

    // As the user names it (a folder's absolute path, "rados:pool/ns").
    QString location() const { return m_store->location(); }
    QString path() const { return location(); }
    QString backend() const { return m_store->backend(); }
    int upgradedFrom() const { return m_upgradedFrom; }
    Result<StoreUsage> usage() const { return m_store->usage(); }
    // "none" or "aes-256-gcm".
    QString encryption() const;
    // An encrypted repository's key file, as open() found it (its KDF cost); else empty.
    QByteArray keyFile() const { return m_keyFile; }

    // New chunks of one backup. They are invisible to gc until commit(); a
    // staging area that is not committed leaves nothing another backup or a
    // restore relies on (see StoreStaging).
    class Staging
    {
    public:
        Staging(const Staging &) = delete;
        Staging &operator=(const Staging &) = delete;
        // Makes the chunks part of the store, durable.
        Result<void> commit() { return m_store->commit(); }

    private:
        friend class Repository;
        explicit Staging(std::unique_ptr<StoreStaging> store) : m_store(std::move(store)) {}
        std::unique_ptr<StoreStaging> m_store;
    };
    Result<std::unique_ptr<Staging>> beginStaging(const QString &jobId) const;

    // The id a chunk is stored under (the one place chunk ids are made):
    // SHA-256, or a keyed hash in an encrypted repository.
    ChunkHash chunkId(const char *data, qint64 length) const;
    // Encodes and stores the chunk unless the store or the staging area has
    // it. Returns the bytes written (0 when it was present).
    Result<qint64> putChunk(Staging &staging, const ChunkHash &hash, const char *data, qint64 length) const;
    bool hasChunk(const ChunkHash &hash) const;
    // Reads, decodes and checks the id; refuses data it cannot verify.
    Result<void> getChunkInto(const ChunkHash &hash, char *buffer, qint64 capacity, qint64 *length) const;
    Result<QByteArray> getChunk(const ChunkHash &hash) const;
    // A local repository's chunk file (tests); empty for other stores.
    QString chunkPath(const ChunkHash &hash) const;
    // Moves a damaged chunk aside, so the next backup that reads the same
    // data stores it again.
    Result<void> quarantine(const ChunkHash &hash) const;

    // Indexes: written through an IndexWriter, then committed under the backup's id.
    class PendingIndex
    {
    public:
        IndexWriter &writer() { return *m_writer; }
        Result<void> commit();

    private:
        friend class Repository;
        PendingIndex() = default;
        std::unique_ptr<StoreWriter> m_object;
        // Encrypted: the index is built in memory and sealed whole at commit.
        std::unique_ptr<QIODevice> m_buffer;
        const Repository *m_repository = nullptr;
        QString m_id;
        std::unique_ptr<IndexWriter> m_writer;
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

    // Backups and restores hold the shared side while they run; gc takes the
    // exclusive side, so it never removes a chunk a running backup may reference.
    using Lock = StoreLock;
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

private:
    explicit Repository(std::unique_ptr<RepositoryStore> store);
    static Result<void> create(RepositoryStore &store, const QByteArray &keyFile = {});
    // The format object, with the time of the event that wrote it
    // ("created_at", "upgraded_at"), and an encrypted repository's key file.
    static Result<void> writeFormat(RepositoryStore &store, const QString &event,
                                    const QByteArray &keyFile = {});
    Result<int> readFormat();
    Result<void> unlock(const crypto::Secret *passphrase, const crypto::Secret *keyFile);
    Result<void> upgradeFrom1();

    // The store's methods change nothing the Repository's callers see as
    // const (they hold no state of their own but locks and caches).
    std::unique_ptr<RepositoryStore> m_store;
    std::unique_ptr<Codec> m_codec;
    QByteArray m_keyFile;
    int m_upgradedFrom = 0;
};

} // namespace cb
