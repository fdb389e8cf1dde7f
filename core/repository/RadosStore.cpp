#include "repository/RadosStore.h"

#include "model/Types.h"
#include "repository/Codec.h"
#include "repository/RadosDirectory.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHostInfo>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QThread>
#include <QUuid>

#include <rados/librados.hpp>

#include <cerrno>
#include <condition_variable>
#include <cstring>
#include <map>
#include <mutex>
#include <thread>
#include <unistd.h>

namespace cb {

Q_LOGGING_CATEGORY(lcRados, "cloudbackup.rados", QtInfoMsg)

namespace {

// Object names. A chunk is named by its id alone (64 hex digits); every other
// name has a dot, so the kinds never collide.
const std::string FormatObject = "cloudbackup-repository";
const std::string LockObject = "cloudbackup.lock";
const std::string LockName = "gc";
const std::string LeaseTag = "cloudbackup";
const std::string EpochKey = "cloudbackup.epoch";      // on the lock object: gc's sweep epoch
const std::string ChunkEpochKey = "cloudbackup.epoch"; // on a chunk: the epoch of its last writer
constexpr unsigned ReadPiece = 16u << 20;

QString errorText(int r)
{
    return QString::fromLocal8Bit(std::strerror(r < 0 ? -r : r));
}

std::string oidOf(ObjectKind kind, const QString &name)
{
    switch (kind) {
    case ObjectKind::Format:
        return FormatObject;
    case ObjectKind::Chunk:
        return name.toStdString();
    case ObjectKind::Index:
        return "index." + name.toStdString();
    case ObjectKind::Record:
        return "record." + name.toStdString();
    }
    return {};
}

bool isChunkName(const std::string &oid)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    return oid.size() == 64 && hex.match(QString::fromStdString(oid)).hasMatch();
}

// Fixed width, so the OSD's string comparison orders epochs as numbers.
librados::bufferlist epochValue(quint64 epoch)
{
    librados::bufferlist bl;
    const QByteArray text = QByteArray::number(epoch).rightJustified(20, '0');
    bl.append(text.constData(), text.size());
    return bl;
}

// How long a lease lives without renewal: a dead host's lease runs out after this.
int leaseSeconds()
{
    bool ok = false;
    const int s = qEnvironmentVariableIntValue("CLOUDBACKUP_RADOS_LEASE_SECONDS", &ok);
    return ok && s >= 2 ? s : 30;
}

Error radosError(const QString &what, int r)
{
    return fail(deferTr("Repository", "%1: %2").arg(what, errorText(r)));
}

} // namespace

class RadosStore;

// A lease on the lock object (a RADOS lock with a duration), renewed by the
// store while held and released when destroyed.
class RadosLock final : public StoreLock
{
public:
    RadosLock(RadosStore &store, std::string cookie) : m_store(store), m_cookie(std::move(cookie)) {}
    ~RadosLock() override;

private:
    RadosStore &m_store;
    std::string m_cookie;
};

