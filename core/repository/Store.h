#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

class QIODevice;

namespace cb {

// What a repository keeps, each kind under its own names.
enum class ObjectKind
{
    Format, // the one format object (name ignored)
    Chunk,  // named by the chunk's id (hex)
    Index,  // named by the backup's id
    Record, // named by the backup's id
};

// Held while a backup or restore runs (shared) or while gc marks and damaged
// chunks are moved aside (exclusive). Released when destroyed.
class StoreLock
{
public:
    virtual ~StoreLock() = default;
};

// Where the chunks of one running backup go until commit(). Destroyed
// without a commit, the chunks it wrote are no longer protected (local: they
// are removed at once; RADOS: gc collects them).
class StoreStaging
{
public:
    virtual ~StoreStaging() = default;
    // Whether the chunk must be written: false when the store or this
    // staging area already has it (and the store keeps it for this backup).
    virtual Result<bool> claim(const QString &name) = 0;
    // Stores a claimed chunk, encoded. Returns whether it wrote it (false:
    // another writer stored the same chunk first).
    virtual Result<bool> put(const QString &name, const QByteArray &head, const char *payload,
                             qint64 length) = 0;
    // The chunks are in the store and durable once this returns.
    virtual Result<void> commit() = 0;
};

// An object being written (an index); visible under its name only after commit().
class StoreWriter
{
public:
    virtual ~StoreWriter() = default;
    virtual QIODevice &device() = 0;
    virtual Result<void> commit() = 0;
};

// The second half of gc, after the mark: removes chunks the mark found
// unreferenced, unless a backup started since may use them.
class StoreSweep
{
public:
    virtual ~StoreSweep() = default;
    // The bytes freed, or -1 when the chunk was kept (or already gone).
    virtual qint64 remove(const QString &name) = 0;
    // Whether the sweep may run after gc's exclusive lock is released.
    virtual bool runsUnlocked() const = 0;
};

struct StoreUsage
{
    qint64 chunks = 0;
    qint64 bytes = 0; // chunks, indexes and records as stored
};

// The object store under a Repository: one local directory (LocalStore) or a
// Ceph RADOS pool (RadosStore). It knows names and bytes only; the codec,
// checksums and the repository's rules stay in Repository. A new backend is
// one class and one line in Store.cpp's scheme table.
class RepositoryStore
{
public:
    enum class State
    {
        Missing,    // nothing there (a folder to create; a RADOS namespace is never "missing")
        Empty,      // there and empty: a repository may be created
        Foreign,    // holds something that is not a repository
        Repository, // has the format object
    };

    virtual ~RepositoryStore() = default;
    virtual QString location() const = 0; // as the user names it
    virtual QString backend() const = 0;  // "local", "rados"
    virtual State state() const = 0;
    // The format object's name, as the user would look for it.
    virtual QString formatName() const = 0;
    // Makes the empty layout; the caller writes the format object last.
    virtual Result<void> create() = 0;
    // Checks and tidies an existing repository at open (local: no links,
    // stale temp files and staging areas of dead backups).
    virtual Result<void> prepare() = 0;
    // Local only: the folder, for the format 1 upgrade and tests; else empty.
    virtual QString localDirectory() const { return {}; }

    // false when the object does not exist.
    virtual Result<bool> read(ObjectKind kind, const QString &name, QByteArray *out) const = 0;
    // Replaces the object atomically: readers see the old or the new bytes.
    virtual Result<void> write(ObjectKind kind, const QString &name, const QByteArray &data,
                               bool durable = true) = 0;
    virtual Result<std::unique_ptr<StoreWriter>> create(ObjectKind kind, const QString &name) = 0;
    // The whole object for reading (an index), or an error naming it missing.
    virtual Result<std::unique_ptr<QIODevice>> open(ObjectKind kind, const QString &name) const = 0;
    virtual bool exists(ObjectKind kind, const QString &name) const = 0;
    virtual QStringList list(ObjectKind kind) const = 0;
    // Removing a missing object is not an error.
    virtual Result<void> remove(ObjectKind kind, const QString &name) = 0;
    // Moves a chunk aside as damaged: gone from its name, kept for a look.
    virtual Result<void> quarantine(const QString &name) = 0;
    virtual Result<StoreUsage> usage() const = 0;

    virtual Result<std::unique_ptr<StoreStaging>> beginStaging(const QString &jobId) = 0;
    virtual Result<std::unique_ptr<StoreLock>> lockShared() = 0;
    // Waits until no shared lock is held; gives up when cancelled.
    virtual Result<std::unique_ptr<StoreLock>> lockExclusive(const std::atomic_bool *cancel) = 0;
    virtual std::unique_ptr<StoreLock> tryLockExclusive() = 0;
    // Called under the exclusive lock before the mark reads the indexes.
    virtual Result<std::unique_ptr<StoreSweep>> beginSweep() = 0;
    // Removes leftovers of writers that are gone; returns how many.
    virtual qint64 removeLeftovers() = 0;
};

struct StoreOptions
{
    QString cephConf; // RADOS: the cluster's configuration (empty: $CEPH_CONF)
};

// A location names its backend by a scheme ("rados:POOL[/NAMESPACE]"); one
// without a known scheme is a local directory.
Result<std::unique_ptr<RepositoryStore>> openStore(const QString &location, const StoreOptions &options);
// Whether the location names a store other than a local directory.
bool isRemoteLocation(const QString &location);

} // namespace cb