class RadosStore final : public RepositoryStore
{
public:
    RadosStore(QString location, QString pool, QString ns)
        : m_location(std::move(location)), m_pool(pool), m_ns(ns), m_directory(m_io)
    {}
    ~RadosStore() override
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_wake.notify_all();
        if (m_renewer.joinable())
            m_renewer.join();
        m_io.close();
        m_rados.shutdown();
    }

    Result<void> connect(const QString &conf)
    {
        if (conf.isEmpty())
            return fail(deferTr("Repository", "The repository %1 needs a Ceph configuration: give "
                                              "--repository-ceph-conf FILE (or --ceph-conf, or CEPH_CONF).")
                            .arg(m_location));
        if (!QFileInfo(conf).isFile())
            return fail(deferTr("Repository", "The Ceph configuration file %1 does not exist.").arg(conf));
        if (const int r = m_rados.init2("client.admin", "ceph", 0); r < 0)
            return radosError(QCoreApplication::translate("Repository", "Cannot initialise the Ceph client"),
                              r);
        if (const int r = m_rados.conf_read_file(QFile::encodeName(conf).constData()); r < 0)
            return radosError(
                QCoreApplication::translate("Repository", "Cannot read the Ceph configuration %1").arg(conf),
                r);
        std::string timeout;
        if (m_rados.conf_get("client_mount_timeout", timeout) == 0 &&
            QByteArray::fromStdString(timeout).toDouble() == 300)
            (void)m_rados.conf_set("client_mount_timeout", "30");
        if (const int r = m_rados.connect(); r < 0)
            return radosError(
                QCoreApplication::translate("Repository", "Cannot connect to the Ceph cluster of %1")
                    .arg(conf),
                r);
        if (const int r = m_rados.ioctx_create(m_pool.toStdString().c_str(), m_io); r < 0) {
            if (r == -ENOENT)
                return fail(deferTr("Repository", "The Ceph pool \"%1\" does not exist.").arg(m_pool));
            return radosError(
                QCoreApplication::translate("Repository", "Cannot open the Ceph pool \"%1\"").arg(m_pool), r);
        }
        m_io.set_namespace(m_ns.toStdString());
        const QByteArray host = QHostInfo::localHostName().toUtf8();
        m_owner = host.toStdString() + " pid " + std::to_string(::getpid());
        return {};
    }

    QString location() const override { return m_location; }
    QString backend() const override { return QStringLiteral("rados"); }
    QString formatName() const override { return QString::fromStdString(FormatObject); }

    State state() const override
    {
        if (exists(ObjectKind::Format, {}))
            return State::Repository;
        // The list of backups alone is what a repo init that died before
        // its format object leaves: still empty.
        try {
            qint64 seen = 0;
            State state = State::Empty;
            for (auto it = m_io.nobjects_begin(); it != m_io.nobjects_end() && seen < 2; ++it, ++seen) {
                if (!RadosDirectory::isDirectoryObject(it->get_oid())) {
                    state = State::Foreign;
                    break;
                }
            }
            countRadosObjectsWalked(seen);
            return state;
        } catch (const std::exception &) {
            return State::Foreign;
        }
    }

    Result<void> create() override { return m_directory.create(); }
    // A pool written before the list of backups existed gets it here, once.
    Result<void> prepare() override { return m_directory.rebuildIfMissing(); }

    Result<bool> read(ObjectKind kind, const QString &name, QByteArray *out) const override
    {
        return readObject(oidOf(kind, name), out);
    }

    Result<bool> readObject(const std::string &oid, QByteArray *out) const
    {
        out->clear();
        for (quint64 offset = 0;;) {
            librados::bufferlist bl;
            const int r = m_io.read(oid, bl, ReadPiece, offset);
            if (r == -ENOENT)
                return false;
            if (r < 0)
                return radosError(QCoreApplication::translate("Repository", "Cannot read %1")
                                      .arg(QString::fromStdString(oid)),
                                  r);
            const qsizetype at = out->size();
            out->resize(at + bl.length());
            bl.begin().copy(bl.length(), out->data() + at);
            offset += static_cast<quint64>(r);
            if (static_cast<unsigned>(r) < ReadPiece)
                return true;
        }
    }

    Result<void> write(ObjectKind kind, const QString &name, const QByteArray &data, bool) override
    {
        // A full-object write replaces the object atomically; it is durable
        // on every replica once acknowledged.
        librados::bufferlist bl;
        bl.append(data.constData(), data.size());
        const std::string oid = oidOf(kind, name);
        // Listed before it exists, so every index and record is in the list.
        if (listed(kind)) {
            if (auto r = m_directory.add(oid); !r)
                return r;
        }
        if (const int r = m_io.write_full(oid, bl); r < 0)
            return radosError(
                QCoreApplication::translate("Repository", "Cannot write %1").arg(QString::fromStdString(oid)),
                r);
        return {};
    }

    Result<std::unique_ptr<StoreWriter>> create(ObjectKind kind, const QString &name) override;

    Result<std::unique_ptr<QIODevice>> open(ObjectKind kind, const QString &name) const override
    {
        auto buffer = std::make_unique<QBuffer>();
        QByteArray data;
        auto got = read(kind, name, &data);
        if (!got)
            return fail(got);
        if (!*got)
            return fail(deferTr("Repository", "Cannot read %1: %2")
                            .arg(QString::fromStdString(oidOf(kind, name)), errorText(ENOENT)));
        buffer->setData(data);
        buffer->open(QIODevice::ReadOnly);
        return std::unique_ptr<QIODevice>(std::move(buffer));
    }

    bool exists(ObjectKind kind, const QString &name) const override
    {
        uint64_t size = 0;
        time_t mtime = 0;
        return m_io.stat(oidOf(kind, name), &size, &mtime) == 0;
    }

    QStringList list(ObjectKind kind) const override
    {
        if (listed(kind) && m_directory.complete()) {
            auto names = m_directory.list(oidOf(kind, {}));
            if (names)
                return *names;
            qCWarning(lcRados) << "the list of backups of" << m_location
                               << "cannot be read, walking the namespace:" << names.error();
        }
        return walk(kind);
    }

    // Every object of the namespace, chunks too: for chunks, and for a list
    // of backups that cannot be read.
    QStringList walk(ObjectKind kind) const
    {
        QStringList names;
        qint64 seen = 0;
        const std::string prefix = kind == ObjectKind::Index ? "index." : "record.";
        try {
            for (auto it = m_io.nobjects_begin(); it != m_io.nobjects_end(); ++it, ++seen) {
                const std::string &oid = it->get_oid();
                if (kind == ObjectKind::Chunk) {
                    if (isChunkName(oid))
                        names << QString::fromStdString(oid);
                } else if (kind == ObjectKind::Format) {
                    if (oid == FormatObject)
                        names << QString::fromStdString(oid);
                } else if (oid.compare(0, prefix.size(), prefix) == 0) {
                    names << QString::fromStdString(oid.substr(prefix.size()));
                }
            }
        } catch (const std::exception &e) {
            qCWarning(lcRados) << "listing" << m_location << "failed:" << e.what();
        }
        countRadosObjectsWalked(seen);
        return names;
    }

    Result<void> remove(ObjectKind kind, const QString &name) override
    {
        const std::string oid = oidOf(kind, name);
        const int r = m_io.remove(oid);
        if (r < 0 && r != -ENOENT)
            return fail(errorText(r));
        // Unlisted after it is gone: a key without its object is not listed.
        return listed(kind) ? m_directory.remove(oid) : Result<void>();
    }

    Result<void> quarantine(const QString &name) override
    {
        // RADOS cannot rename: the bytes are kept under damaged.<id>, then the chunk goes.
        QByteArray data;
        auto got = read(ObjectKind::Chunk, name, &data);
        if (!got)
            return fail(got);
        if (!*got)
            return {};
        librados::bufferlist bl;
        bl.append(data.constData(), data.size());
        if (const int r = m_io.write_full("damaged." + name.toStdString(), bl); r < 0)
            return fail(errorText(r));
        return remove(ObjectKind::Chunk, name);
    }

    Result<StoreUsage> usage() const override;

    Result<std::unique_ptr<StoreStaging>> beginStaging(const QString &jobId) override;

    Result<std::unique_ptr<StoreLock>> lockShared() override
    {
        // gc holds the exclusive side for its mark only; wait for it.
        for (;;) {
            const std::string cookie = newCookie();
            const int r = takeLock(cookie, false, 0);
            if (r == 0)
                return std::unique_ptr<StoreLock>(hold(cookie, false));
            if (r != -EBUSY)
                return radosError(QCoreApplication::translate("Repository", "Cannot lock the repository"), r);
            QThread::msleep(100);
        }
    }

    std::unique_ptr<StoreLock> tryLockExclusive() override
    {
        const std::string cookie = newCookie();
        if (takeLock(cookie, true, 0) != 0)
            return nullptr;
        return std::unique_ptr<StoreLock>(hold(cookie, true));
    }

    Result<std::unique_ptr<StoreLock>> lockExclusive(const std::atomic_bool *cancel) override
    {
        // Waits for the leases of running backups and restores, on any host,
        // to be released or to run out.
        for (;;) {
            if (auto lock = tryLockExclusive())
                return lock;
            if (cancel && cancel->load())
                return fail(deferTr("Repository", "Cancelled."));
            QThread::msleep(200);
        }
    }

    Result<std::unique_ptr<StoreSweep>> beginSweep() override;
    qint64 removeLeftovers() override { return 0; }

    // Lease bookkeeping.
    void release(const std::string &cookie)
    {
        {
            std::lock_guard lock(m_mutex);
            m_held.erase(cookie);
        }
        (void)m_io.unlock(LockObject, LockName, cookie);
    }
    // Renews every lease now; false when one was lost (it ran out while this
    // host was out of touch, and gc may have run since).
    bool renewNow()
    {
        std::map<std::string, bool> held;
        {
            std::lock_guard lock(m_mutex);
            held = m_held;
        }
        bool ok = true;
        for (const auto &[cookie, exclusive] : held) {
            if (renew(cookie, exclusive) != 0)
                ok = false;
        }
        std::lock_guard lock(m_mutex);
        return ok && !m_lost;
    }
    Result<quint64> readEpoch() const
    {
        librados::bufferlist bl;
        const int r = m_io.getxattr(LockObject, EpochKey.c_str(), bl);
        if (r == -ENODATA || r == -ENOENT)
            return quint64(0);
        if (r < 0)
            return radosError(
                QCoreApplication::translate("Repository", "Cannot read the repository's gc epoch"), r);
        return QByteArray(bl.c_str(), bl.length()).toULongLong();
    }
    librados::IoCtx &io() { return m_io; }
    const QString &locationName() const { return m_location; }

private:
    static bool listed(ObjectKind kind) { return kind == ObjectKind::Index || kind == ObjectKind::Record; }

    std::string newCookie() const { return QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString(); }

    int takeLock(const std::string &cookie, bool exclusive, uint8_t flags)
    {
        timeval duration{leaseSeconds(), 0};
        const std::string desc = m_owner + (exclusive ? " gc" : " lease");
        return exclusive ? m_io.lock_exclusive(LockObject, LockName, cookie, desc, &duration, flags)
                         : m_io.lock_shared(LockObject, LockName, cookie, LeaseTag, desc, &duration, flags);
    }

    int renew(const std::string &cookie, bool exclusive)
    {
        const int r = takeLock(cookie, exclusive, LIBRADOS_LOCK_FLAG_MUST_RENEW);
        if (r != 0) {
            qCWarning(lcRados) << "lost the repository lease of" << m_location << ":" << errorText(r);
            std::lock_guard lock(m_mutex);
            m_lost = true;
        }
        return r;
    }

    RadosLock *hold(const std::string &cookie, bool exclusive)
    {
        std::lock_guard lock(m_mutex);
        m_held[cookie] = exclusive;
        if (!m_renewer.joinable())
            m_renewer = std::thread([this] { renewLoop(); });
        return new RadosLock(*this, cookie);
    }

    void renewLoop()
    {
        const auto period = std::chrono::milliseconds(leaseSeconds() * 1000 / 3);
        std::unique_lock lock(m_mutex);
        while (!m_stop) {
            m_wake.wait_for(lock, period, [this] { return m_stop; });
            if (m_stop)
                break;
            const auto held = m_held;
            lock.unlock();
            for (const auto &[cookie, exclusive] : held)
                (void)renew(cookie, exclusive);
            lock.lock();
        }
    }

    QString m_location;
    QString m_pool;
    QString m_ns;
    std::string m_owner;
    mutable librados::Rados m_rados;
    mutable librados::IoCtx m_io;
    RadosDirectory m_directory;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::map<std::string, bool> m_held; // cookie -> exclusive
    bool m_lost = false;
    bool m_stop = false;
    std::thread m_renewer;
};

RadosLock::~RadosLock()
{
    m_store.release(m_cookie);
}

namespace {

// An index being written: kept in memory (32 bytes per 4 MiB of volume,
// compressed), written whole at commit.
class RadosWriter final : public StoreWriter
{
public:
    RadosWriter(RadosStore &store, ObjectKind kind, QString name)
        : m_store(store), m_kind(kind), m_name(std::move(name))
    {
        m_buffer.open(QIODevice::WriteOnly);
    }
    QIODevice &device() override { return m_buffer; }
    Result<void> commit() override { return m_store.write(m_kind, m_name, m_buffer.data(), true); }

private:
    RadosStore &m_store;
    ObjectKind m_kind;
    QString m_name;
    QBuffer m_buffer;
};

// A backup writes its chunks straight into the pool, each marked with the
// gc epoch the backup started in; its lease (the shared lock) is what keeps
// gc from sweeping while it runs. A chunk it finds present is marked too, so
// a sweep that began before cannot remove it (see beginSweep()).
class RadosStaging final : public StoreStaging
{
public:
    RadosStaging(RadosStore &store, quint64 epoch) : m_store(store), m_epoch(epochValue(epoch)) {}

    Result<bool> claim(const QString &name) override
    {
        const int r = touch(name.toStdString());
        if (r == 0)
            return false;
        if (r == -ENOENT)
            return true;
        return radosError(QCoreApplication::translate("Repository", "Cannot check chunk %1").arg(name), r);
    }

    Result<bool> put(const QString &name, const QByteArray &head, const char *payload, qint64 length) override
    {
        const std::string oid = name.toStdString();
        for (int attempt = 0; attempt < 4; ++attempt) {
            librados::ObjectWriteOperation op;
            op.create(true); // exclusive: a chunk is written once, never over another writer's
            librados::bufferlist bl;
            bl.append(head.constData(), head.size());
            bl.append(payload, static_cast<unsigned>(length));
            op.write_full(bl);
            op.setxattr(ChunkEpochKey.c_str(), m_epoch);
            int r = m_store.io().operate(oid, &op);
            if (r == 0)
                return true;
            if (r != -EEXIST)
                return radosError(
                    QCoreApplication::translate("Repository", "Cannot write chunk %1").arg(name), r);
            // Written by another backup meanwhile: mark it ours too (it may
            // have been swept between the two steps: then write it again).
            r = touch(oid);
            if (r == 0)
                return false;
            if (r != -ENOENT)
                return radosError(
                    QCoreApplication::translate("Repository", "Cannot check chunk %1").arg(name), r);
        }
        return fail(deferTr("Repository", "Cannot write chunk %1: it keeps changing.").arg(name));
    }

    Result<void> commit() override
    {
        // The chunks are durable once acknowledged. What must hold is the
        // lease: if it ran out, gc may have swept chunks this backup copied
        // from its parent's index, so its index must not be written.
        if (!m_store.renewNow())
            return fail(deferTr("Repository",
                                "The lease on the repository %1 ran out while this backup ran (the host lost "
                                "touch with the cluster); the backup is not kept.")
                            .arg(m_store.locationName()));
        return {};
    }

private:
    int touch(const std::string &oid)
    {
        librados::ObjectWriteOperation op;
        op.assert_exists();
        op.setxattr(ChunkEpochKey.c_str(), m_epoch);
        return m_store.io().operate(oid, &op);
    }

    RadosStore &m_store;
    librados::bufferlist m_epoch;
};

// Runs after gc's lock is released. Removes a chunk only when no backup
// started since the mark has written or found it: their epoch is at least
// the threshold, and the guard and the removal are one atomic operation.
class RadosSweep final : public StoreSweep
{
public:
    RadosSweep(RadosStore &store, quint64 threshold) : m_store(store), m_threshold(epochValue(threshold)) {}
    qint64 remove(const QString &name) override
    {
        const std::string oid = name.toStdString();
        uint64_t size = 0;
        time_t mtime = 0;
        if (m_store.io().stat(oid, &size, &mtime) != 0)
            return -1;
        librados::ObjectWriteOperation op;
        // The OSD compares our value with the stored one: threshold > stored.
        op.cmpxattr(ChunkEpochKey.c_str(), LIBRADOS_CMPXATTR_OP_GT, m_threshold);
        op.remove();
        return m_store.io().operate(oid, &op) == 0 ? static_cast<qint64>(size) : -1;
    }
    bool runsUnlocked() const override { return true; }

private:
    RadosStore &m_store;
    librados::bufferlist m_threshold;
};

} // namespace

Result<std::unique_ptr<StoreWriter>> RadosStore::create(ObjectKind kind, const QString &name)
{
    return std::unique_ptr<StoreWriter>(new RadosWriter(*this, kind, name));
}

Result<std::unique_ptr<StoreStaging>> RadosStore::beginStaging(const QString &)
{
    // Under the caller's lease: gc is not marking, so the epoch is settled.
    auto epoch = readEpoch();
    if (!epoch)
        return fail(epoch);
    return std::unique_ptr<StoreStaging>(new RadosStaging(*this, *epoch));
}

Result<std::unique_ptr<StoreSweep>> RadosStore::beginSweep()
{
    // Under gc's exclusive lock: no backup holds a lease, so each one that
    // starts from now on reads the new epoch and marks every chunk it uses.
    auto epoch = readEpoch();
    if (!epoch)
        return fail(epoch);
    const quint64 next = *epoch + 1;
    librados::bufferlist value = epochValue(next);
    if (const int r = m_io.setxattr(LockObject, EpochKey.c_str(), value); r < 0)
        return radosError(QCoreApplication::translate("Repository", "Cannot start garbage collection"), r);
    return std::unique_ptr<StoreSweep>(new RadosSweep(*this, next));
}

Result<StoreUsage> RadosStore::usage() const
{
    StoreUsage u;
    struct Pending
    {
        librados::AioCompletion *completion = nullptr;
        uint64_t size = 0;
        time_t mtime = 0;
        bool chunk = false;
    };
    std::vector<Pending> window(64);
    size_t used = 0;
    auto drain = [&] {
        for (size_t i = 0; i < used; ++i) {
            window[i].completion->wait_for_complete();
            if (window[i].completion->get_return_value() == 0) {
                u.bytes += static_cast<qint64>(window[i].size);
                u.chunks += window[i].chunk ? 1 : 0;
            }
            window[i].completion->release();
        }
        used = 0;
    };
    try {
        for (auto it = m_io.nobjects_begin(); it != m_io.nobjects_end(); ++it) {
            const std::string &oid = it->get_oid();
            const bool chunk = isChunkName(oid);
            if (!chunk && oid.compare(0, 6, "index.") != 0 && oid.compare(0, 7, "record.") != 0)
                continue;
            Pending &p = window[used++];
            p.chunk = chunk;
            p.completion = librados::Rados::aio_create_completion();
            m_io.aio_stat(oid, p.completion, &p.size, &p.mtime);
            if (used == window.size())
                drain();
        }
    } catch (const std::exception &e) {
        drain();
        return fail(deferTr("Repository", "Cannot list the repository %1: %2")
                        .arg(m_location, QString::fromLocal8Bit(e.what())));
    }
    drain();
    return u;
}

Result<std::unique_ptr<RepositoryStore>> openRadosStore(const QString &rest, const StoreOptions &options)
{
    const QString location = QStringLiteral("rados:") + rest;
    static const QRegularExpression syntax(QStringLiteral("^([A-Za-z0-9_.-]+)(?:/([A-Za-z0-9_.-]+))?$"));
    const auto m = syntax.match(rest);
    if (!m.hasMatch())
        return fail(deferTr("Repository", "\"%1\" is not a RADOS repository location; write rados:POOL or "
                                          "rados:POOL/NAMESPACE.")
                        .arg(location));
    auto store = std::make_unique<RadosStore>(location, m.captured(1), m.captured(2));
    const QString conf = options.cephConf.isEmpty() ? qEnvironmentVariable("CEPH_CONF") : options.cephConf;
    if (auto r = store->connect(conf); !r)
        return fail(r);
    return std::unique_ptr<RepositoryStore>(std::move(store));
}

} // namespace cb
